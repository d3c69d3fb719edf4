import Foundation
import Testing

/// `.xlsx` and text encodings through the real binary: export, import, report.
@Suite(.serialized, .disabled(if: DanVanBinary.missing, "build danvan first: swift build --product danvan"))
struct WorkbookCommandTests {
    private func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        try Child(args).finish()
    }

    @Test func xlsxExportImportExportAndReport() throws {
        let a = tempFolder("xa"), b = tempFolder("xb"), files = tempFolder("xfiles")
        defer { for d in [a, b, files] { try? FileManager.default.removeItem(atPath: d) } }
        try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
        #expect(try run(["demo", "--scale", "cell", "--data", a]).status == 0)
        for what in ["members", "assignments"] {
            let e = try run(["export", what, "--data", a, "--lang", "vi", "-o", "\(files)/\(what).xlsx"])
            #expect(e.status == 0, "\(e.err)")
            let bytes = FileManager.default.contents(atPath: "\(files)/\(what).xlsx") ?? Data()
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            #expect(try run(["export", what, "--data", a, "--lang", "vi", "-o", "\(files)/\(what).csv"]).status == 0)
        }
        let m = try run(["import", "members", "\(files)/members.xlsx", "--data", b, "--create-orgs", "--lang", "en"])
        #expect(m.status == 0, "\(m.err)")
        #expect(m.out.contains("How the file was read:") && m.out.contains("sheet “Đảng viên”"), "\(m.out)")
        let asg = try run(["import", "assignments", "\(files)/assignments.xlsx", "--data", b, "--sheet", "Phân công"])
        #expect(asg.status == 0, "\(asg.err)")
        for what in ["members", "assignments"] {
            #expect(try run(["export", what, "--data", b, "--lang", "vi", "-o", "\(files)/\(what)2.csv"]).status == 0)
            #expect(FileManager.default.contents(atPath: "\(files)/\(what).csv") == FileManager.default.contents(atPath: "\(files)/\(what)2.csv"))
        }
        // --format xlsx without the extension; a wrong sheet name lists the sheets.
        #expect(try run(["export", "members", "--data", a, "--format", "xlsx", "-o", "\(files)/m.bin"]).status == 0)
        let wrong = try run(["import", "members", "\(files)/m.bin", "--data", b, "--sheet", "Tổng hợp", "--dry-run", "--lang", "en"])
        #expect(wrong.status == 1 && wrong.err.contains("no sheet “Tổng hợp”; the workbook has: “Members”"))
        let r = try run(["report", "--data", a, "--format", "xlsx", "-o", "\(files)/r.xlsx"])
        #expect(r.status == 0, "\(r.err)")
        #expect(FileManager.default.contents(atPath: "\(files)/r.xlsx")?.starts(with: [0x50, 0x4B]) == true)
        let docx = try run(["report", "--data", a, "-o", "\(files)/bc.docx"])
        #expect(docx.status == 0, "\(docx.err)")
        #expect(FileManager.default.contents(atPath: "\(files)/bc.docx")?.starts(with: [0x50, 0x4B]) == true)
        let byName = try run(["report", "--data", a, "-o", "\(files)/r2.xlsx"])
        #expect(byName.status == 0 && FileManager.default.contents(atPath: "\(files)/r2.xlsx")?.starts(with: [0x50, 0x4B]) == true)
    }

    @Test func encodingsAndRefusalsThroughTheBinary() throws {
        let dir = tempFolder("enc"), files = tempFolder("encfiles")
        defer { for d in [dir, files] { try? FileManager.default.removeItem(atPath: d) } }
        try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
        #expect(try run(["demo", "--scale", "cell", "--data", dir]).status == 0)
        let path = "Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa"
        // TCVN3 glyph text: refused with the way out, then imported with it.
        try Data("Họ và tên,Chi bộ,Số thẻ\nTrÇn Thanh C\u{AD}êng,\(path),91234567\n".utf8).write(to: URL(fileURLWithPath: "\(files)/t.csv"))
        let refused = try run(["import", "members", "\(files)/t.csv", "--data", dir, "--lang", "en"])
        #expect(refused.status == 1 && refused.err.contains("line 2") && refused.err.contains("--encoding tcvn3"))
        let ok = try run(["import", "members", "\(files)/t.csv", "--data", dir, "--encoding", "tcvn3", "--lang", "en"])
        #expect(ok.status == 0, "\(ok.err)")
        #expect(try run(["export", "members", "--data", dir]).out.contains("91234567,Trần Thanh Cường"))
        // A legacy .xls is refused, whatever its name.
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)).write(to: URL(fileURLWithPath: "\(files)/old.xls"))
        let xls = try run(["import", "members", "\(files)/old.xls", "--data", dir, "--lang", "vi"])
        #expect(xls.status == 1 && xls.err.contains("Excel 97–2003 (.xls)"))
        let bad = try run(["import", "members", "\(files)/t.csv", "--data", dir, "--encoding", "koi8"])
        #expect(bad.status != 0 && bad.err.contains("--encoding koi8"))
    }
}
