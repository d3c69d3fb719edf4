import Foundation

/// Vietnamese alphabetical order (CLDR vi): a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư;
/// tones are a secondary difference ordered none < huyền < hỏi < ngã < sắc < nặng.
/// Runs of digits compare by value, so "Chi bộ 2" sorts before "Chi bộ 10".
public enum VietCollation {
    /// A byte key: comparing keys byte-wise gives the Vietnamese order of the strings.
    public static func key(_ s: String) -> [UInt8] {
        var primary: [UInt8] = []
        var secondary: [UInt8] = []
        var tertiary: [UInt8] = []
        appendKey(s, primary: &primary, secondary: &secondary, tertiary: &tertiary)
        return primary + [0] + secondary + [0] + tertiary
    }

    /// The key a person's name sorts by: given name, then middle, then family name.
    public static func nameKey(_ parts: NameParts) -> [UInt8] {
        var primary: [UInt8] = [], secondary: [UInt8] = [], tertiary: [UInt8] = []
        for part in [parts.given, parts.middle, parts.family] {
            appendKey(part, primary: &primary, secondary: &secondary, tertiary: &tertiary)
            primary.append(1)  // separator below every letter: "An" < "An Bình"
            secondary.append(1)
        }
        return primary + [0] + secondary + [0] + tertiary
    }

    public static func compare(_ a: String, _ b: String) -> Bool { key(a).lexicographicallyPrecedes(key(b)) }

    /// The key by the reference path only (tests compare it with the fast one).
    static func slowKey(_ s: String) -> [UInt8] {
        var p: [UInt8] = [], sec: [UInt8] = [], t: [UInt8] = []
        appendKeySlow(s, primary: &p, secondary: &sec, tertiary: &t)
        return p + [0] + sec + [0] + t
    }

    // Primary weights: space/punctuation 2, digits 3…, letters after.
    private static let letterOrder: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let letterWeight: [String: UInt8] = {
        var d: [String: UInt8] = [:]
        for (i, l) in letterOrder.enumerated() { d[l] = UInt8(40 + i) }
        return d
    }()

    private static func toneWeight(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x300: return 3  // huyền
        case 0x309: return 4  // hỏi
        case 0x303: return 5  // ngã
        case 0x301: return 6  // sắc
        case 0x323: return 7  // nặng
        default: return nil
        }
    }

    /// Fast path: NFC text goes scalar by scalar through a table built once from the slow
    /// path below (which stays the reference, and handles letters outside the table).
    private static func appendKey(_ s: String, primary: inout [UInt8], secondary: inout [UInt8], tertiary: inout [UInt8]) {
        let table = CollationTable.shared
        var digits: [UInt8] = []
        func flushDigits() {
            guard !digits.isEmpty else { return }
            var d = digits[...]
            while d.count > 1 && d.first == UInt8(ascii: "0") { d = d.dropFirst() }
            primary.append(20 + UInt8(min(d.count, 15)))
            for b in d { primary.append(b) }
            digits.removeAll()
        }
        for scalar in VietText.nfc(s).unicodeScalars {
            let v = scalar.value
            if v >= 0x30 && v <= 0x39 {
                digits.append(UInt8(v))
                continue
            }
            flushDigits()
            if let e = table.entry(v) {
                primary.append(e.primary)
                secondary.append(e.tone)
                tertiary.append(e.tertiary)
            } else {
                appendKeySlow(String(scalar), primary: &primary, secondary: &secondary, tertiary: &tertiary)
            }
        }
        flushDigits()
    }

    /// The reference: decomposes each grapheme into base letter, letter marks and tone.
    static func appendKeySlow(_ s: String, primary: inout [UInt8], secondary: inout [UInt8], tertiary: inout [UInt8]) {
        var digits: [UInt8] = []
        func flushDigits() {
            guard !digits.isEmpty else { return }
            var d = digits[...]
            while d.count > 1 && d.first == UInt8(ascii: "0") { d = d.dropFirst() }
            primary.append(20 + UInt8(min(d.count, 15)))  // longer numbers are larger
            for b in d { primary.append(b) }
            digits.removeAll()
        }
        for ch in s.decomposedStringWithCanonicalMapping {
            let scalars = Array(ch.unicodeScalars)
            guard let base = scalars.first else { continue }
            if base.value >= 0x30 && base.value <= 0x39 {
                digits.append(UInt8(base.value))
                continue
            }
            flushDigits()
            var letter = String(base).lowercased()
            let isUpper = String(base) != letter
            var tone: UInt8 = 2
            for m in scalars.dropFirst() {
                if let t = toneWeight(m.value) { tone = t } else { letter.unicodeScalars.append(m) }
            }
            if base.value == 0x111 || base.value == 0x110 { letter = "đ" }
            letter = letter.precomposedStringWithCanonicalMapping
            if let w = letterWeight[letter] {
                primary.append(w)
            } else if ch.isLetter {
                // Letters outside the Vietnamese alphabet sort after it, by code point.
                primary.append(200)
                for b in letter.utf8 { primary.append(b | 0x80) }
            } else {
                primary.append(2)
            }
            secondary.append(tone)
            tertiary.append(isUpper ? 3 : 2)
        }
        flushDigits()
    }
}

/// A Vietnamese full name split the way lists sort it.
public struct NameParts: Equatable, Sendable {
    public var family: String
    public var middle: String
    public var given: String

    /// The given name is the last word unless `givenOverride` names it (it must be the
    /// tail of the full name to be used); the family name is the first word.
    public init(fullName: String, givenOverride: String? = nil) {
        let words = fullName.split(separator: " ").map(String.init)
        if let g = givenOverride?.split(separator: " ").map(String.init), !g.isEmpty,
           g.count < words.count, Array(words.suffix(g.count)) == g {
            given = g.joined(separator: " ")
            let rest = words.dropLast(g.count)
            family = rest.first ?? ""
            middle = rest.dropFirst().joined(separator: " ")
            return
        }
        given = words.last ?? ""
        family = words.count > 1 ? words[0] : ""
        middle = words.count > 2 ? words[1..<(words.count - 1)].joined(separator: " ") : ""
    }
}

/// Primary weight, tone and case of every Latin letter and ASCII character, taken from the
/// reference path once, so sorting 300k names costs milliseconds rather than seconds.
struct CollationTable: Sendable {
    struct Entry: Sendable {
        let primary: UInt8
        let tone: UInt8
        let tertiary: UInt8
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
                var p: [UInt8] = [], sec: [UInt8] = [], t: [UInt8] = []
                VietCollation.appendKeySlow(s, primary: &p, secondary: &sec, tertiary: &t)
                guard p.count == 1, sec.count == 1, t.count == 1 else { return nil }
                return Entry(primary: p[0], tone: sec[0], tertiary: t[0])
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
