import Testing
@testable import DanVanCore

@Suite struct VietTextTests {
    @Test func foldDropsDiacriticsCaseAndDStroke() {
        #expect(VietText.fold("Nguyễn Văn A") == "nguyen van a")
        #expect(VietText.fold("Đặng Thị Ánh") == "dang thi anh")
        #expect(VietText.fold("đường ĐỨC") == "duong duc")
    }

    @Test func foldTreatsNFDLikeNFC() {
        let nfd = "Nguyê\u{0303}n Thi\u{0323}"  // decomposed tones
        #expect(VietText.fold(nfd) == "nguyen thi")
        #expect(VietText.nfc(nfd) == "Nguyễn Thị")
    }

    @Test func widthCountsGraphemesNotScalars() {
        #expect(VietText.width("Nguyễn") == 6)
        #expect(VietText.width("Nguye\u{0302}\u{0303}n") == 6)
        #expect(VietText.width("漢字") == 4)
        #expect(VietText.width("a\u{0301}") == 1)
    }

    @Test func wrapBreaksAtSpacesByDisplayWidth() {
        let s = "2.231/2.772 đảng viên được phân công trực tiếp vận động quần chúng, đạt tỉ lệ 80,5%"
        let lines = VietText.wrap(s, to: 30)
        #expect(lines.allSatisfy { VietText.width($0) <= 30 })
        #expect(lines.joined(separator: " ") == s)
        #expect(lines.last == "quần chúng, đạt tỉ lệ 80,5%")
        #expect(VietText.wrap("Nghiêng", to: 3) == ["Ngh", "iên", "g"])
        #expect(VietText.wrap("", to: 5) == [""])
    }

    @Test func truncateAndPadKeepColumns() {
        #expect(VietText.truncate("Hoàng Phủ Ngọc Tường", to: 10) == "Hoàng Phủ…")
        #expect(VietText.width(VietText.pad("Đặng Thị Ánh Nguyệt", to: 8)) == 8)
        #expect(VietText.pad("Lê", to: 5) == "Lê   ")
        #expect(VietText.pad("7", to: 3, alignRight: true) == "  7")
        #expect(VietText.truncate("abc", to: 0) == "")
    }
}

@Suite struct CollationTests {
    func sorted(_ names: [String]) -> [String] {
        names.sorted { VietCollation.compare($0, $1) }
    }

    @Test func letterOrder() {
        #expect(sorted(["ă", "â", "a"]) == ["a", "ă", "â"])
        #expect(sorted(["đa", "da", "ea"]) == ["da", "đa", "ea"])
        #expect(sorted(["ơ", "ô", "o"]) == ["o", "ô", "ơ"])
        #expect(sorted(["ư", "v", "u"]) == ["u", "ư", "v"])
        #expect(sorted(["Ê", "e", "f"]) == ["e", "Ê", "f"])
    }

    @Test func toneIsPartOfEachSyllable() {
        // Within a syllable the letters decide first, then its tone: "an" < "án" < "anh".
        #expect(sorted(["anh", "án", "an"]) == ["an", "án", "anh"])
        // Dictionary tone order: ngang, huyền, hỏi, ngã, sắc, nặng.
        #expect(sorted(["ạ", "á", "ã", "ả", "à", "a"]) == ["a", "à", "ả", "ã", "á", "ạ"])
        // Syllable by syllable: the first syllable's tone decides before later letters.
        // (Rule changed by issue 13: tones were a secondary difference of the whole string.)
        #expect(sorted(["Ánh An", "Anh Bình", "Ảnh An"]) == ["Anh Bình", "Ảnh An", "Ánh An"])
    }

    @Test func oldAndNewTonePlacementAreOneSyllable() {
        #expect(VietCollation.orderKey("Hoà") == VietCollation.orderKey("Hòa"))
        #expect(VietCollation.orderKey("Thuý") == VietCollation.orderKey("Thúy"))
        #expect(VietCollation.orderKey("uỷ ban") == VietCollation.orderKey("ủy ban"))
        #expect(VietCollation.orderKey("Khoẻ") == VietCollation.orderKey("Khỏe"))
        // Old and new spellings sort together, between the other tones.
        let s = sorted(["Hoá", "Hòa", "Hoa", "Hóa", "Hoà", "Hoả"])
        #expect(s == ["Hoa", "Hoà", "Hòa", "Hoả", "Hoá", "Hóa"])  // twins by code point, never by chance
    }

