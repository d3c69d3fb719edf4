/// Finds members by name or card number, ignoring case and diacritics, with exact-diacritic
/// matches first. Built once per list; each keystroke scans packed bytes only.
public struct MemberSearch: Sendable {
    public struct Hit: Equatable, Sendable {
        public let member: MemberID
        public let rank: MatchRank
    }

    /// The result of one query: list positions best rank first (list order within a rank),
    /// and the same positions in list order, to narrow the next, longer query.
    public struct Result: Sendable {
        public let ranked: [Int32]
        public let sorted: [Int32]
    }

    /// Members in the order results keep within one rank (the list's own order).
    public let order: [MemberID]
    let folded: PackedStrings
    let lowered: PackedStrings
    let cards: PackedStrings
    /// Per member: the letters its folded name holds, the letters that start one of its
    /// words, and the ASCII letters of its lower-cased name. One-letter queries are answered
    /// from these alone, and longer ones skip names missing a letter of the query.
    let masks: [LetterMasks]

    /// Indexes `members`, given in display order.
    public init(state: State, members: [MemberID]) {
        order = members
        var f = PackedStrings(capacity: members.count), l = PackedStrings(capacity: members.count)
        var c = PackedStrings(capacity: members.count)
        var k: [LetterMasks] = []
        k.reserveCapacity(members.count)
        for id in members {
            let m = state.members[id]!
            f.append(m.fullName, fold: true)
            l.append(m.fullName, fold: false)
            c.append(m.cardNo ?? "", fold: true)
            k.append(f.bytes.withUnsafeBytes { fb in
                l.bytes.withUnsafeBytes { lb in
                    LetterMasks(folded: UnsafeRawBufferPointer(rebasing: fb[f.range(f.count - 1)]),
                                lowered: UnsafeRawBufferPointer(rebasing: lb[l.range(l.count - 1)]))
                }
            })
        }
        masks = k
        folded = f
        lowered = l
        cards = c
    }

    public var count: Int { order.count }

    /// Every position matching `query`. `within` narrows the scan to an earlier query's
    /// `sorted` positions (typing extends a query, so each keystroke scans fewer members).
    public func search(_ query: TextQuery, within: [Int32]? = nil) -> Result {
        guard !query.isEmpty else {
            let all = (0..<Int32(order.count)).map { $0 }
            return Result(ranked: all, sorted: all)
        }
        var buckets: [[Int32]] = [[], [], [], []]
        let need = LetterMasks.letters(query.folded)
        if query.folded.count == 1, query.lowered.count == 1, need != 0 {
            // One letter: the masks know everything (cards hold digits, never letters).
            let exact = LetterMasks.letters(query.lowered)
            func put(_ i: Int) {
                let m = masks[i]
                guard m.folded & need != 0 else { return }
                let r = exact != 0 && m.lowered & exact != 0 ? 0 : (m.wordStarts & need != 0 ? 2 : 3)
                buckets[r].append(Int32(i))
            }
            if let within { for i in within { put(Int(i)) } } else { for i in 0..<order.count { put(i) } }
            return Result(ranked: buckets.flatMap { $0 }, sorted: MemberSearch.merge(buckets))
        }
        folded.bytes.withUnsafeBytes { fb in
            lowered.bytes.withUnsafeBytes { lb in
                cards.bytes.withUnsafeBytes { cb in
                    func rank(_ i: Int, at: Int?) {
                        let fr = folded.range(i)
                        let f = UnsafeRawBufferPointer(rebasing: fb[fr]), l = UnsafeRawBufferPointer(rebasing: lb[lowered.range(i)])
                        let hit = at.map { $0 - fr.lowerBound } ?? ByteSearch.findShort(query.folded, in: f)
                        if let hit {
                            buckets[query.rank(matchAt: hit, folded: f, lowered: l).rawValue].append(Int32(i))
                        } else if ByteSearch.findShort(query.folded, in: UnsafeRawBufferPointer(rebasing: cb[cards.range(i)])) != nil {
                            buckets[0].append(Int32(i))
                        }
                    }
                    if let within {
                        for i in within {
                            // A name missing a letter of the query can only match by card number.
                            if masks[Int(i)].folded & need != need {
                                if ByteSearch.findShort(query.folded, in: UnsafeRawBufferPointer(rebasing: cb[cards.range(Int(i))])) != nil {
                                    buckets[0].append(i)
                                }
                                continue
                            }
                            rank(Int(i), at: nil)
                        }
                        return
                    }
                    // Whole-buffer scans: names first, then card numbers (digits rarely fold-match names).
                    var seen = [Bool](repeating: false, count: order.count)
                    var from = 0
                    while let at = ByteSearch.find(query.folded, in: fb, from: from) {
                        let i = folded.index(containing: at)
                        seen[i] = true
                        rank(i, at: at)
                        from = Int(folded.range(i).upperBound) + 1
                    }
                    from = 0
                    while let at = ByteSearch.find(query.folded, in: cb, from: from) {
                        let i = cards.index(containing: at)
                        if !seen[i] { buckets[0].append(Int32(i)) }
                        from = Int(cards.range(i).upperBound) + 1
                    }
                    buckets[0].sort()
                }
            }
        }
        let ranked = buckets.flatMap { $0 }
        return Result(ranked: ranked, sorted: MemberSearch.merge(buckets))
    }

