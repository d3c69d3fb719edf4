import DanVanCore
import Foundation

/// One case of the torture list: a name as it arrives (typed, pasted, in a file) and what
/// every part of the application must make of it.
struct TortureCase: Sendable, CustomStringConvertible {
    /// Cases of one group are listed in the order lists must show them (texts the order
    /// treats as one, such as hoà / hòa or Ð / Đ, in code-point order).
    let group: String
    /// As it arrives: NFD, tabs, zero-width characters, … (stored cleaned).
    let raw: String
    /// What is stored: `VietText.clean(raw)`, written out by hand.
    let stored: String
    var given: String? = nil
    var family: String? = nil
    /// The parts lists sort by.
    let parts: (family: String, middle: String, given: String)
    /// Display columns.
    let width: Int
    /// Queries that must find it (besides its own spelling and its fold).
    var finds: [String] = []

    var description: String { "\(group): \(raw.debugDescription)" }
}

enum TortureList {
    static let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    /// Dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
    static let tones = ["", "\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]

    static func c(_ group: String, _ raw: String, _ stored: String, _ family: String, _ middle: String, _ given: String,
                  width: Int, given g: String? = nil, family f: String? = nil, finds: [String] = []) -> TortureCase {
        TortureCase(group: group, raw: raw, stored: stored, given: g, family: f, parts: (family, middle, given), width: width, finds: finds)
    }

    /// Every tone on every vowel, each in NFC and then in NFD, as a given name.
    static let toneCases: [TortureCase] = vowels.flatMap { v in
        tones.flatMap { t -> [TortureCase] in
            let syllable = (v.decomposedStringWithCanonicalMapping + t).precomposedStringWithCanonicalMapping
            let name = "Lê Văn " + syllable.uppercased().prefix(1) + syllable.dropFirst()
            return [
                c("tones", name, name, "Lê", "Văn", String(name.split(separator: " ")[2]), width: 8),
                c("tones", name.decomposedStringWithCanonicalMapping, name, "Lê", "Văn", String(name.split(separator: " ")[2]), width: 8),
            ]
        }
    }

    static let handCases: [TortureCase] = [
        // Old and new tone placement: one syllable, between the neighbouring tones.
        c("placement", "Lê Thị Hoa", "Lê Thị Hoa", "Lê", "Thị", "Hoa", width: 10),
        c("placement", "Lê Thị Hoà", "Lê Thị Hoà", "Lê", "Thị", "Hoà", width: 10, finds: ["hòa", "hoa"]),
        c("placement", "Lê Thị Hòa", "Lê Thị Hòa", "Lê", "Thị", "Hòa", width: 10, finds: ["hoà"]),
        c("placement", "Lê Thị Hoá", "Lê Thị Hoá", "Lê", "Thị", "Hoá", width: 10, finds: ["hóa"]),
        c("placement", "Lê Thị Hóa", "Lê Thị Hóa", "Lê", "Thị", "Hóa", width: 10),
        c("placement", "Lê Thị Thuỳ", "Lê Thị Thuỳ", "Lê", "Thị", "Thuỳ", width: 11, finds: ["thùy"]),
        c("placement", "Lê Thị Thùy", "Lê Thị Thùy", "Lê", "Thị", "Thùy", width: 11),
        c("placement", "Lê Thị Thủy", "Lê Thị Thủy", "Lê", "Thị", "Thủy", width: 11),
        c("placement", "Lê Thị Thuý", "Lê Thị Thuý", "Lê", "Thị", "Thuý", width: 11, finds: ["thúy"]),
        c("placement", "Lê Thị Thúy", "Lê Thị Thúy", "Lê", "Thị", "Thúy", width: 11),
        // d < đ; the look-alike Ð (U+00D0) sorts and searches as Đ, and is kept as typed.
        c("d", "Lê Văn Dung", "Lê Văn Dung", "Lê", "Văn", "Dung", width: 11),
        c("d", "đặng văn ĐÔNG", "đặng văn ĐÔNG", "đặng", "văn", "ĐÔNG", width: 13, finds: ["dang van dong"]),
        c("d", "Lê Văn Ðức", "Lê Văn Ðức", "Lê", "Văn", "Ðức", width: 10, finds: ["duc", "đức"]),
        c("d", "Lê Văn Đức", "Lê Văn Đức", "Lê", "Văn", "Đức", width: 10, finds: ["duc", "Ðức"]),
        // Compound family names: the middle name is what follows them.
        c("compound", "Tôn Thất An", "Tôn Thất An", "Tôn Thất", "", "An", width: 11),
        c("compound", "Âu Dương Thị An", "Âu Dương Thị An", "Âu Dương", "Thị", "An", width: 15, finds: ["au duong"]),
        c("compound", "Hoàng Phủ Văn An", "Hoàng Phủ Văn An", "Hoàng Phủ", "Văn", "An", width: 16),
        c("compound", "Công Tôn Minh", "Công Tôn Minh", "Công Tôn", "", "Minh", width: 13),
        c("compound", "Nguyễn Phúc Bửu Minh", "Nguyễn Phúc Bửu Minh", "Nguyễn Phúc", "Bửu", "Minh", width: 20),
        c("compound", "Tôn Nữ Thị Minh", "Tôn Nữ Thị Minh", "Tôn Nữ", "Thị", "Minh", width: 15),
        // Ethnic-minority names: the given name is chosen, anywhere in the name.
        c("ethnic", "H’Bia Niê Kdăm", "H’Bia Niê Kdăm", "Niê Kdăm", "", "H’Bia", width: 14, given: "H’Bia", family: "Niê Kdăm",
          finds: ["hbia", "h'bia", "kdam"]),
        c("ethnic", "H'Hen Niê", "H'Hen Niê", "Niê", "", "H'Hen", width: 9, given: "H'Hen", family: "Niê", finds: ["hhen", "h’hen", "hen nie"]),
        c("ethnic", "Ksor H'Lơ", "Ksor H'Lơ", "Ksor", "", "H'Lơ", width: 9, finds: ["h'lo", "hlo", "ksor"]),
        c("ethnic", "Y Moan Êban", "Y Moan Êban", "Êban", "Y", "Moan", width: 11, given: "Moan", family: "Êban", finds: ["moan", "eban"]),
        // Tabs, runs of spaces, line breaks and invisible characters are cleaned.
        c("dirty", "Nguyễn\tVăn\tBình", "Nguyễn Văn Bình", "Nguyễn", "Văn", "Bình", width: 15),
        c("dirty", "  Trần  Thị \u{00A0} Cúc ", "Trần Thị Cúc", "Trần", "Thị", "Cúc", width: 12),
        c("dirty", "Phạm\u{200B} Văn\u{FEFF} Đ\u{200C}ông\u{2060}", "Phạm Văn Đông", "Phạm", "Văn", "Đông", width: 13, finds: ["pham van dong"]),
        c("dirty", "\u{FEFF}Vũ\r\nThị\u{200D} Giang", "Vũ Thị Giang", "Vũ", "Thị", "Giang", width: 12),
        // Emoji sequences stay whole and take two columns each.
        c("emoji", "Lê ❤️ An", "Lê ❤️ An", "Lê", "❤️", "An", width: 8),
        c("emoji", "Trần 👍🏽 Bình", "Trần 👍🏽 Bình", "Trần", "👍🏽", "Bình", width: 12),
        c("emoji", "Phạm 🇻🇳 Cường", "Phạm 🇻🇳 Cường", "Phạm", "🇻🇳", "Cường", width: 13),
        c("emoji", "Võ 👨\u{200D}👩\u{200D}👧 Dũng", "Võ 👨\u{200D}👩\u{200D}👧 Dũng", "Võ", "👨\u{200D}👩\u{200D}👧", "Dũng", width: 10),
        // One word, six words.
        c("length", "A", "A", "", "", "A", width: 1),
        c("length", "Hà", "Hà", "", "", "Hà", width: 2),
        c("length", "Tôn Nữ Thị Hoàng Phương Thảo", "Tôn Nữ Thị Hoàng Phương Thảo", "Tôn Nữ", "Thị Hoàng Phương", "Thảo", width: 28,
          finds: ["phuong thao"]),
        // Upper case: the same letters; case only breaks the tie (code points: upper first).
        c("case", "NGUYỄN VĂN AN", "NGUYỄN VĂN AN", "NGUYỄN", "VĂN", "AN", width: 13, finds: ["nguyen van an", "nguyễn văn an"]),
        c("case", "Nguyễn Văn An", "Nguyễn Văn An", "Nguyễn", "Văn", "An", width: 13),
        c("case", "nguyễn văn an", "nguyễn văn an", "nguyễn", "văn", "an", width: 13),
    ]

    static let all: [TortureCase] = toneCases + handCases
}
