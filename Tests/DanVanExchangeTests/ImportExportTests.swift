import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

private func table(_ text: String) throws -> CSVReader.Table { try CSVReader.parse(Array(text.utf8)) }

/// A root committee with one grassroots cell holding one member (card 11111111).
private func smallState() throws -> State {
    var s = State()
    let root = Org(id: OrgID(1), parent: nil, name: "Đảng bộ huyện Củ Chi", level: .higherCommittee)
    let cell = Org(id: OrgID(2), parent: root.id, name: "Chi bộ ấp Phú Hòa", level: .grassrootsCell, unitKind: .xa)
    try s.apply(.addOrg(root))
    try s.apply(.addOrg(cell))
    try s.apply(.addMember(Member(id: MemberID(10), org: cell.id, fullName: "Lê Văn Tám", cardNo: "11111111",
                                  birthDate: Day(year: 1970, month: 5, day: 1), joinedDate: Day(year: 1995, month: 1, day: 1))))
    return s
}

private func commit(_ plan: ImportPlan, to s: inout State) throws {
    #expect(plan.ok, "\(plan.errors)")
    try s.apply(batch: plan.ops)
}

@Suite struct MemberImportTests {
    @Test func errorsImportNothingAndEveryErrorIsListed() throws {
        let s = try smallState()
        let csv = """
        Họ và tên,Chi bộ,Ngày sinh,Ngày vào Đảng,Số thẻ,Giới tính,Trạng thái
        Nguyễn Văn An,Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa,01/02/1980,2005,22222222,Nam,
        ,Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa,01/02/1980,,,,
        Trần Thị Bé,Đảng bộ huyện Củ Chi / Chi bộ ấp Không Có,31/02/1980,,33333333,Nữ,
        Phạm Văn Cường,Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa,1990-01-01,1985,22222222,khong ro,
        Đỗ Thị Dung,Đảng bộ huyện Củ Chi,1990-01-01,2015,44444444,nu,mien sinh hoat

        """
        let plan = MemberImport.plan(try table(csv), into: s, createOrgs: false)
        #expect(plan.ops.isEmpty)
        let got = plan.errors.map { "\($0.line)|\($0.column ?? "-")" }
        #expect(got.contains("3|Họ và tên"))
        #expect(got.contains("4|Chi bộ"))
        #expect(got.contains("4|Ngày sinh"))
        #expect(got.contains("5|Số thẻ"))  // same card as line 2
        #expect(got.contains("5|Giới tính"))
        #expect(got.contains("6|Chi bộ"))  // a committee, not a cell
        #expect(!got.contains { $0.hasPrefix("2|") })
        let joinedLate = plan.errors.first { $0.line == 4 && $0.column == "Ngày sinh" }!
        #expect(joinedLate.message(.vi).contains("31/02/1980"))
        #expect(plan.errors.first { $0.line == 4 && $0.column == "Chi bộ" }!.message(.en).contains("--create-orgs"))
        #expect(plan.errors.allSatisfy { !$0.vi.isEmpty && !$0.en.isEmpty })
    }

    @Test func joinedBeforeBirthIsAnErrorOnTheJoinedColumn() throws {
        let csv = "full_name,org,birth_date,joined\nA B C,Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa,1990-01-01,1985\n"
        let plan = MemberImport.plan(try table(csv), into: try smallState(), createOrgs: false)
        #expect(plan.errors.map { "\($0.line)|\($0.column ?? "")" } == ["2|joined"])
    }

