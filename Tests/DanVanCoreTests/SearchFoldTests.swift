import Testing
@testable import DanVanCore

/// Issue 13, item 4: the fold covers every mark, compatibility forms, Ð and apostrophes,
/// and ranking puts exact spelling, then the other tone placement, then diacritic-free.
@Suite struct SearchFoldTests {
    @Test func foldCoversEveryMarkAndLookAlike() {
        #expect(VietText.fold("Ðặng") == "dang")          // U+00D0, the Icelandic look-alike
        #expect(VietText.fold("ðặng") == "dang")
        #expect(VietText.fold("Nguyê\u{1DC4}n") == "nguyen")  // a mark beyond U+036F
        #expect(VietText.fold("Ｎｇｕｙễｎ") == "nguyen")      // fullwidth letters
        #expect(VietText.fold("H’Hen Niê") == "hhen nie")
        #expect(VietText.fold("H'Hen") == VietText.fold("Hʼhen"))
        #expect(VietText.fold("Ng\u{200B}uyễn") == "nguyen")
        #expect(VietText.fold("Hoà") == VietText.fold("Hòa"))
    }

    func index(_ names: [String]) -> (State, MemberSearch) {
        var f = Fixture()
        for (i, n) in names.enumerated() { f.member(UInt64(i + 1), n, in: Fixture.thon1) }
        let all = f.state.members(inSubtreeOf: Fixture.huyen)
        return (f.state, MemberSearch(state: f.state, members: all))
    }

    @Test func apostrophesAreOneAndOptional() {
        let (s, idx) = index(["H’Hen Niê", "Ksor H'Lơ", "Nguyễn Văn Hen"])
        for q in ["hhen", "h'hen", "H’Hen", "hʼhen"] {
            #expect(idx.find(q).map { s.members[$0]!.fullName }.first == "H’Hen Niê", "\(q)")
        }
        #expect(idx.hits("h'hen").first?.rank == .exactDiacritics)
        #expect(idx.find("hlo").map { s.members[$0]!.fullName } == ["Ksor H'Lơ"])
    }

    @Test func exactThenOtherTonePlacementThenDiacriticFree() {
        let (s, idx) = index(["Trần Thị Hoa", "Lê Thị Hòa", "Phạm Thị Hoà", "Đỗ Thị Hóa"])
        let hits = idx.hits("hoà")
        #expect(hits.map { s.members[$0.member]!.fullName } == ["Phạm Thị Hoà", "Lê Thị Hòa", "Trần Thị Hoa", "Đỗ Thị Hóa"])
        #expect(hits.map(\.rank) == [.exactDiacritics, .sameTones, .wordStart, .wordStart])
        let thuy = index(["Nguyễn Thị Thuý", "Nguyễn Thị Thúy", "Nguyễn Thị Thủy"])
        #expect(thuy.1.hits("thúy").map(\.rank) == [.exactDiacritics, .sameTones, .wordStart])
        #expect(TextQuery("uỷ ban").rank("Ủy ban nhân dân") == .sameTones)
        #expect(TextQuery("hoa").rank("Lê Thị Hòa") == .wordStart)  // no tone typed: not "same tones"
    }
}
