import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// More rosters as committees and cells keep them (Tests/Fixtures/rosters, names and places
/// invented): a ward's list naming its cells without "Chi bộ", a school's list with posts at
/// work, Mẫu 7-HSĐV with its facts on separate lines of a cell, values typed every which way,
/// NFD text, Excel's "Unicode Text", a summary table under the roster, status and kind words,
/// a "đăng ký nhiệm vụ" list and an assignment book whose time column says "Tháng 3/2026".
/// Each imports to exactly these records, or is refused with exactly these errors.
@Suite struct RosterFieldTests {
    typealias F = RosterFixtureTests
    static let today = Day(year: 2026, month: 12, day: 5)!

    /// The fixtures' state and, beside it, a ward with two cells, a school cell and a
    /// residential group's cell.
    static func state() throws -> State {
        var s = try F.state()
        try s.apply(.addOrg(Org(id: OrgID(10), parent: nil, name: "Đảng bộ phường An Khê", level: .grassrootsCommittee, unitKind: .phuong)))
        try s.apply(.addOrg(Org(id: OrgID(11), parent: OrgID(10), name: "Chi bộ Khu phố 1", level: .subordinateCell)))
        try s.apply(.addOrg(Org(id: OrgID(12), parent: OrgID(10), name: "Chi bộ Khu phố 2", level: .subordinateCell)))
        try s.apply(.addOrg(Org(id: OrgID(20), parent: nil, name: "Đảng bộ xã Tân Lập", level: .grassrootsCommittee, unitKind: .xa)))
        try s.apply(.addOrg(Org(id: OrgID(21), parent: OrgID(20), name: "Chi bộ Trường Tiểu học Tân Lập", level: .subordinateCell)))
        try s.apply(.addOrg(Org(id: OrgID(30), parent: nil, name: "Đảng bộ phường Hạ Long", level: .grassrootsCommittee, unitKind: .phuong)))
        try s.apply(.addOrg(Org(id: OrgID(31), parent: OrgID(30), name: "Chi bộ Tổ dân phố 5", level: .subordinateCell)))
        return s
    }

