import Foundation

/// Lower-cased text with each syllable's tone moved to the syllable's end (one byte 1…5 for
/// huyền, hỏi, ngã, sắc, nặng), so the old and new tone placements read alike: "hoà" and
/// "hòa" both become "hoa\u{1}", "thuý"/"thúy" "thuy\u{4}". Search ranks a match in this form
/// (same tones, other placement) right after an exact one.
enum ToneForm {
    static func bytes(_ lowered: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(lowered.utf8.count + 4)
        let table = ToneTable.shared
        var tone: UInt8 = 0
        func flush() {
            if tone != 0 { out.append(tone) }
            tone = 0
        }
        for u in lowered.unicodeScalars {
            let v = u.value
            if let w = VietCollation.toneWeight(v) {
                if tone == 0 { tone = w - 2 }
                continue
            }
            if v < 0x80 {
                let b = UInt8(v)
                if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 0x27 { out.append(b); continue }
                flush()
                out.append(b)
                continue
            }
            if CollationApostrophe.isApostrophe(v) { out.append(0x27); continue }
            if let e = table.entry(v) {
                out += e.rest
                if e.tone != 0 && tone == 0 { tone = e.tone }
                continue
            }
            if u.properties.isAlphabetic || u.properties.generalCategory == .nonspacingMark {
                out += String(u).utf8
                continue
            }
            flush()
            out += String(u).utf8
        }
        flush()
        return out
    }

    static func hasTone(_ form: [UInt8]) -> Bool { form.contains { $0 >= 1 && $0 <= 5 } }
}

/// For each precomposed Latin letter: its lower-case form without the tone mark (UTF-8, NFC)
/// and the tone (0 none, 1…5), worked out once.
struct ToneTable: Sendable {
    struct Entry: Sendable {
        let rest: [UInt8]
        let tone: UInt8
    }
    static let shared = ToneTable()
    private let low: [Entry?]   // U+0080–U+024F
    private let high: [Entry?]  // U+1E00–U+1EFF

    private init() {
        func build(_ range: ClosedRange<UInt32>) -> [Entry?] {
            range.map { v -> Entry? in
                guard let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic else { return nil }
                var tone: UInt8 = 0
                var rest = String.UnicodeScalarView()
                for d in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                    if let w = VietCollation.toneWeight(d.value) { if tone == 0 { tone = w - 2 } } else { rest.append(d) }
                }
                return Entry(rest: Array(String(rest).precomposedStringWithCanonicalMapping.utf8), tone: tone)
            }
        }
        low = build(0x80...0x24F)
        high = build(0x1E00...0x1EFF)
    }

    @inline(__always)
    func entry(_ v: UInt32) -> Entry? {
        if v >= 0x80 && v <= 0x24F { return low[Int(v - 0x80)] }
        if v >= 0x1E00 && v <= 0x1EFF { return high[Int(v - 0x1E00)] }
        return nil
    }
}
