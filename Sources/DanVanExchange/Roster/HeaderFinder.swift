import DanVanCore

/// Finds the row of column headings: the first of the first rows that names at least two
/// known columns. Rows above it are the title block; a second heading row under it
/// ("Năm sinh" over "Nam | Nữ") is joined to it; a row of column numbers under them is skipped.
enum HeaderFinder {
    static let scanLimit = 50

    struct Found {
        var headerLine: Int
        var subHeaderLine: Int?
        var numberLine: Int?
        var titleLines: [Int]
        /// One heading per column, two heading rows joined ("Năm sinh Nam").
        var headings: [String]
        var firstDataIndex: Int
        var asOf: Day?
    }

    static func find(_ records: [CSVReader.Record], kind: RosterTable.Kind) -> Found? {
        let limit = min(records.count, scanLimit)
        var at: Int?
        for i in 0..<limit where isHeader(records[i].fields, kind: kind) {
            at = i
            break
        }
        guard let h = at else { return nil }
        var headings = records[h].fields
        var next = h + 1
        var sub: Int?
        if next < records.count, isSubHeader(records[next].fields, under: headings) {
            headings = join(headings, records[next].fields)
            sub = records[next].line
            next += 1
        }
        var numbers: Int?
        if next < records.count, isColumnNumbers(records[next].fields) {
            numbers = records[next].line
            next += 1
        }
        let titles = records[..<h]
        return Found(headerLine: records[h].line, subHeaderLine: sub, numberLine: numbers, titleLines: titles.map(\.line),
                     headings: headings, firstDataIndex: next, asOf: titles.lazy.compactMap(asOfDate).first)
    }

    /// At least two cells are known headings, one of them naming the member.
    static func isHeader(_ fields: [String], kind: RosterTable.Kind) -> Bool {
        var known = 0, names = false
        for f in fields where !f.isEmpty {
            let role = Layout.role(of: Column.foldHeader(f), kind: kind)
            guard case .unknown = role else {
                known += 1
                if role.namesMember { names = true }
                continue
            }
        }
        return known >= 2 && names
    }

    /// Words found only in a second heading row.
    static let subWords: Set<String> = ["nam", "nu", "chinh thuc", "du bi", "ho", "ten", "ho va ten dem", "ho dem", "ten dem",
                                        "ten lot", "so", "ngay", "thang"]

    /// A second heading row: every filled cell is a heading or a sub-heading word, one at
    /// least sits under an empty heading or is a sub-heading word, and no cell is a number.
    static func isSubHeader(_ fields: [String], under headings: [String]) -> Bool {
        var any = false, below = false
        for (i, f) in fields.enumerated() where !f.isEmpty {
            let folded = Column.foldHeader(f)
            if i < headings.count, f == headings[i] { continue }  // a merged heading, filled in
            if subWords.contains(folded) { any = true; below = true; continue }
            guard case .unknown = Layout.role(of: folded, kind: .members) else {
                any = true
                if i >= headings.count || headings[i].isEmpty { below = true }
                continue
            }
            return false
        }
        return any && below
    }

    /// The heading of each column over two rows: a heading cell left empty belongs to the
    /// merged cell to its left; a sub-heading that is a column on its own stands alone.
    static func join(_ top: [String], _ sub: [String]) -> [String] {
        var out: [String] = []
        var parent = ""
        for i in 0..<max(top.count, sub.count) {
            let t = i < top.count ? VietText.clean(top[i]) : ""
            let s = i < sub.count ? VietText.clean(sub[i]) : ""
            if !t.isEmpty { parent = t }
            if s.isEmpty || s == t { out.append(t); continue }
            let folded = Column.foldHeader(s)
            if !subWords.contains(folded), case .unknown = Layout.role(of: folded, kind: .members) {
                out.append(parent.isEmpty ? s : parent + " " + s)
            } else if subWords.contains(folded) {
                out.append(parent.isEmpty ? s : parent + " " + s)
            } else {
                out.append(s)
            }
        }
        return out
    }

    /// "1 | 2 | 3 …" or "(1) | (2) …": at least three cells, every filled one the next number.
    static func isColumnNumbers(_ fields: [String]) -> Bool {
        var expect = 1
        for f in fields where !f.isEmpty {
            var t = VietText.clean(f)
            if t.hasPrefix("("), t.hasSuffix(")") { t = String(t.dropFirst().dropLast()) }
            guard let n = Int(t), n == expect else { return false }
            expect += 1
        }
        return expect > 3
    }

    /// "(Tính đến ngày 31/12/2025)" or "… ngày 31 tháng 12 năm 2025" in a title line.
    static func asOfDate(_ rec: CSVReader.Record) -> Day? {
        for f in rec.fields where !f.isEmpty {
            let folded = VietText.fold(VietText.clean(f))
            guard folded.contains("tinh den") || folded.contains("tinh den ngay") else { continue }
            if let d = DateText.days(in: f).first { return d }
        }
        return nil
    }
}
