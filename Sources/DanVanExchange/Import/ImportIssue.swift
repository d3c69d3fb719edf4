import DanVanCore

/// A problem with one place of an import file: the line, the column (as headed in the file),
/// and the reason in both languages. Errors stop the import; warnings do not. Line 0 is
/// about the whole file (its encoding, its sheet).
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: String?
    public var vi: String
    public var en: String

    public init(line: Int, column: String?, vi: String, en: String) {
        self.line = line
        self.column = column
        self.vi = vi
        self.en = en
    }

    public func message(_ lang: Lang) -> String {
        let text = lang == .vi ? vi : en
        guard line > 0 else { return text }
        let col = column.map { lang == .vi ? ", cột “\($0)”" : ", column “\($0)”" } ?? ""
        return (lang == .vi ? "Dòng \(line)" : "Line \(line)") + col + ": " + text
    }
    public var description: String { message(.en) }
}

/// What an import will do (or did): the ops to commit in one batch and the figures to tell.
public struct ImportPlan: Sendable {
    public var ops: [Op] = []
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// Per cell path: rows added and updated there.
    public var perCell: [String: (added: Int, updated: Int)] = [:]
    /// Paths of the nodes `--create-orgs` creates.
    public var createdOrgs: [String] = []
    /// Rows refused because the unit they name does not exist (without `--create-orgs`).
    public var missingUnits = 0
    /// The advice a missing unit's message ends with, named once so the import screen can
    /// offer its own key instead.
    public static let createAdvice = (vi: " (thêm --create-orgs để tạo mới)", en: " (add --create-orgs to create it)")
    public var warnings: [ImportIssue] = []
    public var errors: [ImportIssue] = []
    /// Rows of the file left out (title block, sub-headings, totals, footer), with why.
    public var skipped: [ImportIssue] = []
    /// What the import inferred (header line, layout, date forms, defaults): shown before the counts.
    public var inferred: [ImportIssue] = []
    /// For each op, the line of the file it comes from; and the file's header, to name
    /// columns in `MemberImport.refusals`.
    var lines: [Int] = []
    var header: HeaderMap?

    public init() {}

    public var ok: Bool { errors.isEmpty }

    mutating func count(_ path: String, added a: Int = 0, updated u: Int = 0) {
        var c = perCell[path] ?? (0, 0)
        c.added += a
        c.updated += u
        perCell[path] = c
        added += a
        updated += u
    }

    /// Cells listed one by one in the summary; the rest are counted.
    public var maxCellLines = 60

    /// The closing summary, per cell in path order.
    public func summary(_ lang: Lang, noun: (vi: String, en: String), dryRun: Bool) -> String {
        var lines: [String] = []
        if !inferred.isEmpty {
            lines.append(lang == .vi ? "Đã hiểu tệp như sau:" : "How the file was read:")
            for i in inferred { lines.append("  " + i.message(lang)) }
        }
        if !skipped.isEmpty {
            lines.append(lang == .vi ? "Các dòng bỏ qua:" : "Rows left out:")
            for i in skipped { lines.append("  " + i.message(lang)) }
        }
        for path in createdOrgs {
            lines.append(lang == .vi ? "Tạo mới: \(path)" : "Created: \(path)")
        }
        let n = { NumberFormat.count($0, lang) }
        let cells = perCell.map { (VietCollation.key($0.key), $0.key, $0.value) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) }.map { ($0.1, $0.2) }
        for (path, c) in cells.prefix(maxCellLines) {
            lines.append(lang == .vi ? "  \(path): thêm \(n(c.added)), cập nhật \(n(c.updated))"
                                     : "  \(path): \(n(c.added)) added, \(n(c.updated)) updated")
        }
        if cells.count > maxCellLines {
            let more = cells.count - maxCellLines
            lines.append(lang == .vi ? "  … và \(n(more)) chi bộ khác" : "  … and \(n(more)) more cells")
        }
        let head = dryRun ? (lang == .vi ? "Kiểm tra xong, chưa ghi gì (--dry-run)" : "Checked; nothing written (--dry-run)")
            : (lang == .vi ? "Đã nhập" : "Imported")
        lines.append(lang == .vi
            ? "\(head): thêm \(n(added)) \(noun.vi), cập nhật \(n(updated)), không đổi \(n(unchanged))."
            : "\(head): \(n(added)) \(noun.en) added, \(n(updated)) updated, \(n(unchanged)) unchanged.")
        return lines.joined(separator: "\n")
    }
}
