import DanVanCore

/// Keeps the member list in the core's name order (`NameSortKeys`, the one order of the
/// application) fast enough for 300k members: each member's key is built once and kept
/// until the member changes, and once everyone has been sorted, subtrees sort by rank.
struct NameOrder: Sendable {
    private var parts = NameSortKeys()
    private var keys: [MemberID: [UInt8]] = [:]
    /// Every member's position in the whole list, once a list of everyone has been sorted:
    /// then any subtree sorts by these integers. Dropped when a name may have changed.
    private var rank: [MemberID: Int32]? = nil
    /// With the rank: each node's own members as (rank, id), in rank order, so a subtree
    /// is put together from its nodes' lists without looking anyone up.
    private var byOrg: [OrgID: [(Int32, MemberID)]] = [:]

    /// The same bytes as `VietCollation.nameKey(parts)`.
    mutating func nameKey(_ name: NameParts) -> [UInt8] { parts.key(name) }

    mutating func key(of id: MemberID, in data: State) -> [UInt8] {
        if let k = keys[id] { return k }
        let k = data.members[id].map { nameKey($0.nameParts) } ?? []
        keys[id] = k
        return k
    }

    /// Forgets the keys of members whose names may have changed.
    mutating func forget(_ ids: some Sequence<MemberID>) {
        for id in ids {
            keys[id] = nil
            rank = nil
            byOrg = [:]
        }
    }
    /// Members moved between nodes (or left): the per-node lists are rebuilt from the rank.
    mutating func forgetPlacement() { byOrg = [:] }

    mutating func forgetAll() {
        keys = [:]
        rank = nil
        byOrg = [:]
    }

    /// Members of `org` and everything below it, in name order (identical names by id, like the core).
    mutating func members(inSubtreeOf org: OrgID, of data: State) -> [MemberID] {
        var ids: [MemberID] = []
        var stack = [org]
        while let cur = stack.popLast() {
            ids.append(contentsOf: data.directMembers(of: cur))
            stack.append(contentsOf: data.children(of: cur))
        }
        if let rank {
            if byOrg.isEmpty {
                for (id, r) in rank {
                    if let o = data.members[id]?.org { byOrg[o, default: []].append((r, id)) }
                }
                for o in byOrg.keys { byOrg[o]!.sort { $0.0 < $1.0 } }
            }
            var ranked: [(Int32, MemberID)] = []
            var stack = [org]
            while let cur = stack.popLast() {
                if let own = byOrg[cur] { ranked.append(contentsOf: own) }
                stack.append(contentsOf: data.children(of: cur))
            }
            if ranked.count == ids.count {
                ranked.sort { $0.0 < $1.0 }
                return ranked.map(\.1)
            }
            // Out of step with the records (should not happen): fall back to the keys.
            self.rank = nil
            byOrg = [:]
        }
        var keyed = ids.map { (key(of: $0, in: data), $0) }
        keyed.sort { a, b in
            let c = NameOrder.compare(a.0, b.0)
            return c == 0 ? a.1 < b.1 : c < 0
        }
        let sorted = keyed.map(\.1)
        if sorted.count == data.members.count {
            var r: [MemberID: Int32] = [:]
            r.reserveCapacity(sorted.count)
            var lists: [OrgID: [(Int32, MemberID)]] = [:]
            for (i, id) in sorted.enumerated() {
                r[id] = Int32(i)
                if let o = data.members[id]?.org { lists[o, default: []].append((Int32(i), id)) }
            }
            rank = r
            byOrg = lists
        }
        return sorted
    }

    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int { NameSortKeys.compare(a, b) }
}
