import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// Text encodings of roster files, and text damaged before it arrived (issue 9, item 7).
@Suite struct EncodingTests {
    private func load(_ bytes: [UInt8], _ forced: ForcedEncoding? = nil) throws -> (CSVReader.Table, [LoadNote]) {
        let loaded = try TableFile.load(bytes, fileName: "ds.csv", sheet: nil, encoding: forced)
        return (try loaded.table(), loaded.notes)
    }

    private func refusal(_ bytes: [UInt8], _ forced: ForcedEncoding? = nil) -> TableFileError? {
        do { _ = try TableFile.load(bytes, fileName: "ds.csv", sheet: nil, encoding: forced); return nil } catch { return error as? TableFileError }
    }

    private func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// Excel "CSV (Comma delimited)" on Vietnamese Windows: tone marks as separate bytes after the vowel.
    static let windows1258: [UInt8] = [
        0x48, 0x6F, 0xF2, 0x20, 0x76, 0xE0, 0x20, 0x74, 0xEA, 0x6E, 0x2C, 0x4E, 0x67, 0xE0, 0x79, 0x20, 0x73, 0x69, 0x6E, 0x68, 0x0D, 0x0A,
        0x4E, 0x67, 0x75, 0x79, 0xEA, 0xDE, 0x6E, 0x20, 0x54, 0x68, 0x69, 0xF2, 0x20, 0x48, 0xF4, 0xCC, 0x6E, 0x67, 0x20, 0x4E, 0x68, 0x75,
        0x6E, 0x67, 0x2C, 0x30, 0x35, 0x2F, 0x30, 0x33, 0x2F, 0x31, 0x39, 0x39, 0x30, 0x0D, 0x0A, 0xD0, 0xF4, 0xDE, 0x20, 0x56, 0xE3, 0x6E,
        0x20, 0x43, 0xFD, 0xF5, 0xCC, 0x6E, 0x67, 0x2C, 0x31, 0x32, 0x2F, 0x31, 0x31, 0x2F, 0x31, 0x39, 0x38, 0x35, 0x0D, 0x0A, 0x54, 0x72,
        0xE2, 0xCC, 0x6E, 0x20, 0x51, 0x75, 0xF4, 0xEC, 0x63, 0x20, 0x56, 0x69, 0xEA, 0xF2, 0x74, 0x2C, 0x30, 0x31, 0x2F, 0x30, 0x31, 0x2F,
        0x31, 0x39, 0x37, 0x30, 0x0D, 0x0A,
    ]

    @Test func windows1258IsDecodedToNFCAndSaidSo() throws {
        let (t, notes) = try load(Self.windows1258)
        #expect(t.header.fields == ["Họ và tên", "Ngày sinh"])
        #expect(t.rows.map { $0.fields[0] } == ["Nguyễn Thị Hồng Nhung", "Đỗ Văn Cường", "Trần Quốc Việt"])
        #expect(t.rows.allSatisfy { $0.fields[0] == $0.fields[0].precomposedStringWithCanonicalMapping })
        #expect(t.rows.allSatisfy { $0.fields[0].unicodeScalars.allSatisfy { !(0x300...0x323).contains($0.value) } })
        #expect(notes.map(\.en).contains { $0.contains("Windows-1258") })
    }

    @Test func aToneMarkAfterAConsonantIsNotWindows1258() {
        // 0xEC is a tone mark in Windows-1258; after "n" it cannot be one.
        let e = refusal(utf8("Họ tên\n").dropLast(0) + [0x6E, 0xEC, 0x0A])
        #expect(e?.en.contains("not UTF-8, UTF-16 or Windows-1258") == true)
        #expect(e?.vi.contains("CSV UTF-8") == true)
    }

