import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// The member rules are the core's (`State.apply`); the importer reports each refusal on its
/// line, in the column of the field the core names, together with its own findings.
@Suite struct MemberImportRulesTests {
    private func state() throws -> State {
        var s = State()
        try s.apply(.addOrg(Org(id: OrgID(1), parent: nil, name: "Đảng bộ xã An Phú", level: .grassrootsCommittee)))
        try s.apply(.addOrg(Org(id: OrgID(2), parent: OrgID(1), name: "Chi bộ ấp 1", level: .subordinateCell)))
        try s.apply(.addMember(Member(id: MemberID(10), org: OrgID(2), fullName: "Lê Văn Tám", cardNo: "11111111",
                                      birthDate: Day(year: 1970, month: 5, day: 1), joinedDate: Day(year: 1995, month: 1, day: 1))))
        return s
    }

    @Test func coreRefusalsLandOnTheirLineAndColumn() throws {
        let csv = """
        card_no,full_name,given_name,org,birth_date,joined,full_member_date,status,status_date,status_note
        22222222,Nguyễn Văn An,,Đảng bộ xã An Phú / Chi bộ ấp 1,1980-01-01,2005-01-01,2004-01-01,,,
        33333333,Trần Thị Bình,Hoa,Đảng bộ xã An Phú / Chi bộ ấp 1,1981-01-01,,,,,
        44444444,Phạm Văn Cường,,Đảng bộ xã An Phú / Chi bộ ấp 9,1981-01-01,,,,,
        55555555,Đỗ Văn Dũng,,Đảng bộ xã An Phú / Chi bộ ấp 1,1960-01-01,1990-01-01,,chuyen sinh hoat,1985-01-01,Hà Nội
        66666666,Võ Thị Em,,Đảng bộ xã An Phú / Chi bộ ấp 1,1990-01-01,1990-01-01,,,,
        11111111,Lê Văn Tám,,Đảng bộ xã An Phú / Chi bộ ấp 1,1970-05-01,1995-01-01,1994-06-01,,,
        77777777,Hồ Văn Giàu,,Đảng bộ xã An Phú / Chi bộ ấp 1,1975-01-01,2000-01-01,,mien sinh hoat,2020-01-01,
        88888888,Mai Văn Hai,,Đảng bộ xã An Phú / Chi bộ ấp 1,1945-01-01,1970-01-01,,Từ trần,,

        """
        let plan = MemberImport.plan(try CSVReader.parse(Array(csv.utf8)), into: try state(), createOrgs: false)
        #expect(plan.ops.isEmpty)
        let got = plan.errors.map { "\($0.line)|\($0.column ?? "-")" }
        #expect(got == ["2|full_member_date", "3|given_name", "4|org", "5|status_date", "6|joined", "7|full_member_date", "8|status_note"])
        // Listed in line order, though the core's findings come after the importer's own.
        #expect(plan.errors.map(\.line) == plan.errors.map(\.line).sorted())
        let given = plan.errors[1]
        #expect(given.en.contains("Given name") && given.vi.contains("Tên gọi"))
        #expect(plan.errors.allSatisfy { !$0.vi.isEmpty && !$0.en.isEmpty })
    }

    @Test func aValidFileAppliesAsTheCoreWouldAndCountsPerCell() throws {
        var s = try state()
        let csv = """
        Số thẻ,Họ và tên,Chi bộ,Ngày sinh,Ngày vào Đảng
        22222222,Nguyễn Văn An,Đảng bộ xã An Phú / Chi bộ ấp 1,01/01/1980,01/01/2005
        ,Trần Thị Bình,Đảng bộ xã An Phú / Chi bộ ấp 2,01/01/1981,
        11111111,Lê Văn Tám,Đảng bộ xã An Phú / Chi bộ ấp 1,01/05/1970,01/01/1996

        """
        let plan = MemberImport.plan(try CSVReader.parse(Array(csv.utf8)), into: s, createOrgs: true)
        #expect(plan.ok, "\(plan.errors)")
        #expect(plan.added == 2 && plan.updated == 1)
        #expect(plan.perCell["Đảng bộ xã An Phú / Chi bộ ấp 1"]! == (1, 1))
        #expect(plan.perCell["Đảng bộ xã An Phú / Chi bộ ấp 2"]! == (1, 0))
        #expect(plan.createdOrgs == ["Đảng bộ xã An Phú / Chi bộ ấp 2"])
        try s.apply(batch: plan.ops)
        #expect(s.members.count == 3)
        #expect(s.members[MemberID(10)]!.joinedDate == Day(year: 1996, month: 1, day: 1))
        // A row without a card matches the member of that cell with the same name (letter case
        // ignored) and birth date; the stored name is kept.
        let again = MemberImport.plan(try CSVReader.parse(Array("Họ và tên,Chi bộ,Ngày sinh,Điện thoại\nTRẦN THỊ  BÌNH,Đảng bộ xã An Phú / Chi bộ ấp 2,01/01/1981,0901\n".utf8)),
                                      into: s, createOrgs: false)
        #expect(again.ok && again.updated == 1 && again.added == 0)
        try s.apply(batch: again.ops)
        #expect(s.members.values.filter { $0.phone == "0901" }.map(\.fullName) == ["Trần Thị Bình"])
        // Without diacritics it would match only by ignoring them: an error naming the stored member.
        let loose = MemberImport.plan(try CSVReader.parse(Array("Họ và tên,Chi bộ,Điện thoại\nTran Thi Binh,Đảng bộ xã An Phú / Chi bộ ấp 2,0902\n".utf8)),
                                      into: s, createOrgs: false)
        #expect(!loose.ok && loose.ops.isEmpty)
        #expect(loose.errors.map(\.line) == [2] && loose.errors[0].vi.contains("“Trần Thị Bình”"))
    }

    /// Without `validate`, the plan leaves the core's rules to the store; when the store refuses
    /// the batch, `refusals` names every refused row, as a validating plan would.
    @Test func refusalsOfAnUnvalidatedPlanAreThoseAValidatedPlanFinds() throws {
        let s = try state()
        let csv = """
        card_no,full_name,given_name,org,birth_date,joined
        22222222,Nguyễn Văn An,,Đảng bộ xã An Phú / Chi bộ ấp 1,1980-01-01,1975-01-01
        33333333,Trần Thị Bình,,Đảng bộ xã An Phú / Chi bộ ấp 2,1981-01-01,
        44444444,Phạm Văn Cường,Hoa,Đảng bộ xã An Phú / Chi bộ ấp 1,1981-01-01,

        """
        let table = try CSVReader.parse(Array(csv.utf8))
        let loose = MemberImport.plan(table, into: s, createOrgs: true, validate: false)
        #expect(loose.ok && loose.ops.count == 4)  // a new cell and three members
        var t = s
        #expect(throws: OpError.self) { try t.apply(batch: loose.ops) }
        let refused = MemberImport.refusals(of: loose, on: s)
        #expect(refused.map { "\($0.line)|\($0.column ?? "-")" } == ["2|joined", "4|given_name"])
        let strict = MemberImport.plan(table, into: s, createOrgs: true)
        #expect(strict.errors == refused && strict.ops.isEmpty)

        let good = MemberImport.plan(try CSVReader.parse(Array("full_name,org\nA Văn B,Đảng bộ xã An Phú / Chi bộ ấp 1\n".utf8)),
                                     into: s, createOrgs: false, validate: false)
        #expect(MemberImport.refusals(of: good, on: s).isEmpty)
    }
}
