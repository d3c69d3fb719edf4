import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// Workbooks we write, read back by our reader, by the import, and by LibreOffice when present.
@Suite struct WorkbookRoundTripTests {
    private func rows(_ book: [UInt8]) throws -> CSVReader.Table {
        try TableFile.load(book, fileName: "x.xlsx", sheet: nil, encoding: nil).table()
    }

    @Test(arguments: [Lang.en, Lang.vi])
    func exportedWorkbooksHoldTheCSVRows(lang: Lang) throws {
        let s = Demo.generate(scale: .cell, seed: 5, today: demoToday)
        for (csv, book) in [(TableExport.members(s, under: nil, lang: lang), try SheetExport.members(s, under: nil, lang: lang)),
                            (TableExport.assignments(s, under: nil, lang: lang), try SheetExport.assignments(s, under: nil, lang: lang)),
                            (TableExport.minutes(s, under: nil, lang: lang), try SheetExport.minutes(s, under: nil, lang: lang))] {
            let want = try CSVReader.parse(csv), got = try rows(book)
            #expect(got.header.fields == want.header.fields)
            #expect(got.rows.count == want.rows.count)
            // Dates come back as ISO text (they are date cells); everything else as written.
            let normal = want.rows.map { $0.fields.map { Day.parse($0)?.iso ?? $0 } }
            #expect(got.rows.map(\.fields) == normal)
        }
    }

    @Test func exportToXlsxImportExportIsIdentical() throws {
        let source = Demo.generate(scale: .cell, seed: 11, today: demoToday)
        var fresh = State()
        let mp = MemberImport.plan(try rows(try SheetExport.members(source, under: nil, lang: .vi)), into: fresh, createOrgs: true)
        #expect(mp.ok && mp.added == source.members.count)
        try fresh.apply(batch: mp.ops)
        let ap = AssignmentImport.plan(try rows(try SheetExport.assignments(source, under: nil, lang: .vi)), into: fresh)
        #expect(ap.ok && ap.added == source.assignments.count)
        try fresh.apply(batch: ap.ops)
        #expect(TableExport.members(fresh, under: nil, lang: .vi) == TableExport.members(source, under: nil, lang: .vi))
        #expect(TableExport.assignments(fresh, under: nil, lang: .vi) == TableExport.assignments(source, under: nil, lang: .vi))
    }

    @Test func cellsAreTypedAndTheSheetIsDressed() throws {
        let book = try SheetExport.members(Demo.generate(scale: .cell, seed: 5, today: demoToday), under: nil, lang: .vi)
        var wb = try Workbook(book, file: "m.xlsx", legacy: nil)
        let xml = String(decoding: try wb.part("xl/worksheets/sheet1.xml")!, as: UTF8.self)
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<c r="A1" s="1" t="s">"#))  // bold header
        #expect(xml.contains(#"<c r="A2" s="2" t="s">"#))  // card number as text
        func column(_ c: Column) -> String { SheetGrid.cellName(row: 2, col: MemberColumns.all.firstIndex(of: c)!) }
        let birth = column(MemberColumns.birthDate), phone = column(MemberColumns.phone)
        #expect(xml.range(of: #"<c r=""# + birth + #"" s="3"><v>\d+</v></c>"#, options: .regularExpression) != nil)  // birth date as a date
        #expect(xml.contains(#"<c r=""# + phone + #"" s="2" t="s">"#))  // phone as text
        let styles = String(decoding: try wb.part("xl/styles.xml")!, as: UTF8.self)
        #expect(styles.contains(#"formatCode="dd/mm/yyyy""#) && styles.contains("<b/>"))
        #expect(wb.styleKinds[3] == .date)
        // Widths fit the longest text by display width, within 6…60.
        let widths = xml.matches(of: /width="(\d+)"/).map { Int($0.1)! }
        #expect(widths.count == MemberColumns.all.count && widths.allSatisfy { (6...60).contains($0) })
    }

