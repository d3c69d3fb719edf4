extension LoadedTable {
    /// The table import plans read: CSV text parsed, or a sheet's rows with the first
    /// non-empty row as the header. Empty rows are left out, as blank CSV lines are.
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
