import DanVanCore
import Foundation

/// How a cell's stored value becomes the text import reads:
/// - shared and inline strings as they are (rich-text runs joined, phonetic runs left out,
///   Excel's `_xHHHH_` escapes decoded);
/// - numbers without a trailing ".0" for integers, else the shortest form that reads back
///   as the same number;
/// - numbers whose number format is a date (built-in ids 14–22, 27–36, 45–47, 50–58, or a
///   custom format with d, m or y outside quotes and brackets, m not being minutes) as ISO
///   `yyyy-mm-dd`, with `Thh:mm` when the value has a time of day; Excel's 1900 system keeps
///   its fake 29 February 1900 (serial 60) and counts days before 1 March 1900 from
///   31 December 1899; the 1904 system counts from 1 January 1904. Time-only formats give
///   `hh:mm`;
/// - booleans TRUE/FALSE, errors as their text (#N/A), formulas by their cached value.
enum CellText {
    enum NumberKind: Sendable { case plain, date, time }

    static func kind(builtinFormat id: Int) -> NumberKind {
        switch id {
        case 14...17, 22, 27...36, 50...58: .date
        case 18...21, 45...47: .time
        default: .plain
        }
    }

    /// Classifies a custom number format code (its first section).
    static func kind(formatCode code: String) -> NumberKind {
        var s = ""
        var quoted = false, bracket = false, escape = false
        var elapsed = false
        let chars = Array(code.lowercased())
        var k = 0
        while k < chars.count {
            let c = chars[k]
            defer { k += 1 }
            if escape { escape = false; continue }
            if quoted { if c == "\"" { quoted = false }; continue }
            if bracket {
                if c == "]" { bracket = false } else if "hms".contains(c) { elapsed = true }
                continue
            }
            switch c {
            case "\"": quoted = true
            case "[": bracket = true
            case "\\", "_", "*": escape = true
            case ";": k = chars.count
            default: s.append(c)
            }
        }
        s = s.replacingOccurrences(of: "am/pm", with: " ").replacingOccurrences(of: "a/p", with: " ")
        if s.contains("d") || s.contains("y") { return .date }
        // m is minutes right after h or right before s (letters between count, ":" does not).
        let letters = Array(s.filter { $0.isLetter })
        for (j, c) in letters.enumerated() where c == "m" {
            let prev = letters[..<j].last { $0 != "m" }
            let next = letters[(j + 1)...].first { $0 != "m" }
            if prev != "h" && next != "s" { return .date }
        }
        if elapsed || s.contains("h") || s.contains("s") { return .time }
        return .plain
    }

    /// A numeric cell's text ("44927", "1.5", "2023-01-01").
    static func number(_ raw: String, kind: NumberKind, date1904: Bool) -> String {
        // Beyond ±1e9 no date or time makes sense, and Int() of it could trap.
        guard let v = Double(raw), v.isFinite else { return raw }
        if kind != .plain && abs(v) > 1e9 { return plain(v) }
        switch kind {
        case .plain: return plain(v)
        case .date: return date(serial: v, date1904: date1904) ?? plain(v)
        case .time: return time(v)
        }
    }

    static func plain(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    static func time(_ v: Double) -> String {
        let minutes = Int((v - v.rounded(.down)) * 1440 + 0.5) + Int(v.rounded(.down)) * 1440
        guard minutes >= 0 else { return plain(v) }
        return "\(two(minutes / 60)):\(two(minutes % 60))"
    }

    /// Serial day number → ISO text; nil outside 1900-01-01 … 9999-12-31.
    static func date(serial v: Double, date1904: Bool) -> String? {
        guard v.isFinite, abs(v) < 1e9 else { return nil }
        let whole = v.rounded(.down)
        var minutes = Int(((v - whole) * 1440).rounded())
        var day = Int(whole)
        if minutes >= 1440 { minutes -= 1440; day += 1 }
        let ymd: (Int, Int, Int)
        if date1904 {
            guard day >= 0 else { return nil }
            ymd = civil(daysFrom1970: day + days(1904, 1, 1))
        } else {
            guard day >= 1 else { return nil }
            if day == 60 { ymd = (1900, 2, 29) }  // Excel's fake leap day, as Excel shows it
            else if day < 60 { ymd = civil(daysFrom1970: day + days(1899, 12, 31)) }
            else { ymd = civil(daysFrom1970: day + days(1899, 12, 30)) }
        }
        guard ymd.0 <= 9999 else { return nil }
        let d = "\(ymd.0)-\(two(ymd.1))-\(two(ymd.2))"
        return minutes == 0 ? d : d + "T\(two(minutes / 60)):\(two(minutes % 60))"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Days from 1970-01-01 (proleptic Gregorian), for any year.
    static func days(_ y: Int, _ m: Int, _ d: Int) -> Int { Day.dayNumber(year: y, month: m, day: d) }

    static func civil(daysFrom1970 z: Int) -> (Int, Int, Int) { Day.civil(dayNumber: z) }

    /// Excel writes characters XML cannot hold as `_xHHHH_` (and a literal "_x" as `_x005F_x`).
    static func unescapeOOXML(_ s: String) -> String {
        guard mayHoldEscape(s) else { return s }
        var out = ""
        var rest = Substring(s)
        while let r = rest.range(of: "_x") {
            out += rest[..<r.lowerBound]
            let after = rest[r.upperBound...]
            let hex = after.prefix(5)
            if hex.count == 5, hex.last == "_", let v = UInt32(hex.dropLast(), radix: 16), let u = Unicode.Scalar(v) {
                out.unicodeScalars.append(u)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }

    /// "_x" somewhere in the bytes: every cell of a workbook is asked, and Foundation's
    /// substring search (which `contains` resolves to) costs more than reading the cell.
    static func mayHoldEscape(_ s: String) -> Bool {
        var underscore = false
        for b in s.utf8 {
            if underscore && b == 0x78 { return true }
            underscore = b == 0x5F
        }
        return false
    }
}
