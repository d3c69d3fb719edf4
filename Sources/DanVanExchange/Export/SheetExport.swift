import DanVanCore

/// The member, assignment and meeting tables as .xlsx workbooks: the same rows as the CSV
/// export, with dates as date cells (dd/mm/yyyy), counts and years as numbers, and every
/// other column — card numbers, phones, CCCD — as text, so Excel never shows 7.97378E+11.
public enum SheetExport {
    enum Kind { case text, date, integer }

    public static func members(_ state: State, under org: OrgID?, lang: Lang) throws -> [UInt8] {
        let dates: Set<String> = ["birth_date", "joined", "full_member_date", "status_date"]
        let kinds = MemberColumns.all.map { dates.contains($0.key) ? Kind.date : .text }
        return try sheet(lang == .vi ? "Đảng viên" : "Members", MemberColumns.all.map { $0.header(lang) }, kinds) {
            TableExport.memberRows(state, under: org, lang: lang, $0)
        }
    }

    public static func assignments(_ state: State, under org: OrgID?, lang: Lang) throws -> [UInt8] {
        let kinds = AssignmentColumns.all.map { c -> Kind in
            switch c.key {
            case "birth_date", "from", "to": .date
            case "households", "evaluation_year": .integer
            default: .text
            }
        }
        return try sheet(lang == .vi ? "Phân công" : "Assignments", AssignmentColumns.all.map { $0.header(lang) }, kinds) {
            TableExport.assignmentRows(state, under: org, lang: lang, $0)
        }
    }

    public static func minutes(_ state: State, under org: OrgID?, lang: Lang) throws -> [UInt8] {
        let kinds = TableExport.minutesColumns.map { $0.key == "date" ? Kind.date : .text }
        return try sheet(lang == .vi ? "Biên bản" : "Minutes", TableExport.minutesColumns.map { $0.header(lang) }, kinds) {
            TableExport.minutesRows(state, under: org, lang: lang, $0)
        }
    }

    static func sheet(_ name: String, _ header: [String], _ kinds: [Kind], _ rows: (([String]) -> Void) -> Void) throws -> [UInt8] {
        var cells: [[SheetCell]] = []
        rows { row in cells.append(zip(row, kinds).map { cell($0, $1) }) }
        return try XLSXWriter.workbook([SheetSpec(name: name, header: header, rows: cells)])
    }

    /// A written value as a typed cell; anything that does not read as its kind stays text.
    static func cell(_ s: String, _ kind: Kind) -> SheetCell {
        guard !s.isEmpty else { return .empty }
        switch kind {
        case .text: return .text(s)
        case .date: return Day.parse(s).map { .date($0) } ?? .text(s)
        case .integer: return Int(s).map { .integer($0) } ?? .text(s)
        }
    }
}
