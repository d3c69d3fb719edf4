import DanVanCore

extension LoadedTable {
    /// Every row of the file, for `RosterTable.locate`: CSV text parsed into records, or a
    /// sheet's rows as they are. `delimited` tells the locator whether a row with extra
    /// fields can be a shifted comma (text) or not (a sheet's cells).
    public func records() throws -> (records: [CSVReader.Record], delimited: Bool) {
        switch content {
        case .delimitedText(let bytes): return (try CSVReader.records(bytes).records, true)
        case .grid(let records): return (records, false)
        }
    }

    /// The roster table in the file, with what the loader inferred (encoding, sheet, date
    /// system) first among what the import says it inferred.
    public func roster(kind: RosterTable.Kind, today: Day = Day.today()) throws -> RosterTable {
        let (records, delimited) = try records()
        return try roster(of: records, delimited: delimited, kind: kind, today: today)
    }

    /// The roster located in `records` (this file's rows, perhaps with headings rewritten by
    /// the import screen), the loader's notes leading what was inferred.
    public func roster(of records: [CSVReader.Record], delimited: Bool, kind: RosterTable.Kind, today: Day) throws -> RosterTable {
        guard records.contains(where: { $0.fields.contains { !$0.isEmpty } }) else {
            throw CSVError(line: 1, column: 1, vi: "tệp trống, không có dòng tiêu đề", en: "the file is empty: no header line")
        }
        var t = RosterTable.locate(records, kind: kind, delimited: delimited, today: today)
        t.inferred = notes.map { ImportIssue(line: 0, column: nil, vi: $0.vi, en: $0.en) } + t.inferred
        return t
    }

    /// The table as written, for callers that read a file of ours back (round trips, tests):
    /// the first non-empty row is the header, nothing is inferred. Imports use `roster`.
    public func table() throws -> CSVReader.Table {
        switch content {
        case .delimitedText(let bytes):
            return try CSVReader.parse(bytes)
        case .grid(let records):
            var rows = records.filter { $0.fields.contains { !$0.isEmpty } }
            guard !rows.isEmpty else {
                throw CSVError(line: 1, column: 1, vi: "trang tính trống, không có dòng tiêu đề", en: "the sheet is empty: no header row")
            }
            let header = rows.removeFirst()
            return CSVReader.Table(separator: 0x2C, header: header, rows: rows)
        }
    }
}
