import Foundation
import Testing

/// A messy roster through the real binary: title block, column numbers, sub-headings, totals
/// and signature footer, saved as Windows-1258 (Excel's "CSV (Comma delimited)" on Vietnamese
/// Windows), imported into its cell with `--org`.
@Suite(.serialized, .disabled(if: DanVanBinary.missing, "build danvan first: swift build --product danvan"))
struct RosterCommandTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rosters/title-footer-subheadings.cp1258.csv").path

    @Test func aWindows1258RosterWithTitleAndFooterImportsIntoItsCell() throws {
        let data = tempFolder("roster")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let org = "Đảng bộ xã Hòa Phú / Chi bộ thôn Đông Hạ"
        let args = ["import", "members", Self.fixture, "--org", org, "--create-orgs", "--data", data, "--lang", "en"]
        // --dry-run says how the file was read, which rows are left out, and writes nothing.
        let dry = try Child(args + ["--dry-run"]).finish()
        #expect(dry.status == 0, "\(dry.err)")
        for line in ["How the file was read:", "Windows-1258", "Line 6: column headings on line 6",
                     "Rows left out:", "Line 1: title above the table", "Line 7: row of column numbers (1, 2, 3 …)",
                     "Line 8: sub-heading inside the table", "Line 15: totals row", "Line 17: signature footer (through line 20)",
                     "Created: Đảng bộ xã Hòa Phú / Chi bộ thôn Đông Hạ", "4 members added"] {
            #expect(dry.out.contains(line), "\(line)\n\(dry.out)")
        }
        #expect(try Child(["export", "members", "--data", data]).finish().out.split(whereSeparator: \.isNewline).count <= 1)
        // The import itself: the four members, nobody from the title, sub-headings or footer.
        let done = try Child(args).finish()
        #expect(done.status == 0, "\(done.err)")
        #expect(done.out.contains("Imported: 4 members added"), "\(done.out)")
        let csv = try Child(["export", "members", "--data", data, "--lang", "en"]).finish().out
        let names = csv.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[1] }.sorted()
        #expect(names == ["Hà Thị Mến", "Lò Văn Páo", "Tạ Quang Vĩnh", "Đinh Công Tráng"], "\(csv)")
    }

    /// The cell's own assignment book (no cards, no cell column) after its roster: `--org`
    /// finds the members by name in the cell; the book's title gives the results' year.
    @Test func theCellsAssignmentBookImportsWithOrgAfterItsRoster() throws {
        let data = tempFolder("book")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let org = "Đảng bộ xã Hòa Phú / Chi bộ thôn Đông Hạ"
        #expect(try Child(["import", "members", Self.fixture, "--org", org, "--create-orgs", "--data", data]).finish().status == 0)
        let book = URL(fileURLWithPath: Self.fixture).deletingLastPathComponent().appendingPathComponent("assignment-book.csv").path
        let refused = try Child(["import", "assignments", book, "--data", data, "--lang", "en"]).finish()
        #expect(refused.status != 0 && refused.err.contains("or --org CELL-PATH) is needed") && refused.err.contains("1 error;"), "\(refused.err)")
        let done = try Child(["import", "assignments", book, "--org", org, "--data", data, "--lang", "en"]).finish()
        #expect(done.status == 0, "\(done.err)")
        #expect(done.out.contains("results are for 2026 (from “Năm 2026”)"), "\(done.out)")
        let csv = try Child(["export", "assignments", "--data", data, "--lang", "en"]).finish().out
        #expect(csv.contains("Bản Nà Cà — Hộ ông Lường Văn Sinh, hộ bà Quàng Thị Dung"), "\(csv)")
        #expect(csv.split(whereSeparator: \.isNewline).count >= 4, "\(csv)")
    }
}