    @Test func lookAlikeDAndApostrophes() {
        #expect(VietCollation.orderKey("Ðặng") == VietCollation.orderKey("Đặng"))
        #expect(VietCollation.orderKey("H'Hen") == VietCollation.orderKey("H’Hen"))
        #expect(VietCollation.orderKey("H'Hen").prefix(while: { $0 != 0 }) == VietCollation.orderKey("Hʼhen").prefix(while: { $0 != 0 }))
        #expect(sorted(["Ha", "H'Hen", "H"]) == ["H", "H'Hen", "Ha"])
    }

    @Test func numbersCompareByValue() {
        #expect(sorted(["Chi bộ 10", "Chi bộ 2", "Chi bộ 1"]) == ["Chi bộ 1", "Chi bộ 2", "Chi bộ 10"])
    }

    @Test func namesSortByGivenThenMiddleThenFamily() {
        let names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Đặng Thị Ánh", "Phạm Anh", "Nguyễn Văn Đạt", "Nguyễn Văn Dũng"]
        let keyed = names.sorted {
            VietCollation.nameKey(NameParts(fullName: $0)).lexicographicallyPrecedes(VietCollation.nameKey(NameParts(fullName: $1)))
        }
        #expect(keyed == ["Nguyễn Thị An", "Lê Văn An", "Phạm Anh", "Đặng Thị Ánh", "Trần Văn Bình", "Nguyễn Văn Dũng", "Nguyễn Văn Đạt"])
        // The example: names differing only by the tone of the given name do not interleave.
        let tones = ["Đỗ Thị Ảnh", "Lê Thị Ánh", "Trần Thị Anh", "Nguyễn Văn Anh", "Nguyễn Thị Ánh"]
        let byName = tones.sorted {
            VietCollation.nameKey(NameParts(fullName: $0)).lexicographicallyPrecedes(VietCollation.nameKey(NameParts(fullName: $1)))
        }
        #expect(byName == ["Trần Thị Anh", "Nguyễn Văn Anh", "Đỗ Thị Ảnh", "Lê Thị Ánh", "Nguyễn Thị Ánh"])
    }

    /// The table-driven key equals the reference decomposition for every kind of text.
    @Test func fastKeyEqualsReference() {
        var rng = SplitMix(seed: 3)
        let pieces = ["Nguyễn", "Đặng", "ĐẶNG", "Thị", "Ánh", "ư", "ơ", "Ươ", "a\u{0306}\u{0301}", "Chi bộ 10", "007",
                      "Ñandú", "Ça", "ß", "漢字", "😀", "—", "-", "x", "Z", "Hoàng Phủ", "  ", "ǅ", "Ǹ", "ɐ", "ḫ"]
        for _ in 0..<500 {
            let s = (0..<Int(rng.next() % 4 + 1)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined(separator: " ")
            #expect(VietCollation.key(s) == VietCollation.slowKey(VietText.nfc(s)), "\(s)")
        }
    }

    @Test func nfdAndNfcSortTogether() {
        #expect(VietCollation.key("Nguyễn") == VietCollation.key("Nguye\u{0302}\u{0303}n"))
    }

    @Test func nameParts() {
        // Known compound family names (rule changed by issue 13: the family was the first word).
        let p = NameParts(fullName: "Hoàng Phủ Ngọc Tường")
        #expect(p.family == "Hoàng Phủ" && p.middle == "Ngọc" && p.given == "Tường")
        let o = NameParts(fullName: "Tôn Nữ Thị Thu Hà", givenOverride: "Thu Hà")
        #expect(o.given == "Thu Hà" && o.family == "Tôn Nữ" && o.middle == "Thị")
        // Any run of words may be the given name; the family name may stand anywhere.
        let y = NameParts(fullName: "Y Moan Êban", givenOverride: "Moan", familyOverride: "Êban")
        #expect(y.given == "Moan" && y.family == "Êban" && y.middle == "Y")
        let h = NameParts(fullName: "H'Hen Niê", givenOverride: "H'Hen", familyOverride: "Niê")
        #expect(h.given == "H'Hen" && h.family == "Niê" && h.middle == "")
        let k = NameParts(fullName: "Ksor H'Lơ")
        #expect(k.given == "H'Lơ" && k.family == "Ksor")
        // Two words that are a compound but the whole name: family + given.
        #expect(NameParts(fullName: "Tôn Nữ").family == "Tôn" && NameParts(fullName: "Tôn Nữ").given == "Nữ")
        let single = NameParts(fullName: "Hà")
        #expect(single.given == "Hà" && single.family == "" && single.middle == "")
        // An override that is not the tail of the name is ignored.
        #expect(NameParts(fullName: "Lê Văn Tám", givenOverride: "Bảy").given == "Tám")
    }
}

@Suite struct DayTests {
    @Test func parsesCommonForms() {
        #expect(Day.parse("07/03/2025") == Day(year: 2025, month: 3, day: 7))
        #expect(Day.parse("7/3/2025") == Day(year: 2025, month: 3, day: 7))
        #expect(Day.parse("2025-03-07") == Day(year: 2025, month: 3, day: 7))
        #expect(Day.parse("07.03.2025") == Day(year: 2025, month: 3, day: 7))
        #expect(Day.parse("2025", partial: true) == Day.year(2025))
        #expect(Day.parse("2025") == nil)
        #expect(Day.parse("31/02/2025") == nil)
        #expect(Day.parse("29/02/2024") != nil)
        #expect(Day.parse("hôm qua") == nil)
    }

