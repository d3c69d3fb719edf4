import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// Files of a megabyte or more are read as two halves at once; the result must be exactly
/// that of one pass, whatever the file holds around the middle.
@Suite struct CSVHalvesTests {
    /// One pass over the whole file: the reference.
    private func onePass(_ bytes: [UInt8]) throws -> [CSVReader.Record] {
        try bytes.withUnsafeBufferPointer { b in
            let sep = CSVReader.detectSeparator(b, from: 0)
            try CSVReader.validateUTF8(b, from: 0)
            return try CSVReader.parseRecords(b, from: 0, separator: sep).records
        }
    }

    /// About 1.2 MB of rows: quoted fields with separators, doubled quotes and line breaks,
    /// CRLF and LF, blank lines, Vietnamese text.
    private func bigFile(seed: UInt64, strayQuote: Bool = false) -> [UInt8] {
        var g = SeededGenerator(seed: seed)
        var out = Array("Họ và tên,Chi bộ,Ghi chú\r\n".utf8)
        var n = 0
        while out.count < 1_200_000 {
            n += 1
            let note: String
            switch g.below(6) {
            case 0: note = "\"dòng một\r\ndòng hai, \"\"ba\"\"\""
            case 1: note = "\"a\nb\nc\""
            case 2: note = ""
            case 3: note = strayQuote && n % 97 == 0 ? "cao 1m7\" thôi" : "bình thường"
            default: note = "ghi chú \(n)"
            }
            out += Array("Nguyễn Văn \(n),Chi bộ \(n % 50),\(note)".utf8)
            out += g.below(2) == 0 ? [0x0D, 0x0A] : [0x0A]
            if g.below(40) == 0 { out.append(0x0A) }
        }
        return out
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func halvesReadExactlyAsOnePass(seed: UInt64) throws {
        let bytes = bigFile(seed: seed)
        let expected = try onePass(bytes)
        let t = try CSVReader.parse(bytes)
        #expect([t.header] + t.rows == expected)
        #expect(t.rows.count > 10_000)
    }

    @Test func strayQuotesBeforeTheMiddleStillReadAsOnePass() throws {
        let bytes = bigFile(seed: 4, strayQuote: true)
        let expected = try onePass(bytes)
        let t = try CSVReader.parse(bytes)
        #expect([t.header] + t.rows == expected)
    }

    @Test func anErrorInTheSecondHalfNamesItsLineInTheFile() throws {
        var bytes = bigFile(seed: 5)
        let lines = bytes.filter { $0 == 0x0A }.count
        bytes += Array("Trần Văn Lỗi,Chi bộ 1,\"không đóng\n".utf8)
        do { _ = try CSVReader.parse(bytes); Issue.record("accepted") } catch let e as CSVError {
            #expect(e.line == lines + 1 && e.column == 23)
        }
        var latin1 = bigFile(seed: 6)
        let latinLine = latin1.filter { $0 == 0x0A }.count + 1
        latin1 += Array("Nguy".utf8) + [0xEA, 0x6E] + Array(",x,y\n".utf8)
        do { _ = try CSVReader.parse(latin1); Issue.record("accepted") } catch let e as CSVError {
            #expect(e.line == latinLine && e.column == 5)
        }
    }
}
