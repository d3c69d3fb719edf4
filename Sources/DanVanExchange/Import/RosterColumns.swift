import DanVanCore

/// What the application's import screen shows and lets the person change before anything
/// is stored: each heading of the file's header row with what it was understood as, and the
/// file's rows with some columns given another meaning (or none).
///
/// The import rules stay where they are (`RosterTable`, `Layout`, `MemberImport`): a column
/// given another meaning only has its heading rewritten to the project's own column key
/// (or emptied, which every layout ignores) before the table is located as usual.
public enum RosterColumns {
    /// One column of the header row.
    public struct Understood: Sendable, Equatable {
        /// 0-based position in the row.
        public var index: Int
        public var heading: String
        /// The project's column it is read into, when it is read into one on its own.
        public var key: String?
        public var vi: String
        public var en: String
    }

    /// The fields a column can be given, in the order they are offered.
    public static func fields(_ kind: RosterTable.Kind) -> [Column] {
        kind == .members ? MemberColumns.all : AssignmentColumns.all
    }

    /// The header row's columns and what each was understood as; empty when no header row is found.
    public static func understood(_ records: [CSVReader.Record], kind: RosterTable.Kind) -> [Understood] {
        guard let found = HeaderFinder.find(records, kind: kind) else { return [] }
        let layout = Layout(headings: found.headings, kind: kind)
        return found.headings.indices.map { i in
            let heading = VietText.clean(found.headings[i])
            let (key, vi, en) = describe(heading.isEmpty ? .unknown : layout.roles[i], empty: heading.isEmpty)
            return Understood(index: i, heading: heading, key: key, vi: vi, en: en)
        }
    }

    /// `records` with the header cell of each column in `overrides` (0-based position → column
    /// key, "" to ignore the column) rewritten; a second heading row's cell above it is emptied
    /// so the two rows are not joined into another heading.
    public static func overriding(_ records: [CSVReader.Record], kind: RosterTable.Kind, _ overrides: [Int: String]) -> [CSVReader.Record] {
        guard !overrides.isEmpty, let found = HeaderFinder.find(records, kind: kind),
              let h = records.firstIndex(where: { $0.line == found.headerLine }) else { return records }
        let sub = found.subHeaderLine.flatMap { line in records.firstIndex { $0.line == line } }
        var out = records
        for (i, key) in overrides where i >= 0 {
            while out[h].fields.count <= i { out[h].fields.append("") }
            out[h].fields[i] = key
            if let s = sub, i < out[s].fields.count { out[s].fields[i] = "" }
        }
        return out
    }

    /// What a file holds, from its header row: an assignment book or a list of tasks names
    /// the work (target group, content, households, its dates, results) more than any
    /// member's particulars (birth, joining, kind, status…); a roster the other way round.
    /// Columns both kinds read (card, name, birth, cell) do not count; a tie is a roster.
    public static func likelyKind(_ records: [CSVReader.Record]) -> RosterTable.Kind {
        let keys = Set(understood(records, kind: .assignments).compactMap(\.key))
        let member = Set(MemberColumns.all.map(\.key)), assignment = Set(AssignmentColumns.all.map(\.key))
        let work = keys.intersection(assignment.subtracting(member)).count
        let particulars = keys.intersection(member.subtracting(assignment)).count
        return work > particulars ? .assignments : .members
    }

    /// The located roster of a loaded file with `overrides` applied, and its columns as
    /// understood. With no overrides the roster is what `LoadedTable.roster` gives; the rows
    /// are read once (the columns come from the same rows). `kind` nil: `likelyKind` decides.
    /// `headerLine`: the row the person chose as the header (nil: found as usual).
    public static func roster(_ loaded: LoadedTable, kind wanted: RosterTable.Kind?, today: Day, overrides: [Int: String],
                              headerLine: Int? = nil) throws -> (roster: RosterTable, columns: [Understood], kind: RosterTable.Kind) {
        let (records, delimited) = try loaded.records()
        let kind = wanted ?? likelyKind(records)
        if let line = headerLine, let h = records.firstIndex(where: { $0.line == line }) {
            return try chosenHeader(loaded, records, delimited: delimited, at: h, kind: kind, today: today, overrides: overrides)
        }
        let changed = overriding(records, kind: kind, overrides)
        let t = try loaded.roster(of: changed, delimited: delimited, kind: kind, today: today)
        guard !overrides.isEmpty else { return (t, understood(records, kind: kind), kind) }
        // Headings as the file writes them, meanings as they are now.
        let written = understood(records, kind: kind)
        let columns = understood(changed, kind: kind).map { c -> Understood in
            var c = c
            if let w = written.first(where: { $0.index == c.index }) { c.heading = w.heading }
            return c
        }
        return (t, columns, kind)
    }