    static func bytes(_ file: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: F.folder.appendingPathComponent(file)))
    }

    /// Plans `bytes` as `import members --org org`, applies it when it is right, and gives the
    /// plan and the state.
    static func members(_ bytes: [UInt8], named file: String, org: String, createOrgs: Bool = false,
                        into start: State? = nil) throws -> (ImportPlan, State) {
        var s = try start ?? state()
        let p = try F.plan(bytes, named: file, into: s, org: org, createOrgs: createOrgs, today: today)
        if p.ok { try s.apply(batch: p.ops) }
        return (p, s)
    }

    static func members(_ file: String, org: String = F.cell, createOrgs: Bool = false) throws -> (ImportPlan, State) {
        try members(bytes(file), named: file, org: org, createOrgs: createOrgs)
    }

    static func errors(_ p: ImportPlan) -> [String] {
        p.errors.map { "\($0.line)|\($0.column ?? "-")|\($0.en)" }
    }

    // MARK: members

    /// A ward's list: the "Chi bộ" column names cells by what follows "Chi bộ" ("Khu phố 1",
    /// "khu phố  1", "chi bo khu pho 2"); "Đảng viên" holds ĐVCT / ĐVDB.
    @Test func wardListNamesCellsWithoutChiBoAndKindsAsDVCT() throws {
        let (p, s) = try Self.members("ward-short-cell-names.csv", org: "Đảng bộ phường An Khê", createOrgs: true)
        #expect(p.ok, "\(p.errors)")
        #expect(p.createdOrgs.isEmpty, "\(p.createdOrgs)")
        #expect(F.records(s, in: OrgID(11)) == [
            "Ngô Thị Bích Vân|||nu|1990-03-05|||du_bi|dang_sinh_hoat|||dang_vien|||",
            "Trương Văn Lộc|21004501||nam|1961-04-12|||chinh_thuc|dang_sinh_hoat|||bi_thu|||",
        ])
        #expect(F.records(s, in: OrgID(12)) == [
            "Huỳnh Tấn Phát|21004503||nam|1958-03-05|||chinh_thuc|dang_sinh_hoat|||pho_bi_thu|||",
            "Phan Thị Mỹ Lệ|21004504||nu|1972|||chinh_thuc|dang_sinh_hoat|||chi_uy_vien|||",
        ])
        #expect(p.warnings.isEmpty, "\(p.warnings)")
        // "KP1" fits no cell: refused, listing the cells there are.
        let text = String(decoding: try Self.bytes("ward-short-cell-names.csv"), as: UTF8.self).replacingOccurrences(of: "khu phố  1", with: "KP1")
        let (q, _) = try Self.members(Array(text.utf8), named: "w.csv", org: "Đảng bộ phường An Khê")
        #expect(Self.errors(q) == [
            "5|Chi bộ|no node “KP1” under “Đảng bộ phường An Khê”; it has: Chi bộ Khu phố 1, Chi bộ Khu phố 2 — write the name as it is (add --create-orgs to create it)",
        ])
    }

    /// A ward's list grouped by cell under sub-headings ("I. CHI BỘ KHU PHỐ 1"), with no cell
    /// column, imported into the ward: each row goes into the cell its sub-heading names.
    @Test func wardListGroupedBySubHeadingsGoesIntoTheirCells() throws {
        let (p, s) = try Self.members("ward-grouped-by-cell.csv", org: "Đảng bộ phường An Khê", createOrgs: true)
        #expect(p.ok, "\(p.errors)")
        #expect(p.createdOrgs.isEmpty)
        #expect(F.records(s, in: OrgID(11)) == [
            "Lê Thị Thắm|21004602|||1982|||chinh_thuc|dang_sinh_hoat|||dang_vien|||",
            "Đoàn Văn Hậu|21004601|||1975|||chinh_thuc|dang_sinh_hoat|||dang_vien|||",
        ])
        #expect(F.records(s, in: OrgID(12)) == ["Phạm Quang Huy|21004603|||1969|||chinh_thuc|dang_sinh_hoat|||dang_vien|||"])
        #expect(p.skipped.map { "\($0.line) \($0.en)" } == ["1 title above the table", "3 sub-heading inside the table", "6 sub-heading inside the table"])
        #expect(p.inferred.contains { $0.line == 3 && $0.en == "no cell column: each row belongs to the cell its sub-heading names: “CHI BỘ KHU PHỐ 1” (line 3), “CHI BỘ KHU PHỐ 2” (line 6)" },
                "\(p.inferred)")
        // Sub-headings that name no cell ("TỔ ĐẢNG SỐ 1"): the rows would go into the ward
        // itself, which holds no members — refused on each row, saying how to name the cell.
        let text = String(decoding: try Self.bytes("ward-grouped-by-cell.csv"), as: UTF8.self).replacingOccurrences(of: "CHI BỘ KHU PHỐ", with: "TỔ ĐẢNG SỐ")
        let (q, t) = try Self.members(Array(text.utf8), named: "g.csv", org: "Đảng bộ phường An Khê")
        #expect(F.records(t, in: OrgID(11)).isEmpty && F.records(t, in: OrgID(12)).isEmpty)
        let why = "“Đảng bộ phường An Khê” is a grassroots committee, not a cell; members belong to a cell: write each row's cell in a “Chi bộ” column, or choose a cell to import into"
        #expect(Self.errors(q) == ["4|Chi bộ|\(why)", "5|Chi bộ|\(why)", "7|Chi bộ|\(why)"])
    }

    /// A school's list: "Chức vụ" is the post at work (kept in the notes) beside "Chức vụ
    /// Đảng"; card numbers typed with Excel's ' mark; dates "ngày 5/3/1975" and a bare year.
    @Test func schoolListKeepsPostsAtWorkAndDropsTheTextMark() throws {
        let (p, s) = try Self.members("school-posts-and-marks.csv", org: "Đảng bộ xã Tân Lập / Chi bộ Trường Tiểu học Tân Lập")
        #expect(p.ok, "\(p.errors)")
        #expect(F.records(s, in: OrgID(21)) == [
            "Cao Thị Thu Trang|||nu|1992-08-17|||chinh_thuc|dang_sinh_hoat|||dang_vien||0988-123-456|Chức vụ: Giáo viên",
            "Lưu Văn Khánh|31200452||nam|1980|||chinh_thuc|dang_sinh_hoat|||pho_bi_thu||0912 345 679|Chức vụ: Phó Hiệu trưởng",
            "Vũ Minh Hiếu|31200454||nam|1987-11-02|||chinh_thuc|dang_sinh_hoat|||chi_uy_vien||+84 977 111 222|Chức vụ: Tổng phụ trách Đội",
            "Đỗ Thị Hồng Nhung|31200451||nu|1975-03-05|||chinh_thuc|dang_sinh_hoat|||bi_thu||0912.345.678|Chức vụ: Hiệu trưởng",
        ])
        #expect(Set(s.directMembers(of: OrgID(21)).compactMap { s.members[$0]?.workplace }) == ["Trường TH Tân Lập"])
        #expect(p.inferred.contains { $0.line == 4 && $0.en.contains("“Chức vụ” is the post held at work") }, "\(p.inferred)")
        #expect(p.inferred.contains { $0.line == 5 && $0.en.contains("taken off on lines 5, 6, 8") }, "\(p.inferred)")
        // Without "Chức vụ Đảng", "Chức vụ" is the Party role: "Hiệu trưởng" there is refused with the choices.
        let text = String(decoding: try Self.bytes("school-posts-and-marks.csv"), as: UTF8.self)
            .replacingOccurrences(of: "Chức vụ,Chức vụ Đảng", with: "Chức vụ,Ghi chú")
        let (q, _) = try Self.members(Array(text.utf8), named: "s.csv", org: "Đảng bộ xã Tân Lập / Chi bộ Trường Tiểu học Tân Lập")
        #expect(q.errors.map(\.line) == [5, 6, 7, 8])
        #expect(q.errors.first?.en.hasPrefix("unknown value “Hiệu trưởng”") == true, "\(q.errors)")
    }

    /// Mẫu 7-HSĐV typed with Alt+Enter: headings and the combined cells on several lines
    /// ("Nam⏎Nùng⏎Không", "12/03/1976⏎12/03/1977", "15961001⏎770112 BL"); a death and a
    /// transfer by their date columns.
    @Test func mau7WithFactsOnSeparateLinesOfACell() throws {
        let (p, s) = try Self.members("mau7-lines-in-cells.csv", org: "Đảng bộ phường Hạ Long / Chi bộ Tổ dân phố 5")
        #expect(p.ok, "\(p.errors)")
        #expect(F.records(s, in: OrgID(31)) == [
            "Hoàng Văn Sáu|15961001||nam|1950-07-03|1976-03-12|1977-03-12|chinh_thuc|tu_tran|2025-10-20||dang_vien|Tổ 5||Số lý lịch: 770112 BL¶Dân tộc: Nùng¶Tôn giáo: Không",
            "Đặng Thị Nga|15961002||nu|1983-09-14|2010-05-19|2011-05-19|chinh_thuc|da_chuyen_di|2024-06-01|Chuyển SH đi Đảng bộ phường Hạ Long|dang_vien|Tổ 7||Chuyển SH đi Đảng bộ phường Hạ Long¶Số lý lịch: 770113 BL¶Dân tộc: Kinh¶Tôn giáo: Công giáo",
        ])
        #expect(p.skipped.map { "\($0.line) \($0.en)" } == ["1 title above the table", "10 row of column numbers (1, 2, 3 …)"])
    }

    /// Windows line endings, trailing spaces, non-breaking spaces, a trailing empty column,
    /// "ngày 5/3/1990", "05-03-1966", years alone, ' before cards and a phone, "Miễn SHĐ",
    /// "Đã từ trần", "Chuyển SH đi".
    @Test func valuesTypedEveryWhichWay() throws {
        let (p, s) = try Self.members("messy-values-crlf.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(F.records(s) == [
            "Kiều Văn Tâm|40300103|||1948|1970|1971|chinh_thuc|tu_tran|||dang_vien|||",
            "Lạc Văn Hòa|40300101|||1990-03-05|2015-02-03|2016-02-03|chinh_thuc|dang_sinh_hoat|||dang_vien||0912.345.678|",
            "Nguyễn Thị Hằng|40300102|||1966-03-05|1990-06-01|1991-06-01|chinh_thuc|mien_sinh_hoat||Tuổi cao, sức yếu|dang_vien||0912345678|Tuổi cao, sức yếu",
            "Tô Thị Hoa|40300104|||1979-10-20|2005-02-03|2006-02-03|chinh_thuc|da_chuyen_di|||dang_vien||0977 111 222|Đảng bộ phường Cửa Bắc",
        ])
        #expect(p.warnings.isEmpty, "\(p.warnings)")
        #expect(p.inferred.contains { $0.line == 3 && $0.en.contains("taken off on lines 3") }, "\(p.inferred)")
    }

    /// Text in decomposed form (as macOS and some web forms save it) is stored composed, and
    /// importing it again changes nothing.
    @Test func decomposedTextIsStoredComposed() throws {
        let raw = try Self.bytes("nfd-text.csv")
        #expect(String(decoding: raw, as: UTF8.self).unicodeScalars.contains { $0.value == 0x0303 })  // the file really is NFD
        let (p, s) = try Self.members("nfd-text.csv")
        #expect(p.ok, "\(p.errors)")
        let got = F.records(s)
        #expect(got == [
            "Lê Quốc Hưng|40400202||nam|1965-05-01|||chinh_thuc|mien_sinh_hoat||Đau ốm dài ngày|dang_vien|||",
            "Nguyễn Thị Ánh Tuyết|40400201||nu|1970-12-12|||chinh_thuc|dang_sinh_hoat|||bi_thu|||",
            "Trần Đình Nghĩa|40400203||nam|1988-08-23|||chinh_thuc|dang_sinh_hoat|||pho_bi_thu|||",
        ])
        #expect(got.allSatisfy { !$0.unicodeScalars.contains { (0x0300...0x0323).contains($0.value) } })
        let (again, _) = try Self.members(raw, named: "nfd-text.csv", org: F.cell, into: s)
        #expect(again.ok && again.unchanged == 3 && again.ops.isEmpty, "\(again.errors)")
    }

    /// Excel's "Unicode Text": UTF-16 with a BOM, tabs, CRLF, a quoted date, a status in Ghi chú.
    @Test func excelUnicodeTextImports() throws {
        let (p, s) = try Self.members("unicode-text-utf16.txt")
        #expect(p.ok, "\(p.errors)")
        #expect(F.records(s) == [
            "Châu Văn Đức|40500302||nam|1977-04-03|2001-08-15||chinh_thuc|mien_sinh_hoat||Miễn SH từ 2023: đau ốm|dang_vien|||Miễn SH từ 2023: đau ốm",
            "Khúc Thị Lan|||nu|1996-09-28|2026-01-07||du_bi|dang_sinh_hoat|||dang_vien|||",
            "Mai Thị Thanh Thủy|40500301||nu|1985-02-14|2012-11-20||chinh_thuc|dang_sinh_hoat|||dang_vien|||",
        ])
        #expect(p.inferred.first?.en.contains("UTF-16") == true, "\(p.inferred)")
    }

    /// A summary table under the roster ("TỔNG HỢP", then counts) is not members; a single
    /// "Đảng viên chính thức/dự bị" column holds the kind in words.
    @Test func summaryTableBelowTheRosterIsLeftOut() throws {
        let (p, s) = try Self.members("summary-table-below.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(F.records(s) == [
            "Bế Văn Chung|||nam|1956|1980-05-12||chinh_thuc|dang_sinh_hoat|||dang_vien|||",
            "Hầu Văn Sếnh|||nam|1990|2015-09-02||chinh_thuc|dang_sinh_hoat|||dang_vien|||",
            "Ma Thị Dịu|||nu|1979|2026-06-15||du_bi|dang_sinh_hoat|||dang_vien|||",
        ])
        #expect(p.skipped.map { "\($0.line) \($0.en)" } == [
            "1 title above the table", "2 title above the table", "7 blank row", "8 summary table below the roster (through line 13)",
        ])
        let text = String(decoding: try Self.bytes("summary-table-below.csv"), as: UTF8.self)
        // Without its heading, the counts under the name column are refused, never stored as members.
        let bare = text.replacingOccurrences(of: "TỔNG HỢP,,,,,,\n", with: "")
        let (q, t) = try Self.members(Array(bare.utf8), named: "b.csv", org: F.cell)
        #expect(F.records(t).isEmpty)
        let why = "is not a person's name (perhaps another table below the roster); remove the row or correct the name"
        #expect(Self.errors(q) == ["10|Họ và tên|“2” \(why)", "11|Họ và tên|“1” \(why)", "12|Họ và tên|“1” \(why)"])
        // A numbered member under the summary is refused on its line, not dropped.
        let late = text + "4,Lương Văn Tài,1985,Nam,01/01/2010,Chính thức,\n"
        let (r, _) = try Self.members(Array(late.utf8), named: "l.csv", org: F.cell)
        #expect(r.errors.map(\.line) == [14] && r.errors[0].en.hasPrefix("a member row inside the summary table"), "\(r.errors)")
    }

    /// "ĐVCT", "ĐVDB", "Đảng viên chính thức", "CT"; "Đang SH", "Miễn SHĐ", "Đã từ trần",
    /// "Chuyển SH đi"; "Bí thư", "Phó Bí thư", "Chi ủy viên".
    @Test func statusKindAndRoleWords() throws {
        let (p, s) = try Self.members("status-kind-words.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(F.records(s) == [
            "Lã Thị Huyền||||1993|2026-04-20||du_bi|dang_sinh_hoat|||dang_vien|||",
            "Lê Văn Hải||||1971|1999||chinh_thuc|da_chuyen_di|||dang_vien|||",
            "Mẫn Văn Thịnh||||1949|1972||chinh_thuc|mien_sinh_hoat||Sức khỏe yếu|chi_uy_vien|||Sức khỏe yếu",
            "Quan Văn Lợi||||1952|1975||chinh_thuc|dang_sinh_hoat|||bi_thu|||",
            "Tống Thị Lý||||1960|1985||chinh_thuc|tu_tran|||pho_bi_thu|||",
        ])
        // An exemption with no reason anywhere is refused with where to write one.
        let text = String(decoding: try Self.bytes("status-kind-words.csv"), as: UTF8.self).replacingOccurrences(of: "Sức khỏe yếu", with: "")
        let (q, _) = try Self.members(Array(text.utf8), named: "k.csv", org: F.cell)
        #expect(Self.errors(q) == [
            "4|Tình trạng sinh hoạt|an exempt member needs a reason: add a “Lý do” column, or write the reason in Ghi chú (e.g. “Miễn SH từ 2021: tuổi cao”)",
        ])
    }

    /// An agency's list with abbreviated headings ("Họ tên", "Đơn vị", "Số thẻ ĐV", "SĐT",
    /// "Ngày CT"), its cell created under a new committee with --create-orgs.
    @Test func abbreviatedHeadingsOfAnAgencyList() throws {
        let (p, s) = try Self.members("agency-abbreviated-headings.csv", org: "Đảng bộ Sở Nội vụ", createOrgs: true)
        #expect(p.ok, "\(p.errors)")
        #expect(p.warnings.isEmpty, "\(p.warnings)")
        #expect(p.createdOrgs.count == 2)
        let cell = try #require(s.org(atPath: "Đảng bộ Sở Nội vụ / Chi bộ Văn phòng"))
        #expect(F.records(s, in: cell) == [
            "Hồ Văn Minh|31300001||||2001-05-12|2002-05-12|chinh_thuc|dang_sinh_hoat|||dang_vien||0903111222|",
            "Trịnh Thị Lan|31300002||||2010-02-03|2011-02-03|chinh_thuc|dang_sinh_hoat|||dang_vien||0903111223|",
        ])
    }

    /// Yearly classification columns have no place on a member: each is named in one warning.
    @Test func evaluationColumnsOfAMemberListAreNamedAsUnused() throws {
        let (p, s) = try Self.members("members-with-evaluation.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(F.records(s) == [
            "Danh Thị Ngọc|40600402|||1982-12-12|||chinh_thuc|dang_sinh_hoat|||dang_vien|||",
            "Thạch Văn Sơn|40600401|||1970-01-01|||chinh_thuc|dang_sinh_hoat|||dang_vien|||",
        ])
        #expect(p.warnings.map(\.column) == ["Xếp loại chất lượng năm 2024", "Xếp loại chất lượng năm 2025"])
    }

    /// A workbook whose "Họ và tên" heading is one cell merged over the two columns the name is
    /// typed in (family and middle names | given name), dates as date cells, cards as numbers.
    @Test func workbookWithTheNameHeadingMergedOverTwoColumns() throws {
        let shared = ["DANH SÁCH ĐẢNG VIÊN", "STT", "Họ và tên", "Ngày sinh", "Số thẻ", "Nguyễn Văn", "Bình", "Phạm Thị Thu", "Hà"]
        let rows = """
            <row r="1"><c r="A1" t="s"><v>0</v></c></row>\
            <row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3"/><c r="D3" t="s"><v>3</v></c><c r="E3" t="s"><v>4</v></c></row>\
            <row r="4"><c r="A4"><v>1</v></c><c r="B4" t="s"><v>5</v></c><c r="C4" t="s"><v>6</v></c><c r="D4" s="2"><v>25729</v></c><c r="E4"><v>31200461</v></c></row>\
            <row r="5"><c r="A5"><v>2</v></c><c r="B5" t="s"><v>7</v></c><c r="C5" t="s"><v>8</v></c><c r="D5" s="1"><v>32874</v></c><c r="E5"><v>31200462</v></c></row>
            """
        let book = try SpreadsheetFixtures.workbook(sheets: [("DS", SpreadsheetFixtures.sheet(rows, merges: ["A1:E1", "B3:C3"]), false)], shared: shared)
        let (p, s) = try Self.members(book, named: "merged.xlsx", org: F.cell)
        #expect(p.ok, "\(p.errors)")
        #expect(F.records(s) == [
            "Nguyễn Văn Bình|31200461|||1970-06-10|||chinh_thuc|dang_sinh_hoat|||dang_vien|||",
            "Phạm Thị Thu Hà|31200462|||1990-01-01|||chinh_thuc|dang_sinh_hoat|||dang_vien|||",
        ])
        #expect(p.inferred.contains { $0.en.contains("“Họ và tên” spans two columns") }, "\(p.inferred)")
        // Saved as CSV, the merged heading leaves the second cell empty: the same records.
        let csv = "DANH SÁCH ĐẢNG VIÊN,,,,\n,,,,\nSTT,Họ và tên,,Ngày sinh,Số thẻ\n1,Nguyễn Văn,Bình,10/06/1970,31200461\n2,Phạm Thị Thu,Hà,01/01/1990,31200462\n"
        let (q, t) = try Self.members(Array(csv.utf8), named: "merged.csv", org: F.cell)
        #expect(q.ok, "\(q.errors)")
        #expect(F.records(t) == F.records(s))
    }

    // MARK: assignments

    static func assignments(_ bytes: [UInt8], named file: String) throws -> (ImportPlan, [String]) {
        var s = try state()
        try s.apply(batch: F.plan("title-footer-subheadings.csv", into: s).ops)
        let roster = try TableFile.load(bytes, fileName: file, sheet: nil, encoding: nil).roster(kind: .assignments, today: today)
        let p = AssignmentImport.plan(roster, into: s, org: F.cell)
        guard p.ok else { return (p, []) }
        try s.apply(batch: p.ops)
        return (p, F.assignmentRecords(s))
    }

    /// "DANH SÁCH ĐẢNG VIÊN ĐĂNG KÝ NHIỆM VỤ": each member registered the task; said so.
    @Test func aListOfRegisteredTasksIsSelfRegistered() throws {
        let (p, got) = try Self.assignments(Self.bytes("dang-ky-nhiem-vu.csv"), named: "dang-ky-nhiem-vu.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(got == [
            "Lò Văn Páo|thanh_nien|Xóm 3||Vận động thanh niên tham gia hiến máu|noi_cu_tru|tu_nhan|2026-01-12||2026:hoan_thanh:",
            "Đinh Công Tráng|ho_dan|Xóm 1||Vận động hộ gia đình phân loại rác tại nguồn|noi_cu_tru|tu_nhan|2026-01-10||2026:tot:",
        ])
        #expect(p.inferred.contains { $0.line == 2 && $0.en.contains("is a list of self-registered tasks") }, "\(p.inferred)")
    }

    /// A self-registered list whose name column is headed "Đảng viên", with "Nơi thực hiện",
    /// "Tháng 2/2026" and "ngày 10/3/2026".
    @Test func aSelfRegisteredListWithAnDangVienColumn() throws {
        let (p, got) = try Self.assignments(Self.bytes("tu-nhan-dang-vien-column.csv"), named: "tu-nhan-dang-vien-column.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(got == [
            "Hà Thị Mến|phu_nu|||Vận động chị em tham gia CLB dân vận khéo|noi_cu_tru|tu_nhan|2026-03-10||",
            "Đinh Công Tráng|ho_dan|||Vận động 3 hộ nghèo làm mô hình nuôi gà|noi_cu_tru|tu_nhan|2026-02-01||",
        ])
    }

    /// "Đ/c Đinh Công Tráng", "đ/c Hà Thị Mến": the form of address is taken off (listed),
    /// and the members are found by name; a member list's "Đồng chí …" likewise.
    @Test func formOfAddressBeforeNamesIsNotPartOfThem() throws {
        let (p, got) = try Self.assignments(Self.bytes("dong-chi-before-names.csv"), named: "dong-chi-before-names.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(got == [
            "Hà Thị Mến|phu_nu|||Vận động tiêm chủng|noi_cu_tru|phan_cong|2026-02-01||",
            "Đinh Công Tráng|ho_dan|||Vận động làm đường|noi_cu_tru|phan_cong|2026-01-01||",
        ])
        #expect(p.inferred.contains { $0.line == 2 && $0.en.hasSuffix("taken off on lines 2, 3") }, "\(p.inferred)")
        let csv = "Họ và tên,Số thẻ\nĐồng chí Đào Duy Anh,31200481\nĐỗ Văn Cừ,31200482\n"
        let (q, s) = try Self.members(Array(csv.utf8), named: "m.csv", org: F.cell)
        #expect(q.ok, "\(q.errors)")
        #expect(F.records(s).map { $0.split(separator: "|")[0] } == ["Đào Duy Anh", "Đỗ Văn Cừ"])
    }

    /// An assignment book whose time column says "Tháng 3/2026", "tháng 02 năm 2026"; a
    /// quarter ("Quý I/2026") names no day and is refused on its line.
    @Test func assignmentBookWithMonthsInWords() throws {
        let raw = try Self.bytes("book-month-words.csv")
        let (refused, _) = try Self.assignments(raw, named: "book-month-words.csv")
        #expect(Self.errors(refused) == ["4|Thời gian|“Quý I/2026” is not a valid date (dd/mm/yyyy or yyyy-mm-dd)"])
        let fixed = String(decoding: raw, as: UTF8.self).replacingOccurrences(of: "Quý I/2026", with: "01/2026")
        let (p, got) = try Self.assignments(Array(fixed.utf8), named: "b.csv")
        #expect(p.ok, "\(p.errors)")
        #expect(got == [
            "Hà Thị Mến|ho_dan|Xóm 1 — Hộ ông Lục Văn Bằng, hộ ông Lục Văn Tư|2|Vận động hiến đất làm đường|noi_cu_tru|phan_cong|2026-01-01||",
            "Tạ Quang Vĩnh|ho_dan|Xóm 3|5|Vận động cai nghiện|noi_cu_tru|phan_cong|2026-02-01||2026:tot:",
            "Đinh Công Tráng|phu_nu|Xóm 2 — Hộ bà Nông Thị Nhung|1|Vận động tiêm chủng|noi_cu_tru|phan_cong|2026-03-01||2026:xuat_sac:",
        ])
    }
}
