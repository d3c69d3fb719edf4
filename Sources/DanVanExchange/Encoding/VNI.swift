/// VNI-Windows (the VNI fonts): a base letter followed by mark bytes, shown as Windows-1252
/// glyphs ("Nguyeãn" = Nguyễn, "Tröôøng" = Trường). Lowercase and uppercase both exist.
enum VNI {
    /// Tone marks after a vowel, by tone (huyền, hỏi, ngã, sắc, nặng): lowercase, uppercase.
    static let toneMarks: [(VietLetters.Tone, Character, Character)] = [
        (.grave, "ø", "Ø"), (.hook, "û", "Û"), (.tilde, "õ", "Õ"), (.acute, "ù", "Ù"), (.dot, "ï", "Ï"),
    ]
    /// Circumflex (â ê ô) with a tone after a, e, o: nil tone = the circumflex alone.
    static let circumflex: [(VietLetters.Tone?, Character, Character)] = [
        (nil, "â", "Â"), (.grave, "à", "À"), (.hook, "å", "Å"), (.tilde, "ã", "Ã"), (.acute, "á", "Á"), (.dot, "ä", "Ä"),
    ]
    /// Breve (ă) with a tone, after a only.
    static let breve: [(VietLetters.Tone?, Character, Character)] = [
        (nil, "ê", "Ê"), (.grave, "è", "È"), (.hook, "ú", "Ú"), (.tilde, "ü", "Ü"), (.acute, "é", "É"), (.dot, "ë", "Ë"),
    ]
    /// Letters that are one glyph: horn vowels (which may still take a tone mark), đ, i and ỵ with tones.
    static let single: [Character: String] = [
        "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ",
        "ì": "ì", "æ": "ỉ", "ó": "ĩ", "í": "í", "ò": "ị", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Í": "Í", "Ò": "Ị",
        "î": "ỵ", "Î": "Ỵ",
    ]

    private static func tone(of mark: Character) -> VietLetters.Tone? {
        toneMarks.first { $0.1 == mark || $0.2 == mark }?.0
    }
    private static func find(_ mark: Character, in list: [(VietLetters.Tone?, Character, Character)]) -> VietLetters.Tone?? {
        list.first { $0.1 == mark || $0.2 == mark }.map { $0.0 }
    }

    /// Glyph text → Vietnamese. The case of each letter follows its base glyph.
    static func decode(glyphs text: Substring) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            let lower = Character(c.lowercased())
            let upper = c != lower
            func emit(_ base: String, _ t: VietLetters.Tone?) {
                let l = VietLetters.letter(base, t)
                out += upper ? l.uppercased() : l
            }
            if c == "ô" || c == "Ô" || c == "ö" || c == "Ö" {
                let base = (c == "ô" || c == "Ô") ? "ơ" : "ư"
                if let n = next, let t = tone(of: n) { emit(base, t); i += 2 } else { emit(base, nil); i += 1 }
                continue
            }
            if let s = single[c] { out += s; i += 1; continue }
            if let n = next, "aeouy".contains(lower) {
                if "aeo".contains(lower), let t = find(n, in: circumflex) {
                    emit(lower == "a" ? "â" : lower == "e" ? "ê" : "ô", t); i += 2; continue
                }
                if lower == "a", let t = find(n, in: breve) { emit("ă", t); i += 2; continue }
                if let t = tone(of: n) { emit(String(lower), t); i += 2; continue }
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// Vietnamese → VNI glyph text (for tests and the reverse check); nil when a character
    /// has no VNI form.
    static func encode(_ s: String) -> String? {
        var out = ""
        for ch in s {
            if ch.isASCII { out.append(ch); continue }
            let lowerS = String(ch).lowercased()
            let upper = lowerS != String(ch)
            if let (glyph, _) = single.first(where: { $0.value == String(ch) }), !"ơƠưƯ".contains(ch) { out.append(glyph); continue }
            guard let (base, tone) = VietLetters.split[Character(lowerS)] else { return nil }
            func pick(_ l: Character, _ u: Character) -> Character { upper ? u : l }
            switch base {
            case "â", "ê", "ô":
                let mark = circumflex.first { $0.0 == tone }!
                out.append(Character(upper ? String(base == "â" ? "A" : base == "ê" ? "E" : "O") : String(base == "â" ? "a" : base == "ê" ? "e" : "o")))
                out.append(pick(mark.1, mark.2))
            case "ă":
                let mark = breve.first { $0.0 == tone }!
                out.append(upper ? "A" : "a"); out.append(pick(mark.1, mark.2))
            case "ơ", "ư":
                out.append(base == "ơ" ? pick("ô", "Ô") : pick("ö", "Ö"))
                if let tone { let m = toneMarks.first { $0.0 == tone }!; out.append(pick(m.1, m.2)) }
            default:
                out.append(upper ? Character(String(base).uppercased()) : base)
                if let tone { let m = toneMarks.first { $0.0 == tone }!; out.append(pick(m.1, m.2)) }
            }
        }
        return out
    }
}
