import DanVanCore

/// Resolves the "Chi bộ" column — an org path joined by " / " — to a cell, creating missing
/// nodes when asked. Results are cached per distinct cell text, since many rows share a cell.
///
/// Names match as `State.org(atPath:)` matches them (the exact name first, else the one
/// child whose folded name is the same), through an index of each parent's children kept
/// here: a city-wide file creates thousands of nodes, often hundreds under one parent, and
/// looking each up by folding all its siblings again would cost more than the rest of the import.
struct OrgPaths {
    var scratch: State
    let create: Bool
    /// A missing unit's message names `--create-orgs` (members only).
    var adviseCreate = true
    private var cache: [Utf8Key: Result<OrgID, PathError>?] = [:]
    private(set) var createdOps: [Change] = []
    private(set) var createdPaths: [String] = []
    /// The line of the row that first named each created node.
    private(set) var createdLines: [Int] = []
    private var rng = SeededGenerator(seed: UInt64.random(in: 0...UInt64.max))

    struct PathError: Error, Hashable {
        var vi: String
        var en: String
        /// The unit does not exist (creating missing units would fix it).
        var missing = false
    }

    /// For each path prefix (folded): how deep the named nodes go below it, and whether every
    /// child that holds further nodes is a "Đảng bộ bộ phận". A new node's level is chosen
    /// from the whole file, not from the first row that names it.
    private var height: [String: Int] = [:]
    private var onlyPartialBelow: [String: Bool] = [:]

    /// Per parent (nil: the roots), its children by exact name and by folded name.
    private var childIndex: [OrgID?: Children] = [:]
    private struct Children {
        var exact: [Utf8Key: OrgID] = [:]
        /// Lower-cased: names that differ only by case (or spacing, cleaned away) are one name.
        var caseless: [String: [OrgID]] = [:]
        var folded: [String: [OrgID]] = [:]

        mutating func add(_ o: Org) {
            let key = Utf8Key(o.name)
            if exact[key] == nil { exact[key] = o.id }
            caseless[o.name.lowercased(), default: []].append(o.id)
            folded[VietText.fold(o.name), default: []].append(o.id)
        }
    }

    /// The unit `--org` names: rows without a cell go there; a cell column may hold a full
    /// path, a path relative to it, or a cell's own name under it.
    var base: [String]?

    /// `paths`: the distinct texts of the file's path column, when nodes may be created.
    init(state: State, create: Bool, paths: Set<Utf8Key>) {
        scratch = state
        self.create = create
        guard create else { return }
        for text in paths {
            let parts = OrgPaths.split(text.text).map(VietText.fold)
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

    init(state: State, create: Bool, paths: [String] = []) { self.init(state: state, create: create, paths: Set(paths.map(Utf8Key.init))) }

    /// The names of a path, each trimmed, its white space collapsed and in NFC. Split on the
    /// bytes and trimmed of the spaces around " / " first, so that names already clean (most)
    /// skip normalizing.
    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        for piece in text.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            var lo = piece.startIndex, hi = piece.endIndex
            while lo < hi, piece[lo] == 0x20 { lo = text.utf8.index(after: lo) }
            while lo < hi, piece[text.utf8.index(before: hi)] == 0x20 { hi = text.utf8.index(before: hi) }
            let name = FieldParsing.text(String(Substring(text.utf8[lo..<hi])))
            if !name.isEmpty { parts.append(name) }
        }
        return parts
    }

    /// The cell a path names; nil when the text is blank.
    mutating func cell(_ text: String, line: Int = 0) -> Result<OrgID, PathError>? {
        let key = Utf8Key(text)
        if let last, last.key == key { return last.result }
        let r: Result<OrgID, PathError>?
        if let cached = cache[key] {
            r = cached
        } else {
            let parts = OrgPaths.split(text)
            if let base {
                r = parts.isEmpty ? resolve(base, line: line) : resolve(parts, under: base, line: line)
            } else {
                r = parts.isEmpty ? nil : resolve(parts, line: line)
            }
            cache[key] = r
        }
        last = (key, r)
        return r
    }
    /// The previous row's answer: rows of one cell usually come together.
    private var last: (key: Utf8Key, result: Result<OrgID, PathError>?)?