    @Test func semicolonBOMAndNFDImport() throws {
        var s = try smallState()
        let nfdName = "Nguyễn Thị Ánh".decomposedStringWithCanonicalMapping
        let nfdPath = "Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa".decomposedStringWithCanonicalMapping
        #expect(nfdName.unicodeScalars.count > "Nguyễn Thị Ánh".unicodeScalars.count)
        let text = "Số thẻ;Họ và tên;Chi bộ;Ngày sinh;Ghi chú\r\n22222222;\(nfdName);\(nfdPath);03/04/1985;\"có; dấu chấm phẩy\"\r\n"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let plan = MemberImport.plan(try CSVReader.parse(bytes), into: s, createOrgs: false)
        try commit(plan, to: &s)
        let m = try #require(s.member(withCard: "22222222"))
        #expect(m.fullName == "Nguyễn Thị Ánh")
        #expect(m.fullName.unicodeScalars.elementsEqual("Nguyễn Thị Ánh".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(m.org == OrgID(2))
        #expect(m.birthDate == Day(year: 1985, month: 4, day: 3))
        #expect(m.notes == "có; dấu chấm phẩy")
        #expect(plan.added == 1)
    }

    @Test(arguments: [
        "card_no,full_name,gender,birth_date,org,joined,full_member_date,status,role,phone",
        "Số thẻ,Họ và tên,Giới tính,Ngày sinh,Chi bộ,Ngày vào Đảng,Ngày chính thức,Trạng thái,Chức vụ,Điện thoại",
        "so the,ho va ten,gioi tinh,ngay sinh,chi bo,ngay vao dang,ngay chinh thuc,trang thai,chuc vu,dien thoai",
        "SỐ THẺ ĐẢNG VIÊN,Họ tên,Phái,Date of birth,Đơn vị,Ngày kết nạp,Full member date,Tình trạng,Position,SĐT",
    ])
    func headersInEnglishVietnameseAndWithoutDiacritics(header: String) throws {
        var s = try smallState()
        let csv = header + "\n22222222,Hoàng Phủ Ngọc Tường,nam,1975,Dang bo huyen Cu Chi / Chi bo ap Phu Hoa,12/03/2000,2001-03-12,dang sinh hoat,bi thu,0903123456\n"
        let plan = MemberImport.plan(try table(csv), into: s, createOrgs: false)
        #expect(plan.warnings.isEmpty)
        try commit(plan, to: &s)
        let m = try #require(s.member(withCard: "22222222"))
        #expect(m.fullName == "Hoàng Phủ Ngọc Tường")
        #expect(m.gender == .male && m.role == .secretary && m.status.kind == .active)
        #expect(m.birthDate == Day.year(1975))  // a bare year stays a year
        #expect(m.joinedDate == Day(year: 2000, month: 3, day: 12) && m.fullMemberDate == Day(year: 2001, month: 3, day: 12))
        #expect(m.phone == "0903123456" && m.kind == .full)
    }

    /// The status date and reason under the names secretaries give them.
    @Test(arguments: ["Ngày trạng thái,Lý do / nơi chuyển", "Ngày miễn sinh hoạt,Ghi chú trạng thái", "status_date,reason"])
    func statusDateAndReasonHeaders(columns: String) throws {
        var s = try smallState()
        let csv = "Số thẻ,Họ và tên,Chi bộ,Trạng thái,\(columns)\n22222222,Trần Văn Hai,Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa,miễn sinh hoạt,01/01/2024,Tuổi cao\n"
        let plan = MemberImport.plan(try table(csv), into: s, createOrgs: false)
        #expect(plan.warnings.isEmpty)
        try commit(plan, to: &s)
        let m = try #require(s.member(withCard: "22222222"))
        #expect(m.status == MemberStatus(kind: .exempt, date: Day(year: 2024, month: 1, day: 1), note: "Tuổi cao"))
    }

    @Test func unknownColumnsWarnAndExistingCardsUpdate() throws {
        var s = try smallState()
        let csv = "Số thẻ,Họ và tên,Chi bộ,Quê quán,Điện thoại\n11111111,Lê Văn Tám,Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa,Huế,0912000111\n"
        let plan = MemberImport.plan(try table(csv), into: s, createOrgs: false)
        #expect(plan.warnings.map(\.column) == ["Quê quán"])
        #expect(plan.updated == 1 && plan.added == 0)
        try commit(plan, to: &s)
        let m = s.members[MemberID(10)]!
        #expect(m.phone == "0912000111")
        #expect(m.birthDate == Day(year: 1970, month: 5, day: 1))  // column absent: kept
        let again = MemberImport.plan(try table(csv), into: s, createOrgs: false)
        #expect(again.ops.isEmpty && again.unchanged == 1)
        #expect(again.summary(.en, noun: ("đảng viên", "members"), dryRun: false).contains("0 members added, 0 updated, 1 unchanged"))
    }