    @Test func textSurvivesEscapingAndTheSheetNameRules() throws {
        let nasty = ["a & b < c > d \"e\" 'f'", "line\nbreak", "tab\there", "ctl\u{1}\u{1F}x", "_x0041_ stays", " lead and trail ", "=SUM(A1)", "0323892037", "1.5E+3"]
        let spec = SheetSpec(name: "Tổ [1]: a/b?*", header: ["h"], rows: nasty.map { [.text($0)] } + [[.date(Day(year: 1900, month: 2, day: 28)!)], [.integer(-7)], [.percent(0.193)]])
        let back = try rows(try XLSXWriter.workbook([spec]))
        #expect(back.rows.map { $0.fields[0] } == nasty + ["28/02/1900", "-7", "0.193"])
        #expect(XLSXWriter.sheetNames(["Tổ [1]: a/b?*", "tổ -1-- a-b--", String(repeating: "x", count: 40), "5. Đảng viên có nhiệm vụ chưa đánh giá năm 2025"])
                == ["Tổ -1-- a-b--", "tổ -1-- a-b-- (2)", String(repeating: "x", count: 30) + "…", "5. Đảng viên có nhiệm vụ chưa…"])
    }

    @Test func reportWorkbookHasASheetPerSection() throws {
        let s = Demo.generate(scale: .cell, seed: 5, today: demoToday)
        let report = Report.build(state: s, org: s.roots[0], year: 2025)
        let book = try ReportWorkbook.make(report, lang: .vi)
        let wb = try Workbook(book, file: "r.xlsx", legacy: nil)
        let tables = report.tables(.vi)
        #expect(wb.sheets.count == tables.count + 1)
        #expect(wb.sheets[0].name == "Báo cáo")
        let first = try TableFile.load(book, fileName: "r.xlsx", sheet: wb.sheets[1].name, encoding: nil).table()
        #expect(first.header.fields == tables[0].columns)
        #expect(first.rows.count == tables[0].rows.count)
    }

    /// LibreOffice, a real third-party program, reads our workbooks and writes ones we read.
    @Test func libreOfficeAgreesBothWays() throws {
        guard let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].first(where: FileManager.default.isExecutableFile) else {
            print("skipped: LibreOffice is not installed"); return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func run(_ args: [String]) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: soffice)
            // Its own profile: other LibreOffice processes on the machine are left alone.
            p.arguments = ["-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--norestore"] + args + ["--outdir", dir.path]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
        }
        let s = Demo.generate(scale: .cell, seed: 5, today: demoToday)
        let csv = TableExport.members(s, under: nil, lang: .vi)
        // Ours → LibreOffice → CSV: the same text as our CSV export (dates dd/mm/yyyy, phones with their 0).
        try Data(try SheetExport.members(s, under: nil, lang: .vi)).write(to: dir.appendingPathComponent("ours.xlsx"))
        try run(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", dir.appendingPathComponent("ours.xlsx").path])
        let theirs = try CSVReader.parse([UInt8](try Data(contentsOf: dir.appendingPathComponent("ours.csv"))))
        #expect(theirs.rows.map(\.fields) == (try CSVReader.parse(csv)).rows.map(\.fields))
        // CSV → LibreOffice → .xlsx (shared strings, its own styles, dates as date cells) → ours.
        try Data(csv).write(to: dir.appendingPathComponent("lo.csv"))
        try run(["--infilter=CSV:44,34,76,1,,1066", "--convert-to", "xlsx", dir.appendingPathComponent("lo.csv").path])
        let book = try rows([UInt8](try Data(contentsOf: dir.appendingPathComponent("lo.xlsx"))))
        let want = try CSVReader.parse(csv)
        #expect(book.header.fields == want.header.fields)
        #expect(book.rows.count == want.rows.count)
        // LibreOffice reads dates and numbers by itself: birth dates become date cells, phones numbers.
        #expect(zip(book.rows, want.rows).allSatisfy { $0.fields[4] == (Day.parse($1.fields[4])?.iso ?? $1.fields[4]) && $0.fields[1] == $1.fields[1] })
    }
}
