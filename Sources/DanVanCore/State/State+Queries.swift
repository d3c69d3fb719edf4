/// The questions the panes and reports ask of the state.
extension State {
    /// The node and everything below it, depth first, children in Vietnamese name order.
    public func subtree(of id: OrgID) -> [OrgID] {
        guard orgs[id] != nil else { return [] }
        var out: [OrgID] = []
        var stack = [id]
        while let cur = stack.popLast() {
            out.append(cur)
            stack.append(contentsOf: sortedChildren(of: cur).reversed())
        }
        return out
    }

    /// Children in the order the tree shows them: Vietnamese collation, numbers by value.
    public func sortedChildren(of id: OrgID) -> [OrgID] {
        sortOrgs(children(of: id))
    }
    public var sortedRoots: [OrgID] { sortOrgs(roots) }

    private func sortOrgs(_ ids: [OrgID]) -> [OrgID] {
        ids.map { ($0, VietCollation.key(orgs[$0]!.name)) }
            .sorted { $0.1 == $1.1 ? $0.0 < $1.0 : $0.1.lexicographicallyPrecedes($1.1) }
            .map(\.0)
    }

    /// Members of the node and its subtree, in Vietnamese name order.
    public func members(inSubtreeOf id: OrgID) -> [MemberID] {
        var ids: [MemberID] = []
        for o in subtree(of: id) { ids.append(contentsOf: directMembers(of: o)) }
        return sortByName(ids)
    }

    /// Sorts members by given name, then middle, then family name (ties by id).
    public func sortByName(_ ids: [MemberID]) -> [MemberID] {
        var keys = NameSortKeys()
        return keys.sort(ids, member: { members[$0]! }, tie: <)
    }

    /// A member's assignments, newest first.
    public func assignments(of member: MemberID) -> [Assignment] {
        assignmentIDs(of: member).compactMap { assignments[$0] }
            .sorted { $0.from == $1.from ? $0.id < $1.id : $0.from > $1.from }
    }

    /// "Chi bộ A / Đảng bộ B / …" from the root down to `id`.
    public func path(of id: OrgID) -> String { pathNames(of: id).joined(separator: " / ") }

    public func pathNames(of id: OrgID) -> [String] {
        var names: [String] = []
        var cur: OrgID? = id
        while let c = cur, let o = orgs[c], names.count <= orgs.count {
            names.append(o.name)
            cur = o.parent
        }
        return names.reversed()
    }

    /// Finds a node by its path: names from the root joined by " / ", compared ignoring
    /// case and diacritics when there is no exact match.
    public func org(atPath path: String) -> OrgID? {
        let parts = path.split(separator: "/").map { VietText.clean(String($0)) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        func find(_ name: String, in ids: [OrgID]) -> OrgID? {
            if let exact = ids.first(where: { orgs[$0]!.name == name }) { return exact }
            let f = VietText.fold(name)
            let loose = ids.filter { VietText.fold(orgs[$0]!.name) == f }
            return loose.count == 1 ? loose[0] : nil
        }
        guard var cur = find(parts[0], in: roots) else { return nil }
        for p in parts.dropFirst() {
            guard let next = find(p, in: children(of: cur)) else { return nil }
            cur = next
        }
        return cur
    }
}

/// The figures of DOMAIN.md "Who is counted", for one node and year.
public struct Counts: Hashable, Sendable {
    public var eligible = 0
    public var exempt = 0
    public var assigned = 0
    public var selfRegistered = 0
    public init(eligible: Int = 0, exempt: Int = 0, assigned: Int = 0, selfRegistered: Int = 0) {
        self.eligible = eligible
        self.exempt = exempt
        self.assigned = assigned
        self.selfRegistered = selfRegistered
    }
    public static func += (a: inout Counts, b: Counts) {
        a.eligible += b.eligible
        a.exempt += b.exempt
        a.assigned += b.assigned
        a.selfRegistered += b.selfRegistered
    }
}

extension State {
    /// Counts for one member: eligible when active; assigned / self-registered when an
    /// assignment is in force during `year`.
    public func counts(ofMember id: MemberID, year: Int) -> Counts {
        guard let m = members[id] else { return Counts() }
        switch m.status.kind {
        case .exempt: return Counts(exempt: 1)
        case .transferredOut, .deceased: return Counts()
        case .active:
            var c = Counts(eligible: 1)
            for aid in assignmentIDs(of: id) {
                guard let a = assignments[aid], a.inForce(year: year) else { continue }
                c.assigned = 1
                if a.source == .selfRegistered { c.selfRegistered = 1 }
            }
            return c
        }
    }

    /// Counts for every node at once (each covers its whole subtree): one pass over the
    /// members, then sums up the tree.
    public func tally(year: Int) -> [OrgID: Counts] {
        var direct: [OrgID: Counts] = [:]
        for (org, ids) in membersIndex {
            var c = Counts()
            for id in ids { c += counts(ofMember: id, year: year) }
            direct[org] = c
        }
        var total: [OrgID: Counts] = [:]
        func sum(_ id: OrgID, depth: Int) -> Counts {
            var c = direct[id] ?? Counts()
            if depth < 10_000 { for k in children(of: id) { c += sum(k, depth: depth + 1) } }
            total[id] = c
            return c
        }
        for r in roots { _ = sum(r, depth: 0) }
        return total
    }

    /// Counts for one node's subtree.
    public func counts(of id: OrgID, year: Int) -> Counts {
        var c = Counts()
        for o in subtree(of: id) { for m in directMembers(of: o) { c += counts(ofMember: m, year: year) } }
        return c
    }
}
