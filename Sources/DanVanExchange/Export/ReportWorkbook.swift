import DanVanCore

/// `danvan report --format xlsx`: one sheet per report section (after a first sheet naming
/// the unit, year and time), counts as numbers and percents as percent cells.
public enum ReportWorkbook {
    public static func make(_ report: Report, lang: Lang) throws -> [UInt8] {
        let head = report.heading(lang)
        var sheets = [SheetSpec(name: lang == .vi ? "Báo cáo" : "Report", header: head.columns, rows: [head.values.map { .text($0) }])]
        for t in report.tables(lang) {
            let rows = t.rows.map { row in
                row.map { v -> SheetCell in
                    switch v {
                    case .text(let s): s.isEmpty ? .empty : .text(s)
                    case .count(let n): .integer(n)
                    case .percent(let p): p.map { .percent(Double($0) / 1000) } ?? .empty
                    }
                }
            }
            sheets.append(SheetSpec(name: t.title, header: t.columns, rows: rows))
        }
        return try XLSXWriter.workbook(sheets)
    }
}
