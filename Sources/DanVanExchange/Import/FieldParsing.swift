import DanVanCore
import Foundation

/// Reading one cell of an import row: normalized text, dates, catalogue values and numbers,
/// each failing with a message that says what was expected.
enum FieldParsing {
    /// Single-line text: trimmed, inner white space collapsed, NFC. Most cells already are
    /// (precomposed Vietnamese, single spaces), and a byte scan proves it far faster than
    /// normalizing; anything else goes through `VietText.clean`.
    static func text(_ s: String) -> String { isClean(s) ? s : VietText.clean(s) }

    /// True when `clean` would return `s` unchanged: no white space other than single inner
    /// spaces, and only scalars below U+0300, Latin Extended Additional (U+1E00–U+1EFF, the
    /// precomposed Vietnamese letters) or general punctuation (U+2010–U+2027) — all NFC.
    static func isClean(_ s: String) -> Bool {
        var previousSpace = true  // a leading space is not clean
        for v in s.unicodeScalars.lazy.map(\.value) {
            if v == 0x20 {
                if previousSpace { return false }
                previousSpace = true
                continue
            }
            previousSpace = false
            if v < 0x20 || v == 0x7F || v == 0x85 || v == 0xA0 { return false }
            if v < 0x300 || (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v) { continue }
            return false
        }
        return !previousSpace || s.isEmpty
    }

    /// Multi-line text (notes, content): NFC, CRLF → LF, trimmed; line breaks kept.
    static func multiline(_ s: String) -> String {
        var t = VietText.nfc(s)
        if t.contains("\r") { t = t.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        return t.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    enum BareYear { case first, last, none }

    struct Failure: Error {
        var vi: String
        var en: String
    }

    /// Nil for an empty cell.
    static func day(_ s: String, bareYear: BareYear) throws(Failure) -> Day? {
        let t = text(s)
        if t.isEmpty { return nil }
        let rule: ((Int) -> Day?)? = switch bareYear {
        case .first: Day.firstOf(year:)
        case .last: Day.lastOf(year:)
        case .none: nil
        }
        guard let d = Day.parse(t, bareYear: rule) else {
            throw Failure(vi: "“\(t)” không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd)",
                          en: "“\(t)” is not a valid date (dd/mm/yyyy or yyyy-mm-dd)")
        }
        return d
    }

    /// Nil for an empty cell.
    static func coded<T: Coded>(_ s: String, _ type: T.Type) throws(Failure) -> T? {
        let t = text(s)
        if t.isEmpty { return nil }
        guard let v = T.parse(t) else {
            let choices = T.allCases.map(\.vi).joined(separator: ", ")
            let choicesEn = T.allCases.map(\.en).joined(separator: ", ")
            throw Failure(vi: "không hiểu “\(t)”; dùng một trong: \(choices)", en: "unknown value “\(t)”; use one of: \(choicesEn)")
        }
        return v
    }

    /// A whole number ≥ 0 ("1.200" and "1,200" read as 1200). Nil for an empty cell.
    static func count(_ s: String) throws(Failure) -> Int? {
        let t = text(s)
        if t.isEmpty { return nil }
        let digits = t.filter { $0 != "." && $0 != "," && $0 != " " }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int(digits), n >= 0 else {
            throw Failure(vi: "“\(t)” không phải số nguyên không âm", en: "“\(t)” is not a whole number ≥ 0")
        }
        return n
    }

    static func year(_ s: String) throws(Failure) -> Int? {
        let t = text(s)
        if t.isEmpty { return nil }
        guard let y = Int(t), (1900...9999).contains(y) else {
            throw Failure(vi: "“\(t)” không phải năm hợp lệ", en: "“\(t)” is not a valid year")
        }
        return y
    }
}

/// Remembers parse results by cell text: a column holds few distinct values ("Nam", "Nữ",
/// "Đang sinh hoạt", a few thousand dates), and parsing them folds text through Foundation.
final class ParseMemo<T> {
    private var seen: [String: Result<T?, FieldParsing.Failure>] = [:]
    private let parse: (String) throws(FieldParsing.Failure) -> T?

    init(_ parse: @escaping (String) throws(FieldParsing.Failure) -> T?) { self.parse = parse }

    func callAsFunction(_ s: String) throws(FieldParsing.Failure) -> T? {
        if let r = seen[s] { return try r.get() }
        let r: Result<T?, FieldParsing.Failure>
        do { r = .success(try parse(s)) } catch { r = .failure(error) }
        if seen.count < 100_000 { seen[s] = r }
        return try r.get()
    }
}

/// Collects the issues of one row, naming the column as the file heads it.
struct RowIssues {
    let line: Int
    let header: HeaderMap
    var issues: [ImportIssue] = []

    mutating func add(_ c: Column?, vi: String, en: String) {
        issues.append(ImportIssue(line: line, column: c.map { header.written[$0.key] ?? $0.vi }, vi: vi, en: en))
    }

    /// Runs `parse` on the column's cell, recording a failure; nil when the column is absent or the cell empty.
    mutating func read<T>(_ c: Column, _ row: [String], _ parse: (String) throws(FieldParsing.Failure) -> T?) -> T? {
        guard let raw = header.value(c, row) else { return nil }
        do { return try parse(raw) } catch {
            add(c, vi: error.vi, en: error.en)
            return nil
        }
    }
}
