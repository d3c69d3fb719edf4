import Testing
import DanVanCore
@testable import DanVanUI

/// Editing, ending, deleting and evaluating assignments; one assignment for marked members.
@Suite struct AppAssignmentEditTests {
    /// Nguyễn Văn An's assignments focused (the newest first: Thanh niên, then Hộ gia đình).
    func detail() -> AppState {
        var app = Fixture.app()
        app.press(.tab, .tab)
        #expect(app.focus == .detail && app.selectedMember == MemberID(10))
        return app
    }

    @Test func editKeepsIdAndEvaluations() throws {
        var app = detail()
        let a = app.selectedAssignments[0]
        app.press(.char("e"))
        #expect(app.form?.title == .editAssignmentTitle)
        #expect(app.form?.value("target") == a.targetGroup.code)
        #expect(app.form?.value("source") == Source.selfRegistered.code)
        #expect(app.form?.value("from") == a.from.vn)
        app.press(.tab)
        app.type("Chi đoàn khu phố")
        // Type-ahead on the target group picker.
        app.press(.backTab)
        app.type("tri")
        #expect(app.form?.value("target") == TargetGroup.triThuc.code)
        // The record has no content: an edit saved now must say what the work is.
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form?.field("content")?.error == .errContent && app.form?.focus == 3)
        app.type("Vận động trí thức tham gia tư vấn")
        let effects = app.press(.function(2))
        guard case .commit(let ops, .assignmentUpdated) = effects.first, case .updateAssignment(let b) = ops.first else {
            Issue.record("expected updateAssignment, got \(effects)")
            return
        }
        #expect(b.id == a.id && b.area == "Chi đoàn khu phố" && b.targetGroup == .triThuc && b.evaluations == a.evaluations)
        try performCommit(&app, effects)
        #expect(app.screen.contains { $0.contains("• Trí thức") })
    }

    @Test func endKeepsItInHistory() throws {
        var app = detail()
        let a = app.selectedAssignments[0]
        app.press(.char("x"))
        #expect(app.form?.value("to") == Fixture.today.vn)
        for _ in 0..<10 { app.press(.backspace) }
        app.type("1/1/2020")
        #expect(app.press(.enter).isEmpty)
        #expect(app.form?.field("to")?.error == .errDateOrder)
        for _ in 0..<8 { app.press(.backspace) }
        app.type("30/6/2026")
        try performCommit(&app, app.press(.enter))
        #expect(app.data.assignments[a.id]?.to == Fixture.day(2026, 6, 30))
        #expect(app.selectedAssignments.count == 2)
        #expect(app.screen[22].contains("Đã kết thúc phân công"))
    }

    @Test func deleteAsksWithADifferentKey() throws {
        var app = detail()
        let a = app.selectedAssignments[0]
        app.press(.delete)
        #expect(app.overlay == .confirm(Confirmation(purpose: .deleteAssignment(a.id))))
        #expect(app.screen.contains { $0.contains("Xóa phân công Nguyễn Văn An – Đoàn viên, thanh niên") })
        #expect(app.press(.delete).isEmpty)
        app.press(.escape)
        #expect(app.overlay == nil && app.data.assignments[a.id] != nil)
        app.press(.char("D"))
        try performCommit(&app, app.press(.char("y")))
        #expect(app.data.assignments[a.id] == nil)
        #expect(app.selectedAssignments.count == 1)
    }

    @Test func evaluateForTheYear() throws {
        var app = detail()
        let a = app.selectedAssignments[0]
        app.press(.char("v"))
        #expect(app.form?.title == .evaluateTitle)
        app.type("tot")  // Hoàn thành tốt nhiệm vụ
        #expect(app.form?.value("level") == EvaluationLevel.allCases.first { VietText.fold($0.vi).contains("tot") }!.code)
        app.press(.tab)
        app.type("Vận động 12 hộ")
        try performCommit(&app, app.press(.enter))
        let e = app.data.assignments[a.id]!.evaluations[2026]
        #expect(e?.note == "Vận động 12 hộ")
        // The cursor moved on to the assignment still without an evaluation; Up shows the one saved.
        #expect(app.detailCursor == 1)
        app.press(.up)
        #expect(app.screen.contains { $0.contains("Đánh giá 2026") })
    }

    @Test func markSeveralMembersAndAssignThemInOneBatch() throws {
        var app = Fixture.app()
        app.press(.down, .tab)  // Chi bộ Khu phố 1
        app.press(.char(" "), .char(" "))
        #expect(app.marked.count == 2)
        #expect(app.screen[3].hasPrefix(" ") == false || app.screen[3].contains("*"))
        #expect(app.screen.filter { $0.contains("│*") }.count == 2)
        let before = app.data.assignments.count
        app.press(.char("a"))
        #expect(app.form?.title == .batchAssignmentTitle)
        app.fillContent()
        app.press(.tab)
        app.type("Tổ 3")
        let effects = app.press(.function(2))
        guard case .commit(let ops, .batchAssigned) = effects.first else {
            Issue.record("expected one batch, got \(effects)")
            return
        }
        #expect(ops.count == 2)
        try performCommit(&app, effects)
        #expect(app.data.assignments.count == before + 2)
        #expect(app.marked.isEmpty)
        // One undo takes the whole batch back.
        try performCommit(&app, app.press(.ctrl("z")))
        #expect(app.data.assignments.count == before)
    }
}
