import DanVanCore

/// Sorts members in Vietnamese name order fast enough for 300k members.
///
/// The order is exactly `VietCollation.nameKey`'s: that key is the per-part keys of the
/// given, middle and family names laid side by side, and each part's key depends on that
/// part alone. Names reuse a small vocabulary, so keys are built once per distinct part
/// and once per member, then kept until the member changes.
struct NameOrder: Sendable {
    private struct PartKey: Sendable {
        var primary: ArraySlice<UInt8>
        var secondary: ArraySlice<UInt8>
        var tertiary: ArraySlice<UInt8>
    }
    private var parts: [String: PartKey] = [:]
    private var keys: [MemberID: [UInt8]] = [:]
    /// Every member's position in the whole list, once a list of everyone has been sorted:
    /// then any subtree sorts by these integers. Dropped when a name may have changed.
    private var rank: [MemberID: Int32]? = nil
    /// With the rank: each node's own members as (rank, id), in rank order, so a subtree
    /// is put together from its nodes' lists without looking anyone up.
    private var byOrg: [OrgID: [(Int32, MemberID)]] = [:]

    private mutating func partKey(_ s: String) -> PartKey {
        if let k = parts[s] { return k }
        // `VietCollation.key` is primary, 0, secondary, 0, tertiary; no weight is 0.
        let full = VietCollation.key(s)
        let sections = full.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
        let k = PartKey(primary: sections[0], secondary: sections.count > 1 ? sections[1] : [],
                        tertiary: sections.count > 2 ? sections[2] : [])
        parts[s] = k
        return k
    }

    /// The same bytes as `VietCollation.nameKey(parts)`.
    mutating func nameKey(_ name: NameParts) -> [UInt8] {
        let g = partKey(name.given), m = partKey(name.middle), f = partKey(name.family)
        var out: [UInt8] = []
        out.reserveCapacity(2 * (g.primary.count + m.primary.count + f.primary.count) + 12)
        out += g.primary; out.append(1); out += m.primary; out.append(1); out += f.primary; out.append(1)
        out.append(0)
        out += g.secondary; out.append(1); out += m.secondary; out.append(1); out += f.secondary; out.append(1)
        out.append(0)
        out += g.tertiary; out += m.tertiary; out += f.tertiary
        return out
    }

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

    /// Members of `org` and everything below it, in name order (ties by id, like the core).
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

    /// Byte-wise comparison of two keys (memcmp, then length).
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                let n = min(pa.count, pb.count)
                for i in 0..<n where pa[i] != pb[i] { return pa[i] < pb[i] ? -1 : 1 }
                return pa.count == pb.count ? 0 : (pa.count < pb.count ? -1 : 1)
            }
        }
    }
}
