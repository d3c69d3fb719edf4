import Testing
@testable import DanVanCore

@Suite struct UndoHistoryTests {
    @Test func undoThenRedoRestoresEachState() throws {
        var f = Fixture()
        var h = UndoHistory()
        let s0 = f.state
        let add = Change.addMember(Member(id: MemberID(7), org: Fixture.thon1, fullName: "Hoàng Văn Thái"))
        h.record([add], before: f.state)
        try f.apply(add)
        let s1 = f.state
        let tr = Change.transferMember(MemberID(7), to: Fixture.thon2, date: Day(iso: "2025-04-01")!, note: "")
        h.record([tr], before: f.state)
        try f.apply(tr)

        let u1 = try #require(h.nextUndo)
        #expect(u1.vi == "Chuyển sinh hoạt Hoàng Văn Thái sang Chi bộ thôn 2")
        for c in u1.backward { try f.apply(c) }
        h.didUndo()
        #expect(f.state == s1)
        let u2 = try #require(h.nextUndo)
        #expect(u2.en == "Add member Hoàng Văn Thái to Chi bộ thôn 1")
        for c in u2.backward { try f.apply(c) }
        h.didUndo()
        #expect(f.state == s0)
        #expect(h.nextUndo == nil)

        let r = try #require(h.nextRedo)
        for c in r.forward { try f.apply(c) }
        h.didRedo()
        #expect(f.state == s1)
    }

    @Test func newChangeClearsRedoAndFailedUndoKeepsHistory() throws {
        var f = Fixture()
        var h = UndoHistory()
        let add = Change.addMember(Member(id: MemberID(7), org: Fixture.thon1, fullName: "A"))
        h.record([add], before: f.state)
        try f.apply(add)
        // The commit of the undo "fails": nothing moves.
        #expect(h.nextUndo != nil)
        #expect(h.redoStack.isEmpty)
        h.didUndo()
        #expect(h.nextRedo != nil)
        h.record([.addMember(Member(id: MemberID(8), org: Fixture.thon1, fullName: "B"))], before: f.state)
        #expect(h.nextRedo == nil)
    }

    @Test func batchUndoesInReverseOrder() throws {
        var f = Fixture()
        var h = UndoHistory()
        let before = f.state
        let batch: [Change] = [
            .addMember(Member(id: MemberID(7), org: Fixture.thon1, fullName: "A")),
            .addAssignment(Assignment(id: AssignmentID(1), member: MemberID(7), targetGroup: .phuNu, from: Day(iso: "2025-01-01")!)),
        ]
        h.record(batch, before: f.state)
        for c in batch { try f.apply(c) }
        #expect(h.nextUndo!.vi.hasSuffix("(và 1 thay đổi khác)"))
        for c in h.nextUndo!.backward { try f.apply(c) }
        #expect(f.state == before)
    }
}
