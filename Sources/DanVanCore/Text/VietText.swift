import Foundation

/// Vietnamese text rules shared by every layer: NFC at the boundaries, a search fold that
/// ignores case and diacritics, and the column width of a string on a terminal.
public enum VietText {
    /// Canonical composition. Every string that enters the state goes through this.
    @inlinable
    public static func nfc(_ s: String) -> String {
        // Pure ASCII is already NFC; skip Foundation's normalizer on the hot import path.
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        return s.precomposedStringWithCanonicalMapping
    }

    /// The search fold: compatibility decomposition (fullwidth Ａ → a), every combining
    /// mark dropped (not only U+0300–U+036F: also U+1DC4 and the like), đ/Đ and the look-alike
    /// Ð/ð to d, apostrophes (' ’ ‘ ʼ ʻ) and invisible format characters dropped, lower-case.
    /// "Nguyễn Văn Đặng" → "nguyen van dang"; "H’Hen Niê" → "hhen nie".
    public static func fold(_ s: String) -> String {
        String(decoding: foldBytes(s), as: UTF8.self)
    }

    /// The fold as UTF-8 bytes (ASCII for Vietnamese text), the form search indexes keep.
    public static func foldBytes(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        appendFold(s, to: &out)
        return out
    }

    /// Appends the fold of `s` to `out`. Latin letters (all of Vietnamese, precomposed or
    /// not) go through a table; anything else through Foundation's decomposition.
    public static func appendFold(_ s: String, to out: inout [UInt8]) {
        let table = FoldTable.shared
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if b == 0x27 { continue }  // apostrophe: optional in search
                out.append(b >= 65 && b <= 90 ? b + 32 : b)
            } else if v >= 0x300 && v <= 0x36F {
                continue
            } else if let b = table.ascii(v) {
                out.append(b)
            } else {
                appendFoldSlow(scalar, to: &out)
            }
        }
    }

    private static func appendFoldSlow(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        if CollationApostrophe.isApostrophe(scalar.value) { return }
        for d in String(scalar).decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            let dv = d.value
            switch d.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format: continue
            default: break
            }
            if dv == 0x111 || dv == 0xF0 { out.append(UInt8(ascii: "d")); continue }
            if CollationApostrophe.isApostrophe(dv) { continue }
            if dv < 0x80 {
                let b = UInt8(dv)
                out.append(b >= 65 && b <= 90 ? b + 32 : b)
            } else {
                out.append(contentsOf: String(d).utf8)
            }
        }
    }

    /// Lower-cased NFC with the apostrophes made one, used to rank exact-diacritic matches first.
    public static func lowerNFC(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in nfc(s).lowercased().unicodeScalars {
            out.append(CollationApostrophe.isApostrophe(u.value) ? "'" : u)
        }
        return String(out)
    }

    /// `lowerNFC` for text already NFC (every stored name): no normalizer on the hot path.
    public static func lowerKeepingNFC(_ s: String) -> String {
        let l = s.lowercased()
        guard l.utf8.contains(where: { $0 == 0xE2 || $0 == 0xCA }) else { return l }
        var out = String.UnicodeScalarView()
        for u in l.unicodeScalars { out.append(CollationApostrophe.isApostrophe(u.value) ? "'" : u) }
        return String(out)
    }

    /// Columns a string takes on a terminal: one per grapheme, two for wide (CJK, emoji)
    /// graphemes, none for a lone combining mark or control. Screens are drawn from this on
    /// every frame, so plain text (the common case) skips grapheme breaking.
    public static func width(_ s: String) -> Int {
        simpleWidth(s) ?? graphemeWidth(s)
    }

    /// The reference: grapheme by grapheme.
    static func graphemeWidth(_ s: String) -> Int {
        var w = 0
        for ch in s { w += width(of: ch) }
        return w
    }

    /// Scalars that are always one grapheme of one column on their own: printable ASCII,
    /// precomposed Latin (all of Vietnamese NFC), common punctuation, arrows, box drawing.
    @inline(__always)
    static func isSimple(_ v: UInt32) -> Bool {
        (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300 && v != 0xAD) || (v >= 0x1E00 && v < 0x1F00)
            || (v >= 0x2010 && v < 0x2028) || (v >= 0x2190 && v < 0x2200) || (v >= 0x2500 && v < 0x25A0)
            || (v >= 0x25B2 && v < 0x25C0)
    }

    /// Columns of text made only of simple scalars; nil otherwise.
    @inline(__always)
    static func simpleWidth(_ s: String) -> Int? {
        var n = 0
        for u in s.unicodeScalars {
            guard isSimple(u.value) else { return nil }
            n += 1
        }
        return n
    }

    /// Columns of one grapheme cluster: 0 for a control or a lone mark or format character;
    /// 2 for East Asian Wide/Fullwidth, emoji presentation, an emoji with VS16 (U+FE0F), a
    /// ZWJ sequence or modifier sequence of emoji, and a pair of regional indicators (a flag);
    /// otherwise 1. VS15 (U+FE0E) asks for text presentation: 1 unless the base is wide.
    public static func width(of ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 && scalars.count == 1 { return 1 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let wide = EastAsianWide.contains(v)
        // A flag is a pair of regional indicators; one alone is a letter in a box (terminals: 1).
        if isRegionalIndicator(v) { return scalars.dropFirst().contains { isRegionalIndicator($0.value) } ? 2 : 1 }
        if scalars.count > 1 {
            if first.properties.isEmoji {
                for u in scalars.dropFirst() {
                    switch u.value {
                    case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF, 0x20E3: return 2
                    case 0xFE0E: return wide ? 2 : 1
                    default: continue
                    }
                }
            }
        }
        return wide || first.properties.isEmojiPresentation ? 2 : 1
    }

    @inline(__always)
    static func isRegionalIndicator(_ v: UInt32) -> Bool { v >= 0x1F1E6 && v <= 0x1F1FF }

    /// How a grapheme is sent to a terminal so that every terminal gives it the columns
    /// `width(of:)` does. Terminals and curses disagree on emoji sequences (tmux 3.3 draws 👍🏽
    /// four columns wide and ❤️ one; VTE draws 👨‍👩‍👧 six; curses keeps one spacing character
    /// per cell, so a flag loses its second letter), so such a cluster is drawn as its base
    /// alone — an emoji that is wide everywhere — or, for a narrow base made wide by VS16 or
    /// a keycap, as the base with `rightHalf` " " in the next column; a flag is drawn as its
    /// two letters (🇻🇳 → "VN"). Plain text is sent as it is. The stored text never changes;
    /// only the screen shows this form.
    public static func terminalForm(_ ch: Character) -> (text: String, rightHalf: String?) {
        let scalars = ch.unicodeScalars
        guard scalars.count > 1, let first = scalars.first, first.properties.isEmoji else { return (String(ch), nil) }
        if isRegionalIndicator(first.value) {
            let letters = scalars.filter { isRegionalIndicator($0.value) }
                .map { String(UnicodeScalar(UInt8(65 + $0.value - 0x1F1E6))) }
            return letters.count >= 2 ? (letters[0], letters[1]) : (String(ch), nil)
        }
        let special = scalars.dropFirst().contains { u in
            switch u.value {
            case 0xFE0F, 0xFE0E, 0x200D, 0x1F3FB...0x1F3FF, 0x20E3, 0xE0020...0xE007F: return true
            default: return false
            }
        }
        guard special else { return (String(ch), nil) }
        let baseWide = EastAsianWide.contains(first.value) || first.properties.isEmojiPresentation
        return (String(first), width(of: ch) == 2 && !baseWide ? " " : nil)
    }

    /// Cuts a string to at most `columns` columns, never splitting a grapheme; adds "…" when cut.
    public static func truncate(_ s: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if let w = simpleWidth(s) {
            if w <= columns { return s }
            var out = String(String.UnicodeScalarView(s.unicodeScalars.prefix(columns - 1)))
            out.append("…")
            return out
        }
        if graphemeWidth(s) <= columns { return s }
        var out = ""
        var w = 0
        for ch in s {
            let cw = width(of: ch)
            if w + cw > columns - 1 { break }
            out.append(ch)
            w += cw
        }
        return out + "…"
    }

    /// Breaks text into lines of at most `columns` columns at spaces; a word longer than a
    /// line is cut (never mid-grapheme).
    public static func wrap(_ s: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        var line = "", w = 0
        for word in s.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            var ww = width(word)
            if w > 0 && w + 1 + ww <= columns {
                line += " " + word
                w += 1 + ww
                continue
            }
            if w > 0 { lines.append(line) }
            while ww > columns {
                var head = "", hw = 0
                for ch in word {
                    let cw = width(of: ch)
                    if hw + cw > columns { break }
                    head.append(ch)
                    hw += cw
                }
                lines.append(head)
                word = String(word.dropFirst(head.count))
                ww = width(word)
            }
            line = word
            w = ww
        }
        if w > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Pads (or truncates) to exactly `columns` columns.
    public static func pad(_ s: String, to columns: Int, alignRight: Bool = false) -> String {
        let t = truncate(s, to: columns)
        let gap = max(0, columns - width(t))
        if gap == 0 { return t }
        let fill = String(repeating: " ", count: gap)
        return alignRight ? fill + t : t + fill
    }
}
