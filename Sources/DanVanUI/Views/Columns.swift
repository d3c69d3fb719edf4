import DanVanCore

/// Display widths for the views, with a fast path for the text a screen is mostly made of:
/// NFC Vietnamese, ASCII, box drawing and common punctuation, where every scalar is one
/// grapheme of one column. Anything else (combining marks, wide or emoji graphemes) goes
/// to `VietText`, so results are always the same as its.
enum Columns {
    @inline(__always)
    static func isSimple(_ v: UInt32) -> Bool {
        (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300 && v != 0xAD) || (v >= 0x1E00 && v < 0x1F00)
            || (v >= 0x2010 && v < 0x2028) || (v >= 0x2190 && v < 0x2200) || (v >= 0x2500 && v < 0x25A0)
            || (v >= 0x25B2 && v < 0x25C0)
    }

    /// Columns `s` takes; nil when it is not simple text.
    @inline(__always)
    static func simpleWidth(_ s: String) -> Int? {
        var n = 0
        for u in s.unicodeScalars {
            guard isSimple(u.value) else { return nil }
            n += 1
        }
        return n
    }

    static func width(_ s: String) -> Int { simpleWidth(s) ?? VietText.width(s) }

    /// Same as `VietText.truncate`.
    static func truncate(_ s: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        guard let w = simpleWidth(s) else { return VietText.truncate(s, to: columns) }
        if w <= columns { return s }
        var out = String(String.UnicodeScalarView(s.unicodeScalars.prefix(columns - 1)))
        out.append("…")
        return out
    }

    /// Same as `VietText.pad`.
    static func pad(_ s: String, to columns: Int, alignRight: Bool = false) -> String {
        let t = truncate(s, to: columns)
        let gap = max(0, columns - width(t))
        if gap == 0 { return t }
        let fill = String(repeating: " ", count: gap)
        return alignRight ? fill + t : t + fill
    }
}
