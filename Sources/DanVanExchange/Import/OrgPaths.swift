import DanVanCore

/// Resolves the "Chi bộ" column — an org path joined by " / " — to a cell, creating missing
/// nodes when asked. Results are cached per distinct text, since many rows share a cell.
struct OrgPaths {
    var scratch: State
    let create: Bool
    private var cache: [String: Result<OrgID, PathError>] = [:]
    private(set) var createdOps: [Change] = []
    private(set) var createdPaths: [String] = []

    struct PathError: Error, Hashable {
        var vi: String
        var en: String
    }

    init(state: State, create: Bool) {
        scratch = state
        self.create = create
    }

    mutating func cell(_ text: String) -> Result<OrgID, PathError> {
        if let r = cache[text] { return r }
        let r = resolve(text)
        cache[text] = r
        return r
    }

    private mutating func resolve(_ text: String) -> Result<OrgID, PathError> {
        let parts = text.split(separator: "/").map { VietText.clean(String($0)) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return .failure(PathError(vi: "trống", en: "empty")) }
        // Longest existing prefix.
        var cur: OrgID? = nil
        var depth = 0
        while depth < parts.count {
            let prefix = parts[0...depth].joined(separator: " / ")
            guard let id = scratch.org(atPath: prefix) else { break }
            cur = id
            depth += 1
        }
        if depth == parts.count {
            let o = scratch.orgs[cur!]!
            guard o.level.isCell else {
                return .failure(PathError(vi: "“\(o.name)” là \(o.level.vi.lowercased()), không phải chi bộ; đảng viên phải thuộc một chi bộ",
                                          en: "“\(o.name)” is a \(o.level.en.lowercased()), not a cell; members belong to a cell"))
            }
            return .success(cur!)
        }
        guard create else {
            let missing = parts[0...depth].joined(separator: " / ")
            return .failure(PathError(vi: "không tìm thấy “\(missing)” (thêm --create-orgs để tạo mới)",
                                      en: "no node “\(missing)” (add --create-orgs to create it)"))
        }
        for k in depth..<parts.count {
            let parentLevel = cur.map { scratch.orgs[$0]!.level }
            let isLast = k == parts.count - 1
            guard let level = OrgPaths.level(for: parts[k], parent: parentLevel, isLast: isLast, below: parts.count - 1 - k,
                                                    nextIsPartial: !isLast && VietText.fold(parts[k + 1]).hasPrefix("dang bo bo phan")) else {
                let pname = cur.map { scratch.orgs[$0]!.name } ?? ""
                return .failure(PathError(vi: "không thể tạo “\(parts[k])” dưới “\(pname)”", en: "cannot create “\(parts[k])” under “\(pname)”"))
            }
            let org = Org(id: OrgID.random(), parent: cur, name: parts[k], level: level, unitKind: OrgPaths.unitKind(parts[k]))
            do { try scratch.apply(.addOrg(org)) } catch let e as OpError {
                return .failure(PathError(vi: e.vi, en: e.en))
            } catch { return .failure(PathError(vi: "\(error)", en: "\(error)")) }
            createdOps.append(.addOrg(org))
            createdPaths.append(scratch.path(of: org.id))
            cur = org.id
        }
        return .success(cur!)
    }

    /// A sensible level for a new node: cells at the end of the path, committees above them,
    /// following the name when it says what it is ("Đảng bộ bộ phận …", "Đảng bộ huyện …").
    static func level(for name: String, parent: OrgLevel?, isLast: Bool, below: Int, nextIsPartial: Bool = false) -> OrgLevel? {
        let f = VietText.fold(name)
        if isLast {
            switch parent {
            case nil, .higherCommittee?: return .grassrootsCell
            case .grassrootsCommittee?, .partialCommittee?: return .subordinateCell
            default: return nil
            }
        }
        switch parent {
        case nil: return .higherCommittee
        case .higherCommittee?:
            if f.hasPrefix("dang bo bo phan") { return nil }
            if below == 1 || nextIsPartial { return .grassrootsCommittee }
            let higher = ["huyen", "quan", "thanh pho", "tinh", "thi xa", "khoi"].contains { f.contains($0) }
            return higher || below > 2 ? .higherCommittee : .grassrootsCommittee
        case .grassrootsCommittee?: return below == 1 ? .partialCommittee : nil
        default: return nil
        }
    }

    static func unitKind(_ name: String) -> UnitKind? {
        let f = " " + VietText.fold(name) + " "
        if f.contains(" xa ") { return .xa }
        if f.contains(" phuong ") { return .phuong }
        if f.contains(" thi tran ") { return .thiTran }
        if f.contains("cong ty") || f.contains("doanh nghiep") || f.contains("xi nghiep") { return .doanhNghiep }
        if f.contains("quan su") || f.contains("cong an") || f.contains("bien phong") || f.contains("dai doi") { return .lucLuongVuTrang }
        if f.contains("truong ") || f.contains("benh vien") || f.contains("trung tam") { return .donViSuNghiep }
        if f.contains("co quan") || f.contains("phong ") || f.contains("ban ") || f.contains("chi cuc") { return .coQuan }
        return nil
    }
}
