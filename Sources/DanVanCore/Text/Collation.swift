import Foundation

/// Vietnamese dictionary order, syllable by syllable.
///
/// Two strings compare syllable by syllable; within a syllable first its letters in the
/// alphabet's order (a < ă < â < b < c < d < đ < e < ê < … < o < ô < ơ < … < u < ư < …), then
/// its tone in the order ngang < huyền < hỏi < ngã < sắc < nặng. That is the order of Hoàng
/// Phê's Từ điển tiếng Việt (Viện Ngôn ngữ học) and of the school primer, so "Anh" (every
/// "Anh") comes before "Ảnh" and "Ánh", and "Ánh" before "Ba". The tone belongs to the
/// syllable, not to a vowel, so old and new placement (hoà / hòa, thuý / thúy, uỷ / ủy) give
/// the same key. Ð (U+00D0) sorts as Đ; the apostrophes ' ’ ʼ are one letter that sorts
/// before every other. Runs of digits compare by value ("Chi bộ 2" < "Chi bộ 10"). Texts
/// still equal (case, hoà / hòa, Đ / Ð) are put in code-point order of their NFC (upper
/// case before lower), so a list never depends on record ids. Text is compared as stored;
/// nothing is rewritten.
public enum VietCollation {
    /// A byte key: comparing keys byte-wise gives the Vietnamese order of the strings.
    public static func key(_ s: String) -> [UInt8] {
        let k = partKey(s)
        return k.syllables + [0] + k.text
    }

    /// The key a person's name sorts by: given name, then middle, then family name, each
    /// compared syllable by syllable.
    public static func nameKey(_ parts: NameParts) -> [UInt8] {
        nameKey(partKey(parts.given), partKey(parts.middle), partKey(parts.family))
    }

    /// The key without the final tie-breaker: equal for texts the order treats as one
    /// (hoà / hòa, Đ / Ð, ' / ’, An / AN).
    static func orderKey(_ s: String) -> [UInt8] { partKey(s).syllables }

    public static func compare(_ a: String, _ b: String) -> Bool { key(a).lexicographicallyPrecedes(key(b)) }

    /// One piece of text's key: the syllables (letters + tone each), and the NFC text
    /// itself as the tie-breaker.
    public struct PartKey: Sendable, Hashable {
        public var syllables: [UInt8]
        public var text: [UInt8]
    }

    /// Laid side by side with 1 (below every weight) after each part, so "An" < "An Bình";
    /// then the parts' texts, so names the order treats as one (hoà / hòa) still get a
    /// fixed place and only identical names tie.
    static func nameKey(_ g: PartKey, _ m: PartKey, _ f: PartKey) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(g.syllables.count + m.syllables.count + f.syllables.count
                            + g.text.count + m.text.count + f.text.count + 6)
        out += g.syllables; out.append(1)
        out += m.syllables; out.append(1)
        out += f.syllables; out.append(1)
        out.append(0)
        out += g.text; out.append(0); out += m.text; out.append(0); out += f.text
        return out
    }

    public static func partKey(_ s: String) -> PartKey {
        var b = KeyBuilder()
        let table = CollationTable.shared
        let n = VietText.nfc(s)
        for scalar in n.unicodeScalars {
            let v = scalar.value
            if let e = table.entry(v) {
                b.add(e)
            } else {
                for u in classify(String(scalar)) { b.add(u) }
            }
        }
        b.finish()
        return PartKey(syllables: b.syllables, text: Array(n.utf8))
    }

    /// The key by the reference path only: grapheme by grapheme through `classify`
    /// (tests compare it with the table-driven one).
    static func slowKey(_ s: String) -> [UInt8] {
        var b = KeyBuilder()
        for ch in s.decomposedStringWithCanonicalMapping {
            for u in classify(String(ch)) { b.add(u) }
        }
        b.finish()
        return b.syllables + [0] + Array(s.precomposedStringWithCanonicalMapping.utf8)
    }

    // Weights. 0 and 1 separate the sections and the name parts; 3 ends a syllable and is
    // followed by its tone (2 ngang … 7 nặng); 10 is the apostrophe; 20+n starts a run of n
    // digits; letters 40…72; letters outside the alphabet 200 then their UTF-8 with the top bit.
    static let syllableEnd: UInt8 = 3
    static let apostrophe: UInt8 = 10
    private static let letterOrder: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let letterWeight: [String: UInt8] = {
        var d: [String: UInt8] = [:]
        for (i, l) in letterOrder.enumerated() { d[l] = UInt8(40 + i) }
        return d
    }()

    /// Tone marks by dictionary order; ngang (no mark) is 2.
    static func toneWeight(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x300, 0x340: return 3  // huyền
        case 0x309: return 4  // hỏi
        case 0x303: return 5  // ngã
        case 0x301, 0x341: return 6  // sắc
        case 0x323: return 7  // nặng
        default: return nil
        }
    }

    static func isApostrophe(_ v: UInt32) -> Bool { CollationApostrophe.isApostrophe(v) }

    /// What one grapheme (or a lone scalar) contributes to a key: the reference from which
    /// the table is built.
    static func classify(_ ch: String) -> [KeyUnit] {
        let scalars = Array(ch.decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let base = scalars.first else { return [] }
        let v = base.value
        if v >= 0x30 && v <= 0x39 { return scalars.count == 1 ? [.digit(UInt8(v))] : [.digit(UInt8(v))] }
        if isApostrophe(v) { return [.letter([apostrophe], tone: 2)] }
        if base.properties.generalCategory == .nonspacingMark || base.properties.generalCategory == .enclosingMark
            || base.properties.generalCategory == .spacingMark {
            // A mark on its own (after a letter the table knew): a tone joins the syllable.
            return scalars.compactMap { toneWeight($0.value).map { KeyUnit.tone($0) } }
        }
        if base.properties.generalCategory == .format { return [] }
        var letter = String(base).lowercased()
        var tone: UInt8 = 2
        for m in scalars.dropFirst() {
            if let t = toneWeight(m.value) { if tone == 2 { tone = t } } else { letter.unicodeScalars.append(m) }
        }
        if v == 0x111 || v == 0x110 || v == 0xD0 || v == 0xF0 { letter = "đ" }
        letter = letter.precomposedStringWithCanonicalMapping
        if let w = letterWeight[letter] { return [.letter([w], tone: tone)] }
        if Character(ch).isLetter || base.properties.isAlphabetic {
            // Letters outside the Vietnamese alphabet sort after it, by code point.
            return [.letter([200] + letter.utf8.map { $0 | 0x80 }, tone: tone)]
        }
        return [.boundary]
    }
}

