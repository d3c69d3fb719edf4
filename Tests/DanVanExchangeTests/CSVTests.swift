import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

private func parse(_ s: String) throws -> CSVReader.Table { try CSVReader.parse(Array(s.utf8)) }
private func all(_ t: CSVReader.Table) -> [[String]] { [t.header.fields] + t.rows.map(\.fields) }

@Suite struct CSVTests {
    @Test func commaLFAndCRLF() throws {
        #expect(all(try parse("a,b,c\n1,2,3\n")) == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(all(try parse("a,b\r\n1,2\r\n3,4")) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(all(try parse("a,b\n1,\n,2\n")) == [["a", "b"], ["1", ""], ["", "2"]])
    }

    @Test func quotedFieldsWithSeparatorsQuotesAndNewlines() throws {
        let t = try parse("name,note\r\n\"Nguyễn Văn A, B\",\"nói \"\"được\"\"\r\nlàm được\"\r\nx,\"\"\r\n")
        #expect(t.rows.map(\.fields) == [["Nguyễn Văn A, B", "nói \"được\"\r\nlàm được"], ["x", ""]])
        #expect(t.rows.map(\.line) == [2, 4])
    }

    @Test func semicolonDetectedFromHeaderOutsideQuotes() throws {
        let t = try parse("\"Họ và tên, đệm\";Chi bộ;Ngày sinh\nA;B, C;01/02/1980\n")
        #expect(t.separator == UInt8(ascii: ";"))
        #expect(t.header.fields == ["Họ và tên, đệm", "Chi bộ", "Ngày sinh"])
        #expect(t.rows[0].fields == ["A", "B, C", "01/02/1980"])
        #expect(try parse("a,b;c\n").separator == UInt8(ascii: ","))
    }

    @Test func bomIsSkippedAndBlankLinesIgnored() throws {
        let t = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("a,b\n\n1,2\n\n".utf8))
        #expect(t.header.fields == ["a", "b"])
        #expect(t.rows.map(\.fields) == [["1", "2"]])
        #expect(t.rows[0].line == 3)
    }

    @Test func unterminatedQuoteNamesWhereItOpened() {
        #expect(throws: CSVError.self) { try parse("a,b\n1,\"oops\n2,3\n") }
        do { _ = try parse("a,b\n1,\"oops\n2,3\n") } catch let e as CSVError {
            #expect(e.line == 2 && e.column == 3)
            #expect(e.message(.en).contains("never closed"))
            #expect(e.message(.vi).hasPrefix("Dòng 2, cột 3"))
        } catch { Issue.record("wrong error \(error)") }
    }

    @Test func textAfterClosingQuoteIsAnError() {
        do { _ = try parse("a,b\n\"x\"y,2\n"); Issue.record("accepted") } catch let e as CSVError {
            #expect(e.line == 2 && e.column == 4)
        } catch { Issue.record("wrong error \(error)") }
    }

    @Test func invalidUTF8NamesTheLine() {
        let latin1: [UInt8] = Array("a,b\n1,2\nNguy".utf8) + [0xEA, 0x6E] + Array(",3\n".utf8)
        do { _ = try CSVReader.parse(latin1); Issue.record("accepted") } catch let e as CSVError {
            #expect(e.line == 3 && e.column == 5)
            #expect(e.en.contains("UTF-8"))
        } catch { Issue.record("wrong error \(error)") }
        #expect(throws: CSVError.self) { try CSVReader.parse([0x61, 0xC3]) }  // truncated sequence
        #expect(throws: CSVError.self) { try CSVReader.parse([0x61, 0xC0, 0x80]) }  // overlong
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: CSVError.self) { try CSVReader.parse([]) }
        #expect(throws: CSVError.self) { try CSVReader.parse([0xEF, 0xBB, 0xBF]) }
    }

    @Test func writerQuotesOnlyWhenNeededAndRoundTrips() throws {
        var w = CSVWriter()
        let rows = [["Họ và tên", "Ghi chú"], ["Nguyễn Văn A", "có \"ngoặc\", dấu phẩy\nvà xuống dòng"], ["", "x;y"]]
        for r in rows { w.row(r) }
        #expect(Array(w.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: w.bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Họ và tên,Ghi chú\r\nNguyễn Văn A,\"có \"\"ngoặc\"\", dấu phẩy\nvà xuống dòng\"\r\n,x;y\r\n"))
        #expect(all(try CSVReader.parse(w.bytes)) == rows)
        var s = CSVWriter(separator: UInt8(ascii: ";"))
        for r in rows { s.row(r) }
        #expect(all(try CSVReader.parse(s.bytes)) == rows)
    }
}

@Suite struct FieldTextTests {
    @Test func fastPathAgreesWithClean() {
        let samples = ["Nguyễn Văn Ánh", " Nguyễn  Văn ", "Đảng bộ – “x”", "a\tb", "Tôn Nữ\u{00A0}Ngọc", "",
                       "Nguyễn".decomposedStringWithCanonicalMapping, "Ω", "x ", "Số 12, tổ 3…", "Phạm\nVăn"]
        for s in samples { #expect(FieldParsing.text(s) == VietText.clean(s), "\(s.debugDescription)") }
        #expect(FieldParsing.isClean("Nguyễn Văn Ánh"))
        #expect(!FieldParsing.isClean("Nguyễn".decomposedStringWithCanonicalMapping))
    }
}
