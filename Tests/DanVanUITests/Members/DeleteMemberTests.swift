import Testing
import DanVanCore
@testable import DanVanUI

/// A member entered by mistake can be deleted: asked with y/c (never the D that started
/// it), undoable, refused with the reason once the member has a record behind them.
@Suite struct DeleteMemberTests {
    /// The member list of Chi bộ Khu phố 1 with a member just added by mistake.
    func withMistake() throws -> AppState {
        var s = Fixture.state()
        try s.apply(Op(time: 1, author: "t", change: .addMember(Member(id: MemberID(40), org: Fixture.cell1, fullName: "Nguyễn Văn Nhầm"))))
        var app = Fixture.app(data: s)
        app.press(.down, .tab)
        while app.selectedMember != MemberID(40) { app.press(.down) }
        return app
    }

    @Test func deleteAskUndo() throws {
        var app = try withMistake()
        app.press(.char("D"))
        #expect(app.keyContext == .confirm)
        #expect(app.screen.contains { $0.contains("Xóa đảng viên Nguyễn Văn Nhầm?") })
        #expect(app.press(.char("D")).isEmpty && app.keyContext == .confirm)  // the starting key does not confirm
        let effects = app.press(.char("y"))
        guard case .commit(let ops, .memberDeleted) = effects.first, ops == [.deleteMember(MemberID(40))] else {
            Issue.record("no delete: \(effects)")
            return
        }
        try performCommit(&app, effects)
        #expect(app.data.members[MemberID(40)] == nil)
        #expect(!app.screen.contains { $0.contains("Nguyễn Văn Nhầm") })
        #expect(app.screen[22].contains("Đã xóa đảng viên"))
        // The audit trail names it a deletion.
        #expect(ops[0].summary(in: try withMistake().data, .vi) == "Xóa đảng viên Nguyễn Văn Nhầm")
        try performCommit(&app, app.press(.ctrl("z")))
        #expect(app.data.members[MemberID(40)]?.fullName == "Nguyễn Văn Nhầm")
    }

    @Test func refusedWithTheReason() throws {
        var app = Fixture.app()
        app.press(.down, .tab)  // Nguyễn Văn An: two assignments
        #expect(app.selectedMember == MemberID(10))
        #expect(app.press(.char("D")).isEmpty && app.overlay == nil)
        #expect(app.screen[22].contains("Nguyễn Văn An còn 2 phân công; không thể xóa"))
        // An exempt member has a status history: refused too, with the way forward.
        while app.selectedMember != MemberID(12) { app.press(.down) }
        app.press(.delete)
        #expect(app.overlay == nil)
        #expect(app.status?.text.hasPrefix("Lê Văn Đức đã có lịch sử trạng thái hoặc chuyển sinh hoạt") == true)
        // A member marked at a meeting is refused as well.
        var s = Fixture.state()
        try s.apply(Op(time: 1, author: "t", change: .addMeeting(Meeting(id: MeetingID(1), org: Fixture.cell1, date: Fixture.today,
                                                                           attendance: [MemberID(11): Attendance(kind: .present)]))))
        #expect { try s.checkDeletableByMistake(MemberID(11)) } throws: { ($0 as? OpError)?.vi.contains("điểm danh ở 1 buổi sinh hoạt") == true }
    }
}