    /// A cell column's text read against `--org`: as a full path, as a path below the base,
    /// as the base's own name, or as the name of one unit anywhere below the base. Several
    /// different units fitting is "ambiguous", listing them; none creates it below the base
    /// when asked.
    private mutating func resolve(_ parts: [String], under base: [String], line: Int) -> Result<OrgID, PathError> {
        var found: [OrgID] = []
        func note(_ r: Result<OrgID?, PathError>) -> PathError? {
            switch r {
            case .success(let id?): if !found.contains(id) { found.append(id) }; return nil
            case .success(nil): return nil
            case .failure(let e): return e
            }
        }
        if let e = note(existing(parts)) { return .failure(e) }
        if let e = note(existing(base + parts)) { return .failure(e) }
        if parts.count == 1, case .success(let b?) = existing(base), let e = note(named(parts[0], below: b)) { return .failure(e) }
        // A committee's list names its cells without "Chi bộ" ("Khu phố 1" for "Chi bộ Khu phố 1"):
        // the one unit below the base whose name is that once its level word is set aside.
        if found.isEmpty, parts.count == 1, case .success(let b?) = existing(base),
           let e = note(named(parts[0], below: b, same: { OrgPaths.sameWithoutLevel($0, $1) })) { return .failure(e) }
        if found.isEmpty, parts.count == 1, !create, case .success(let b?) = existing(base), existing(base + parts) == .success(nil) {
            let cells = scratch.children(of: b).compactMap { scratch.orgs[$0]?.name }.sorted()
            if !cells.isEmpty {
                let list = cells.prefix(12).joined(separator: ", ") + (cells.count > 12 ? ", … (\(cells.count))" : "")
                let at = scratch.path(of: b)
                return .failure(PathError(vi: "không tìm thấy “\(parts[0])” dưới “\(at)”; các đơn vị đã có: \(list) — hãy ghi đúng tên như đã có" + (adviseCreate ? ImportPlan.createAdvice.vi : ""),
                                          en: "no node “\(parts[0])” under “\(at)”; it has: \(list) — write the name as it is" + (adviseCreate ? ImportPlan.createAdvice.en : ""),
                                          missing: true))
            }
        }
        if found.count > 1 {
            let list = found.map { "  " + scratch.path(of: $0) }.joined(separator: "\n")
            return .failure(PathError(vi: "“\(parts.joined(separator: " / "))” không rõ là đơn vị nào, có thể là:\n\(list)",
                                      en: "“\(parts.joined(separator: " / "))” is ambiguous; it fits:\n\(list)"))
        }
        if let id = found.first {
            return resolve(scratch.path(of: id).components(separatedBy: " / "), line: line)
        }
        return resolve(base + parts, line: line)
    }

    /// The node at exactly this path, nil when some name is missing.
    private mutating func existing(_ parts: [String]) -> Result<OrgID?, PathError> {
        var cur: OrgID? = nil
        for p in parts {
            switch child(named: p, of: cur) {
            case .one(let id): cur = id
            case .none: return .success(nil)
            case .several(let ids): return .failure(ambiguous(p, ids))
            }
        }
        return .success(cur)
    }

    /// The one node named `name` (by the same rules) anywhere below `root`.
    private mutating func named(_ name: String, below root: OrgID, same: ((String, String) -> Bool)? = nil) -> Result<OrgID?, PathError> {
        let same = same ?? self.same
        if scratch.orgs[root].map({ same($0.name, name) }) == true { return .success(root) }
        var hits: [OrgID] = []
        var stack = [root]
        while let n = stack.popLast() {
            for c in scratch.children(of: n) {
                if let o = scratch.orgs[c], same(o.name, name) { hits.append(c) }
                stack.append(c)
            }
        }
        if hits.count > 1 { return .failure(ambiguous(name, hits)) }
        return .success(hits.first)
    }

    /// Same name: equal ignoring case; or, for a name written without diacritics, equal folded.
    private func same(_ stored: String, _ written: String) -> Bool {
        stored.lowercased() == written.lowercased() || (VietText.fold(written) == written.lowercased() && VietText.fold(stored) == written.lowercased())
    }

    /// The same name once a leading level word ("Chi bộ", "Đảng bộ", …) is set aside on
    /// either side, by the rule of `same` (case aside; diacritics only when the file has none).
    static func sameWithoutLevel(_ stored: String, _ written: String) -> Bool {
        func bare(_ s: String) -> String {
            let l = s.lowercased(), f = VietText.fold(l)
            for p in ["chi bo co so ", "chi bo ", "dang bo bo phan ", "dang bo co so ", "dang bo "] where f.hasPrefix(p) && f.count == l.count {
                return String(l.dropFirst(p.count))
            }
            return l
        }
        let s = bare(stored), w = bare(written)
        guard s != stored.lowercased() || w != written.lowercased() else { return false }
        return s == w || (VietText.fold(w) == w && VietText.fold(s) == w)
    }