    @Test func utf16UnicodeTextWithTabsIsRead() throws {
        let text = "Họ và tên\tSố thẻ\tGhi chú\r\nNguyễn Thị Ánh\t012345678\tcó, dấu phẩy\r\n"
        var le: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { le.append(UInt8(u & 0xFF)); le.append(UInt8(u >> 8)) }
        let (t, notes) = try load(le)
        #expect(t.separator == 0x09)
        #expect(t.header.fields == ["Họ và tên", "Số thẻ", "Ghi chú"])
        #expect(t.rows[0].fields == ["Nguyễn Thị Ánh", "012345678", "có, dấu phẩy"])
        #expect(notes.map(\.en).contains { $0.contains("UTF-16") })
        var be: [UInt8] = [0xFE, 0xFF]
        for u in text.utf16 { be.append(UInt8(u >> 8)); be.append(UInt8(u & 0xFF)) }
        #expect(try load(be).0.rows[0].fields == t.rows[0].fields)
        // No BOM: told apart by its zero bytes.
        #expect(try load(Array(le.dropFirst(2))).0.rows[0].fields == t.rows[0].fields)
    }

    @Test func utf8WithAndWithoutBOMPassesUntouched() throws {
        let s = "Họ và tên,Số thẻ\nLê Thị Ánh,80477811\n"
        #expect(try load(utf8(s)).0.rows[0].fields == ["Lê Thị Ánh", "80477811"])
        #expect(try load([0xEF, 0xBB, 0xBF] + utf8(s)).0.header.fields == ["Họ và tên", "Số thẻ"])
        #expect(try load(utf8(s)).1.isEmpty)
    }

