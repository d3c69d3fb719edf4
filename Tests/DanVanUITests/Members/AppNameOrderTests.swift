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

@Suite struct AppTallyTests {
    func commit(_ app: inout AppState, _ changes: [Change]) throws {
        var s = app.data
        let ops = changes.map { Op.make($0) }
        try s.apply(batch: ops)
        _ = app.reduce(.commitSucceeded(s, changes: changes, message: .saved))
    }

    @Test func tallyFollowsEditsWithoutARecount() throws {
        var app = Fixture.app()
        let a = Assignment(id: AssignmentID(500), member: MemberID(11), targetGroup: .phuNu, source: .selfRegistered,
                           from: Fixture.day(2026, 5, 1))
        try commit(&app, [.addAssignment(a)])
        #expect(app.tally == app.data.tally(year: 2026))
        #expect(app.tally[Fixture.ward]?.assigned == 2)
        #expect(app.tally[Fixture.ward]?.selfRegistered == 2)
        try commit(&app, [.endAssignment(AssignmentID(500), on: Fixture.day(2026, 6, 1))])
        #expect(app.tally == app.data.tally(year: 2026))
        try commit(&app, [.setMemberStatus(MemberID(10), MemberStatus(kind: .exempt, date: Fixture.day(2026, 7, 1), note: "ốm dài ngày"))])
        #expect(app.tally == app.data.tally(year: 2026))
        #expect(app.tally[Fixture.ward]?.eligible == 3)
        try commit(&app, [.deleteAssignment(AssignmentID(500))])
        #expect(app.tally == app.data.tally(year: 2026))
        try commit(&app, [.transferMember(MemberID(11), to: Fixture.cell2, date: Fixture.day(2026, 8, 1), note: "theo nơi cư trú")])
        #expect(app.tally == app.data.tally(year: 2026))
        #expect(app.screen[3].contains("0/0") || app.screen[3].contains("0/1"))
    }
}

@Suite struct AppNameOrderPlacementTests {
    @Test func listsStayRightAfterTransfersOnceEveryoneWasSorted() throws {
        var app = Fixture.app()  // the root is selected: everyone was sorted, ranks are in use
        var s = app.data
        let op = Op.make(.transferMember(MemberID(10), to: Fixture.cell2, date: Fixture.day(2026, 9, 1), note: "theo nơi cư trú"))
        try s.apply(op)
        _ = app.reduce(.commitSucceeded(s, changes: [op.change], message: .saved))
        for _ in 0..<3 {
            let org = app.selectedOrg!
            #expect(app.memberRows == s.members(inSubtreeOf: org), "\(org)")
            app.press(.down)
        }
        // A new member drops the ranks; the key sort takes over and agrees with the core.
        let add = Op.make(.addMember(Member(id: MemberID(30), org: Fixture.cell1, fullName: "Hoàng Thị Ánh")))
        try s.apply(add)
        _ = app.reduce(.commitSucceeded(s, changes: [add.change], message: .saved))
        app.press(.home)
        #expect(app.memberRows == s.members(inSubtreeOf: Fixture.ward))
        app.press(.down)
        #expect(app.memberRows == s.members(inSubtreeOf: Fixture.cell1))
    }
}
