/// One worksheet read into rows of text, as import wants them: every row from 1 to the last
/// row holding a value (empty ones too, so record lines are Excel's row numbers), every row
/// as wide as the widest, merged ranges filled with their top-left value.
struct SheetGrid {
    var records: [CSVReader.Record]
    var isEmpty: Bool { records.isEmpty }
    /// The first damaged text cell ("B5") and how many cells are damaged.
    var damage: (kind: TextDamage, cell: String, text: String, count: Int)?
}

extension Workbook {
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    mutating func read(_ sheet: Sheet) throws -> SheetGrid {
        try loadShared()
        guard let bytes = try part(sheet.path) else {
            throw TableFileError(vi: "\(file): thiếu phần “\(sheet.path)” của trang tính “\(sheet.name)”", en: "\(file): part “\(sheet.path)” of sheet “\(sheet.name)” is missing")
        }
        let shared = self.shared ?? []
        let kinds = styleKinds
        let date1904 = self.date1904
        var rows: [(Int, [String])] = []
        var merges: [(Int, Int, Int, Int)] = []
        var damage: (kind: TextDamage, cell: String, text: String, count: Int)?
        let legacy = self.legacy
        let file = self.file
        let sheetName = sheet.name

        func noteDamage(_ kind: TextDamage, row: Int, col: Int, text: String) {
            if damage == nil { damage = (kind, SheetGrid.cellName(row: row, col: col), text, 0) }
            damage!.count += 1
        }
        func bad(_ s: XMLScanner, _ why: String, _ whyEn: String) -> TableFileError {
            TableFileError(vi: "\(file): trang tính “\(sheetName)” hỏng ở byte \(s.i): \(why)", en: "\(file): sheet “\(sheetName)” is malformed at byte \(s.i): \(whyEn)")
        }

        try parse(bytes, part: sheet.path, sheet: sheet.name) { s, token in
            guard case .open(let name, let attrs, let selfClosing) = token else { return }
            if s.isName(name, "row") {
                let last = rows.last?.0 ?? 0
                let r = s.attribute(attrs, "r").flatMap { s.int($0) } ?? last + 1
                guard r > 0 && r <= Workbook.maxRows else { throw bad(s, "số dòng \(r) ngoài phạm vi", "row number \(r) out of range") }
                rows.append((r, []))
                if selfClosing { return }
                // Cells until </row>.
                var col = 0
                while true {
                    let t = try s.next()
                    if case .close(let n) = t, s.isName(n, "row") { break }
                    if case .end = t { throw bad(s, "tệp kết thúc giữa một dòng", "the sheet ends inside a row") }
                    guard case .open(let cn, let ca, let cSelf) = t, s.isName(cn, "c") else { continue }
                    if let ref = s.attribute(ca, "r") {
                        guard let c = SheetGrid.column(s, ref) else { throw bad(s, "địa chỉ ô không hợp lệ", "a bad cell reference") }
                        col = c
                    }
                    defer { col += 1 }
                    guard col < Workbook.maxColumns else { throw bad(s, "quá 16.384 cột", "more than 16,384 columns") }
                    if cSelf { continue }
                    let type = s.attribute(ca, "t").map { s.text($0) } ?? "n"
                    let style = s.attribute(ca, "s").flatMap { s.int($0) } ?? 0
                    var value: [UInt8] = []
                    var inline: [UInt8] = []
                    var hasValue = false
                    // Children until </c>: <v>, <f> (skipped: its cached value is in <v>), <is>.
                    var inV = false, inT = false, phonetic = 0
                    while true {
                        let u = try s.next()
                        switch u {
                        case .open(let n, _, let sc):
                            if sc { if s.isName(n, "v") { hasValue = true }; continue }
                            if s.isName(n, "v") { inV = true; hasValue = true }
                            else if s.isName(n, "f") { try s.skipElement() }
                            else if s.isName(n, "rPh") { phonetic += 1 }
                            else if s.isName(n, "t") && phonetic == 0 { inT = true; hasValue = true }
                            continue
                        case .close(let n):
                            if s.isName(n, "c") { break }
                            if s.isName(n, "v") { inV = false } else if s.isName(n, "t") { inT = false } else if s.isName(n, "rPh") { phonetic -= 1 }
                            continue
                        case .text(let r):
                            if inV { s.appendText(r, to: &value) } else if inT { s.appendText(r, to: &inline) }
                            continue
                        case .rawText(let r):
                            if inV { value.append(contentsOf: UnsafeBufferPointer(rebasing: s.b[r])) } else if inT { inline.append(contentsOf: UnsafeBufferPointer(rebasing: s.b[r])) }
                            continue
                        case .end: throw bad(s, "tệp kết thúc giữa một ô", "the sheet ends inside a cell")
                        }
                        break
                    }
                    guard hasValue else { continue }
                    let text: String
                    switch type {
                    case "s":
                        guard let k = Int(String(decoding: value, as: UTF8.self)), k >= 0, k < shared.count else {
                            throw bad(s, "ô \(SheetGrid.cellName(row: r, col: col)) trỏ tới chuỗi dùng chung không có", "cell \(SheetGrid.cellName(row: r, col: col)) points to a missing shared string")
                        }
                        text = shared[k]
                        if let d = sharedDamage[k] { noteDamage(d, row: r, col: col, text: text) }
                    case "inlineStr", "str":
                        var t = CellText.unescapeOOXML(String(decoding: type == "str" ? value : inline, as: UTF8.self))
                        if let legacy { t = LegacyGlyphs.convert(t, tcvn3: legacy == .tcvn3) }
                        if Workbook.mayBeDamaged(t), let (d, _) = DamagedText.firstDamage(in: t) { noteDamage(d, row: r, col: col, text: t) }
                        text = t
                    case "b": text = value == [0x31] ? "TRUE" : "FALSE"
                    case "e": text = String(decoding: value, as: UTF8.self)
                    case "d": text = SheetGrid.isoDate(String(decoding: value, as: UTF8.self))
                    default:
                        let raw = String(decoding: value, as: UTF8.self)
                        text = raw.isEmpty ? "" : CellText.number(raw, kind: style < kinds.count ? kinds[style] : .plain, date1904: date1904)
                    }
                    guard !text.isEmpty else { continue }
                    var cells = rows[rows.count - 1].1
                    rows[rows.count - 1].1 = []  // keep the array unique while it grows
                    if cells.count <= col { cells.append(contentsOf: repeatElement("", count: col + 1 - cells.count)) }
                    cells[col] = text
                    rows[rows.count - 1].1 = cells
                }
            } else if s.isName(name, "mergeCell"), let ref = s.attribute(attrs, "ref") {
                let text = s.text(ref)
                let ends = text.split(separator: ":")
                if ends.count == 2, let a = SheetGrid.parseRef(ends[0]), let b = SheetGrid.parseRef(ends[1]) {
                    merges.append((min(a.0, b.0), min(a.1, b.1), max(a.0, b.0), max(a.1, b.1)))
                }
            }
        }
        return SheetGrid(records: SheetGrid.dense(rows, merges: merges), damage: damage)
    }
}