    /// Merges sorted buckets into one sorted array.
    static func merge(_ b: [[Int32]]) -> [Int32] {
        func two(_ x: [Int32], _ y: [Int32]) -> [Int32] {
            var out: [Int32] = []
            out.reserveCapacity(x.count + y.count)
            var i = 0, j = 0
            while i < x.count && j < y.count {
                if x[i] < y[j] { out.append(x[i]); i += 1 } else { out.append(y[j]); j += 1 }
            }
            out.append(contentsOf: x[i...])
            out.append(contentsOf: y[j...])
            return out
        }
        return b.reduce([], two)
    }

    /// Hits with their ranks, best first.
    public func hits(_ text: String) -> [Hit] {
        let q = TextQuery(text)
        let r = search(q)
        return r.ranked.map { i in
            let m = order[Int(i)]
            let rank = folded.bytes.withUnsafeBytes { fb in
                lowered.bytes.withUnsafeBytes { lb in
                    query(q, rankAt: Int(i), fb, lb)
                }
            }
            return Hit(member: m, rank: rank)
        }
    }

    private func query(_ q: TextQuery, rankAt i: Int, _ fb: UnsafeRawBufferPointer, _ lb: UnsafeRawBufferPointer) -> MatchRank {
        q.rank(folded: UnsafeRawBufferPointer(rebasing: fb[folded.range(i)]),
               lowered: UnsafeRawBufferPointer(rebasing: lb[lowered.range(i)])) ?? .exactDiacritics
    }

    /// The members matching `text`, best first.
    public func find(_ text: String) -> [MemberID] { search(TextQuery(text)).ranked.map { order[Int($0)] } }
}

/// Letter sets of one name, as bits a–z.
struct LetterMasks: Sendable {
    var folded: UInt32 = 0
    var wordStarts: UInt32 = 0
    var lowered: UInt32 = 0

    init(folded f: UnsafeRawBufferPointer, lowered l: UnsafeRawBufferPointer) {
        folded = LetterMasks.letters(f)
        var atStart = true
        for b in f {
            if atStart, b >= 97 && b <= 122 { wordStarts |= 1 << UInt32(b - 97) }
            atStart = b == 32
        }
        lowered = LetterMasks.letters(l)
    }

    static func letters<C: Sequence>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var m: UInt32 = 0
        for b in bytes where b >= 97 && b <= 122 { m |= 1 << UInt32(b - 97) }
        return m
    }
}
