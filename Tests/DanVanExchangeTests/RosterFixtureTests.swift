import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// The roster files secretaries keep (Tests/Fixtures/rosters, made up for these tests, names
/// invented): each imports to exactly these records, or is refused with exactly these errors.
@Suite struct RosterFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rosters")
    static let cell = "Đảng bộ xã Hòa Phú / Chi bộ thôn Đông Hạ"

    /// A commune committee with the village cell, and a second cell of the same name elsewhere.
    static func state() throws -> State {
        var s = State()
        try s.apply(.addOrg(Org(id: OrgID(1), parent: nil, name: "Đảng bộ xã Hòa Phú", level: .grassrootsCommittee, unitKind: .xa)))
        try s.apply(.addOrg(Org(id: OrgID(2), parent: OrgID(1), name: "Chi bộ thôn Đông Hạ", level: .subordinateCell)))
        try s.apply(.addOrg(Org(id: OrgID(3), parent: nil, name: "Đảng bộ xã Hòa Lạc", level: .grassrootsCommittee)))
        try s.apply(.addOrg(Org(id: OrgID(4), parent: OrgID(3), name: "Chi bộ thôn Đông Hạ", level: .subordinateCell)))
        return s
    }

    static func plan(_ file: String, into s: State, org: String? = cell, createOrgs: Bool = false,
                     today: Day = Day(year: 2026, month: 12, day: 5)!) throws -> ImportPlan {
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(file)))
        return try plan(bytes, named: file, into: s, org: org, createOrgs: createOrgs, today: today)
    }

    /// As `import members` reads a file: its container and encoding first, then the table.
    static func plan(_ bytes: [UInt8], named file: String, into s: State, org: String? = cell, createOrgs: Bool = false,
                     today: Day = Day(year: 2026, month: 12, day: 5)!) throws -> ImportPlan {
        let roster = try TableFile.load(bytes, fileName: file, sheet: nil, encoding: nil).roster(kind: .members, today: today)
        return MemberImport.plan(roster, into: s, createOrgs: createOrgs, org: org)
    }

    /// The members of the village cell, one line each, sorted.
    static func records(_ s: State, in cell: OrgID = OrgID(2)) -> [String] {
        s.directMembers(of: cell).compactMap { s.members[$0] }.map { m in
            [m.fullName, m.cardNo ?? "", m.givenName ?? "", m.gender?.code ?? "", m.birthDate?.iso ?? "", m.joinedDate?.iso ?? "",
             m.fullMemberDate?.iso ?? "", m.kind.code, m.status.kind.code, m.status.date?.iso ?? "", m.status.note, m.role.code,
             m.residence, m.phone, m.notes.replacingOccurrences(of: "\n", with: "¶")].joined(separator: "|")
        }.sorted()
    }

    /// Every assignment, one line each, sorted: member, group, area, households, content,
    /// place, source, from, to, evaluations.
    static func assignmentRecords(_ s: State) -> [String] {
        s.assignments.values.map { a in
            [s.members[a.member]!.fullName, a.targetGroup.code, a.area, a.households.map(String.init) ?? "", a.content, a.place.code,
             a.source.code, a.from.iso, a.to?.iso ?? "", a.evaluations.map { "\($0.key):\($0.value.level.code):\($0.value.note)" }.joined()]
                .joined(separator: "|")
        }.sorted()
    }

    static func imported(_ file: String, org: String? = cell) throws -> (ImportPlan, [String]) {
        var s = try state()
        let p = try plan(file, into: s, org: org)
        guard p.ok else { return (p, []) }
        try s.apply(batch: p.ops)
        return (p, records(s))
    }

    /// The same roster saved as Windows-1258 text, or as an .xlsx workbook (title block,
    /// sub-headings and footer as rows of the sheet), imports exactly as the UTF-8 CSV does.
    @Test func theSameRosterInWindows1258OrAWorkbookImportsTheSame() throws {
        let (want, wantRecords) = try Self.imported("title-footer-subheadings.csv")
        #expect(want.ok && wantRecords.count == 4)
        let (legacy, legacyRecords) = try Self.imported("title-footer-subheadings.cp1258.csv")
        #expect(legacyRecords == wantRecords)
        #expect(legacy.skipped == want.skipped)
        #expect(legacy.inferred.first?.en.contains("Windows-1258") == true, "\(legacy.inferred)")

        let text = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("title-footer-subheadings.csv")))
        let records = try CSVReader.records(text).records.map(\.fields)
        let book = try XLSXWriter.workbook([SheetSpec(name: "Danh sách", header: records[0],
                                                      rows: records.dropFirst().map { $0.map { $0.isEmpty ? .empty : .text($0) } })])
        var s = try Self.state()
        let p = try Self.plan(book, named: "roster.xlsx", into: s)
        #expect(p.ok, "\(p.errors)")
        try s.apply(batch: p.ops)
        #expect(Self.records(s) == wantRecords)
        #expect(p.skipped.map(\.line) == want.skipped.map(\.line))
    }

    @Test func titleBlockSubHeadingsTotalsAndFooterAreSkippedAndListed() throws {
        let (p, got) = try Self.imported("title-footer-subheadings.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(got == [
            "Hà Thị Mến|12004582||nu|1964-07-05|1990-05-19|1991-05-19|chinh_thuc|mien_sinh_hoat||Miễn SH từ 2021: tuổi cao|dang_vien|||Miễn SH từ 2021: tuổi cao",
            "Lò Văn Páo|12004590||nam|1979-11-20|2010-09-02|2011-09-02|chinh_thuc|dang_sinh_hoat|||dang_vien|||",
            "Tạ Quang Vĩnh|||nam|1995|2025-06-06||du_bi|dang_sinh_hoat|||dang_vien|||",
            "Đinh Công Tráng|12004581||nam|1958-03-12|1985-02-03|1986-02-03|chinh_thuc|dang_sinh_hoat|||dang_vien|||",
        ])
        #expect(p.skipped.map { "\($0.line) \($0.en)" } == [
            "1 title above the table", "2 title above the table", "3 title above the table", "4 title above the table",
            "5 title above the table", "7 row of column numbers (1, 2, 3 …)", "8 sub-heading inside the table",
            "11 sub-heading inside the table", "14 blank row", "15 totals row", "16 blank row", "17 signature footer (through line 20)",
        ])
        // The roster says it is as of 31/12/2025: joined 06/06/2025 is less than 12 months before.
        #expect(p.inferred.contains { $0.en.contains("column headings on line 6") })
        #expect(p.inferred.contains { $0.line == 10 && $0.en.contains("read from the notes") })
    }

    @Test func cellOwnListWithSplitNamesGoesIntoTheOrgCellAndRestoresPhones() throws {
        let (p, got) = try Self.imported("split-names-own-cell.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(got == [
            "Khổng Minh Triết||||1983-09-02|2012-03-15||chinh_thuc|dang_sinh_hoat|||dang_vien|Xóm 4|0987654321|",
            "Mạc Văn Lũy||||1976-04-30|2003-11-07||chinh_thuc|dang_sinh_hoat|||dang_vien|Xóm 1||",
            "Phùng Thị Xoan||||1971-02-14|1998-09-01||chinh_thuc|dang_sinh_hoat|||dang_vien|Xóm 2, thôn Đông Hạ|0912345678|",
        ])
        #expect(p.createdOrgs.isEmpty)
        #expect(p.inferred.contains { $0.en.contains("restored on lines 5") })
        #expect(p.inferred.contains { $0.en.contains("recorded as full on lines 5, 6, 7") })
    }

    @Test func threeNameColumnsKeepAMultiWordGivenName() throws {
        let (p, got) = try Self.imported("split-names-three.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(got == [
            "Bùi Thị Kim Oanh|30718842|||1988|2015-01-03||chinh_thuc|dang_sinh_hoat|||dang_vien|||",
            "Y Moan Êban|30718841|||1979|2009-05-12||chinh_thuc|dang_sinh_hoat|||dang_vien|||",
            "Ông Khoa|30718843|||1969|||chinh_thuc|dang_sinh_hoat|||dang_vien|||",
        ])
    }

    @Test func twoRowHeaderBirthYearByGenderAndKindMarks() throws {
        let (p, got) = try Self.imported("two-row-header.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(got == [
            "Giang Văn Thụ|40211730||nam|1968|||chinh_thuc|dang_sinh_hoat|||bi_thu|||",
            "Quách Thị Huệ|40211733||nu|1975|||chinh_thuc|dang_sinh_hoat|||pho_bi_thu|||",
            "Tăng Đức Mạnh|40211734||nam|1983|||chinh_thuc|dang_sinh_hoat|||chi_uy_vien|||",
            "Âu Thị Ngọc Diệp|||nu|1990|||du_bi|dang_sinh_hoat|||dang_vien|||",
        ])
        #expect(p.skipped.map(\.line) == [1, 4])
    }

    @Test func rosterBookMau7SplitsItsCombinedCells() throws {
        let (p, got) = try Self.imported("mau7-hsdv.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(got == [
            "Lục Văn Thành|15960290||nam|1955-01-18|1980-04-24|1981-04-24|chinh_thuc|dang_sinh_hoat|||dang_vien|Khu 3||Số lý lịch: 769245 BL¶Dân tộc: Tày¶Tôn giáo: Không",
            "Ninh Thị Thơm|15960291||nu|1972-08-06|1999-09-02|2000-09-02|chinh_thuc|dang_sinh_hoat|||dang_vien|Khu 5||Số lý lịch: 769246 BL¶Dân tộc: Kinh¶Tôn giáo: Phật giáo",
        ])
    }

    @Test func excelDayNumbersByColumnTwoDigitYearsAndMonthFirstColumns() throws {
        let (serial, a) = try Self.imported("serial-dates.csv", org: nil)
        #expect(serial.ok, "\(serial.errors)")
        #expect(a.map { $0.split(separator: "|", omittingEmptySubsequences: false)[0...5].joined(separator: "|") } == [
            "Kha Văn Tiến|50100001|||1925-06-15|1960-01-09", "Lạc Thị Yến|50100002|||1980-01-01|2006-01-01",
            "Viên Đức Huy|50100003|||1985-07-21|2016-01-01",
        ])
        let (two, b) = try Self.imported("two-digit-years.csv", org: nil)
        #expect(two.ok, "\(two.errors)")
        #expect(b.map { $0.split(separator: "|", omittingEmptySubsequences: false)[4...5].joined(separator: "|") } == ["1948-06-05|1975-05-19", "2001-02-01|2024-09-02"])
        let (us, c) = try Self.imported("month-first.csv", org: nil)
        #expect(us.ok, "\(us.errors)")
        #expect(c.map { $0.split(separator: "|", omittingEmptySubsequences: false)[4...5].joined(separator: "|") } == ["1970-03-25|1994-11-05", "1981-12-31|2008-02-14"])
        #expect(us.inferred.filter { $0.en.contains("month first") }.count == 2)
    }

    @Test func refusalsNameTheirLines() throws {
        func errors(_ file: String) throws -> [String] {
            let (p, got) = try Self.imported(file, org: nil)
            #expect(got.isEmpty && p.ops.isEmpty)
            return p.errors.map { "\($0.line)|\($0.column ?? "-")|\($0.en.prefix(30))" }
        }
        #expect(try errors("mixed-date-order.csv") == ["3|Ngày sinh|the date is written month firs"])
        #expect(try errors("scientific-cards.csv") == [
            "2|Số thẻ|Excel turned the card number i", "3|Số thẻ|Excel turned the card number i",
            "4|Số thẻ|“079183004512” has 12 digits: ",
        ])
        #expect(try errors("ragged-rows.csv") == ["2|-|the row has 6 fields but the h", "3|-|the row has 4 fields but the h"])
    }

    @Test func exemptAndDepartedWithoutDatesAreAccepted() throws {
        let (p, got) = try Self.imported("status-without-dates.csv", org: nil)
        #expect(p.ok, "\(p.errors)")
        #expect(got.map { $0.split(separator: "|", omittingEmptySubsequences: false)[8...10].joined(separator: "|") }
            == ["mien_sinh_hoat||Tuổi cao, sức yếu", "tu_tran||", "da_chuyen_di||Chi bộ khu 4", "dang_sinh_hoat||"])
    }

    /// Dates known only to the year or month ("Năm sinh" 1948, "3/1970", "tháng 3 năm 1971",
    /// "2011-06") are stored as known, never as a made-up 1 January; the summary says so.
    @Test func yearsAndMonthsAreStoredWithTheirPrecision() throws {
        let (p, got) = try Self.imported("partial-dates.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(got.map { $0.split(separator: "|", omittingEmptySubsequences: false)[0...9].joined(separator: "|") } == [
            "Hà Thị Mai|50200002||nu|1985-05-12|2010|2011-06|chinh_thuc|dang_sinh_hoat|",
            "Lò Văn Pấng|50200001||nam|1948|1970-03|1971-03|chinh_thuc|mien_sinh_hoat|2021",
            "Vi Văn Dũng|50200003||nam|1979-05|2005-09-02|2006-09-02|chinh_thuc|dang_sinh_hoat|",
        ])
        #expect(p.inferred.contains { $0.line == 4 && $0.en.contains("kept as written (no day or month is made up)") }, "\(p.inferred)")
        // Exported and imported again, the dates come back as they were (CSV in both
        // languages, and a workbook, where they are text cells, not made-up days).
        var s = try Self.state()
        try s.apply(batch: p.ops)
        let files = [("members.csv", TableExport.members(s, under: nil, lang: .vi)),
                     ("members-en.csv", TableExport.members(s, under: nil, lang: .en)),
                     ("members.xlsx", try SheetExport.members(s, under: nil, lang: .vi))]
        for (name, out) in files {
            var again = try Self.state()
            let back = try Self.plan(out, named: name, into: again, org: nil)
            #expect(back.ok, "\(name): \(back.errors)")
            try again.apply(batch: back.ops)
            #expect(Self.records(again) == Self.records(s), "\(name)")
        }
    }

    /// A cell's own assignment book (no card numbers, no cell column) imported with `--org`:
    /// members found by exact name in the cell (letter case aside), the households kept,
    /// "2 hộ" read as 2, a month or year as the first day, results as the year's evaluation.
    @Test func aCellsAssignmentBookImportsWithOrg() throws {
        var s = try Self.state()
        let members = try Self.plan("title-footer-subheadings.csv", into: s)
        try s.apply(batch: members.ops)
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("assignment-book.csv")))
        let roster = try TableFile.load(bytes, fileName: "assignment-book.csv", sheet: nil, encoding: nil)
            .roster(kind: .assignments, today: Day(year: 2026, month: 12, day: 5)!)
        let p = AssignmentImport.plan(roster, into: s, org: Self.cell)
        #expect(p.ok, "\(p.errors)")
        try s.apply(batch: p.ops)
        #expect(Self.assignmentRecords(s) == [
            "Hà Thị Mến|ho_dan|Xóm Chùa|4|Vận động con em đi học đúng tuổi|noi_cu_tru|phan_cong|2026-01-15||",
            "Lò Văn Páo|ho_dan|Bản Nà Cà — Hộ ông Lường Văn Sinh, hộ bà Quàng Thị Dung|2|Vận động làm nhà tiêu hợp vệ sinh|noi_cu_tru|phan_cong|2026-03-01||2026:tot:Tích cực",
            "Đinh Công Tráng|ho_dan|Bản Nà Cà — Hộ ông Vi Văn Lả|1|Hòa giải tranh chấp đất vườn|noi_cu_tru|phan_cong|2026-01-01||2026:xuat_sac:",
        ])
        #expect(p.skipped.map(\.line) == [1, 2, 3, 4, 5, 10, 11], "\(p.skipped)")
        #expect(p.inferred.contains { $0.line == 4 && $0.vi.contains("là đánh giá năm 2026 (theo “Năm 2026”)") }, "\(p.inferred)")
        // The same book with a "Chi bộ" column naming the cell by its own name, without --org.
        var withCell = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        withCell[5] += ",Chi bộ"
        for k in 6...8 { withCell[k] += ",Đảng bộ xã Hòa Phú / chi bộ thôn đông hạ" }
        var fresh = try Self.state()
        try fresh.apply(batch: members.ops)
        let byColumn = try TableFile.load(Array(withCell.joined(separator: "\n").utf8), fileName: "b.csv", sheet: nil, encoding: nil)
            .roster(kind: .assignments, today: Day(year: 2026, month: 12, day: 5)!)
        let q = AssignmentImport.plan(byColumn, into: fresh)
        #expect(q.ok && q.ops.count == 3, "\(q.errors)")
        // A name that fits a member only without diacritics is refused, naming the member.
        let plain = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "Lò Văn Páo", with: "Lo Van Pao")
        let lookAlike = try TableFile.load(Array(plain.utf8), fileName: "c.csv", sheet: nil, encoding: nil)
            .roster(kind: .assignments, today: Day(year: 2026, month: 12, day: 5)!)
        let r = AssignmentImport.plan(lookAlike, into: fresh, org: Self.cell)
        #expect(r.errors.map(\.line) == [7] && r.errors[0].vi.contains("“Lo Van Pao” chỉ giống “Lò Văn Páo”"), "\(r.errors)")
        // Without --org the book cannot tell whose members these are.
        let without = AssignmentImport.plan(roster, into: s)
        #expect(!without.ok)
    }

    /// `--org`: a cell's own name fits the unit under it; a name fitting two units is
    /// ambiguous with both paths; names that differ only by diacritics are different units.
    @Test func orgResolutionOwnNameRelativeAmbiguousAndDiacritics() throws {
        let s = try Self.state()
        func cellOf(_ text: String, base: String?, create: Bool = false) -> String {
            var paths = OrgPaths(state: s, create: create)
            paths.base = base.map(OrgPaths.split)
            switch paths.cell(text) {
            case .success(let id)?: return paths.scratch.path(of: id)
            case .failure(let e)?: return "error: " + e.en
            case nil: return "nil"
            }
        }
        #expect(cellOf("Chi bộ thôn Đông Hạ", base: "Đảng bộ xã Hòa Phú") == Self.cell)
        #expect(cellOf("chi bộ thôn đông hạ", base: Self.cell) == Self.cell)
        #expect(cellOf("", base: Self.cell) == Self.cell)
        #expect(cellOf("Đảng bộ xã Hòa Lạc / Chi bộ thôn Đông Hạ", base: "Đảng bộ xã Hòa Phú") == "Đảng bộ xã Hòa Lạc / Chi bộ thôn Đông Hạ")
        // Without diacritics, "Dang bo xa Hoa ..." fits nothing twice here, but the cell's own name fits two communes' cells.
        let amb = cellOf("Chi bo thon Dong Ha", base: nil)
        #expect(amb.hasPrefix("error: "), "\(amb)")
        var both = s
        try both.apply(.addOrg(Org(id: OrgID(5), parent: OrgID(1), name: "Chi bộ thôn Đồng Hà", level: .subordinateCell)))
        var paths = OrgPaths(state: both, create: true)
        switch paths.cell("Đảng bộ xã Hòa Phú / Chi bo thon Dong Ha") {
        case .failure(let e)?: #expect(e.en.contains("ambiguous") && e.en.contains("Chi bộ thôn Đông Hạ") && e.en.contains("Chi bộ thôn Đồng Hà"))
        default: Issue.record("a diacritic-free name fitting two cells must be ambiguous")
        }
        // With diacritics of its own, "Chi bộ thôn Đông Hà" is another unit: created, not merged.
        switch paths.cell("Đảng bộ xã Hòa Phú / Chi bộ thôn Đông Hà") {
        case .success(let id)?: #expect(id != OrgID(2) && id != OrgID(5))
        default: Issue.record("a name with other diacritics is a new unit")
        }
        #expect(paths.createdPaths == ["Đảng bộ xã Hòa Phú / Chi bộ thôn Đông Hà"])
        // Letter case and spacing do not make a new unit.
        #expect(cellOf("ĐẢNG BỘ XÃ HÒA PHÚ /  chi bộ thôn đông hạ", base: nil, create: true) == Self.cell)
    }

    /// A header of many thousand columns gives one warning line.
    @Test func thousandsOfUnknownColumnsGiveOneWarning() throws {
        var header = ["Họ và tên", "Chi bộ"]
        for i in 0..<5000 { header.append("Cột lạ \(i)") }
        let row = ["Vương Thị Nhài", Self.cell] + Array(repeating: "", count: 5000)
        let csv = header.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n"
        let roster = RosterTable.locate(try CSVReader.records(Array(csv.utf8)).records, kind: .members)
        let p = MemberImport.plan(roster, into: try Self.state(), createOrgs: false)
        #expect(p.ok, "\(p.errors)")
        #expect(p.warnings.count == 1 && p.warnings[0].en.hasPrefix("5,000 columns are not used"))
    }

    /// The separator is the one the table's rows agree on, not the first line's.
    @Test func separatorComesFromTheTableNotTheTitle() throws {
        let csv = "ĐẢNG BỘ XÃ HÒA PHÚ, HUYỆN NAM SƠN\nSTT;Họ và tên;Chi bộ\n1;Vương Thị Nhài;\(Self.cell)\n2;Đào Văn Tuấn, con;\(Self.cell)\n"
        let (sep, records) = try CSVReader.records(Array(csv.utf8))
        #expect(sep == UInt8(ascii: ";"))
        let roster = RosterTable.locate(records, kind: .members)
        #expect(roster.rows.map { $0.fields[0] } == ["Vương Thị Nhài", "Đào Văn Tuấn, con"])
        #expect(roster.skipped.map(\.line) == [1])
    }
}
