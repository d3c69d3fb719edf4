import DanVanCore
import Testing
@testable import DanVanStore

struct AuditTrailTests {
    @Test func auditTrailNamesRecordsAsTheyWereBeforeEachOp() throws {
        let fs = MemoryFileSystem()
        let store = try fs.open()
        let top = Org(id: OrgID(1), parent: nil, name: "Đảng bộ Quận Một", level: .higherCommittee)
        let cell = Org(id: OrgID(2), parent: OrgID(1), name: "Chi bộ 3", level: .grassrootsCell)
        let an = Member(id: MemberID(7), org: OrgID(2), fullName: "Nguyễn Văn An")
        func op(_ c: Change) -> Op { Op(time: 1_700_000_000_000, author: "thư ký", change: c) }
        try store.commit([op(.addOrg(top)), op(.addOrg(cell))])
        try store.commit([op(.addMember(an))])
        try store.checkpoint()
        try store.commit([op(.deleteMember(an.id))])
        // The log since the snapshot: only the deletion, and it still names the member.
        let trail = try store.auditTrail(limit: 10, lang: .vi)
        #expect(trail.map(\.seq) == [4])
        #expect(trail.first?.summary == "Xóa đảng viên Nguyễn Văn An")
        #expect(trail.first?.op.author == "thư ký")
        #expect(try store.history(limit: 10).map(\.seq) == [4])
        store.close()
        // Without a checkpoint every op is there; the limit keeps the latest.
        let fs2 = MemoryFileSystem()
        let s2 = try fs2.open()
        try s2.commit([op(.addOrg(top)), op(.addOrg(cell))])
        try s2.commit([op(.addMember(an))])
        let last2 = try s2.auditTrail(limit: 2, lang: .vi)
        #expect(last2.map(\.summary) == ["Thêm chi bộ cơ sở Chi bộ 3 vào Đảng bộ Quận Một", "Thêm đảng viên Nguyễn Văn An vào Chi bộ 3"])
        #expect(try s2.history(limit: 2).map(\.seq) == [2, 3])
        #expect(try s2.auditTrail(limit: 5, lang: .en).count == 3)
    }
}