    private func ambiguous(_ name: String, _ ids: [OrgID]) -> PathError {
        let list = ids.map { "  " + scratch.path(of: $0) }.joined(separator: "\n")
        return PathError(vi: "“\(name)” không rõ là đơn vị nào, có thể là:\n\(list)", en: "“\(name)” is ambiguous; it fits:\n\(list)")
    }

    private mutating func resolve(_ parts: [String], line: Int) -> Result<OrgID, PathError> {
        // Longest existing prefix.
        var cur: OrgID? = nil
        var depth = 0
        loop: while depth < parts.count {
            switch child(named: parts[depth], of: cur) {
            case .one(let id): cur = id
            case .none: break loop
            case .several(let ids): return .failure(ambiguous(parts[depth], ids))
            }
            depth += 1
        }
        if depth == parts.count {
            let o = scratch.orgs[cur!]!
            guard o.level.isCell else {
                return .failure(PathError(vi: "“\(o.name)” là \(o.level.vi.lowercased()), không phải chi bộ; đảng viên phải thuộc một chi bộ: hãy ghi chi bộ của từng dòng vào cột “Chi bộ”, hoặc chọn một chi bộ để nhập vào",
                                          en: "“\(o.name)” is a \(o.level.en.lowercased()), not a cell; members belong to a cell: write each row's cell in a “Chi bộ” column, or choose a cell to import into"))
            }
            return .success(cur!)
        }
        guard create else {
            let missing = parts[0...depth].joined(separator: " / ")
            return .failure(PathError(vi: "không tìm thấy “\(missing)”" + (adviseCreate ? ImportPlan.createAdvice.vi : ""),
                                      en: "no node “\(missing)”" + (adviseCreate ? ImportPlan.createAdvice.en : ""), missing: true))
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
            var id = OrgID.random(using: &rng)
            while scratch.orgs[id] != nil { id = OrgID.random(using: &rng) }
            let org = Org(id: id, parent: cur, name: parts[k], level: level, unitKind: OrgPaths.unitKind(parts[k]))
            indexChildren(of: cur)
            do { try scratch.apply(.addOrg(org)) } catch let e as OpError {
                return .failure(PathError(vi: e.vi, en: e.en))
            } catch { return .failure(PathError(vi: "\(error)", en: "\(error)")) }
            childIndex[cur]!.add(org)
            createdOps.append(.addOrg(org))
            createdLines.append(line)
            createdPaths.append(scratch.path(of: org.id))
            cur = org.id
        }
        return .success(cur!)
    }

    enum ChildMatch { case one(OrgID), none, several([OrgID]) }

    /// The child of `parent` named `name`: the one of that exact name, else of that name in
    /// other letter case; a name written without any diacritics also fits a child whose
    /// folded name is the same — one such child is it, several are ambiguous. Names that
    /// differ by diacritics ("Tân An", "Tấn An") are different units.
    private mutating func child(named name: String, of parent: OrgID?) -> ChildMatch {
        indexChildren(of: parent)
        let c = childIndex[parent]!
        if let id = c.exact[Utf8Key(name)] { return .one(id) }
        let lower = name.lowercased()
        if let ids = c.caseless[lower], !ids.isEmpty { return ids.count == 1 ? .one(ids[0]) : .several(ids) }
        let f = VietText.fold(name)
        guard f == lower else { return .none }
        let loose = c.folded[f] ?? []
        return loose.isEmpty ? .none : loose.count == 1 ? .one(loose[0]) : .several(loose)
    }

    private mutating func indexChildren(of parent: OrgID?) {
        guard childIndex[parent] == nil else { return }
        var c = Children()
        for id in parent.map(scratch.children(of:)) ?? scratch.roots {
            c.add(scratch.orgs[id]!)
        }
        childIndex[parent] = c
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
        // The fold is plain ASCII for Vietnamese names: search its bytes, not through Foundation.
        let f = Array((" " + VietText.fold(name) + " ").utf8)
        func has(_ s: String) -> Bool {
            let n = Array(s.utf8)
            guard n.count <= f.count else { return false }
            for i in 0...(f.count - n.count) where f[i] == n[0] && f[i..<(i + n.count)].elementsEqual(n) { return true }
            return false
        }
        if has(" xa ") { return .xa }
        if has(" phuong ") { return .phuong }
        if has(" thi tran ") { return .thiTran }
        if has("cong ty") || has("doanh nghiep") || has("xi nghiep") { return .doanhNghiep }
        if has("quan su") || has("cong an") || has("bien phong") || has("dai doi") { return .lucLuongVuTrang }
        if has("truong ") || has("benh vien") || has("trung tam") { return .donViSuNghiep }
        if has("co quan") || has("phong ") || has("ban ") || has("chi cuc") { return .coQuan }
        return nil
    }
}
