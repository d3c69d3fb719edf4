import DanVanCore

/// A roster file as a table the member and assignment imports can read: the header row found
/// (not assumed to be line 1), the rows that are not data set aside with their reasons, the
/// columns of the secretaries' own layouts rewritten into the project's columns, and every
/// guess made on the way written down, so the person sees it before anything is stored.
///
/// The project's own files pass through untouched: their first line is the header, every
/// column is known, and the rows are handed on as they are.
public struct RosterTable: Sendable {
    public enum Kind: Sendable { case members, assignments }

    /// The header the imports read: the project's column keys or the file's own headings.
    public var header: CSVReader.Record
    public var rows: [CSVReader.Record]
    /// Rows left out, each with its line and why (title block, sub-heading, totals, footer…).
    public var skipped: [ImportIssue] = []
    /// What was inferred (layout, header line, date forms, defaults): shown in the summary.
    public var inferred: [ImportIssue] = []
    public var warnings: [ImportIssue] = []
    /// Refusals found before any value is read (ragged rows, damaged numbers, mixed dates…).
    public var errors: [ImportIssue] = []
    /// Column key → the heading as the file writes it, for messages about composed columns.
    public var written: [String: String] = [:]
    /// The date the roster is "as of" ("Tính đến ngày 31/12/2025" in its title), if it says.
    public var asOf: Day?
    /// Assignments: the source of rows that do not state one — self-registered when the file
    /// is a list of self-registered tasks (its title or a heading says so).
    public var source: Source = .assigned

    public var ok: Bool { errors.isEmpty }

    public var table: CSVReader.Table { CSVReader.Table(separator: 0x2C, header: header, rows: rows) }

    /// Finds the table in `records` (every row of the file, as read) and rewrites it into the
    /// project's columns. `delimited`: rows come from delimited text, where a row with more or
    /// fewer fields than the header has shifted values and is refused; a workbook's rows may
    /// end early (empty trailing cells are not stored) and are padded.
    public static func locate(_ records: [CSVReader.Record], kind: Kind, delimited: Bool = true, today: Day = Day.today()) -> RosterTable {
        var t = RosterTable(header: CSVReader.Record(line: 1, fields: []), rows: [])
        guard let found = HeaderFinder.find(records, kind: kind) else {
            t.errors.append(ImportIssue(line: records.first?.line ?? 1, column: nil,
                                        vi: "không tìm thấy dòng tiêu đề cột (ví dụ “Họ và tên”, “Số thẻ”) trong \(HeaderFinder.scanLimit) dòng đầu",
                                        en: "no header row (such as “Họ và tên” / “full_name”, “Số thẻ” / “card_no”) in the first \(HeaderFinder.scanLimit) rows"))
            return t
        }
        t.asOf = found.asOf
        for line in found.titleLines {
            t.skipped.append(ImportIssue(line: line, column: nil, vi: "tiêu đề phía trên bảng", en: "title above the table"))
        }
        if found.headerLine != 1 || found.subHeaderLine != nil {
            let lines = [found.headerLine] + (found.subHeaderLine.map { [$0] } ?? [])
            let l = lines.map(String.init).joined(separator: " và ")
            t.inferred.append(ImportIssue(line: found.headerLine, column: nil,
                                          vi: "dòng tiêu đề cột: dòng \(l)", en: "column headings on line \(lines.map(String.init).joined(separator: " and "))"))
        }
        if let n = found.numberLine {
            t.skipped.append(ImportIssue(line: n, column: nil, vi: "dòng đánh số cột (1, 2, 3 …)", en: "row of column numbers (1, 2, 3 …)"))
        }
        var layout = Layout(headings: found.headings, kind: kind)
        t.inferred += layout.notes(headerLine: found.headerLine)
        t.warnings += layout.unknownWarnings(headerLine: found.headerLine)
        t.errors += layout.errors(headerLine: found.headerLine)
        t.written = layout.written
        if kind == .assignments { t.sourceFromTitle(records.prefix { $0.line < found.headerLine }, layout: layout, headerLine: found.headerLine) }

        let body = records[found.firstDataIndex...]
        var rows = RowSorter.sort(body, width: found.headings.count, layout: layout, delimited: delimited)
        t.skipped += rows.skipped
        t.errors += rows.errors
        t.header = CSVReader.Record(line: found.headerLine, fields: layout.outputHeader)
        if layout.passThrough {
            t.rows = rows.kept
        } else {
            t.rows = rows.kept.map { layout.rewrite($0) }
        }
        rows.kept = []
        if kind == .members { t.cellsFromSubHeadings(rows.headings) }
        t.errors += layout.rowErrors
        t.inferred += layout.rowNotes
        layout.rowNotes = []
        var values = ValueRepair(kind: kind, header: t.header.fields, written: t.written, today: t.asOf ?? today)
        values.headerLine = found.headerLine
        values.repair(&t.rows)
        t.inferred += values.inferred
        t.errors += values.errors
        if kind == .assignments { t.yearOfResults(records.prefix { $0.line < found.headerLine }, headerLine: found.headerLine) }
        t.errors = MemberImport.sortedByLine(t.errors)
        return t
    }

