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
        if let fast = s.utf8.withContiguousStorageIfAvailable(isCleanUTF8) { return fast }
        return Array(s.utf8).withUnsafeBufferPointer(isCleanUTF8)
    }

    /// The same test on the UTF-8 bytes (valid UTF-8, as every `String` is).
    private static func isCleanUTF8(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true  // a leading space is not clean
        var i = 0
        let n = u.count
        while i < n {
            let b = u[i]
            if b < 0x80 {
                i += 1
                if b == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                    continue
                }
                previousSpace = false
                if b < 0x20 || b == 0x7F { return false }
                continue
            }
            previousSpace = false
            // Decode the scalar: 2, 3 or 4 bytes.
            var v: UInt32
            if b & 0xE0 == 0xC0 {
                v = UInt32(b & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F)
                i += 2
            } else if b & 0xF0 == 0xE0 {
                v = UInt32(b & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
                i += 3
            } else {
                return false  // beyond the BMP: not among the scalars known clean
            }
            if v == 0x85 || v == 0xA0 { return false }
            if v < 0x300 || (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v) { continue }
            return false
        }
        return !previousSpace || n == 0
    }

    /// Multi-line text (notes, content): `VietText.cleanMultiline` (line breaks kept).
    static func multiline(_ s: String) -> String {
        if isClean(s) { return s }  // one clean line (or empty): nothing to change
        return VietText.cleanMultiline(s)
    }

    /// Multi-line columns; every other text column holds one line.
    static let multilineKeys: Set<String> = ["notes", "content", "evaluation_note"]
    static let nameKeys: Set<String> = ["full_name", "given_name", "family_name", "card_no"]

    /// How a date known only to the month or year ("3/1990", "1990-03", "1990") is read:
    /// kept as such (a member's dates), or as the first or last day of the span (the start
    /// or end of an assignment, which counts by whole days).
    enum Partial { case keep, first, last }

    struct Failure: Error {
        var vi: String
        var en: String
    }

    /// Nil for an empty cell.
    static func day(_ s: String, partial: Partial) throws(Failure) -> Day? {
        if let d = commonDay(s) { return d }
        let t = text(s)
        if t.isEmpty { return nil }
        guard let d = Day.parse(t, partial: true) else {
            throw Failure(vi: "“\(t)” không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd)",
                          en: "“\(t)” is not a valid date (dd/mm/yyyy or yyyy-mm-dd)")
        }
        switch partial {
        case .keep: return d
        case .first: return d.firstDay
        case .last: return d.lastDay
        }
    }

    /// The two forms nearly every date of a file takes, dd/mm/yyyy and yyyy-mm-dd, read
    /// straight from the bytes (as `Day.parse` reads them); nil for anything else.
    static func commonDay(_ s: String) -> Day? {
        s.utf8.withContiguousStorageIfAvailable { u -> Day? in
            guard u.count == 10 else { return nil }
            func num(_ from: Int, _ count: Int) -> Int? {
                var v = 0
                for k in from..<(from + count) {
                    let b = u[k]
                    guard b >= 0x30 && b <= 0x39 else { return nil }
                    v = v * 10 + Int(b - 0x30)
                }
                return v
            }
            if u[2] == UInt8(ascii: "/") && u[5] == UInt8(ascii: "/"), let d = num(0, 2), let m = num(3, 2), let y = num(6, 4) {
                return Day(year: y, month: m, day: d)
            }
            if u[4] == UInt8(ascii: "-") && u[7] == UInt8(ascii: "-"), let y = num(0, 4), let m = num(5, 2), let d = num(8, 2) {
                return Day(year: y, month: m, day: d)
            }
            return nil
        } ?? nil
    }

    /// Nil for an empty cell.
    static func coded<T: Coded>(_ s: String, _ type: T.Type) throws(Failure) -> T? {
        let t = text(s)
        if t.isEmpty { return nil }
        guard let v = T.parse(t) else {
            // One choice a line, with its code: a catalogue label holds commas of its own.
            let choices = T.allCases.map { "\n    \($0.code) — \($0.vi)" }.joined()
            let choicesEn = T.allCases.map { "\n    \($0.code) — \($0.en)" }.joined()
            throw Failure(vi: "không hiểu “\(t)”; dùng một trong:\(choices)", en: "unknown value “\(t)”; use one of:\(choicesEn)")
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
/// The first few distinct values are kept in a list compared byte for byte (cheaper than
/// hashing for a catalogue column); the rest in a table keyed by the bytes.
final class ParseMemo<T> {
    private var few: [(key: Utf8Key, result: Result<T?, FieldParsing.Failure>)] = []
    private var seen: [Utf8Key: Result<T?, FieldParsing.Failure>] = [:]
    private let parse: (String) throws(FieldParsing.Failure) -> T?

    init(_ parse: @escaping (String) throws(FieldParsing.Failure) -> T?) { self.parse = parse }

    func callAsFunction(_ s: String) throws(FieldParsing.Failure) -> T? {
        if s.isEmpty { return try parse(s) }
        let key = Utf8Key(s)
        for e in few where e.key == key { return try e.result.get() }
        if let r = seen[key] { return try r.get() }
        let r: Result<T?, FieldParsing.Failure>
        do { r = .success(try parse(s)) } catch { r = .failure(error) }
        if few.count < 8 { few.append((key, r)) } else if seen.count < 100_000 { seen[key] = r }
        return try r.get()
    }
}

/// Where each known column of a file sits and how long its text may be (a name, a line or
/// a multi-line text), for the control-character check of every cell.
struct TextChecks {
    let list: [(position: Int, limit: Int, column: Column)]

    init(_ header: HeaderMap, columns: [Column]) {
        list = columns.compactMap { c in
            guard let i = header.position(c) else { return nil }
            let limit = FieldParsing.multilineKeys.contains(c.key) ? TextLimit.text
                : FieldParsing.nameKeys.contains(c.key) ? TextLimit.name : TextLimit.line
            return (i, limit, c)
        }
    }
}

/// Collects the issues of one row, naming the column as the file heads it.
struct RowIssues {
    let line: Int
    let header: HeaderMap
    var issues: [ImportIssue] = []

    /// Refuses control characters (NUL, terminal escapes) and over-long text in every known
    /// column of the row, before anything is read from it.
    /// The columns' places and limits are found once (`TextChecks`), before a loop over many rows.
    mutating func refuseUnsafeText(_ row: [String], _ checks: TextChecks) {
        for (i, limit, c) in checks.list where i < row.count && !row[i].isEmpty {
            if let p = VietText.problem(in: row[i], limit: limit) { add(c, vi: p.vi, en: p.en) }
        }
    }

    mutating func add(_ c: Column?, vi: String, en: String) {
        issues.append(ImportIssue(line: line, column: c.map { header.written[$0.key] ?? $0.vi }, vi: vi, en: en))
    }

    /// Runs `parse` on the column's cell, recording a failure; nil when the column is absent or the cell empty.
    mutating func read<T>(_ c: Column, _ row: [String], _ parse: (String) throws(FieldParsing.Failure) -> T?) -> T? {
        read(c, header.value(c, row), parse)
    }

    /// The same for a cell already taken from the row (nil: no such column).
    mutating func read<T>(_ c: Column, _ raw: String?, _ parse: (String) throws(FieldParsing.Failure) -> T?) -> T? {
        guard let raw else { return nil }
        do { return try parse(raw) } catch {
            add(c, vi: error.vi, en: error.en)
            return nil
        }
    }
}
