import Testing
import DanVanCore
@testable import DanVanUI

/// The editing keys as help and menus show them, and keys that must not leak while typing.
@Suite struct AppEditingKeysTests {
    @Test func helpListsTheEditingKeysOfEachPane() {
        var app = Fixture.app(width: 100, height: 40, lang: .en)
        app.press(.tab, .char("?"))
        var s = app.screen.joined(separator: "\n")
        #expect(s.contains("Keys — Members"))
        for line in ["Search the list", "Next match", "Add member", "Quick add member", "Edit member", "Mark / unmark", "Go to…", "Undo"] {
            #expect(s.contains(line), "\(line)")
        }
        app.press(.escape, .backTab, .char("?"))
        s = app.screen.joined(separator: "\n")
        #expect(s.contains("Move node") && s.contains("Delete node") && s.contains("Del, D"))
        app.press(.escape, .tab, .tab, .char("?"))
        s = app.screen.joined(separator: "\n")
        #expect(s.contains("End assignment") && s.contains("Evaluate for the year"))
    }

    @Test func lettersTypedInASearchOrFinderNeverActAsCommands() {
        var app = Fixture.app()
        app.press(.tab, .char("/"))
        #expect(app.type("qa?").isEmpty)
        #expect(app.filter?.text == "qa?" && app.form == nil && app.overlay == nil)
        app.press(.escape)
        app.press(.ctrl("g"))
        #expect(app.type("q").isEmpty)
        guard case .finder(let f) = app.overlay else {
            Issue.record("finder closed")
            return
        }
        #expect(f.query.text == "q")
    }

    @Test func theEditMenuFitsTheSmallestWindow() {
        var app = Fixture.app(width: AppState.minWidth, height: AppState.minHeight)
        app.press(.function(9), .right)
        let s = app.screen
        #expect(s.count == AppState.minHeight)
        #expect(s.joined().contains("Hoàn tác"))
        // Choosing an item runs its command.
        app.press(.down)
        let effects = app.press(.enter)
        #expect(effects.isEmpty && app.screen[AppState.minHeight - 2].contains("Không có gì để hoàn tác"))
    }

    @Test func spaceUnmarksAndMarksSurviveMovingAround() {
        var app = Fixture.app()
        app.press(.down, .tab, .char(" "))
        #expect(app.marked == [app.memberRows[0]])
        app.press(.up, .char(" "))
        #expect(app.marked.isEmpty)
        app.press(.char(" "))
        app.press(.backTab, .down)  // another cell
        #expect(app.marked.count == 1)
        #expect(app.screen[1].contains("Đảng viên (4) *1"))
    }
}
