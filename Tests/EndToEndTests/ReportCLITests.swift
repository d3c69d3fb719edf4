import DanVanCore
import DanVanStore
import Foundation
import Testing

/// `danvan report` run as a process against a real data folder.
@Suite(.enabled(if: !DanVanBinary.missing, "the danvan binary is not built"))
struct ReportCLITests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "danvan-report-cli-\(UInt64.random(in: 1...UInt64.max))"
        let root = OrgID(1), c1 = OrgID(2), c2 = OrgID(3)
        let d = { (s: String) in Day(iso: s)! }
        let state = try State(
            orgs: [Org(id: root, parent: nil, name: "Đảng bộ Thử", level: .higherCommittee),
                   Org(id: c1, parent: root, name: "Chi bộ 1", level: .grassrootsCell),
                   Org(id: c2, parent: root, name: "Chi bộ 2", level: .grassrootsCell)],
            members: [Member(id: MemberID(11), org: c1, fullName: "Nguyễn Văn An"),
                      Member(id: MemberID(12), org: c1, fullName: "Trần Thị Bình"),
                      Member(id: MemberID(13), org: c2, fullName: "Lê Văn Cường"),
                      Member(id: MemberID(14), org: c2, fullName: "Phạm Thị Dung", status: MemberStatus(kind: .exempt))],
            assignments: [Assignment(id: AssignmentID(21), member: MemberID(11), targetGroup: .hoDan, households: 12, from: d("2025-01-01")),
                          Assignment(id: AssignmentID(22), member: MemberID(13), targetGroup: .thanhNien, source: .selfRegistered,
                                     from: d("2024-06-01"), to: d("2025-03-01"))])
        let store = try Store.open(folder)
        try store.seed(with: state)
        store.close()
    }

    func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        try Child(["report", "--data", folder] + args).finish()
    }

    @Test func textReportOfTheRoot() throws {
        let r = try run(["--lang", "vi", "--year", "2025"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Đơn vị: Đảng bộ Thử\n"))
        #expect(r.out.contains("- 2/3 đảng viên được phân công trực tiếp vận động quần chúng, đạt tỉ lệ 66,7%\n"))
        #expect(r.out.contains("- 1/3 đảng viên tự nhận nhiệm vụ, đạt tỉ lệ 33,3%\n"))
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func childByPathAndJSONFile() throws {
        let out = folder + "/../report-\(UInt32.random(in: 1...UInt32.max)).json"
        let r = try run(["--org", "Đảng bộ Thử / Chi bộ 2", "--year", "2025", "--format", "json", "-o", out])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.isEmpty)
        let o = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as! [String: Any]
        #expect(o["org"] as? String == "Đảng bộ Thử / Chi bộ 2")
        #expect(o["eligible"] as? Int == 1 && o["exempt"] as? Int == 1 && o["selfRegistered"] as? Int == 1)
        #expect(o["selfRegisteredPercent"] as? Double == 100.0)
        try? FileManager.default.removeItem(atPath: out)
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func badPathListsTheUnits() throws {
        let r = try run(["--lang", "en", "--org", "Đảng bộ Thử / Chi bộ 9"])
        #expect(r.status == 1)
        #expect(r.err.contains("No unit “Chi bộ 9” under “Đảng bộ Thử”. Its units: “Chi bộ 1”, “Chi bộ 2”"))
        #expect(r.out.isEmpty)
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func unknownFormatIsRefused() throws {
        let r = try run(["--lang", "en", "--format", "pdf"])
        #expect(r.status == 1)
        #expect(r.err.contains("unknown format “pdf”: use text, md, csv, json, html, xlsx or docx"))
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Usage errors found by the argument parser exit with 1 like every other bad input (not 64).
    @Test func usageErrorsExitWithOne() throws {
        let badValue = try run(["--year", "abc"])
        #expect(badValue.status == 1)
        #expect(badValue.err.contains("The value 'abc' is invalid for '--year <year>'"))
        let unknown = try Child(["--no-such-option"]).finish()
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("Unknown option '--no-such-option'"))
        #expect(try Child(["report", "--help"]).finish().status == 0)
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func csvHasBOMAndRunsBesideAWriter() throws {
        // A writer holds the folder's lock; the report opens read-only and still runs.
        let writer = try Store.open(folder)
        defer { writer.close() }
        let r = try run(["--year", "2025", "--format", "csv"])
        #expect(r.status == 0, "\(r.err)")
        #expect(Array(r.out.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(r.out.contains("\r\nsummary,"))
        try? FileManager.default.removeItem(atPath: folder)
    }
}
