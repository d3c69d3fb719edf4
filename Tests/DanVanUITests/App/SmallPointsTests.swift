import Testing
import DanVanCore
@testable import DanVanUI

/// The smaller points of the meeting issue: transfers, Ctrl-C, help at 80×24, long fields,
/// a bare birth year, Vietnamese names of keys and menus.
@Suite struct SmallPointsTests {
    /// An (two running assignments) moves to Khu phố 2: the form asks what becomes of them.
    func transferForm() -> AppState {
        var app = Fixture.app()
        app.press(.tab, .char("s"))  // the members pane, An selected; statuses
        app.press(.enter)  // "Chuyển sinh hoạt" first
        app.press(.enter)  // the only other cell
        #expect(app.form?.title == .transferTitle)
        return app
    }

    @Test func aTransferEndsTheRunningAssignmentsOnItsDateByDefault() {
        var app = transferForm()
        #expect(app.form?.fields.map(\.key) == ["cell", "date", "note", "running"])
        #expect(app.screen.contains { $0.contains("Phân công đang làm") && $0.contains("Kết thúc vào ngày chuyển (2)") })
        let effects = app.press(.function(2))
        guard case .commit(let changes, .memberTransferred) = effects.first else { Issue.record("\(effects)"); return }
        #expect(changes == [
            .transferMember(MemberID(10), to: Fixture.cell2, date: Fixture.today, note: ""),
            .endAssignment(AssignmentID(101), on: Fixture.today),
            .endAssignment(AssignmentID(100), on: Fixture.today),
        ] || changes == [
            .transferMember(MemberID(10), to: Fixture.cell2, date: Fixture.today, note: ""),
            .endAssignment(AssignmentID(100), on: Fixture.today),
            .endAssignment(AssignmentID(101), on: Fixture.today),
        ])
    }

    @Test func aTransferCanKeepTheAssignmentsRunning() throws {
        var app = transferForm()
        app.press(.tab, .tab, .tab, .right)
        #expect(app.form?.value("running") == "keep")
        let effects = app.press(.function(2))
        guard case .commit(let changes, _) = effects.first else { Issue.record("\(effects)"); return }
        #expect(changes == [.transferMember(MemberID(10), to: Fixture.cell2, date: Fixture.today, note: "")])
        try performCommit(&app, effects)
        #expect(app.data.assignments(of: MemberID(10)).allSatisfy { $0.to == nil })
    }

    @Test func aMemberWithoutRunningAssignmentsIsNotAsked() {
        var app = Fixture.app()
        app.press(.tab, .down, .down, .down)  // Trần Thị Bình, no assignment
        #expect(app.selectedMember == MemberID(11))
        app.press(.char("s"), .enter, .enter)
        #expect(app.form?.fields.map(\.key) == ["cell", "date", "note"])
    }

    @Test func ctrlCSaysHowToQuit() {
        var app = Fixture.app()
        #expect(app.press(.ctrl("c")).isEmpty)
        #expect(app.screen[22] == " Ctrl-C không dùng để thoát: bấm q (hoặc Ctrl-Q) để thoát")
        app.press(.tab, .function(2), .tab)
        app.type("Tổ 1")
        app.press(.ctrl("c"))
        #expect(app.form?.value("area") == "Tổ 1")  // nothing typed, nothing lost
    }

    @Test func helpAt80x24MarksTheKeysBelowTheFold() {
        var app = Fixture.app()
        app.press(.tab, .function(1))
        let total = HelpView.lineCount(app)
        let shown = 22 - 3
        #expect(total > shown)
        #expect(app.screen[22].contains("↓ còn \(total - shown) "))
        #expect(!app.screen[1].contains("↑"))
        #expect(HelpView.lines(app).contains { $0.keys.contains("Dấu cách") })  // Space, in Vietnamese
        app.press(.end)
        #expect(!app.screen.joined().contains("↓ còn"))
        #expect(app.screen[1].contains("↑ \(total - shown) "))
    }

    @Test func aFieldNotFocusedShowsItsStart() {
        var app = Fixture.app()
        app.press(.tab, .function(2), .tab)
        let long = "Tổ dân phố 12 khu phố 3 phường Bến Nghé quận 1 thành phố Hồ Chí Minh"
        app.type(long)
        // Focused: the end, where the cursor is.
        #expect(app.screen.contains { $0.contains("thành phố Hồ Chí Minh") })
        app.press(.tab)
        let row = app.screen.first { $0.contains("Địa bàn") }
        #expect(row?.contains("Tổ dân phố 12 khu phố 3") == true)
        #expect(row?.contains("…") == true)
        #expect(row?.contains("Hồ Chí Minh") == false)
    }

    @Test func aBareBirthYearIsTakenAsImportTakesIt() {
        var app = Fixture.app()
        app.press(.down, .tab, .char("i"))  // a member of Khu phố 1
        app.type("Hồ Thị Năm")
        let birth = app.form!.fields.firstIndex { $0.key == "birth" }!
        while app.form!.focus != birth { app.press(.tab) }
        app.type("1975")
        let effects = app.press(.function(2))
        guard case .commit(let changes, _) = effects.first, case .addMember(let m) = changes.first else {
            Issue.record("\(effects) \(String(describing: app.form?.fields.compactMap(\.error)))")
            return
        }
        #expect(m.birthDate == Fixture.day(1975, 1, 1))
    }

    @Test func theHelpMenuIsTroGiupAndOpensWithAltG() {
        var app = Fixture.app()
        #expect(app.screen[0].hasPrefix(" Tệp  Sửa  Xem  Cài đặt  Trợ giúp "))
        #expect(Menu.help.hotkey(.vi) == "g" && Menu.file.hotkey(.vi) == "t")
        app.press(.alt("g"))
        #expect(app.overlay == .menu(MenuState(menu: .help)))
        app.press(.escape)
        app.press(.alt("t"))
        #expect(app.overlay == .menu(MenuState(menu: .file)))
        var en = Fixture.app(lang: .en)
        en.press(.alt("h"))
        #expect(en.overlay == .menu(MenuState(menu: .help)))
    }
}
