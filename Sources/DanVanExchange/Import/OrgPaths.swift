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

    /// For each path prefix (folded): how deep the named nodes go below it, and whether every
    /// child that holds further nodes is a "Đảng bộ bộ phận". A new node's level is chosen
    /// from the whole file, not from the first row that names it.
    private var height: [String: Int] = [:]
    private var onlyPartialBelow: [String: Bool] = [:]

    init(state: State, create: Bool, paths: [String] = []) {
        scratch = state
        self.create = create
        guard create else { return }
        for text in Set(paths) {
            let parts = OrgPaths.split(text).map(VietText.fold)
            var prefix = ""
            for k in 0..<parts.count {
                prefix += (k == 0 ? "" : " / ") + parts[k]
                height[prefix] = max(height[prefix] ?? 0, parts.count - 1 - k)
                if k + 2 < parts.count {
                    let partial = parts[k + 1].hasPrefix("dang bo bo phan")
                    onlyPartialBelow[prefix] = (onlyPartialBelow[prefix] ?? true) && partial
                }
            }
        }
    }

    static func split(_ text: String) -> [String] {
        text.split(separator: "/").map { VietText.clean(String($0)) }.filter { !$0.isEmpty }
    }

    mutating func cell(_ text: String) -> Result<OrgID, PathError> {
        if let r = cache[text] { return r }
        let r = resolve(text)
        cache[text] = r
        return r
    }

    private mutating func resolve(_ text: String) -> Result<OrgID, PathError> {
        let parts = OrgPaths.split(text)
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
            let key = parts[0...k].map(VietText.fold).joined(separator: " / ")
            let below = max(height[key] ?? 0, parts.count - 1 - k)
            guard let level = OrgPaths.level(for: parts[k], parent: parentLevel, isLast: below == 0, below: below,
                                             onlyPartialBelow: onlyPartialBelow[key] ?? false) else {
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

    /// A sensible level for a new node from what lies below it: cells at the ends of paths;
    /// under a higher committee, a node two levels above cells is a grassroots committee when
    /// the level between is made of "Đảng bộ bộ phận", else a higher committee (so is anything
    /// deeper); a node right above cells is a grassroots committee unless its name says
    /// district or city ("huyện", "quận", "thành phố", …).
    static func level(for name: String, parent: OrgLevel?, isLast: Bool, below: Int, onlyPartialBelow: Bool = false) -> OrgLevel? {
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
            if below >= 3 { return .higherCommittee }
            if below == 2 { return onlyPartialBelow ? .grassrootsCommittee : .higherCommittee }
            let higher = ["dang bo huyen", "dang bo quan", "dang bo thanh pho", "dang bo tinh", "dang bo thi xa", "dang bo khoi"]
                .contains { f.hasPrefix($0) }
            return higher ? .higherCommittee : .grassrootsCommittee
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
