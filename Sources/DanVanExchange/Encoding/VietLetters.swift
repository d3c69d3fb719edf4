/// The Vietnamese vowels with their five tones, composed from Unicode's combining marks so
/// no precomposed code point is typed by hand. Legacy tables (TCVN3, VNI) are written as
/// "base vowel + tone index" against these.
enum VietLetters {
    /// The twelve vowel bases, lowercase.
    static let bases: [String] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]

    /// Tone marks in the order legacy tables list them: huyền, hỏi, ngã, sắc, nặng.
    enum Tone: Int, CaseIterable { case grave = 1, hook, tilde, acute, dot }
    static let toneMarks: [Tone: Unicode.Scalar] = [.grave: "\u{300}", .hook: "\u{309}", .tilde: "\u{303}", .acute: "\u{301}", .dot: "\u{323}"]

    /// `base` with `tone` (nil = no tone), NFC.
    static func letter(_ base: String, _ tone: Tone?) -> String {
        guard let tone else { return base }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: base.unicodeScalars)
        s.append(toneMarks[tone]!)
        return String(s).precomposedStringWithCanonicalMapping
    }

    /// Every Vietnamese letter that is not plain ASCII, lowercase and uppercase: the 12 bases
    /// with each tone (minus the toneless ASCII ones) and đ.
    static let all: [String] = {
        var out: [String] = []
        for b in bases {
            for t in [nil] + Tone.allCases.map({ Optional($0) }) {
                let l = letter(b, t)
                if l.unicodeScalars.allSatisfy({ $0.isASCII }) { continue }
                out.append(l)
                out.append(l.uppercased())
            }
        }
        return out + ["đ", "Đ"]
    }()

    /// Lowercase letter → (toneless base, tone), for the syllable check.
    static let split: [Character: (Character, Tone?)] = {
        var m: [Character: (Character, Tone?)] = [:]
        for b in bases {
            for t in [nil] + Tone.allCases.map({ Optional($0) }) {
                m[Character(letter(b, t))] = (Character(b), t)
            }
        }
        return m
    }()

    /// Code points only Vietnamese text has (ă â-with-tone ơ ư đ and the U+1EA0 block): a word
    /// holding one is real Unicode Vietnamese, never legacy glyph text.
    static func isVietnameseOnly(_ v: UInt32) -> Bool {
        (0x1EA0...0x1EF9).contains(v) || v == 0x102 || v == 0x103 || v == 0x110 || v == 0x111
            || v == 0x1A0 || v == 0x1A1 || v == 0x1AF || v == 0x1B0 || v == 0x128 || v == 0x129 || v == 0x168 || v == 0x169
    }
}
