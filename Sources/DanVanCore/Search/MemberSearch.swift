/// Finds members by name or card number, ignoring case and diacritics, with exact-diacritic
/// matches first. Built once per list; each keystroke only scans packed bytes.
public struct MemberSearch: Sendable {
    public struct Hit: Equatable, Sendable {
        public let member: MemberID
        public let rank: MatchRank
    }

    /// Members in the order results keep within one rank (the list's own order).
    public let order: [MemberID]
    let folded: PackedStrings
    let lowered: PackedStrings
    let cards: PackedStrings

    /// Indexes `members`, given in display order.
    public init(state: State, members: [MemberID]) {
        order = members
        var f = PackedStrings(capacity: members.count), l = PackedStrings(capacity: members.count)
        var c = PackedStrings(capacity: members.count)
        for id in members {
            let m = state.members[id]!
            f.append(VietText.foldBytes(m.fullName))
            l.append(VietText.lowerNFC(m.fullName).utf8)
            c.append(VietText.foldBytes(m.cardNo ?? ""))
        }
        folded = f
        lowered = l
        cards = c
    }

    public var count: Int { order.count }

    /// Every member matching `query`, best rank first, list order within a rank, with the
    /// list positions of the hits. `within` narrows the scan to an earlier query's positions
    /// (typing extends a query, so each keystroke scans fewer members).
    public func search(_ query: TextQuery, within: [Int]? = nil) -> (hits: [Hit], positions: [Int]) {
        guard !query.isEmpty else {
            return (order.map { Hit(member: $0, rank: .contains) }, Array(order.indices))
        }
        var buckets: [[Int]] = [[], [], []]
        folded.bytes.withUnsafeBufferPointer { fb in
            lowered.bytes.withUnsafeBufferPointer { lb in
                func check(_ i: Int) {
                    let fs = i == 0 ? 0 : Int(folded.ends[i - 1]), fe = Int(folded.ends[i])
                    let ls = i == 0 ? 0 : Int(lowered.ends[i - 1]), le = Int(lowered.ends[i])
                    if let r = query.rank(folded: UnsafeBufferPointer(rebasing: fb[fs..<fe]),
                                          lowered: UnsafeBufferPointer(rebasing: lb[ls..<le])) {
                        buckets[r.rawValue].append(i)
                    } else if cards.with(i, { TextQuery.find(query.folded, in: $0) }) != nil {
                        buckets[MatchRank.exactDiacritics.rawValue].append(i)
                    }
                }
                if let within { for i in within { check(i) } } else { for i in 0..<order.count { check(i) } }
            }
        }
        var hits: [Hit] = []
        hits.reserveCapacity(buckets.reduce(0) { $0 + $1.count })
        for (r, b) in buckets.enumerated() {
            let rank = MatchRank(rawValue: r)!
            for i in b { hits.append(Hit(member: order[i], rank: rank)) }
        }
        let positions = buckets.flatMap { $0 }.sorted()
        return (hits, positions)
    }

    /// The members matching `text`, best first.
    public func find(_ text: String) -> [MemberID] { search(TextQuery(text)).hits.map(\.member) }
}