extension SheetGrid {
    /// Rows 1…last row with a value, padded to the widest, merges filled.
    static func dense(_ sparse: [(Int, [String])], merges: [(Int, Int, Int, Int)]) -> [CSVReader.Record] {
        var rows = sparse.filter { !$0.1.isEmpty }
        if !zip(rows, rows.dropFirst()).allSatisfy({ $0.0 < $1.0 }) {
            // Out of order or repeated rows: later cells win, as in Excel's own reading.
            var byRow: [Int: [String]] = [:]
            for (r, cells) in rows {
                var cur = byRow[r] ?? []
                if cur.count < cells.count { cur.append(contentsOf: repeatElement("", count: cells.count - cur.count)) }
                for (k, c) in cells.enumerated() where !c.isEmpty { cur[k] = c }
                byRow[r] = cur
            }
            rows = byRow.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        guard let lastRow = rows.last?.0 else { return [] }
        let width = rows.map(\.1.count).max() ?? 0
        var out: [CSVReader.Record] = []
        out.reserveCapacity(lastRow)
        var next = 1
        for (r, cells) in rows {
            while next < r { out.append(CSVReader.Record(line: next, fields: Array(repeating: "", count: width))); next += 1 }
            var f = cells
            if f.count < width { f.append(contentsOf: repeatElement("", count: width - f.count)) }
            out.append(CSVReader.Record(line: r, fields: f))
            next = r + 1
        }
        for (r1, c1, r2, c2) in merges where r1 <= lastRow && c1 < width {
            let value = out[r1 - 1].fields[c1]
            guard !value.isEmpty else { continue }
            for r in r1...min(r2, lastRow) {
                for c in c1...min(c2, width - 1) { out[r - 1].fields[c] = value }
            }
        }
        return out
    }

    /// Column index (0-based) from a reference such as "AB12".
    static func column(_ s: XMLScanner, _ r: Range<Int>) -> Int? {
        var col = 0, letters = 0
        for k in r {
            let c = s.b[k] | 0x20
            guard c >= 0x61 && c <= 0x7A else { break }
            col = col * 26 + Int(c - 0x60)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : col - 1
    }

    /// (row, column), both 1-based row and 0-based column, from "B5".
    static func parseRef(_ ref: Substring) -> (Int, Int)? {
        var col = 0, letters = 0, k = ref.startIndex
        while k < ref.endIndex, let a = ref[k].asciiValue, (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A {
            col = col * 26 + Int((a | 0x20) - 0x60)
            letters += 1
            guard letters <= 3 else { return nil }
            k = ref.index(after: k)
        }
        guard col > 0, let row = Int(ref[k...]), row > 0 else { return nil }
        return (row, col - 1)
    }

    static func cellName(row: Int, col: Int) -> String {
        var n = col + 1, s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s + String(row)
    }

    /// A `t="d"` cell ("2023-01-05T00:00:00") as the ISO text other date cells give.
    static func isoDate(_ v: String) -> String {
        guard v.count >= 10 else { return v }
        let day = String(v.prefix(10))
        guard v.count >= 16, let t = v.firstIndex(of: "T") else { return day }
        let hm = v[v.index(after: t)...].prefix(5)
        return hm == "00:00" ? day : day + "T" + hm
    }
}
