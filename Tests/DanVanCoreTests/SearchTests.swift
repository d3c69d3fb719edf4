import Testing
@testable import DanVanCore

@Suite struct SearchTests {
    func fixture() -> (State, MemberSearch) {
        var f = Fixture()
        f.member(1, "Nguyễn Thị Hoa", in: Fixture.thon1, card: "01234567")
        f.member(2, "Đặng Văn Nam", in: Fixture.thon1)
        f.member(3, "Nguyễn Thi Lan", in: Fixture.thon2)   // "Thi" without the dot
        f.member(4, "Trần Văn Dang", in: Fixture.thon2)
        f.member(5, "Lê Thị Thìn", in: Fixture.truong)
        let all = f.state.members(inSubtreeOf: Fixture.huyen)
        return (f.state, MemberSearch(state: f.state, members: all))
    }

    func names(_ s: State, _ ids: [MemberID]) -> [String] { ids.map { s.members[$0]!.fullName } }

    @Test func foldedQueriesFindDiacriticNames() {
        let (s, idx) = fixture()
        #expect(Set(names(s, idx.find("nguyen thi"))) == ["Nguyễn Thị Hoa", "Nguyễn Thi Lan"])
        #expect(names(s, idx.find("dang")).contains("Đặng Văn Nam"))
        #expect(names(s, idx.find("DANG")).count == 2)
    }

    @Test func exactDiacriticsRankFirst() {
        let (s, idx) = fixture()
        // "Thị" with its dot: the names spelled that way come before "Thi" and "Thìn".
        let r = names(s, idx.find("Thị"))
        #expect(r.prefix(2).sorted() == ["Lê Thị Thìn", "Nguyễn Thị Hoa"])
        #expect(r.contains("Nguyễn Thi Lan"))
        // "Đặng" exactly ranks the Đặng above the Dang.
        #expect(names(s, idx.find("Đặng")).first == "Đặng Văn Nam")
        // An unaccented query ranks the unaccented spelling first.
        #expect(names(s, idx.find("dang")) == ["Trần Văn Dang", "Đặng Văn Nam"])
    }

    @Test func rankOfSingleTexts() {
        #expect(TextQuery("văn").rank("Đặng Văn Nam") == .exactDiacritics)
        #expect(TextQuery("van").rank("Đặng Văn Nam") == .wordStart)
        #expect(TextQuery("vằn").rank("Đặng Văn Nam") == .wordStart)  // other tone: diacritic-free tier
        #expect(TextQuery("an").rank("Đặng Văn Nam") == .contains)
        #expect(TextQuery("xyz").rank("Đặng Văn Nam") == nil)
    }

    @Test func cardNumbersMatch() {
        let (s, idx) = fixture()
        #expect(names(s, idx.find("0123")) == ["Nguyễn Thị Hoa"])
    }

    @Test func narrowingGivesSameResultAsFullScan() {
        let (_, idx) = fixture()
        for (short, long) in [("ng", "nguy"), ("th", "thị"), ("0", "012"), ("a", "an")] {
            let first = idx.search(TextQuery(short))
            let narrowed = idx.search(TextQuery(long), within: first.sorted)
            #expect(narrowed.ranked == idx.search(TextQuery(long)).ranked)
            #expect(narrowed.sorted == idx.search(TextQuery(long)).sorted)
        }
    }

    @Test func ranksAreReported() {
        let (s, idx) = fixture()
        let hits = idx.hits("dang")
        #expect(hits.map { s.members[$0.member]!.fullName } == ["Trần Văn Dang", "Đặng Văn Nam"])
        #expect(hits.map(\.rank) == [.exactDiacritics, .wordStart])
    }

    @Test func oneLetterQueriesRankLikeLongerOnes() {
        let (s, idx) = fixture()
        // "đ" exactly: only Đặng has it; "d" unaccented: Dang's and Dũng-less names by rank.
        #expect(names(s, idx.find("đ")).first == "Đặng Văn Nam")
        #expect(names(s, idx.find("h")) == ["Nguyễn Thị Hoa", "Nguyễn Thi Lan", "Lê Thị Thìn"])
    }

    /// Every fast path agrees with ranking each name on its own.
    @Test func matchesReferenceRanking() {
        var f = Fixture()
        var rng = SplitMix(seed: 9)
        let parts = ["Nguyễn", "Thị", "Thi", "Đặng", "Dang", "An", "Ân", "Văn", "Hoà", "Hòa", "Lê", "Le", "Ánh", "Anh", "Út"]
        for i in 0..<300 {
            let name = (0..<3).map { _ in parts[Int(rng.next() % UInt64(parts.count))] }.joined(separator: " ")
            f.member(UInt64(100 + i), name, in: Fixture.thon1, card: i % 7 == 0 ? "9\(i)" : nil)
        }
        let list = f.state.members(inSubtreeOf: Fixture.huyen)
        let idx = MemberSearch(state: f.state, members: list)
        for q in ["a", "đ", "Đ", "t", "h", "x", "an", "ân", "thi", "thị", "dang", "đặng", "hoà", "hòa", "le an", "9", "91", "u"] {
            var expected: [(Int, Int)] = []
            for (pos, id) in list.enumerated() {
                let m = f.state.members[id]!
                if let r = TextQuery(q).rank(m.fullName) {
                    expected.append((r.rawValue, pos))
                } else if let card = m.cardNo, VietText.fold(card).contains(VietText.fold(q)) {
                    expected.append((0, pos))
                }
            }
            let want = expected.sorted { $0 < $1 }.map { Int32($0.1) }
            #expect(idx.search(TextQuery(q)).ranked == want, "query \(q)")
            let all = (0..<Int32(idx.count)).map { $0 }
            #expect(idx.search(TextQuery(q), within: all).ranked == want, "narrowed query \(q)")
        }
    }

    @Test func emptyQueryListsEveryone() {
        let (_, idx) = fixture()
        #expect(idx.find("  ").count == 5)
        #expect(idx.find("zzz").isEmpty)
    }
}
