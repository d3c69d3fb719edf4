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

    /// A birth known to the year or a joining known to the month is kept as known (as import
    /// keeps it), shown back as typed when the member is edited; a day is never made up.
    @Test func aBirthYearOrJoiningMonthIsKeptAsKnown() {
        var app = Fixture.app()
        app.press(.down, .tab, .char("i"))  // a member of Khu phố 1
        app.type("Hồ Thị Năm")
        func focus(_ key: String) {
            let i = app.form!.fields.firstIndex { $0.key == key }!
            while app.form!.focus != i { app.press(.tab) }
        }
        focus("birth")
        app.type("1975")
        focus("joined")
        app.type("3/1999")
        let effects = app.press(.function(2))
        guard case .commit(let changes, _) = effects.first, case .addMember(let m) = changes.first else {
            Issue.record("\(effects) \(String(describing: app.form?.fields.compactMap(\.error)))")
            return
        }
        #expect(m.birthDate == Day.year(1975) && m.joinedDate == Day.month(3, of: 1999))
        let form = MemberForm.make(purpose: .editMember(m.id), member: m)
        #expect(form.value("birth") == "1975" && form.value("joined") == "03/1999")
    }

    /// A joining typed in a month before the birth year is certainly out of order; the same
    /// month as a birth known to the year is not refused.
    @Test func partialDatesAreRefusedOnlyWhenCertainlyOutOfOrder() {
        var app = Fixture.app()
        app.press(.down, .tab, .char("i"))
        app.type("Hồ Thị Năm")
        func set(_ key: String, _ text: String) {
            let i = app.form!.fields.firstIndex { $0.key == key }!
            while app.form!.focus != i { app.press(.tab) }
            app.press(.ctrl("u"))
            app.type(text)
        }
        set("birth", "1975")
        set("joined", "12/1974")
        _ = app.press(.function(2))
        #expect(app.form?.fields.first { $0.key == "joined" }?.error == .errDateOrder)
        set("joined", "13/1975")
        _ = app.press(.function(2))
        #expect(app.form?.fields.first { $0.key == "joined" }?.error == .errDatePartial)
        set("joined", "1975")
        let effects = app.press(.function(2))
        guard case .commit = effects.first else { Issue.record("\(effects)"); return }
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
