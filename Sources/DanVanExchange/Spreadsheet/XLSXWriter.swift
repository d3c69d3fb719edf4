import DanVanCore
import Foundation
import ZIPFoundation

/// A cell to write into a workbook.
public enum SheetCell: Sendable, Hashable {
    case empty
    /// Always a text cell: card numbers, phones and CCCD stay "0323892037", never 3.2E+8.
    case text(String)
    case integer(Int)
    /// A date cell shown dd/mm/yyyy (dates before 1 March 1900 are written as text).
    case date(Day)
    /// A fraction shown as a percent with one decimal (0.193 → 19.3%).
    case percent(Double)
}

/// One sheet: a bold, frozen header row and the rows under it.
public struct SheetSpec: Sendable {
    public var name: String
    public var header: [String]
    public var rows: [[SheetCell]]
    public init(name: String, header: [String], rows: [[SheetCell]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

/// Writes real .xlsx workbooks (SpreadsheetML with shared strings and our own styles.xml),
/// deflated by ZIPFoundation. The same input gives the same bytes.
public enum XLSXWriter {
    /// Style ids in styles.xml's cellXfs.
    enum Style: Int { case normal = 0, header, text, date, integer, percent }

    public static func workbook(_ sheets: [SheetSpec]) throws -> [UInt8] {
        var strings = SharedStrings()
        let names = sheetNames(sheets.map(\.name))
        var parts: [(String, [UInt8])] = []
        for (k, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(k + 1).xml", worksheet(sheet, strings: &strings)))
        }
        parts.append(("xl/sharedStrings.xml", strings.xml()))
        parts.append(("xl/styles.xml", Array(styles.utf8)))
        // Excel keeps each sheet's filter range as a hidden defined name; without it, it may "repair" the file.
        let filters = sheets.enumerated().compactMap { k, sheet -> (Int, String)? in
            let columns = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
            guard columns > 0, !sheet.rows.isEmpty else { return nil }
            let last = SheetGrid.cellName(row: sheet.rows.count + 1, col: columns - 1)
            let letters = last.prefix { $0.isLetter }, digits = last.drop { $0.isLetter }
            return (k, "'\(names[k].replacingOccurrences(of: "'", with: "''"))'!$A$1:$\(letters)$\(digits)")
        }
        parts.append(("xl/workbook.xml", Array(workbookXML(names, filters: filters).utf8)))
        parts.append(("xl/_rels/workbook.xml.rels", Array(workbookRels(sheets.count).utf8)))
        parts.append(("_rels/.rels", Array(rootRels.utf8)))
        parts.append(("[Content_Types].xml", Array(contentTypes(sheets.count).utf8)))
        return try zip(parts.reversed())
    }

    /// Zips parts in order, deflated, with a fixed time stamp.
    static func zip(_ parts: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let stamp = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                                 compressionMethod: .deflate, bufferSize: 1 << 18) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    /// Excel's rules: at most 31 characters, none of : \ / ? * [ ], unique ignoring case.
    static func sheetNames(_ wanted: [String]) -> [String] {
        var used: Set<String> = []
        return wanted.enumerated().map { k, w in
            var base = String(w.map { ":\\/?*[]".contains($0) ? "-" : $0 }).trimmingCharacters(in: .whitespaces)
            if base.isEmpty { base = "Sheet\(k + 1)" }
            if base.count > 31 {
                // Cut at a word and say so: "1–2. Phân công và tự nhận…", not "… tự nhận nhiệm".
                var cut = String(base.prefix(30))
                if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= 15 { cut = String(cut[..<space]) }
                base = cut + "…"
            }
            var name = base, n = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(n))"
                name = String(base.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }

    // MARK: Worksheet

    static func worksheet(_ sheet: SheetSpec, strings: inout SharedStrings) -> [UInt8] {
        let columns = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
        var widths = sheet.header.map { VietText.width($0) + 3 }  // bold and a filter arrow need room
        widths.append(contentsOf: repeatElement(0, count: columns - widths.count))
        var out = Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8) + [0x0A]
        var body: [UInt8] = []
        body.reserveCapacity(sheet.rows.count * columns * 24)
        func ref(_ c: Int, _ r: Int) -> String { SheetGrid.cellName(row: r, col: c) }
        func row(_ r: Int, _ cells: [SheetCell], header: Bool) {
            body.append(contentsOf: #"<row r="\#(r)">"#.utf8)
            for (c, cell) in cells.enumerated() {
                let at = ref(c, r)
                switch cell {
                case .empty: continue
                case .text(let s):
                    guard !s.isEmpty else { continue }
                    widths[c] = max(widths[c], longestLineWidth(s) + 1)
                    let style = header ? Style.header : Style.text
                    body.append(contentsOf: #"<c r="\#(at)" s="\#(style.rawValue)" t="s"><v>\#(strings.index(s))</v></c>"#.utf8)
                case .integer(let n):
                    widths[c] = max(widths[c], String(n).count + 1)
                    body.append(contentsOf: #"<c r="\#(at)" s="\#(Style.integer.rawValue)"><v>\#(n)</v></c>"#.utf8)
                case .date(let d):
                    widths[c] = max(widths[c], 11)
                    if d.isExact, let serial = serial(d) {  // a partial date ("03/1990") stays text
                        body.append(contentsOf: #"<c r="\#(at)" s="\#(Style.date.rawValue)"><v>\#(serial)</v></c>"#.utf8)
                    } else {
                        body.append(contentsOf: #"<c r="\#(at)" s="\#(Style.text.rawValue)" t="s"><v>\#(strings.index(d.vn))</v></c>"#.utf8)
                    }
                case .percent(let p):
                    widths[c] = max(widths[c], 8)
                    body.append(contentsOf: #"<c r="\#(at)" s="\#(Style.percent.rawValue)"><v>\#(p)</v></c>"#.utf8)
                }
            }
            body.append(contentsOf: "</row>".utf8)
        }
        row(1, sheet.header.map { .text($0) }, header: true)
        for (k, cells) in sheet.rows.enumerated() { row(k + 2, cells, header: false) }
        let lastRow = sheet.rows.count + 1
        out.append(contentsOf: #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#.utf8)
        if columns > 0 { out.append(contentsOf: #"<dimension ref="A1:\#(ref(columns - 1, lastRow))"/>"#.utf8) }
        out.append(contentsOf: #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#.utf8)
        out.append(contentsOf: #"<sheetFormatPr defaultRowHeight="15"/>"#.utf8)
        if columns > 0 {
            out.append(contentsOf: "<cols>".utf8)
            for (c, w) in widths.enumerated() {
                out.append(contentsOf: #"<col min="\#(c + 1)" max="\#(c + 1)" width="\#(min(max(w, 6), 60))" customWidth="1"/>"#.utf8)
            }
            out.append(contentsOf: "</cols>".utf8)
        }
        out.append(contentsOf: "<sheetData>".utf8)
        out.append(contentsOf: body)
        out.append(contentsOf: "</sheetData>".utf8)
        if columns > 0 && !sheet.rows.isEmpty {
            out.append(contentsOf: #"<autoFilter ref="A1:\#(ref(columns - 1, lastRow))"/>"#.utf8)
        }
        out.append(contentsOf: #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"#.utf8)
        return out
    }

    static func longestLineWidth(_ s: String) -> Int {
        s.split(whereSeparator: { $0 == "\n" }).map { VietText.width(String($0)) }.max() ?? 0
    }

    /// Excel serial day (1900 system) of a day from 1 March 1900 on; nil before.
    static func serial(_ d: Day) -> Int? {
        let n = CellText.days(d.year, d.month, d.day)
        let march1900 = CellText.days(1900, 3, 1)
        return n >= march1900 ? n - CellText.days(1899, 12, 30) : nil
    }

    /// Text escaped for XML; characters XML 1.0 cannot hold become Excel's `_xHHHH_`, and a
    /// literal "_x" that would read as such an escape is itself escaped.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        let scalars = Array(s.unicodeScalars)
        for (k, u) in scalars.enumerated() {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "_" where isEscapeLike(scalars, k): out += "_x005F_"
            default:
                let v = u.value
                if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF {
                    out += "_x" + String(format: "%04X", v) + "_"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    private static func isEscapeLike(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        guard k + 6 < s.count, s[k + 1] == "x", s[k + 6] == "_" else { return false }
        return s[(k + 2)...(k + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    struct SharedStrings {
        var index: [String: Int] = [:]
        var list: [String] = []
        var uses = 0
        mutating func index(_ s: String) -> Int {
            uses += 1
            if let k = index[s] { return k }
            index[s] = list.count
            list.append(s)
            return list.count - 1
        }
        func xml() -> [UInt8] {
            var out = Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8) + [0x0A]
            out.append(contentsOf: #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(uses)" uniqueCount="\#(list.count)">"#.utf8)
            for s in list {
                let space = s.first == " " || s.last == " " || s.contains("\n") ? #" xml:space="preserve""# : ""
                out.append(contentsOf: "<si><t\(space)>\(XLSXWriter.escape(s))</t></si>".utf8)
            }
            out.append(contentsOf: "</sst>".utf8)
            return out
        }
    }

    // MARK: Fixed parts

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="6">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>\
        <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    static func workbookXML(_ names: [String], filters: [(Int, String)] = []) -> String {
        var s = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>
            """
        for (k, n) in names.enumerated() {
            s += #"<sheet name="\#(escape(n))" sheetId="\#(k + 1)" r:id="rId\#(k + 1)"/>"#
        }
        s += "</sheets>"
        if !filters.isEmpty {
            s += "<definedNames>"
            for (k, range) in filters { s += #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(k)" hidden="1">\#(escape(range))</definedName>"# }
            s += "</definedNames>"
        }
        return s + "</workbook>"
    }

    static func workbookRels(_ count: Int) -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for k in 1...max(count, 1) where k <= count {
            s += #"<Relationship Id="rId\#(k)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(k).xml"/>"#
        }
        s += #"<Relationship Id="rId\#(count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        s += #"<Relationship Id="rId\#(count + 2)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        return s + "</Relationships>"
    }

    static let rootRels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    static func contentTypes(_ count: Int) -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for k in 0..<count {
            s += #"<Override PartName="/xl/worksheets/sheet\#(k + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        s += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        s += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        return s + "</Types>"
    }
}