    /// A header row the person chose (its headings named nothing the importer knows): the
    /// rows above it are titles, each of its cells is read as the meaning given to it, or
    /// as its own text. Until a name (or card) column and one more have a meaning, the file
    /// is refused with what to do.
    private static func chosenHeader(_ loaded: LoadedTable, _ records: [CSVReader.Record], delimited: Bool, at h: Int,
                                     kind: RosterTable.Kind, today: Day, overrides: [Int: String])
        throws -> (roster: RosterTable, columns: [Understood], kind: RosterTable.Kind) {
        var changed = records
        for i in 0..<h { changed[i].fields = [] }
        for (i, key) in overrides where i >= 0 {
            while changed[h].fields.count <= i { changed[h].fields.append("") }
            changed[h].fields[i] = key
        }
        let layout = Layout(headings: changed[h].fields, kind: kind)
        let columns = changed[h].fields.indices.map { i -> Understood in
            let heading = VietText.clean(i < records[h].fields.count ? records[h].fields[i] : "")
            let cell = changed[h].fields[i]
            let (key, vi, en) = describe(cell.isEmpty ? .unknown : layout.roles[i], empty: cell.isEmpty)
            return Understood(index: i, heading: heading, key: key, vi: vi, en: en)
        }
        let line = records[h].line
        guard HeaderFinder.find(changed, kind: kind)?.headerLine == line else {
            var t = RosterTable(header: CSVReader.Record(line: line, fields: []), rows: [])
            t.errors = [ImportIssue(line: line, column: nil,
                                    vi: "được chọn làm dòng tiêu đề cột: hãy cho cột họ và tên (hoặc số thẻ) và ít nhất một cột khác một nghĩa (Tab: chọn cột, ←/→: nghĩa)",
                                    en: "chosen as the header row: give the name (or card) column and at least one more a meaning (Tab: a column, ←/→: its meaning)")]
            return (t, columns, kind)
        }
        return (try loaded.roster(of: changed, delimited: delimited, kind: kind, today: today), columns, kind)
    }

    /// The first rows of a file that hold anything, as text (for choosing the header row).
    public static func firstRows(_ loaded: LoadedTable, count: Int) throws -> [(line: Int, text: String)] {
        let (records, _) = try loaded.records()
        return records.lazy.filter { $0.fields.contains { !VietText.clean($0).isEmpty } }.prefix(count).map { r in
            var cells = r.fields.map(VietText.clean)
            while cells.last?.isEmpty == true { cells.removeLast() }
            return (r.line, cells.joined(separator: " | "))
        }
    }

    private static func describe(_ role: Layout.Role, empty: Bool) -> (String?, String, String) {
        typealias C = MemberColumns
        func into(_ cs: [Column]) -> (String, String) {
            (cs.map(\.vi).joined(separator: ", "), cs.map(\.key).joined(separator: ", "))
        }
        switch role {
        case .column(let c): return (c.key, c.vi, c.key)
        case .stt: return (nil, "số thứ tự (không lưu)", "row number (not stored)")
        case .familyAndMiddle, .family, .middle:
            let t = into([C.fullName])
            return (nil, "phần của " + t.0, "part of " + t.1)
        case .given:
            let t = into([C.fullName, C.givenName])
            return (nil, "phần của " + t.0, "part of " + t.1)
        case .birthMale, .birthFemale:
            let t = into([C.birthDate, C.gender])
            return (nil, t.0 + (role == .birthMale ? " (nam)" : " (nữ)"), t.1 + (role == .birthMale ? " (male)" : " (female)"))
        case .kindFull, .kindProbationary:
            return (nil, C.kind.vi + (role == .kindFull ? " (x: chính thức)" : " (x: dự bị)"),
                    C.kind.key + (role == .kindFull ? " (x: full)" : " (x: probationary)"))
        case .sourceAssigned, .sourceSelf:
            let mark = role == .sourceSelf ? ("tự nhận", "self-registered") : ("phân công", "assigned")
            return (nil, AssignmentColumns.source.vi + " (x: " + mark.0 + ")", AssignmentColumns.source.key + " (x: " + mark.1 + ")")
        case .cccd: return (nil, "số CCCD → " + C.notes.vi, "citizen ID → " + C.notes.key)
        case .jobTitle: return (nil, "chức vụ chính quyền → " + C.notes.vi, "post at work → " + C.notes.key)
        case .householdList:
            return (nil, "các hộ phụ trách → " + AssignmentColumns.area.vi, "households by name → " + AssignmentColumns.area.key)
        case .joinedAndFull:
            let t = into([C.joined, C.fullMemberDate])
            return (nil, t.0, t.1)
        case .cardAndRecord: return (nil, C.cardNo.vi + " + số lý lịch", C.cardNo.key + " + record number")
        case .genderEthnicReligion: return (nil, C.gender.vi + " (dân tộc, tôn giáo → Ghi chú)", C.gender.key + " (ethnicity, religion → notes)")
        case .departedOn: return (nil, C.status.vi + ": đã chuyển đi, ngày", C.status.key + ": transferred out, date")
        case .diedOn: return (nil, C.status.vi + ": từ trần, ngày", C.status.key + ": deceased, date")
        case .unknown:
            return empty ? (nil, "bỏ qua", "ignored") : (nil, "bỏ qua (không nhận ra)", "ignored (not recognised)")
        }
    }
}
