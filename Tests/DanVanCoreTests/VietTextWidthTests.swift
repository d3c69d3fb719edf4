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
