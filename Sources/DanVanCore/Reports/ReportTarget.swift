/// Finds the node a report is asked for by its path (names from the root joined by " / ",
/// as `State.org(atPath:)` reads them), with a message that helps when the path is wrong.
public enum ReportTarget {
    public struct Failure: Error, Equatable, Sendable {
        public let vi: String
        public let en: String
        public func message(_ lang: Lang) -> String { lang == .vi ? vi : en }
    }

    /// The node at `path`; with no path, the single root. Fails naming the first part that
    /// matched nothing and listing the valid names at that point.
    public static func resolve(_ path: String?, in state: State) -> Result<OrgID, Failure> {
        let trimmed = path.map { VietText.clean($0) } ?? ""
        if trimmed.isEmpty {
            let roots = state.sortedRoots
            switch roots.count {
            case 0: return .failure(Failure(vi: "Chưa có đơn vị nào trong dữ liệu", en: "The data holds no unit yet"))
            case 1: return .success(roots[0])
            default:
                let names = list(roots, in: state)
                return .failure(Failure(vi: "Dữ liệu có nhiều đơn vị gốc; chọn một bằng --org: \(names)",
                                        en: "The data has several top units; pick one with --org: \(names)"))
            }
        }
        if let id = state.org(atPath: trimmed) { return .success(id) }
        // Walk as far as the path goes to say where it went wrong.
        let parts = trimmed.split(separator: "/").map { VietText.clean(String($0)) }.filter { !$0.isEmpty }
        var reached: OrgID?
        var candidates = state.sortedRoots
        for (i, _) in parts.enumerated() {
            let prefix = parts[0...i].joined(separator: " / ")
            guard let next = state.org(atPath: prefix) else {
                let bad = parts[i]
                let names = candidates.isEmpty ? nil : list(candidates, in: state)
                if let r = reached {
                    let at = state.path(of: r)
                    return .failure(Failure(
                        vi: "Không có đơn vị “\(bad)” trong “\(at)”. " + (names.map { "Các đơn vị trực thuộc: \($0)" } ?? "“\(at)” không có đơn vị trực thuộc."),
                        en: "No unit “\(bad)” under “\(at)”. " + (names.map { "Its units: \($0)" } ?? "“\(at)” has no units under it.")))
                }
                return .failure(Failure(
                    vi: "Không có đơn vị gốc “\(bad)”. " + (names.map { "Các đơn vị gốc: \($0)" } ?? "Dữ liệu chưa có đơn vị nào."),
                    en: "No top unit “\(bad)”. " + (names.map { "Top units: \($0)" } ?? "The data holds no unit yet.")))
            }
            reached = next
            candidates = state.sortedChildren(of: next)
        }
        return .failure(Failure(vi: "Không tìm thấy đơn vị “\(trimmed)”", en: "No unit at “\(trimmed)”"))
    }

    /// Up to 12 names, then how many more.
    static func list(_ ids: [OrgID], in state: State) -> String {
        let names = ids.prefix(12).map { "“" + state.orgs[$0]!.name + "”" }
        return names.joined(separator: ", ") + (ids.count > 12 ? " … (+\(ids.count - 12))" : "")
    }
}