    @Test func movingAnExistingMemberRecordsATransfer() throws {
        var s = try smallState()
        try s.apply(.addOrg(Org(id: OrgID(3), parent: OrgID(1), name: "Chi bộ ấp Tân An", level: .grassrootsCell)))
        let csv = "Số thẻ,Họ và tên,Chi bộ\n11111111,Lê Văn Tám,Đảng bộ huyện Củ Chi / Chi bộ ấp Tân An\n"
        try commit(MemberImport.plan(try table(csv), into: s, createOrgs: false), to: &s)
        let m = s.members[MemberID(10)]!
        #expect(m.org == OrgID(3))
        #expect(m.history.map(\.from) == [OrgID(2)])
    }

    /// The level of a new node follows everything the file puts below it, whichever row comes first.
    @Test func createOrgsLooksAtTheWholeFile() throws {
        var s = State()
        let csv = """
        Họ và tên,Chi bộ
        A Văn Một,Đảng bộ thành phố Mới / Đảng bộ huyện Xa / Chi bộ Kho bạc
        A Văn Hai,Đảng bộ thành phố Mới / Đảng bộ huyện Xa / Đảng bộ Cơ quan Chính quyền huyện Xa / Chi bộ Văn phòng
        A Văn Ba,Đảng bộ thành phố Mới / Đảng bộ huyện Xa / Đảng bộ Cơ quan Chính quyền huyện Xa / Đảng bộ bộ phận Khối 1 / Chi bộ Y tế

        """
        try commit(MemberImport.plan(try table(csv), into: s, createOrgs: true), to: &s)
        func level(_ p: String) -> OrgLevel? { s.org(atPath: "Đảng bộ thành phố Mới / " + p).map { s.orgs[$0]!.level } }
        #expect(level("Đảng bộ huyện Xa") == .higherCommittee)
        #expect(level("Đảng bộ huyện Xa / Chi bộ Kho bạc") == .grassrootsCell)
        #expect(level("Đảng bộ huyện Xa / Đảng bộ Cơ quan Chính quyền huyện Xa") == .grassrootsCommittee)
        #expect(level("Đảng bộ huyện Xa / Đảng bộ Cơ quan Chính quyền huyện Xa / Chi bộ Văn phòng") == .subordinateCell)
        #expect(level("Đảng bộ huyện Xa / Đảng bộ Cơ quan Chính quyền huyện Xa / Đảng bộ bộ phận Khối 1") == .partialCommittee)
    }

    @Test func createOrgsMakesMissingNodesWithSensibleLevels() throws {
        var s = try smallState()
        let csv = """
        Họ và tên,Chi bộ
        Võ Văn Ba,Đảng bộ huyện Củ Chi / Đảng bộ xã Tân Thạnh Đông / Đảng bộ bộ phận Khu vực 1 / Chi bộ ấp 3
        Võ Thị Tư,Đảng bộ huyện Củ Chi / Đảng bộ xã Tân Thạnh Đông / Chi bộ ấp 4
        Võ Văn Năm,Đảng bộ huyện Củ Chi / Chi bộ Trường Tiểu học Phú Hòa

        """
        let plan = MemberImport.plan(try table(csv), into: s, createOrgs: true)
        #expect(plan.createdOrgs.count == 5)
        try commit(plan, to: &s)
        func level(_ p: String) -> OrgLevel? { s.org(atPath: p).map { s.orgs[$0]!.level } }
        #expect(level("Đảng bộ huyện Củ Chi / Đảng bộ xã Tân Thạnh Đông") == .grassrootsCommittee)
        #expect(level("Đảng bộ huyện Củ Chi / Đảng bộ xã Tân Thạnh Đông / Đảng bộ bộ phận Khu vực 1") == .partialCommittee)
        #expect(level("Đảng bộ huyện Củ Chi / Đảng bộ xã Tân Thạnh Đông / Chi bộ ấp 4") == .subordinateCell)
        #expect(level("Đảng bộ huyện Củ Chi / Chi bộ Trường Tiểu học Phú Hòa") == .grassrootsCell)
        #expect(s.orgs[s.org(atPath: "Đảng bộ huyện Củ Chi / Đảng bộ xã Tân Thạnh Đông")!]!.unitKind == .xa)
        #expect(s.members.count == 4)
    }
}