    /// A committee's list grouped by cell under sub-headings ("I. CHI BỘ KHU PHỐ 1") and
    /// without a cell column: each row belongs to the cell its sub-heading names (resolved under
    /// `--org` like a cell column's text); rows above the first such heading have no cell.
    private mutating func cellsFromSubHeadings(_ headings: [(line: Int, text: String)]) {
        let cells = headings.filter { VietText.fold($0.text).hasPrefix("chi bo ") }
        guard !cells.isEmpty, !HeaderMap(header: header.fields, columns: MemberColumns.all).has(MemberColumns.org) else { return }
        header.fields.append(MemberColumns.org.key)
        written[MemberColumns.org.key] = "tiêu đề nhóm / sub-heading"
        var k = 0
        var current = ""
        for i in rows.indices {
            while k < headings.count && headings[k].line < rows[i].line {
                // A sub-heading that names no cell ("Tổ 1") leaves the cell as it was.
                if VietText.fold(headings[k].text).hasPrefix("chi bo ") { current = headings[k].text }
                k += 1
            }
            rows[i].fields.append(current)
        }
        let list = cells.prefix(5).map { "“\($0.text)” (dòng \($0.line))" }.joined(separator: ", ")
        let listEn = cells.prefix(5).map { "“\($0.text)” (line \($0.line))" }.joined(separator: ", ")
        let more = cells.count > 5 ? " …" : ""
        inferred.append(ImportIssue(line: cells[0].line, column: nil,
                                    vi: "không có cột Chi bộ: mỗi dòng thuộc chi bộ mà tiêu đề nhóm phía trên nó nêu: \(list)\(more)",
                                    en: "no cell column: each row belongs to the cell its sub-heading names: \(listEn)\(more)"))
    }

    /// "DANH SÁCH ĐẢNG VIÊN TỰ NHẬN NHIỆM VỤ" above the table, or a heading such as "Tự
    /// nhận": rows without a source of their own are self-registered, and the summary says why.
    private mutating func sourceFromTitle(_ titles: ArraySlice<CSVReader.Record>, layout: Layout, headerLine: Int) {
        if let h = layout.selfRegisteredHeading {
            source = .selfRegistered
            inferred.append(ImportIssue(line: headerLine, column: h,
                                        vi: "cột “\(h)” là nhiệm vụ tự nhận: phân công không ghi nguồn là \(Source.selfRegistered.vi)",
                                        en: "the column “\(h)” holds self-registered tasks: assignments without a source are \(Source.selfRegistered.en.lowercased())"))
            return
        }
        for rec in titles {
            for f in rec.fields where !f.isEmpty {
                guard SelfRegisteredWords.said(f) else { continue }
                source = .selfRegistered
                inferred.append(ImportIssue(line: rec.line, column: nil,
                                            vi: "tiêu đề “\(VietText.clean(f))” là danh sách tự nhận nhiệm vụ: phân công không ghi nguồn là \(Source.selfRegistered.vi)",
                                            en: "the title “\(VietText.clean(f))” is a list of self-registered tasks: assignments without a source are \(Source.selfRegistered.en.lowercased())"))
                return
            }
        }
    }

    /// An assignment book's "Kết quả" column has no year of its own: the book's title says
    /// which ("SỔ THEO DÕI … NĂM 2026"), else the date it is as of. The year is written into
    /// an evaluation-year column for the rows with a result, and the summary says where it
    /// came from; with neither, each such row is refused for want of a year.
    private mutating func yearOfResults(_ titles: ArraySlice<CSVReader.Record>, headerLine: Int) {
        typealias A = AssignmentColumns
        let map = HeaderMap(header: header.fields, columns: A.all)
        guard let e = map.position(A.evaluation), !map.has(A.evaluationYear),
              rows.contains(where: { e < $0.fields.count && !FieldParsing.text($0.fields[e]).isEmpty }) else { return }
        var found: (year: Int, said: String, line: Int)?
        search: for rec in titles {
            for f in rec.fields where !f.isEmpty {
                if let y = Self.titleYear(f) { found = (y, VietText.clean(f), rec.line); break search }
            }
        }
        if found == nil, let d = asOf { found = (d.year, d.vn, headerLine) }
        guard let found else { return }
        header.fields.append(A.evaluationYear.key)
        for k in rows.indices {
            let has = e < rows[k].fields.count && !FieldParsing.text(rows[k].fields[e]).isEmpty
            rows[k].fields.append(has ? String(found.year) : "")
        }
        let column = written[A.evaluation.key] ?? VietText.clean(header.fields[e])
        inferred.append(ImportIssue(line: found.line, column: column,
                                    vi: "cột “\(column)” không ghi năm: là đánh giá năm \(found.year) (theo “\(found.said)”)",
                                    en: "the column “\(column)” has no year: results are for \(found.year) (from “\(found.said)”)"))
    }

    /// "NĂM 2026", "Sổ theo dõi … năm 2026": the year a title names (not a school year "2025-2026").
    static func titleYear(_ text: String) -> Int? {
        let f = VietText.fold(text)
        guard let r = f.range(of: #"(^|[^a-z])nam (\d{4})($|[^\d-])"#, options: .regularExpression) else { return nil }
        let digits = f[r].filter(\.isNumber)
        guard let y = Int(digits), (1900...2200).contains(y) else { return nil }
        return y
    }
}
