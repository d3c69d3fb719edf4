import Foundation

/// The cleaning every text gets where it enters (keyboard, paste, CSV, bundle, JSON), and
/// the limits it must keep. One place, so every boundary cleans alike.
///
/// - NFC.
/// - Invisible format characters are removed: zero-width space/non-joiner/joiner
///   (U+200B–U+200D), word joiner U+2060, BOM U+FEFF, soft hyphen, bidi controls and every
///   other Unicode "Cf" character — except a zero-width joiner or tag inside an emoji
///   sequence (👨‍👩‍👧, 🏴󠁧󠁢󠁳󠁣󠁴󠁿), which is part of what the person sees.
/// - Single-line fields: tabs, line breaks and runs of white space become one space; the
///   ends are trimmed. Multi-line fields: CR LF and CR become LF, line breaks are kept, tabs
///   become a space, trailing spaces of each line and blank lines at either end are dropped.
/// - Control characters (U+0000–U+001F other than tab and line breaks, U+007F–U+009F) are
///   refused by `problem(in:limit:)` with a message; cleaning alone never invents text.
public enum TextLimit {
    /// Names of people and units, given and family names, card numbers.
    public static let name = 200
    /// Other single-line fields (address, workplace, phone, reasons, areas, resolutions).
    public static let line = 1_000
    /// Multi-line fields (notes, content, decisions, minutes).
    public static let text = 20_000
}

/// Why a text was refused, in both languages.
public struct TextProblem: Error, Equatable, Sendable {
    public let vi: String
    public let en: String

    static func control(_ v: UInt32, at position: Int) -> TextProblem {
        let code = String(format: "U+%04X", v)
        return TextProblem(vi: "có ký tự điều khiển \(code) ở vị trí \(position); hãy xóa nó",
                           en: "holds the control character \(code) at position \(position); remove it")
    }
    static func tooLong(_ count: Int, limit: Int) -> TextProblem {
        TextProblem(vi: "dài \(count) ký tự, quá giới hạn \(limit)", en: "is \(count) characters long, over the limit of \(limit)")
    }
}

extension VietText {
    /// Single-line cleaning (see `TextLimit`'s neighbours above): NFC, invisible characters
    /// removed, white space collapsed to single spaces, trimmed.
    public static func clean(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for ch in nfc(s) {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            guard let kept = visible(ch) else { continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(kept)
        }
        return out
    }

    /// Multi-line cleaning: like `clean` within each line, but line breaks are kept (CR LF,
    /// CR, U+2028/2029 and NEL become LF), runs of spaces inside a line are kept as typed;
    /// the text as a whole is trimmed.
    public static func cleanMultiline(_ s: String) -> String {
        var lines: [String] = []
        var line = ""
        func endLine() {
            while line.last == " " { line.removeLast() }
            lines.append(line)
            line = ""
        }
        for ch in nfc(s) {
            if ch.isNewline { endLine(); continue }
            if ch == "\t" || (ch.isWhitespace && ch != " ") { line.append(" "); continue }
            guard let kept = visible(ch) else { continue }
            line.append(kept)
        }
        endLine()
        while lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeFirst() }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        if let first = lines.first { lines[0] = String(first.drop(while: { $0 == " " })) }
        return lines.joined(separator: "\n")
    }

    /// The grapheme without its invisible format characters (nil when nothing is left).
    /// Controls are kept here so that `problem(in:)` can refuse them by name.
    @inline(__always)
    static func visible(_ ch: Character) -> Character? {
        let scalars = ch.unicodeScalars
        if scalars.count == 1 {
            let v = scalars.first!.value
            if v < 0xAD || (v > 0xAD && v < 0x600) || (v >= 0x1E00 && v < 0x200B) { return ch }
        }
        guard scalars.contains(where: { $0.properties.generalCategory == .format }) else { return ch }
        let first = scalars.first!
        let emoji = first.properties.isEmoji && first.value >= 0xA9  // not the digits, # and *
        var kept = String.UnicodeScalarView()
        for (i, u) in scalars.enumerated() {
            if u.properties.generalCategory == .format {
                let joinsEmoji = emoji && i > 0 && (u.value == 0x200D || (0xE0020...0xE007F).contains(u.value))
                if !joinsEmoji { continue }
            }
            kept.append(u)
        }
        // A joiner left at the end joins nothing.
        while let last = kept.last, last.value == 0x200D { kept.removeLast() }
        let t = String(kept)
        return t.isEmpty ? nil : Character(t)
    }

    /// A control character in `s` (other than tab and line breaks), or text over `limit`
    /// characters: the reason to refuse it; nil when it may be stored.
    public static func problem(in s: String, limit: Int) -> TextProblem? {
        // Most text is proved safe by its bytes alone (an import checks every cell): no more
        // bytes than the limit (a character takes at least one) and no byte that can start a
        // control character. Anything else is looked at character by character below.
        if s.utf8.count <= limit, s.utf8.withContiguousStorageIfAvailable(hasNoControlBytes) == true { return nil }
        var position = 0
        for u in s.unicodeScalars {
            position += 1
            let v = u.value
            if isControl(v) { return .control(v, at: position) }
            if position > limit {
                return .tooLong(s.utf8.count > 4 * limit ? s.utf8.count : s.unicodeScalars.count, limit: limit)
            }
        }
        return nil
    }

    /// No C0 control other than tab and line breaks, no DEL, and no 0xC2 lead byte (which
    /// starts the C1 controls U+0080–U+009F, and also some letters: those take the slow path).
    /// Eight bytes at a time; a word holding such a byte (a line break, say) is looked at byte by byte.
    private static func hasNoControlBytes(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = u.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        @inline(__always) func bytesOK(_ from: Int, _ to: Int) -> Bool {
            for k in from..<to {
                let b = u[k]
                if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F || b == 0xC2 { return false }
            }
            return true
        }
        var i = 0
        while i + 8 <= u.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let below20 = (w &- 0x2020_2020_2020_2020) & ~w & highs != 0
            if below20 || hasZero(w ^ 0x7F7F_7F7F_7F7F_7F7F) || hasZero(w ^ 0xC2C2_C2C2_C2C2_C2C2) {
                if !bytesOK(i, i + 8) { return false }
            }
            i += 8
        }
        return bytesOK(i, u.count)
    }

    @inline(__always)
    static func isControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (v >= 0x7F && v < 0xA0 && v != 0x85)
    }

    /// Text safe to print on a terminal or in a log: every control character (including
    /// ESC, which starts terminal sequences) written as a visible `\u{…}` escape. Used on
    /// output, for text stored before controls were refused.
    public static func escapingControls(_ s: String, keepLineBreaks: Bool = false) -> String {
        guard s.unicodeScalars.contains(where: { isControl($0.value) || (!keepLineBreaks && ($0.value == 0x0A || $0.value == 0x0D)) })
        else { return s }
        var out = ""
        for u in s.unicodeScalars {
            let v = u.value
            if isControl(v) || (!keepLineBreaks && (v == 0x0A || v == 0x0D)) {
                out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
