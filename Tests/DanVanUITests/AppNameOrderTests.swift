import Testing
import DanVanCore
@testable import DanVanUI

@Suite struct AppNameOrderTests {
    static let names = [
        "Nguyễn Văn An", "nguyễn văn an", "Nguyễn Văn Ân", "Trần Thị Ánh", "Lê Văn Đức", "Hoàng Phủ Ngọc Tường",
        "Tôn Nữ Thị Hoàng Phương Thảo", "Đặng Thị Ân", "Phạm 2 Văn 10", "Phạm 2 Văn 9", "Ông Ích Khiêm", "Ư Văn Ư",
        "Nguyễn Văn An Bình", "A", "Bùi Thị Xuân", "Nguyễn Văn Ánh".decomposedStringWithCanonicalMapping, "Lý Ngọc Ánh",
        "Nguyễn Thị Dương", "Nguyễn Thị Dưỡng", "Nguyễn Thị Dướng", "Nguyễn Thị Dường", "Nguyễn Thị Dượng",
    ]

    @Test func keysAreExactlyTheCoreNameKeys() {
        var order = NameOrder()
        for n in Self.names {
            let parts = NameParts(fullName: n)
            #expect(order.nameKey(parts) == VietCollation.nameKey(parts), "\(n)")
        }
        let given = NameParts(fullName: "Hoàng Phủ Ngọc Tường", givenOverride: "Ngọc Tường")
        #expect(order.nameKey(given) == VietCollation.nameKey(given))
    }

    @Test func subtreeOrderMatchesTheCore() throws {
        var s = State()
        try s.apply(.addOrg(Org(id: OrgID(1), parent: nil, name: "Đảng bộ", level: .grassrootsCommittee)))
        try s.apply(.addOrg(Org(id: OrgID(2), parent: OrgID(1), name: "Chi bộ 1", level: .subordinateCell)))
        try s.apply(.addOrg(Org(id: OrgID(3), parent: OrgID(1), name: "Chi bộ 2", level: .subordinateCell)))
        for (i, n) in Self.names.enumerated() {
            try s.apply(.addMember(Member(id: MemberID(UInt64(100 + i)), org: OrgID(2 + UInt64(i % 2)), fullName: n)))
        }
        var order = NameOrder()
        for org in [OrgID(1), OrgID(2), OrgID(3)] {
            #expect(order.members(inSubtreeOf: org, of: s) == s.members(inSubtreeOf: org))
        }
    }

    @Test func renamedMemberMovesAfterTheCommit() throws {
        var app = Fixture.app()
        #expect(app.memberRows.first == MemberID(10))  // Nguyễn Văn An
        var m = app.data.members[MemberID(10)]!
        m.fullName = "Nguyễn Văn Yên"
        var s = app.data
        let op = Op.make(.updateMember(m))
        try s.apply(op)
        _ = app.reduce(.commitSucceeded(s, changes: [op.change], message: .saved))
        #expect(app.memberRows.last == MemberID(10))
        #expect(app.memberRows == s.members(inSubtreeOf: Fixture.ward))
    }
}
