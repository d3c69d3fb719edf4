/// TCVN3 (TCVN 5712:1993 "VN3", the ABC keyboard's .VnTime fonts): one byte per Vietnamese
/// letter, ASCII kept. Lowercase letters only, plus Ă Â Ê Ô Ơ Ư Đ: capitals with a tone were
/// drawn by a second font (.VnTimeH) from the same bytes, so they read back lowercase.
/// A file or workbook typed in these fonts shows as Windows-1252 glyphs: "TrÇn Thanh C­êng".
enum TCVN3 {
    /// Bytes of each vowel: [no tone, huyền, hỏi, ngã, sắc, nặng]; 0 = the ASCII letter itself.
    static let vowels: [(String, [UInt8])] = [
        ("a", [0, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9]),
        ("ă", [0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
        ("â", [0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB]),
        ("e", [0, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
        ("ê", [0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6]),
        ("i", [0, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
        ("o", [0, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4]),
        ("ô", [0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
        ("ơ", [0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE]),
        ("u", [0, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
        ("ư", [0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9]),
        ("y", [0, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE]),
    ]
    static let others: [(String, UInt8)] = [
        ("đ", 0xAE), ("Ă", 0xA1), ("Â", 0xA2), ("Ê", 0xA3), ("Ô", 0xA4), ("Ơ", 0xA5), ("Ư", 0xA6), ("Đ", 0xA7),
    ]

    /// Byte → letter, for the bytes TCVN3 gives a Vietnamese letter.
    static let decodeTable: [String?] = {
        var t = [String?](repeating: nil, count: 256)
        for (base, bytes) in vowels {
            for (k, b) in bytes.enumerated() where b != 0 {
                t[Int(b)] = VietLetters.letter(base, VietLetters.Tone(rawValue: k))
            }
        }
        for (s, b) in others { t[Int(b)] = s }
        return t
    }()

    /// Letter → byte (lowercase, and the seven capitals), for tests and the reverse check.
    static let encodeTable: [String: UInt8] = {
        var m: [String: UInt8] = [:]
        for (b, s) in decodeTable.enumerated() { if let s { m[s] = UInt8(b) } }
        return m
    }()

    /// Raw TCVN3 bytes → text. Bytes outside the table read as Windows-1252.
    static func decode(bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        for b in bytes {
            if let s = decodeTable[Int(b)] { out.append(contentsOf: s.unicodeScalars) } else { out.append(Unicode.Scalar(CodePages.cp1252(b))!) }
        }
        return String(out)
    }

    /// Glyph text ("NguyÔn") → Vietnamese ("Nguyễn"): each character back to its byte, then the table.
    /// Characters that were never a legacy byte are kept.
    static func decode(glyphs word: Substring) -> String {
        var out = String.UnicodeScalarView()
        for u in word.unicodeScalars {
            if let b = CodePages.byte(for: u.value), let s = decodeTable[Int(b)] { out.append(contentsOf: s.unicodeScalars) } else { out.append(u) }
        }
        return String(out)
    }

    /// Vietnamese → TCVN3 bytes; capitals with a tone take their lowercase byte (the .VnTimeH
    /// convention). nil when a character has no TCVN3 byte.
    static func encode(_ s: String) -> [UInt8]? {
        var out: [UInt8] = []
        for ch in s {
            if let a = ch.asciiValue { out.append(a); continue }
            if let b = encodeTable[String(ch)] ?? encodeTable[String(ch).lowercased()] { out.append(b) } else { return nil }
        }
        return out
    }
}
