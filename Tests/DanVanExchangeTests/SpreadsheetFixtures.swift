import Foundation
@testable import DanVanExchange

/// Workbooks written the way Excel writes them (shared strings with rich text and phonetic
/// runs, styles with built-in and custom date formats, merged title cells, formulas with cached
/// values, several sheets), zipped here so the tests need no binary files.
enum SpreadsheetFixtures {
    static let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    static func workbook(sheets: [(name: String, xml: String, hidden: Bool)], shared: [String], date1904: Bool = false,
                         styles: String = excelStyles, prefix: String = "") throws -> [UInt8] {
        var parts: [(String, [UInt8])] = []
        parts.append(("[Content_Types].xml", Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#.utf8)))
        parts.append(("_rels/.rels", Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.utf8)))
        var book = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n" + "<\(prefix)workbook \(ns)><\(prefix)fileVersion appName=\"xl\" lastEdited=\"7\"/>"
        book += date1904 ? "<\(prefix)workbookPr date1904=\"1\" defaultThemeVersion=\"166925\"/>" : "<\(prefix)workbookPr defaultThemeVersion=\"166925\"/>"
        book += "<\(prefix)sheets>"
        var rels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for (k, s) in sheets.enumerated() {
            book += "<\(prefix)sheet name=\"\(XLSXWriter.escape(s.name))\" sheetId=\"\(k + 1)\"\(s.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(k + 1)\"/>"
            rels += #"<Relationship Id="rId\#(k + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(k + 1).xml"/>"#
            parts.append(("xl/worksheets/sheet\(k + 1).xml", Array(s.xml.utf8)))
        }
        book += "</\(prefix)sheets><\(prefix)calcPr calcId=\"191029\"/></\(prefix)workbook>"
        rels += #"<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>"#
        parts.append(("xl/workbook.xml", Array(book.utf8)))
        parts.append(("xl/_rels/workbook.xml.rels", Array(rels.utf8)))
        parts.append(("xl/styles.xml", Array(styles.utf8)))
        var sst = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n" + "<sst \(ns) count=\"\(shared.count)\" uniqueCount=\"\(shared.count)\">"
        for s in shared { sst += s.hasPrefix("<") ? "<si>\(s)</si>" : "<si><t>\(XLSXWriter.escape(s))</t></si>" }
        sst += "</sst>"
        parts.append(("xl/sharedStrings.xml", Array(sst.utf8)))
        return try XLSXWriter.zip(parts)
    }

    /// cellXfs: 0 General, 1 built-in 14 (date), 2 custom "dd/mm/yyyy;@", 3 text "@", 4 custom
    /// "[$-42A]dd mmmm yyyy" (Vietnamese long date), 5 "h:mm" (time), 6 "#,##0", 7 built-in 22
    /// (date and time), 8 "0.0%".
    static let excelStyles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">\
        <numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="[$-42A]dd\\ mmmm\\ yyyy"/>\
        <numFmt numFmtId="166" formatCode="h:mm"/><numFmt numFmtId="167" formatCode="&quot;Ngày&quot;\\ #,##0"/></numFmts>\
        <fonts count="1"><font><sz val="11"/><name val="Times New Roman"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
        <borders count="1"><border/></borders>\
        <cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """

    static func sheet(_ rows: String, merges: [String] = [], prefix: String = "") -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n"
        s += "<\(prefix)worksheet \(ns.replacingOccurrences(of: "xmlns=", with: prefix.isEmpty ? "xmlns=" : "xmlns:\(prefix.dropLast())="))><\(prefix)dimension ref=\"A1:F9\"/><\(prefix)sheetViews><\(prefix)sheetView workbookViewId=\"0\"/></\(prefix)sheetViews>"
        s += "<\(prefix)sheetFormatPr defaultRowHeight=\"15\"/><\(prefix)cols><\(prefix)col min=\"1\" max=\"1\" width=\"5\" customWidth=\"1\"/></\(prefix)cols>"
        s += "<\(prefix)sheetData>\(rows)</\(prefix)sheetData>"
        if !merges.isEmpty { s += "<\(prefix)mergeCells count=\"\(merges.count)\">" + merges.map { "<\(prefix)mergeCell ref=\"\($0)\"/>" }.joined() + "</\(prefix)mergeCells>" }
        return s + "<\(prefix)pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></\(prefix)worksheet>"
    }

    /// A cell's roster: title block merged over A1:F1, an empty row 2, the header on row 3,
    /// members from row 4, on the second sheet (the first, "Hướng dẫn", is empty; a hidden
    /// third one holds data that must not be chosen).
    static let sharedStrings: [String] = [
        "DANH SÁCH ĐẢNG VIÊN CHI BỘ ẤP PHÚ HÒA",           // 0
        "STT", "Họ và tên", "Ngày sinh", "Số thẻ", "Điện thoại", "Ghi chú",  // 1-6
        "<r><rPr><b/></rPr><t>Nguyễn Thị </t></r><r><t xml:space=\"preserve\">Hồng Nhung</t></r><rPh sb=\"0\" eb=\"1\"><t>ngu</t></rPh>",  // 7
        "Đỗ Văn Cường",                                     // 8
        "0323892037",                                       // 9
        "A & B <tổ 3>",                                     // 10
        "<t>Dòng 1_x000D_\nDòng 2</t>",                     // 11: Excel's escape of a carriage return
    ]

    static func roster(date1904: Bool = false) throws -> [UInt8] {
        let main = sheet("""
            <row r="1" spans="1:6" ht="20.25" customHeight="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"/><c r="C1" s="3"/></row>\
            <row r="3" spans="1:6"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c><c r="D3" t="s"><v>4</v></c><c r="E3" t="s"><v>5</v></c><c r="F3" t="s"><v>6</v></c></row>\
            <row r="4"><c r="A4"><v>1</v></c><c r="B4" t="s"><v>7</v></c><c r="C4" s="1"><v>32937</v></c><c r="D4"><v>797378123456</v></c><c r="E4" s="3" t="s"><v>9</v></c><c r="F4" t="inlineStr"><is><t>A &amp; B &lt;tổ 3&gt;</t></is></c></row>\
            <row r="5"><c r="A5"><f>A4+1</f><v>2</v></c><c r="B5" t="s"><v>8</v></c><c r="C5" s="2"><v>31363</v></c><c r="D5" t="str"><f>"0"&amp;"12345678"</f><v>012345678</v></c><c r="E5" t="b"><v>1</v></c><c r="F5" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>\
            <row r="6"><c r="A6"><v>3</v></c><c r="B6" t="inlineStr"><is><r><t>Trần </t></r><r><t>Quốc Việt</t></r></is></c><c r="C6" s="4"><v>60</v></c><c r="D6" s="6"><v>1234</v></c><c r="E6" s="5"><v>0.5</v></c><c r="F6" t="s"><v>11</v></c></row>\
            <row r="7"><c r="A7"><v>4</v></c><c r="B7" t="s"><v>8</v></c><c r="C7" s="1"><v>59</v></c><c r="D7"><v>0.1</v></c><c r="E7" s="7"><v>44927.75</v></c><c r="F7"><v>1.5E-3</v></c></row>\
            <row r="9"><c r="A9"><v>5</v></c><c r="B9" t="s"><v>8</v></c><c r="C9" s="1"><v>61</v></c><c r="D9" s="8"><v>0.193</v></c><c r="E9" s="1"><v>1</v></c></row>\
            <row r="12" s="3" customFormat="1"/>
            """, merges: ["A1:F1", "D9:E9"])
        let empty = sheet("")
        let hidden = sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>ẩn</t></is></c></row>"#)
        return try workbook(sheets: [("Hướng dẫn", empty, false), ("DS", main, false), ("Ẩn", hidden, true)], shared: sharedStrings, date1904: date1904)
    }
}
