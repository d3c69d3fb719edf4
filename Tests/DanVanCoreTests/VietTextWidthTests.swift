import Testing
@testable import DanVanCore

/// The fast path of `VietText.width` / `truncate` / `pad` (plain NFC text, drawn every frame)
/// agrees with the grapheme-by-grapheme reference on every kind of text.
@Suite struct VietTextWidthTests {
    static let samples = [
        "", "a", "Nguyễn Văn An", "Tôn Nữ Thị Hoàng Phương Thảo", "Đảng bộ Phường Bến Nghé", "ĐB Phường", "2.757/5.115",
        "Nguyễn Thị Thuỳ Dương".decomposedStringWithCanonicalMapping, "中文名字", "Đội 👍 văn nghệ", "e\u{301}", "x\u{AD}y",
        "▾ Chi bộ · 1/2 │ — “ngoặc” …", "Ωμέγα", "Ñandú", "tab\there", "Ꞌ", "ﾃｽﾄ", "❤️ tim", "\u{200B}zero",
    ]

    /// The reference truncation: grapheme by grapheme.
    static func slowTruncate(_ s: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if VietText.graphemeWidth(s) <= columns { return s }
        var out = "", w = 0
        for ch in s {
            let cw = VietText.width(of: ch)
            if w + cw > columns - 1 { break }
            out.append(ch)
            w += cw
        }
        return out + "…"
    }

    @Test func fastPathAgreesWithGraphemeReference() {
        for s in Self.samples {
            #expect(VietText.width(s) == VietText.graphemeWidth(s), "\(s)")
            for c in 0...14 {
                #expect(VietText.truncate(s, to: c) == Self.slowTruncate(s, to: c), "\(s) \(c)")
                let padded = VietText.pad(s, to: c)
                #expect(VietText.graphemeWidth(padded) == max(c, 0), "\(s) \(c)")
            }
        }
    }
}

/// Issue 13, item 6: width by grapheme cluster, East Asian Width and emoji presentation.
@Suite struct GraphemeWidthTests {
    @Test func emojiSequencesTakeTwoColumns() {
        #expect(VietText.width("👨\u{200D}👩\u{200D}👧") == 2)   // ZWJ sequence
        #expect(VietText.width("🇻🇳") == 2)                       // flag
        #expect(VietText.width("🇻") == 1)                        // a lone regional indicator
        #expect(VietText.width("❤️") == 2 && VietText.width("❤") == 1)  // VS16 makes a narrow base wide
        #expect(VietText.width("👍🏽") == 2)                       // skin tone
        #expect(VietText.width("1️⃣") == 2)                        // keycap
        #expect(VietText.width("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}") == 2)
        #expect(VietText.width("☺︎") == 1 && VietText.width("👍︎") == 2)  // VS15 on a narrow / wide base
    }

    @Test func eastAsianWidthFromTheTable() {
        #expect(VietText.width("Ａ") == 2 && VietText.width("ｱ") == 1)  // fullwidth / halfwidth
        #expect(VietText.width("한국") == 4 && VietText.width("〜") == 2 && VietText.width("𠀀") == 2)
        #expect(VietText.width("Nguyễn") == 6 && VietText.width("Nguye\u{0302}\u{0303}n") == 6)
        #expect(VietText.width("\u{200B}") == 0 && VietText.width("\u{1B}") == 0)
    }

    @Test func terminalFormKeepsTheSameColumns() {
        let cases: [(String, String, String?)] = [
            ("👨\u{200D}👩\u{200D}👧", "👨", nil), ("👍🏽", "👍", nil), ("❤️", "❤", " "), ("1️⃣", "1", " "),
            ("🇻🇳", "V", "N"), ("ễ", "ễ", nil), ("漢", "漢", nil), ("👍", "👍", nil),
        ]
        for (ch, text, half) in cases {
            let f = VietText.terminalForm(Character(ch))
            #expect(f.text == text && f.rightHalf == half, "\(ch)")
            // What is sent, with its right half, fills exactly the columns measured.
            #expect(VietText.width(f.text + (f.rightHalf ?? "")) == VietText.width(ch), "\(ch)")
        }
    }
}
