import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// Reading .xlsx workbooks into text rows (issue 9, item 2).
@Suite struct SpreadsheetTests {
    private func grid(_ bytes: [UInt8], sheet: String? = nil, encoding: ForcedEncoding? = nil) throws -> ([CSVReader.Record], [LoadNote]) {
        let t = try TableFile.load(bytes, fileName: "ds.xlsx", sheet: sheet, encoding: encoding)
        guard case .grid(let rows) = t.content else { Issue.record("not a grid"); return ([], []) }
        return (rows, t.notes)
    }

    private func refusal(_ bytes: [UInt8], sheet: String? = nil, encoding: ForcedEncoding? = nil) -> TableFileError? {
        do { _ = try TableFile.load(bytes, fileName: "ds.xlsx", sheet: sheet, encoding: encoding); return nil } catch {
            if !(error is TableFileError) { Issue.record("unexpected \(error)") }
            return error as? TableFileError
        }
    }

    @Test func anExcelRosterReadsCellByCellAsExcelShowsIt() throws {
        let (rows, notes) = try grid(SpreadsheetFixtures.roster())
        let title = "DANH SÁCH ĐẢNG VIÊN CHI BỘ ẤP PHÚ HÒA"
        let empty = Array(repeating: "", count: 6)
        #expect(rows.map(\.line) == Array(1...9))
        #expect(rows[0].fields == Array(repeating: title, count: 6))  // merged A1:F1
        #expect(rows[1].fields == empty)
        #expect(rows[2].fields == ["STT", "Họ và tên", "Ngày sinh", "Số thẻ", "Điện thoại", "Ghi chú"])
        #expect(rows[3].fields == ["1", "Nguyễn Thị Hồng Nhung", "1990-03-05", "797378123456", "0323892037", "A & B <tổ 3>"])
        #expect(rows[4].fields == ["2", "Đỗ Văn Cường", "1985-11-12", "012345678", "TRUE", "#DIV/0!"])
        #expect(rows[5].fields == ["3", "Trần Quốc Việt", "1900-02-29", "1234", "12:00", "Dòng 1\r\nDòng 2"])
        #expect(rows[6].fields == ["4", "Đỗ Văn Cường", "1900-02-28", "0.1", "2023-01-01T18:00", "0.0015"])
        #expect(rows[7].fields == empty)
        #expect(rows[8].fields == ["5", "Đỗ Văn Cường", "1900-03-01", "0.193", "0.193", ""])  // merged D9:E9
        #expect(notes.map(\.en) == ["sheet “DS” (sheets: “Hướng dẫn”, “DS”, “Ẩn”)"])
    }

    @Test func the1904DateSystemIsFollowedAndSaid() throws {
        let (rows, notes) = try grid(SpreadsheetFixtures.roster(date1904: true))
        #expect(rows[3].fields[2] == "1994-03-06")
        #expect(rows[4].fields[2] == "1989-11-13")
        #expect(notes.map(\.en).contains("1904 date system"))
    }

    @Test func sheetByNameAndAWrongNameListsTheSheets() throws {
        let book = try SpreadsheetFixtures.roster()
        #expect(try grid(book, sheet: "Ẩn").0.map(\.fields) == [["ẩn"]])
        #expect(try grid(book, sheet: "ds").0.count == 9)  // case and diacritics may differ
        let e = try #require(refusal(book, sheet: "Tổng hợp"))
        #expect(e.vi == "ds.xlsx: không có trang tính “Tổng hợp”; sổ tính có: “Hướng dẫn”, “DS”, “Ẩn”")
        #expect(refusal(book, sheet: "Hướng dẫn")?.en == "ds.xlsx: sheet “Hướng dẫn” is empty")
    }

    /// Excel's `_xHHHH_` escapes are undone; text merely holding "_" or "x" is left alone.
    @Test func excelEscapesAreUndoneAndOtherUnderscoresKept() {
        #expect(CellText.unescapeOOXML("Dòng 1_x000D_") == "Dòng 1\r")
        #expect(CellText.unescapeOOXML("a_x005F_xb") == "a_xb")
        #expect(CellText.unescapeOOXML("so_x") == "so_x")
        #expect(CellText.unescapeOOXML("x_y x _ Xã_X") == "x_y x _ Xã_X")
        #expect(!CellText.mayHoldEscape("Nguyễn_Văn x") && CellText.mayHoldEscape("_x") && !CellText.mayHoldEscape("_X0041_"))
    }

