/// The report's sections as plain tables, for writers outside the core (the .xlsx workbook):
/// the same sections, columns and rows the text, Markdown, CSV and HTML formats show.
public struct ReportTable: Sendable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case count(Int)
        /// Tenths of a percent; nil when the denominator is zero.
        case percent(Int?)
    }
    /// Stable section code (summary, children, target_groups, …).
    public var code: String
    public var title: String
    public var columns: [String]
    public var rows: [[Value]]
}

extension Report {
    /// Every section with every row (like csv and json: no reading limit on names).
    public func tables(_ lang: Lang) -> [ReportTable] {
        sections(lang).map { sec in
            ReportTable(code: sec.code, title: sec.title, columns: sec.columns.map(\.title), rows: sec.rows.map { row in
                row.map { c -> ReportTable.Value in
                    switch c {
                    case .text(let s): .text(s)
                    case .count(let n): .count(n)
                    case .percent(let t): .percent(t)
                    }
                }
            })
        }
    }

    /// The report block of the csv format: unit, year and generation time (UTC).
    public func heading(_ lang: Lang) -> (columns: [String], values: [String]) {
        (lang == .vi ? ["Đơn vị", "Năm", "Lập lúc"] : ["Unit", "Year", "Generated"],
         [path, String(year), Report.stamp(generatedAt, seconds: true)])
    }
}