/// One step of building a key.
enum KeyUnit: Sendable, Equatable {
    case letter([UInt8], tone: UInt8)
    case tone(UInt8)
    case digit(UInt8)
    case boundary
}

/// Gathers a syllable's letters and its tone, and closes it at a space, punctuation or digit.
struct KeyBuilder {
    var syllables: [UInt8] = []
    private var inSyllable = false
    private var tone: UInt8 = 2
    private var digits: [UInt8] = []

    mutating func add(_ e: CollationTable.Entry) {
        if e.primary == 0 { endSyllable(); flushDigits(); return }
        flushDigits()
        syllables.append(e.primary)
        inSyllable = true
        if e.tone != 2 && tone == 2 { tone = e.tone }
    }

    mutating func add(_ u: KeyUnit) {
        switch u {
        case .letter(let w, let t):
            flushDigits()
            syllables += w
            inSyllable = true
            if t != 2 && tone == 2 { tone = t }
        case .tone(let t):
            if inSyllable && tone == 2 { tone = t }
        case .digit(let d):
            endSyllable()
            digits.append(d)
        case .boundary:
            endSyllable()
            flushDigits()
        }
    }

    private mutating func endSyllable() {
        guard inSyllable else { return }
        syllables.append(VietCollation.syllableEnd)
        syllables.append(tone)
        inSyllable = false
        tone = 2
    }

    private mutating func flushDigits() {
        guard !digits.isEmpty else { return }
        var d = digits[...]
        while d.count > 1 && d.first == UInt8(ascii: "0") { d = d.dropFirst() }
        syllables.append(20 + UInt8(min(d.count, 15)))  // longer numbers are larger
        syllables += d
        syllables.append(VietCollation.syllableEnd)
        syllables.append(2)
        digits.removeAll()
    }

    mutating func finish() {
        endSyllable()
        flushDigits()
    }
}

/// Weight and tone of every Latin letter and ASCII character, taken from the
/// reference once, so sorting 300k names costs milliseconds rather than seconds.
/// `primary` 0 marks a boundary (space, punctuation).
struct CollationTable: Sendable {
    struct Entry: Sendable {
        let primary: UInt8
        let tone: UInt8
    }
    static let shared = CollationTable()

    private let low: [Entry?]   // U+0000–U+024F
    private let high: [Entry?]  // U+1E00–U+1EFF

    private init() {
        func build(_ range: ClosedRange<UInt32>) -> [Entry?] {
            range.map { v -> Entry? in
                guard let scalar = Unicode.Scalar(v), !(v >= 0x30 && v <= 0x39) else { return nil }
                let s = String(scalar)
                guard s.precomposedStringWithCanonicalMapping == s else { return nil }
                let units = VietCollation.classify(s)
                switch units.first {
                case .letter(let w, let t)? where units.count == 1 && w.count == 1:
                    return Entry(primary: w[0], tone: t)
                case .boundary? where units.count == 1:
                    return Entry(primary: 0, tone: 2)
                default: return nil
                }
            }
        }
        low = build(0...0x24F)
        high = build(0x1E00...0x1EFF)
    }

    @inline(__always)
    func entry(_ v: UInt32) -> Entry? {
        if v <= 0x24F { return low[Int(v)] }
        if v >= 0x1E00 && v <= 0x1EFF { return high[Int(v - 0x1E00)] }
        return nil
    }
}

/// The apostrophes people type in names like H’Hen: ' ’ ‘ ʼ ʻ, taken as one everywhere.
enum CollationApostrophe {
    @inline(__always)
    static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 || v == 0x2BC || v == 0x2018 || v == 0x2BB }
}