@Suite struct AssignmentImportTests {
    @Test func importsByCardMergesEvaluationRowsAndReimportIsNoOp() throws {
        var s = try smallState()
        let csv = """
        Số thẻ,Đối tượng,Địa bàn,Số hộ,Nội dung,Nơi,Nguồn,Từ ngày,Đến ngày,Năm đánh giá,Đánh giá
        11111111,ho_dan,Tổ 3,12,Vận động giữ vệ sinh,Nơi cư trú,tự nhận,2024,,2024,tot
        11111111,Hộ gia đình khu dân cư,to 3,12,Vận động giữ vệ sinh,noi cu tru,tu nhan,01/01/2024,,2025,htxs
        11111111,Phụ nữ,Tổ 4,,Vận động phụ nữ,,assigned,2023,2023,,

        """
        let plan = AssignmentImport.plan(try table(csv), into: s)
        #expect(plan.added == 2)
        try commit(plan, to: &s)
        let list = s.assignments(of: MemberID(10))
        #expect(list.count == 2)
        let hh = try #require(list.first { $0.targetGroup == .hoDan })
        #expect(hh.source == .selfRegistered && hh.households == 12 && hh.to == nil)
        #expect(hh.evaluations == [2024: Evaluation(level: .good), 2025: Evaluation(level: .outstanding)])
        let women = try #require(list.first { $0.targetGroup == .phuNu })
        #expect(women.from == Day(year: 2023, month: 1, day: 1) && women.to == Day(year: 2023, month: 12, day: 31))
        let again = AssignmentImport.plan(try table(csv), into: s)
        #expect(again.ok && again.ops.isEmpty && again.unchanged == 2)
    }

    @Test func badRowsAreAllListed() throws {
        let csv = """
        card_no,target_group,from,to,evaluation_year,evaluation,households
        99999999,ho_dan,2024,,,,
        11111111,martians,2024,,,,
        11111111,ho_dan,2024,2023,,,
        11111111,ho_dan,,,2024,tot,-3
        11111111,ho_dan,2024,,,tot,

        """
        let plan = AssignmentImport.plan(try table(csv), into: try smallState())
        #expect(plan.ops.isEmpty)
        let got = Set(plan.errors.map { "\($0.line)|\($0.column ?? "-")" })
        #expect(got == ["2|card_no", "3|target_group", "4|to", "5|from", "5|households", "6|evaluation_year"])
    }
}

@Suite struct RoundTripTests {
    /// District scale in Vietnamese, cell scale in English (debug builds are slow at scale).
    @Test(arguments: [(DemoScale.district, Lang.vi), (DemoScale.cell, Lang.en)])
    func exportImportExportIsIdentical(scale: DemoScale, lang: Lang) throws {
        let source = scale == .district ? districtDemo : Demo.generate(scale: scale, seed: 5, today: demoToday)
        let members = TableExport.members(source, under: nil, lang: lang)
        let assignments = TableExport.assignments(source, under: nil, lang: lang)
        var fresh = State()
        let mp = MemberImport.plan(try CSVReader.parse(members), into: fresh, createOrgs: true)
        #expect(mp.added == source.members.count)
        try commit(mp, to: &fresh)
        let ap = AssignmentImport.plan(try CSVReader.parse(assignments), into: fresh)
        #expect(ap.added == source.assignments.count)
        #expect(Array(ap.errors.prefix(5)) == [])
        try commit(ap, to: &fresh)
        // Compared as Bools: a failing #expect on megabytes of bytes takes ages to print.
        let sameMembers = TableExport.members(fresh, under: nil, lang: lang) == members
        let sameAssignments = TableExport.assignments(fresh, under: nil, lang: lang) == assignments
        #expect(sameMembers)
        #expect(sameAssignments)
        let committees = Set(source.orgs.values.compactMap(\.parent))
        #expect(fresh.orgs.count == source.orgs.values.filter { committees.contains($0.id) || $0.level.isCell }.count)
        // Importing the same files again changes nothing.
        let again = MemberImport.plan(try CSVReader.parse(members), into: fresh, createOrgs: false)
        #expect(again.ops.isEmpty && again.unchanged == source.members.count)
        #expect(AssignmentImport.plan(try CSVReader.parse(assignments), into: fresh).ops.isEmpty)
    }