    @Test func binaryGarbageIsRefusedNotRead() {
        var g = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &g) }
        #expect(refusal(bytes) != nil)
    }

    // MARK: Tables

    @Test func tcvn3TableRoundTripsEveryVietnameseLetter() {
        for l in VietLetters.all {
            guard let b = TCVN3.encode(l) else { Issue.record("no TCVN3 byte for \(l)"); continue }
            let back = TCVN3.decode(bytes: b)
            let lower = l.lowercased()
            // Capitals with a tone share the lowercase byte (.VnTimeH): they come back lowercase.
            let expected = ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"].contains(l) || l == lower ? l : lower
            #expect(back == expected, "\(l) → \(b) → \(back)")
            // The glyph text a program shows for those bytes converts the same way.
            let glyphs = String(String.UnicodeScalarView(b.map { Unicode.Scalar($0) }))
            #expect(TCVN3.decode(glyphs: Substring(glyphs)) == expected)
        }
        #expect(VietLetters.all.count == 134)
        #expect(TCVN3.decode(glyphs: "TrÇn Thanh C\u{AD}êng") == "Trần Thanh Cường")
        #expect(TCVN3.decode(glyphs: "NguyÔn") == "Nguyễn")
    }

    @Test func vniTableRoundTripsEveryVietnameseLetterInBothCases() {
        for l in VietLetters.all {
            guard let g = VNI.encode(l) else { Issue.record("no VNI form for \(l)"); continue }
            #expect(VNI.decode(glyphs: Substring(g)) == l, "\(l) → \(g)")
        }
        #expect(VNI.decode(glyphs: "Nguyeãn Vaên Tuaán") == "Nguyễn Văn Tuấn")
        #expect(VNI.decode(glyphs: "Tröôøng THPT Ñoàng Khôûi") == "Trường THPT Đồng Khởi")
    }

    @Test func windows1258TableMatchesThePublishedCodePage() {
        // Spot checks of the bytes that differ from Windows-1252.
        let pairs: [(Int, UInt32)] = [(0xC3, 0x102), (0xCC, 0x300), (0xD0, 0x110), (0xD2, 0x309), (0xD5, 0x1A0), (0xDD, 0x1AF),
                                      (0xDE, 0x303), (0xE3, 0x103), (0xEC, 0x301), (0xF0, 0x111), (0xF2, 0x323), (0xF5, 0x1A1),
                                      (0xFD, 0x1B0), (0xFE, 0x20AB), (0x80, 0x20AC), (0x81, 0)]
        for (b, v) in pairs { #expect(CodePages.cp1258[b - 0x80] == v) }
    }

    // MARK: Damaged text

    @Test func tcvn3GlyphTextIsRefusedWithTheLineAndTheWayOut() throws {
        let s = "Họ và tên,Số thẻ\nLê Văn Tám,11111111\nTrÇn Thanh C\u{AD}êng,22222222\nNguyÔn ThÞ Lan,33333333\n"
        let e = try #require(refusal(utf8(s)))
        #expect(e.vi.contains("dòng 3"))
        #expect(e.en.contains("line 3"))
        #expect(e.en.contains("TrÇn Thanh C\u{AD}êng"))
        #expect(e.vi.contains("--encoding tcvn3"))
        #expect(e.en.contains("2 places"))
        let (t, notes) = try load(utf8(s), .tcvn3)
        #expect(t.rows.map { $0.fields[0] } == ["Lê Văn Tám", "Trần Thanh Cường", "Nguyễn Thị Lan"])
        #expect(notes.map(\.en).contains { $0.contains("TCVN3") })
    }

    @Test func rawTCVN3BytesAreNamedAndConvertible() throws {
        // What "CSV (Comma delimited)" writes for text typed in .VnTime: the font's bytes.
        var bytes = utf8("Ho ten,So the\n")
        bytes += TCVN3.encode("Trần Thanh Cường")! + utf8(",1\n") + TCVN3.encode("Nguyễn Thị Hoà")! + utf8(",2\n")
        let e = try #require(refusal(bytes))
        #expect(e.en.contains("--encoding tcvn3"))
        #expect(try load(bytes, .tcvn3).0.rows.map { $0.fields[0] } == ["Trần Thanh Cường", "Nguyễn Thị Hoà"])
    }

    @Test func vniGlyphTextIsRefusedAndConvertible() throws {
        let s = "Họ và tên,Nơi ở\nNguyeãn Vaên Tuaán,Xoùm 2\nPhaïm Thò Höông,Thoân Ñoâng\n"
        let e = try #require(refusal(utf8(s)))
        #expect(e.en.contains("VNI") && e.en.contains("--encoding vni") && e.en.contains("line 2"))
        #expect(try load(utf8(s), .vni).0.rows.map { $0.fields } == [["Nguyễn Văn Tuấn", "Xóm 2"], ["Phạm Thị Hương", "Thôn Đông"]])
    }

    @Test func doubleEncodedUTF8IsRefused() throws {
        let original = "Nguyễn Thị Lan"
        let doubled = String(String.UnicodeScalarView(original.utf8.map { Unicode.Scalar(CodePages.cp1252($0))! }))
        #expect(doubled == "Nguyá»…n Thá»‹ Lan")
        let e = try #require(refusal(utf8("Họ và tên\nLê Văn Tám\n\(doubled)\n")))
        #expect(e.en.contains("double-encoded") && e.en.contains("line 3"))
    }

    @Test func questionMarkTextIsRefusedAsLost() throws {
        let e = try #require(refusal(utf8("Ho va ten,Ghi chu\nTr?n Ng?c D?u,Ai?\n")))
        #expect(e.en.contains("cannot be recovered") && e.en.contains("CSV UTF-8") && e.en.contains("line 2"))
        #expect(e.vi.contains("không khôi phục được"))
    }

    @Test func realNamesAndOrdinaryTextAreNeverFlagged() throws {
        var names: [String] = []
        for f in DemoNames.family.items {
            for m in DemoNames.maleMiddle.items + DemoNames.femaleMiddle.items {
                for g in DemoNames.maleGiven.prefix(12) + DemoNames.femaleGiven.prefix(12) { names.append("\(f) \(m) \(g)") }
            }
        }
        names += [
            "NGUYỄN THỊ HỒNG NHUNG", "Hoà", "Thuý", "Khoẻ", "H'Hen Niê", "Ksor H'Bliêng", "Rơ Mah Hồng", "Y Moan Ênuôl", "Siu Thu",
            "Nguyễn Phúc Bảo Ân", "Müller", "José García", "Zoë O'Brien", "François", "Søren", "Ærø", "naïve café", "Ñuñez",
            "Khách hàng hỏi: có không?", "What? Why? No?", "http://xa.vn/index.php?id=12&x=y", "a@b.com", "50% — tổ 3", "Số 12/3A, ấp Phú Hòa",
            "Ghi chú: miễn SH từ 2021 (tuổi cao)", "Đ/c Lò Văn Pản", "Hà Giang", "Thừa Thiên – Huế", "Bà Rịa–Vũng Tàu", "Quỳnh Lưu",
            "Gia Nghĩa", "Giữ gìn", "Khuê", "Quyết", "Nguyễn Văn Thuỵ", "Ngô Thị Ngoãn", "Trương Thị Ngoằn", "Phạm Khuyến",
        ]
        let csv = "Họ và tên\n" + names.joined(separator: "\n") + "\n"
        let report = try #require(Array(csv.utf8).withUnsafeBufferPointer { DamagedText.scan($0) })
        #expect(report.isEmpty, "\(report.first)")
        for n in names { #expect(DamagedText.firstDamage(in: n) == nil, "\(n)") }
    }

    @Test func damagedFormsOfRealRostersAreFoundAndNamed() {
        // Rosters of 20 generated names each, written in each damaged form: every file must be
        // refused for the right reason, and nearly every single name must be caught on its own
        // ("Thò" — VNI for Thị — is a real syllable, so a few names carry no sign alone).
        var g = SeededGenerator(seed: 9)
        var perName = [TextDamage: Int](), names = 0
        for _ in 0..<60 {
            var roster: [String] = []
            for _ in 0..<20 {
                let female = g.below(2) == 0
                let given = female ? DemoNames.femaleGiven : DemoNames.maleGiven
                roster.append("\(DemoNames.family.pick(&g)) \((female ? DemoNames.femaleMiddle : DemoNames.maleMiddle).pick(&g)) \(given[g.below(given.count)])")
            }
            for (kind, encode) in [(TextDamage.tcvn3, { (n: String) in String(String.UnicodeScalarView(TCVN3.encode(n)!.map { Unicode.Scalar($0) })) }),
                                   (.vni, { VNI.encode($0)! }),
                                   (.doubleEncoded, { String(String.UnicodeScalarView($0.utf8.map { Unicode.Scalar(CodePages.cp1252($0))! })) })] {
                let csv = "Họ và tên\n" + roster.map(encode).joined(separator: "\n") + "\n"
                let report = Array(csv.utf8).withUnsafeBufferPointer { DamagedText.scan($0) }
                #expect(report?.main?.kind == kind, "\(kind): \(csv)")
                for n in roster where DamagedText.firstDamage(in: encode(n))?.0 == kind { perName[kind, default: 0] += 1 }
            }
            names += roster.count
        }
        for kind in [TextDamage.tcvn3, .vni, .doubleEncoded] { #expect(perName[kind, default: 0] * 100 >= names * 90, "\(kind): \(perName[kind, default: 0])/\(names)") }
    }

    @Test func aLargeFileIsScannedInTwoHalvesWithTheRightLine() throws {
        var csv = "Họ và tên,Ghi chú\n"
        for k in 0..<40_000 { csv += "Nguyễn Thị Hồng Nhung \(k),tổ \(k % 7) ấp Phú Hòa\n" }
        csv += "NguyÔn ThÞ Lan,x\n"
        let bytes = Array(csv.utf8)
        #expect(bytes.count > 1 << 20)
        let report = try #require(bytes.withUnsafeBufferPointer { DamagedText.scan($0) })
        #expect(report.main?.kind == .tcvn3 && report.main?.line == 40_002)
        let one = try #require(bytes.withUnsafeBufferPointer { DamagedText.scanPart($0, from: 0, to: $0.count) })
        #expect(one.0.main?.line == 40_002)
        // Invalid UTF-8 deep in the second half is seen too.
        #expect((bytes + [0xC3, 0x28, 0x0A]).withUnsafeBufferPointer { DamagedText.scan($0) } == nil)
    }
}