    @Test func formats() {
        let d = Day(year: 2025, month: 3, day: 7)!
        #expect(d.iso == "2025-03-07" && d.vn == "07/03/2025")
        #expect(Day(iso: d.iso) == d)
    }

    @Test func catalogueParseAcceptsLabelsCodesAndBareText() {
        #expect(TargetGroup.parse("Nông dân") == .nongDan)
        #expect(TargetGroup.parse("nong dan") == .nongDan)
        #expect(TargetGroup.parse("cuu_chien_binh") == .cuuChienBinh)
        #expect(TargetGroup.parse("Youth and students") == .thanhNien)
        #expect(Source.parse("tự nhận") == .selfRegistered)
        #expect(Source.parse("self") == .selfRegistered)
        #expect(EvaluationLevel.parse("Hoàn thành xuất sắc") == .outstanding)
        #expect(StatusKind.parse("Miễn sinh hoạt") == .exempt)
        #expect(TargetGroup.parse("bogus") == nil)
    }

    @Test func langFromEnvironment() {
        #expect(Lang.fromEnvironment(["LANG": "vi_VN.UTF-8"]) == .vi)
        #expect(Lang.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"]) == .en)
        #expect(Lang.fromEnvironment(["LC_MESSAGES": "vi", "LANG": "en"]) == .vi)
        #expect(Lang.fromEnvironment([:]) == .en)
    }
}

@Suite struct DayArithmeticTests {
    @Test func dayNumbersRoundTrip() {
        #expect(Day(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(Day(dayNumber: 0) == Day(year: 1970, month: 1, day: 1))
        #expect(Day(year: 2024, month: 2, day: 29)!.adding(days: 1) == Day(year: 2024, month: 3, day: 1))
        #expect(Day(year: 2024, month: 2, day: 29)!.adding(years: 1) == Day(year: 2025, month: 2, day: 28))
        for n in stride(from: -40_000, through: 40_000, by: 37) { #expect(Day(dayNumber: n).dayNumber == n) }
    }
}

@Suite struct NamePartsTests {
    @Test func emptyAndOneWordNames() {
        #expect(NameParts(fullName: "") == NameParts(fullName: "", givenOverride: "x"))
        #expect(NameParts(fullName: "").given == "" && NameParts(fullName: "").family == "")
        #expect(NameParts(fullName: "Hà").given == "Hà" && NameParts(fullName: "Hà").family == "")
    }

    @Test func compoundsInAnyCaseAndTheFastPathAgreesWithTheGeneralOne() {
        #expect(NameParts(fullName: "TÔN NỮ THỊ HOA").family == "TÔN NỮ")
        #expect(NameParts(fullName: "tôn nữ thị hoa").family == "tôn nữ")
        #expect(NameParts(fullName: "Tôn Văn Nữ Hoa").family == "Tôn")
        for n in ["Hoàng Phủ Ngọc Tường", "Nguyễn Văn An", "Lê A", "A", "Âu Dương Thị Thu Hà", "Tư Mã Ý"] {
            let fast = NameParts(fullName: n)
            // Naming the last word as the given name takes the general path: same parts.
            #expect(fast == NameParts(fullName: n, givenOverride: String(n.split(separator: " ").last!)), "\(n)")
        }
    }
}
