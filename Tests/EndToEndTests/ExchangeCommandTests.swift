import DanVanCore
import DanVanStore
import Foundation
import Testing

/// `danvan demo`, `import` and `export` through the real binary.
@Suite(.serialized, .disabled(if: DanVanBinary.missing, "build danvan first: swift build --product danvan"))
struct ExchangeCommandTests {
    private func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        try Child(args).finish()
    }

    @Test func demoRefusesDataUnlessForcedAndKeepsTheOldFolder() throws {
        let dir = tempFolder("demo")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try run(["demo", "--scale", "cell", "--seed", "3", "--data", dir, "--lang", "en"])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("members"))
        let again = try run(["demo", "--scale", "cell", "--data", dir, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.err.contains("--force") && again.err.contains("already holds"))
        let forced = try run(["demo", "--scale", "cell", "--seed", "4", "--data", dir, "--force", "--lang", "vi"])
        #expect(forced.status == 0, "\(forced.err)")
        #expect(forced.err.contains("Thay dữ liệu cũ"))
        let parent = URL(fileURLWithPath: dir).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: dir).lastPathComponent
        let backups = try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(name + ".replaced-") }
        #expect(backups.count == 1)
        for b in backups { try? FileManager.default.removeItem(atPath: parent + "/" + b) }
    }

    @Test func exportImportExportThroughTheBinary() throws {
        let a = tempFolder("exa"), b = tempFolder("exb"), files = tempFolder("files")
        defer { for d in [a, b, files] { try? FileManager.default.removeItem(atPath: d) } }
        try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
        #expect(try run(["demo", "--scale", "cell", "--data", a]).status == 0)
        for what in ["members", "assignments"] {
            #expect(try run(["export", what, "--data", a, "--lang", "vi", "-o", "\(files)/\(what).csv"]).status == 0)
        }
        let m = try run(["import", "members", "\(files)/members.csv", "--data", b, "--create-orgs", "--lang", "en"])
        #expect(m.status == 0, "\(m.err)")
        #expect(m.out.contains("members added"))
        #expect(try run(["import", "assignments", "\(files)/assignments.csv", "--data", b]).status == 0)
        for what in ["members", "assignments"] {
            #expect(try run(["export", what, "--data", b, "--lang", "vi", "-o", "\(files)/\(what)2.csv"]).status == 0)
            let one = FileManager.default.contents(atPath: "\(files)/\(what).csv")
            let two = FileManager.default.contents(atPath: "\(files)/\(what)2.csv")
            #expect(one != nil && one == two, "\(what) differ after the round trip")
        }
        let minutes = try run(["export", "minutes", "--data", a, "--lang", "en"])
        #expect(minutes.status == 0 && minutes.out.contains("date,cell,kind,present,absent,notes,decisions"))
    }

    @Test func aFileWithErrorsImportsNothingAndListsEveryError() throws {
        let dir = tempFolder("bad"), file = tempFolder("bad") + ".csv"
        defer { try? FileManager.default.removeItem(atPath: dir); try? FileManager.default.removeItem(atPath: file) }
        #expect(try run(["demo", "--scale", "cell", "--data", dir]).status == 0)
        let before = try run(["export", "members", "--data", dir]).out
        let path = "Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa"
        try Data("Họ và tên;Chi bộ;Ngày sinh\nTrần Văn Đúng;\(path);01/01/1980\nSai Ngày;\(path);32/01/1980\n;\(path);\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let r = try run(["import", "members", file, "--data", dir, "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.err.contains("Line 3, column “Ngày sinh”"))
        #expect(r.err.contains("Line 4, column “Họ và tên”"))
        #expect(r.err.contains("2 errors; nothing imported"))
        #expect(try run(["export", "members", "--data", dir]).out == before)
        let dry = try run(["import", "members", file, "--data", dir, "--dry-run"])
        #expect(dry.status == 1)
    }

    /// Rows that read well but break the core's rules: the store refuses the batch, and the
    /// command names every refused row (a dry run too), importing nothing.
    @Test func rowsTheCoreRefusesAreAllListed() throws {
        let dir = tempFolder("core"), file = tempFolder("core") + ".csv"
        defer { try? FileManager.default.removeItem(atPath: dir); try? FileManager.default.removeItem(atPath: file) }
        #expect(try run(["demo", "--scale", "cell", "--data", dir]).status == 0)
        let before = try run(["export", "members", "--data", dir]).out
        let path = "Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa"
        try Data("""
            Họ và tên,Tên gọi,Chi bộ,Ngày sinh,Ngày vào Đảng
            Trần Văn Sớm,,\(path),01/01/1980,01/01/1970
            Trần Văn Đúng,,\(path),01/01/1980,01/01/2005
            Lê Thị Tên,Hoa,\(path),01/01/1985,

            """.utf8).write(to: URL(fileURLWithPath: file))
        for extra in [[], ["--dry-run"]] {
            let r = try run(["import", "members", file, "--data", dir, "--lang", "en"] + extra)
            #expect(r.status == 1)
            #expect(r.err.contains("Line 2, column “Ngày vào Đảng”"), "\(r.err)")
            #expect(r.err.contains("Line 4, column “Tên gọi”"), "\(r.err)")
            #expect(r.err.contains("2 errors; nothing imported"), "\(r.err)")
        }
        #expect(try run(["export", "members", "--data", dir]).out == before)
    }

    @Test func bundleExportAndReimportIsANoOp() throws {
        let dir = tempFolder("bundle"), file = tempFolder("bundle") + ".json"
        defer { try? FileManager.default.removeItem(atPath: dir); try? FileManager.default.removeItem(atPath: file) }
        #expect(try run(["demo", "--scale", "cell", "--data", dir]).status == 0)
        let path = "Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa"
        #expect(try run(["export", "bundle", "--org", path, "--data", dir, "-o", file]).status == 0)
        // The folder's own key is not trusted until told so (signed bundles: SealedBundleCLITests).
        let again = try run(["import", "bundle", file, "--data", dir, "--lang", "en", "--trust-new"])
        #expect(again.status == 0, "\(again.err)")
        #expect(again.out.contains("Nothing changes"))
        // An unsigned bundle (as danvan wrote them before signing) pointing elsewhere.
        #expect(try run(["export", "bundle", "--org", path, "--data", dir, "-o", file]).status == 0)
        // The signed envelope: 92 bytes of header, the bundle, a 64-byte signature.
        let signed = [UInt8](FileManager.default.contents(atPath: file)!)
        var text = String(decoding: signed[92..<(signed.count - 64)], as: UTF8.self)
        text = text.replacingOccurrences(of: "\"rootPath\":\"Đảng bộ huyện Củ Chi /", with: "\"rootPath\":\"Đảng bộ tỉnh Khác /")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let wrong = try run(["import", "bundle", file, "--data", dir, "--lang", "en", "--allow-unsigned"])
        #expect(wrong.status == 1 && wrong.err.contains("Đảng bộ tỉnh Khác"), "\(wrong.err)")
    }
}