    @Test func exportOfASubtreeHasOnlyItsRows() throws {
        let s = districtDemo
        let committee = s.children(of: s.roots[0]).first { s.orgs[$0]!.level == .grassrootsCommittee }!
        let t = try CSVReader.parse(TableExport.members(s, under: committee, lang: .vi))
        #expect(t.header.fields.first == "Số thẻ")
        let expected = s.subtree(of: committee).reduce(0) { $0 + s.directMembers(of: $1).count }
        #expect(t.rows.count == expected)
        let prefix = s.path(of: committee) + " / "
        #expect(t.rows.allSatisfy { $0.fields[6].hasPrefix(prefix) })  // after the family_name column
    }

    @Test func minutesListMeetingsWithAttendance() throws {
        let s = Demo.generate(scale: .cell, seed: 3, today: demoToday)
        let t = try CSVReader.parse(TableExport.minutes(s, under: nil, lang: .vi))
        #expect(t.header.fields == ["Ngày", "Chi bộ", "Loại", "Có mặt", "Vắng", "Ghi chú", "Quyết định"])
        #expect(t.rows.count == s.meetings.count)
        let m = s.meetings.values.min { $0.date < $1.date }!
        let first = t.rows[0].fields
        #expect(first[0] == m.date.vn)
        let att = MeetingAttendance(meeting: m, state: s)
        #expect(first[3] == "\(att.present.count)/\(att.expected.count)")
        // The demo marks everyone the meeting expected.
        #expect(att.notMarked.isEmpty && att.expected.count >= 3)
        for (id, a) in m.attendance where a.kind == .excused { #expect(first[4].contains("\(s.members[id]!.fullName) (\(a.reason))")) }
    }
}

/// Finding 21: a formula typed into a note or an address leaves the export guarded, and comes
/// back from import exactly as stored (export → import → export gives the same bytes).
@Suite struct FormulaExportTests {
    @Test func formulasAreGuardedInExportsAndRestoredOnImport() throws {
        var s = try smallState()
        var m = s.members[MemberID(10)]!
        m.notes = "=HYPERLINK(\"http://x\",\"bấm\")"
        m.residence = "@tổ 3"
        m.workplace = "'=đã có dấu nháy"
        m.phone = "+84912345678"
        try s.apply(.updateMember(m))
        let out = TableExport.members(s, under: nil, lang: .vi)
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\""))
        #expect(text.contains(",'@tổ 3,") && text.contains(",''=đã có dấu nháy,") && text.contains(",+84912345678,"))
        let t = try CSVReader.parse(out)
        var back = State()
        try back.apply(.addOrg(s.orgs[OrgID(1)]!))
        try back.apply(.addOrg(s.orgs[OrgID(2)]!))
        let plan = MemberImport.plan(t, into: back, createOrgs: false, validate: true)
        try commit(plan, to: &back)
        let again = back.members.values.first!
        #expect(again.notes == m.notes && again.residence == m.residence && again.workplace == m.workplace)
        #expect(TableExport.members(back, under: nil, lang: .vi) == out)
    }
}
