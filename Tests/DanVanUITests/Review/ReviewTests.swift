import Testing
import DanVanCore
@testable import DanVanUI

/// The annual review screen as key sequences: evaluate, jump to flagged rows, note form, clear.
@Suite struct ReviewTests {
    func reviewOpen(width: Int = 80, height: Int = 24, lang: Lang = .vi) -> AppState {
        var app = Fixture.app(width: width, height: height, lang: lang)
        app.press(.char("r"))
        return app
    }

    func onlyEvaluation(_ effects: [Effect]) -> (AssignmentID, Int, Evaluation?)? {
        guard effects.count == 1, case .commit(let ops, _) = effects[0], ops.count == 1,
              case .setEvaluation(let id, let year, let e) = ops[0] else { return nil }
        return (id, year, e)
    }

    @Test func listsEveryEligibleMemberWithFlagsAt80x24() {
        let app = reviewOpen()
        guard case .review(let r) = app.page else { Issue.record("no review page"); return }
        #expect(r.org == Fixture.ward && app.keyContext == .review)
        let s = app.screen
        #expect(s[1].hasPrefix(" Đánh giá năm 2026 — Đảng bộ Phường Bến Nghé"))
        #expect(s[2] == " 4 đảng viên · 2 phân công · 3 chưa có phân công · 2 chưa đánh giá")
        #expect(s[3].contains("Họ và tên") && s[3].contains("Đánh giá 2026"))
        // An's two assignments (newest first), then Ân, Bình and (Khánh) Linh with none.
        #expect(s[4].hasPrefix("! Nguyễn Văn An") && s[4].contains("• Đoàn viên") && s[4].contains("— chưa đánh giá"))
        #expect(s[5].hasPrefix("!   ") && s[5].contains("• Hộ gia đình khu dân cư — Tổ 5"))
        #expect(s[6].hasPrefix("! Đặng Thị Ân") && s[6].contains("— chưa có phân công"))
        #expect(s[7].contains("Trần Thị Bình"))
        #expect(s[8].contains("Tôn Nữ Thị"))
        #expect(!s.contains { $0.contains("Lê Văn Đức") || $0.contains("Võ Thị Ánh") })  // exempt, deceased
        #expect(s[23].contains("Đến dòng cần chú ý kế tiếp") || s[23].hasPrefix("F1 Giúp"))
        for line in s { #expect(VietText.width(line) <= 80) }
    }

    @Test func oneKeyEvaluatesCommitsAtOnceAndMovesOn() throws {
        var app = reviewOpen()
        let effects = app.press(.char("2"))
        let e = try #require(onlyEvaluation(effects))
        #expect(e.0 == AssignmentID(101) && e.1 == 2026 && e.2 == Evaluation(level: .good))
        // The cursor moves on once the evaluation is durable.
        guard case .review(let r) = app.page else { return }
        #expect(r.cursor == 0)
        try performCommit(&app, effects)
        guard case .review(let moved) = app.page else { return }
        #expect(moved.cursor == 1)
        #expect(app.data.assignments[AssignmentID(101)]!.evaluations[2026]?.level == .good)
        let s = app.screen
        #expect(s[4].hasPrefix("  Nguyễn Văn An") && s[4].contains("Hoàn thành tốt"))
        #expect(s[2].hasSuffix("1 chưa đánh giá"))
        #expect(s[22].contains("Đã lưu: Đã lưu đánh giá"))
        // The other keys give the other levels.
        let four = app.press(.char("4"))
        #expect(onlyEvaluation(four)?.2?.level == .notCompleted && onlyEvaluation(four)?.0 == AssignmentID(100))
        // A member without assignment cannot be evaluated; the reason is shown.
        try performCommit(&app, four)
        #expect(app.press(.char("1")).isEmpty)
        #expect(app.status?.text.contains("chưa có phân công") == true)
    }

    @Test func nextFlaggedJumpsAndWraps() throws {
        var app = reviewOpen()
        try performCommit(&app, app.press(.char("1")))  // An's two assignments
        try performCommit(&app, app.press(.char("1")))
        guard case .review(let r0) = app.page else { return }
        #expect(r0.cursor == 2)
        app.press(.home)
        app.press(.tab)
        guard case .review(let r1) = app.page else { return }
        #expect(r1.cursor == 2)  // Ân: no assignment
        app.press(.tab, .tab, .tab)
        guard case .review(let r2) = app.page else { return }
        #expect(r2.cursor == 2)  // Bình, Linh, then back round to Ân
    }

    @Test func evaluationWithANoteThroughTheForm() throws {
        var app = reviewOpen()
        app.press(.down, .enter)
        #expect(app.form?.title == .evaluationTitle)
        app.press(.right)  // Hoàn thành xuất sắc → Hoàn thành tốt
        app.press(.tab)
        app.type("Vận động 12 hộ")
        #expect(app.screen.contains { $0.contains("Ghi chú") && $0.contains("Vận động 12 hộ") })
        let effects = app.press(.function(2))
        let e = try #require(onlyEvaluation(effects))
        #expect(e.0 == AssignmentID(100) && e.2 == Evaluation(level: .good, note: "Vận động 12 hộ"))
        // A refused op leaves the form as it was, with the reason shown.
        _ = app.reduce(.commitFailed("đĩa đầy"))
        #expect(app.form?.value("note") == "Vận động 12 hộ")
        #expect(app.status?.kind == .error && app.status?.text.contains("đĩa đầy") == true)
        try performCommit(&app, app.press(.ctrl("s")))
        #expect(app.form == nil)
        #expect(app.screen[5].contains("Hoàn thành tốt ✎"))
        // The dialog moved the cursor on to the next row needing something (Ân), as a key does.
        guard case .review(let moved) = app.page else { return }
        #expect(moved.cursor == 2)
        // Reopening shows the saved level and note; the quick keys keep the note.
        app.press(.up, .enter)
        #expect(app.form?.value("level") == "tot" && app.form?.value("note") == "Vận động 12 hộ")
        app.press(.escape)
        #expect(onlyEvaluation(app.press(.char("3")))?.2 == Evaluation(level: .completed, note: "Vận động 12 hộ"))
    }

    @Test func clearingNeedsADifferentConfirmingKey() throws {
        var app = reviewOpen()
        try performCommit(&app, app.press(.char("1")))
        app.press(.up, .delete)
        #expect(app.keyContext == .confirm)
        #expect(app.screen.contains { $0.contains("Xóa đánh giá của Nguyễn Văn An") })
        #expect(app.press(.delete).isEmpty)  // the starting key does not confirm
        #expect(app.press(.escape).isEmpty)
        #expect(app.keyContext == .review)
        app.press(.delete)
        let e = try #require(onlyEvaluation(app.press(.char("c"))))
        #expect(e.0 == AssignmentID(101) && e.2 == nil)
        try performCommit(&app, [.commit([.setEvaluation(e.0, year: 2026, nil)], message: .evaluationCleared)])
        #expect(app.screen[4].contains("— chưa đánh giá"))
    }

    @Test func addAssignmentFromAFlaggedRowAndYearKeys() throws {
        var app = reviewOpen(width: 160, height: 48, lang: .en)
        #expect(app.screen[1].hasPrefix(" Annual review 2026 — Đảng bộ Phường Bến Nghé"))
        app.press(.tab, .tab)  // Đặng Thị Ân
        app.press(.function(2))
        #expect(app.form?.purpose == .newAssignment(MemberID(16)))
        app.fillContent()
        try performCommit(&app, app.press(.function(2)))
        #expect(app.screen.contains { $0.hasPrefix("! Đặng Thị Ân") && $0.contains("Officials") && $0.contains("— not evaluated") })
        app.press(.char("["))
        #expect(app.screen[1].hasPrefix(" Annual review 2025"))
        // 2025: An's household assignment only.
        #expect(app.screen[2].hasPrefix(" 4 members · 1 assignments"))
        app.press(.escape)
        #expect(app.page == nil)
    }
}
