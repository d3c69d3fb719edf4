import Testing
import DanVanCore
@testable import DanVanUI

/// The pages' keys are reachable and told: menu items, hint bar, help named after the page.
@Suite struct PageKeysTests {
    @Test func viewMenuListsThePages() {
        for c in [Command.dashboard(.openDashboard), .review(.openReview), .meeting(.startMeeting), .records(.openPersons), .records(.openModels)] {
            #expect(Menu.view.items.contains(c))
            #expect(!MenuBarView.itemKeyHint(c, .vi).isEmpty, "\(c)")
        }
    }

    @Test func hintBarAndHelpOnThePages() {
        var app = Fixture.app()
        app.press(.char("r"))
        #expect(app.screen[23] == "F1 Giúp  Tab Cần chú ý  Enter Đánh giá  Del Xóa ĐG  F2 Phân công  Esc Đóng")
        app.press(.char("?"))
        #expect(app.screen.contains { $0.contains("Phím tắt — Đánh giá cuối năm") })
        #expect(app.screen.contains { $0.contains("1 ") && $0.contains("Hoàn thành xuất sắc") })
        #expect(app.screen.contains { $0.contains("chữ cái") && $0.contains("Gõ tên để đến đảng viên đó") })
        app.press(.escape, .escape, .down, .char("h"), .function(2))
        var en = Fixture.app(lang: .en)
        en.press(.char("K"))
        #expect(en.screen[23].hasPrefix("F1 Help  / "))
        en.press(.char("?"))
        #expect(en.screen.contains { $0.contains("Keys — Skilful-mobilization models") })
    }

    @Test func everyPageKeyContextHasNoDuplicateKey() {
        for ctx in [KeyContext.dashboard, .review, .meeting, .quickAssign, .records, .recordSearch] {
            let keys = Keymap.bindings.filter { $0.context == ctx }.map(\.key)
            #expect(Set(keys).count == keys.count, "\(ctx)")
            // The dashboard has no keys of its own: the pages' shared keys (`.pages`) apply there.
            #expect(!Keymap.entries(for: ctx).isEmpty)
        }
    }

    @Test func undoOnAPageTakesBackTheLastMark() throws {
        var app = Fixture.app()
        app.press(.char("r"))
        try performCommit(&app, app.press(.char("2")))
        #expect(app.data.assignments[AssignmentID(101)]!.evaluations[2026] != nil)
        let undo = app.press(.ctrl("z"))
        #expect(!undo.isEmpty)
        try performCommit(&app, undo)
        #expect(app.data.assignments[AssignmentID(101)]!.evaluations[2026] == nil)
        #expect(app.screen[4].contains("— chưa đánh giá"))
    }
}