    @Test func datesByNumberFormat() {
        #expect(CellText.kind(builtinFormat: 14) == .date)
        #expect(CellText.kind(builtinFormat: 22) == .date)
        #expect(CellText.kind(builtinFormat: 20) == .time)
        #expect(CellText.kind(builtinFormat: 3) == .plain)
        for f in ["dd/mm/yyyy", "d/m/yy;@", "[$-42A]dd mmmm yyyy", "mmm-yy", "yyyy", "dd.mm.yyyy hh:mm", "[$-F800]dddd, mmmm dd, yyyy"] {
            #expect(CellText.kind(formatCode: f) == .date, "\(f)")
        }
        for f in ["h:mm", "[h]:mm:ss", "mm:ss", "h:mm AM/PM"] { #expect(CellText.kind(formatCode: f) == .time, "\(f)") }
        for f in ["General", "0.00", "#,##0", "\"Ngày\" #,##0", "0.0%", "@", "#,##0 \"đ\";[Red]-#,##0 \"đ\"", "0.00E+00"] {
            #expect(CellText.kind(formatCode: f) == .plain, "\(f)")
        }
        #expect(CellText.date(serial: 1, date1904: false) == "1900-01-01")
        #expect(CellText.date(serial: 2958465, date1904: false) == "9999-12-31")
        #expect(CellText.date(serial: 2958466, date1904: false) == nil)
        #expect(CellText.date(serial: 0, date1904: true) == "1904-01-01")
        #expect(CellText.date(serial: 45000.99999, date1904: false) == "2023-03-16")  // rounds to the next midnight
        #expect(CellText.number("-3", kind: .date, date1904: false) == "-3")
        #expect(CellText.plain(1e20) == "1e+20")
        #expect(CellText.plain(0.30000000000000004) == "0.30000000000000004")
    }

    @Test func prefixedXMLAndOutOfOrderRowsRead() throws {
        let sheet = SpreadsheetFixtures.sheet("""
            <x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>hai</x:t></x:is></x:c></x:row>\
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>một</x:t></x:is></x:c></x:row>
            """, prefix: "x:")
        let book = try SpreadsheetFixtures.workbook(sheets: [("Sheet1", sheet, false)], shared: [], prefix: "x:")
        #expect(try grid(book).0.map(\.fields) == [["một", ""], ["", "hai"]])
    }

    @Test func tcvn3CellsAreRefusedWithTheCellAndConvertedWhenAsked() throws {
        let sheet = SpreadsheetFixtures.sheet("""
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
            <row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>\
            <row r="3"><c r="A3"><v>2</v></c><c r="B3" t="s"><v>3</v></c></row>
            """)
        let book = try SpreadsheetFixtures.workbook(sheets: [("DS", sheet, false)], shared: ["STT", "Hä vµ tªn", "TrÇn Thanh C\u{AD}êng", "NguyÔn ThÞ Lan"])
        let e = try #require(refusal(book))
        #expect(e.en.hasPrefix("ds.xlsx, sheet “DS”, cell B1: “Hä vµ tªn” is text typed in a TCVN3 font"))
        #expect(e.en.contains("3 places") && e.en.contains("--encoding tcvn3"))
        #expect(try grid(book, encoding: .tcvn3).0.map(\.fields) == [["STT", "Họ và tên"], ["1", "Trần Thanh Cường"], ["2", "Nguyễn Thị Lan"]])
    }

    @Test func filesThatAreNotWorkbooksAreRefusedWithTheWayOut() throws {
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600)
        #expect(refusal(ole)?.vi.contains("Excel 97–2003 (.xls)") == true)
        #expect(refusal(ole)?.en.contains("CSV UTF-8") == true)
        let html = Array("\u{FEFF}\n<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><body><table><tr><td>Họ tên</td></tr></table></body></html>".utf8)
        #expect(refusal(html)?.en.contains("HTML/XML page") == true)
        let ods = try XLSXWriter.zip([("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)), ("content.xml", Array("<x/>".utf8))])
        #expect(refusal(ods)?.en.contains(".ods") == true)
        let notExcel = try XLSXWriter.zip([("readme.txt", Array("hi".utf8))])
        #expect(refusal(notExcel)?.en.contains("not an Excel workbook") == true)
        // A workbook cut short, and one with a byte flipped inside a deflated part.
        let book = try SpreadsheetFixtures.roster()
        #expect(refusal(Array(book.prefix(book.count / 2))) != nil)
        var flipped = book
        for k in stride(from: 200, to: flipped.count - 200, by: 97) { flipped[k] ^= 0x5A }
        #expect(refusal(flipped) != nil)
        #expect(refusal(book, encoding: .windows1258)?.en.contains("does not apply to .xlsx") == true)
    }

    @Test func malformedSheetXMLIsAnErrorNamingThePart() throws {
        let bad = try SpreadsheetFixtures.workbook(sheets: [("DS", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v", false)], shared: [])
        #expect(refusal(bad)?.en.contains("sheet “DS” is malformed") == true)
        let doctype = try SpreadsheetFixtures.workbook(sheets: [("DS", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet/>", false)], shared: [])
        #expect(refusal(doctype)?.en.contains("DOCTYPE") == true)
        let missingString = try SpreadsheetFixtures.workbook(sheets: [("DS", SpreadsheetFixtures.sheet(#"<row r="1"><c r="A1" t="s"><v>7</v></c></row>"#), false)], shared: ["a"])
        #expect(refusal(missingString)?.en.contains("cell A1 points to a missing shared string") == true)
    }

    @Test func aZipBombIsRefusedQuickly() throws {
        let zeros = [UInt8](repeating: 0x20, count: 40 << 20)
        let sheet = Array(#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row></sheetData>"#.utf8) + zeros + Array("</worksheet>".utf8)
        var parts: [(String, [UInt8])] = [("xl/workbook.xml", Array(#"<workbook xmlns:r="r"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8)),
                                          ("xl/_rels/workbook.xml.rels", Array(#"<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8))]
        parts.append(("xl/worksheets/sheet1.xml", sheet))
        let bomb = try XLSXWriter.zip(parts)
        #expect(bomb.count < 1 << 20)
        let start = Date()
        #expect(refusal(bomb)?.en.contains("zip bomb") == true)
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func garbledWorkbooksNeverCrashOrHang() throws {
        // Byte flips in the zip, and garbled XML inside a well-formed zip: an error or rows, never a trap.
        let book = try SpreadsheetFixtures.roster()
        var g = SeededGenerator(seed: 77)
        for _ in 0..<150 {
            var b = book
            for _ in 0..<(1 + g.below(4)) { b[g.below(b.count)] = UInt8(g.below(256)) }
            _ = try? TableFile.load(b, fileName: "f.xlsx", sheet: nil, encoding: nil)
        }
        let pieces = [#"<c r="ZZZZZZZZZZZZZZZZ1"><v>1</v></c>"#, #"<c r="A1" s="99999"><v>1e308</v></c>"#, #"<c r="B1" s="1"><v>-1e300</v></c>"#,
                      #"<c r="C1" s="5"><v>9e300</v></c>"#, #"<c r="D1" t="s"><v>99999999999999999999</v></c>"#, #"<c r="E1" t="b"/>"#, "<c", "<v>", "&#xD800;", "&#99999999;",
                      "</row>", "<row r=\"0\">", "<row r=\"2000000\">"]
        for _ in 0..<300 {
            var rows = #"<row r="1">"#
            for _ in 0..<(1 + g.below(5)) { rows += pieces[g.below(pieces.count)] }
            rows += "</row>"
            let merges = g.below(2) == 0 ? ["A1:XFD1048576", "ZZZZZZ1:A1"] : []
            let b = try SpreadsheetFixtures.workbook(sheets: [("DS", SpreadsheetFixtures.sheet(rows, merges: merges), false)], shared: ["a"])
            _ = try? TableFile.load(b, fileName: "f.xlsx", sheet: nil, encoding: nil)
        }
    }
}
