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
        #expect(TextQuery("an").rank("Đặng Văn Nam") == .contains)
        #expect(TextQuery("xyz").rank("Đặng Văn Nam") == nil)
    }

    @Test func cardNumbersMatch() {
        let (s, idx) = fixture()
        #expect(names(s, idx.find("0123")) == ["Nguyễn Thị Hoa"])
    }

    @Test func narrowingGivesSameResultAsFullScan() {
        let (_, idx) = fixture()
        let first = idx.search(TextQuery("ng"))
        let narrowed = idx.search(TextQuery("nguy"), within: first.positions)
        #expect(narrowed.hits == idx.search(TextQuery("nguy")).hits)
    }

    @Test func emptyQueryListsEveryone() {
        let (_, idx) = fixture()
        #expect(idx.find("  ").count == 5)
        #expect(idx.find("zzz").isEmpty)
    }
}
