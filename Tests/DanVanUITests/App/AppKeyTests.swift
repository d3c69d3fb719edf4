import Testing
import DanVanCore
@testable import DanVanUI

/// Key sequences → state and effects, without a terminal.
@Suite struct AppKeyTests {
    @Test func tabAndShiftTabCycleThePanes() {
        var app = Fixture.app()
        #expect(app.focus == .tree)
        app.send(.tab) { $0.focus = .members }
        app.send(.tab) { $0.focus = .detail }
        app.send(.tab) { $0.focus = .tree }
        app.send(.backTab) { $0.focus = .detail }
    }

    @Test func arrowsPagingHomeEndMoveWithinThePane() {
        var app = Fixture.app(height: 16, data: bigCell(members: 50))
        app.press(.down)  // tree: to the cell
        #expect(app.selectedOrg == OrgID(2))
        app.press(.tab)
        #expect(app.memberCursor == 0)
        app.press(.down, .down)
        #expect(app.memberCursor == 2)
        app.press(.pageDown)
        #expect(app.memberCursor == 2 + app.memberListRows - 1)
        #expect(app.memberScroll > 0)
        app.press(.end)
        #expect(app.memberCursor == 49)
        #expect(app.selectedMember == app.memberRows[49])
        app.press(.pageUp)
        #expect(app.memberCursor == 49 - (app.memberListRows - 1))
        app.press(.home)
        #expect(app.memberCursor == 0 && app.memberScroll == 0)
        app.press(.up)
        #expect(app.memberCursor == 0)
        // The last visible row is the cursor after End: the list is virtualized, not clipped.
        app.press(.end)
        let s = app.screen
        let last = app.data.members[app.memberRows[49]]!.fullName
        #expect(s.contains { $0.contains(last) })
    }

    @Test func treeExpandCollapseAndSelection() {
        var app = Fixture.app()
        #expect(app.treeRows.count == 3)
        app.press(.left)  // collapse the root
        #expect(app.treeRows.count == 1)
        #expect(app.memberRows.count == 7)  // the root still shows its whole subtree
        app.press(.right)
        #expect(app.treeRows.count == 3)
        app.press(.char(" "))
        #expect(app.treeRows.count == 1)
        app.press(.enter)
        #expect(app.treeRows.count == 3)
        app.press(.down, .down)
        #expect(app.selectedOrg == Fixture.cell2)
        #expect(app.memberRows.count == 4)
        #expect(app.memberCursor == 0)
        app.press(.left)  // on a leaf: back to the parent
        #expect(app.selectedOrg == Fixture.ward)
    }

    @Test func menuBarByF9F10AltAndEscLetter() {
        var app = Fixture.app()
        app.send(.function(9)) { $0.overlay = .menu(MenuState(menu: .file)) }
        app.send(.right) { $0.overlay = .menu(MenuState(menu: .edit)) }
        app.send(.right) { $0.overlay = .menu(MenuState(menu: .view)) }
        app.send(.left) { $0.overlay = .menu(MenuState(menu: .edit)) }
        app.send(.left) { $0.overlay = .menu(MenuState(menu: .file)) }
        app.send(.left) { $0.overlay = .menu(MenuState(menu: .help)) }
        app.send(.escape) { $0.overlay = nil }
        app.send(.function(10)) { $0.overlay = .menu(MenuState(menu: .file)) }
        app.send(.function(10)) { $0.overlay = nil }
        // The terminal turns Esc then "c" into .alt("c"): Cài đặt.
        app.send(.alt("c")) { $0.overlay = .menu(MenuState(menu: .options)) }
        app.send(.down) { $0.overlay = .menu(MenuState(menu: .options, item: 1)) }
        app.send(.enter) {
            $0.overlay = .picker(Picker(purpose: .theme, title: .chooseTheme, options: ["default", "dark", "mono"], cursor: 0))
        }
        app.send(.escape) { $0.overlay = nil }
    }

    @Test func menuItemsRunTheirCommands() {
        var app = Fixture.app()
        app.press(.alt("c"), .enter)  // Options → Switch language
        #expect(app.lang == .en)
        app.press(.alt("v"))
        #expect(app.overlay == .menu(MenuState(menu: .view)))
        app.press(.down, .enter)  // View → Collapse node
        #expect(app.treeRows.count == 1)
    }

    @Test func helpOpensWithQuestionMarkF1AndEsc1AndClosesWithEsc() {
        var app = Fixture.app()
        for key in [Key.char("?"), .function(1)] {
            app.press(key)
            #expect(app.overlay == .help(scroll: 0))
            app.press(.escape)
            #expect(app.overlay == nil)
        }
        app.press(.tab, .char("?"))
        #expect(app.screen.joined().contains("Phím tắt — Đảng viên"))
    }

    @Test func everyFunctionKeyCommandHasALetterTwinInThePanes() {
        for ctx in [KeyContext.tree, .members, .detail, .welcome] {
            for e in Keymap.entries(for: ctx) where e.keys.contains(where: { if case .function = $0 { true } else { false } }) {
                #expect(e.keys.contains { if case .char = $0 { true } else { false } }, "\(ctx) \(e.command)")
            }
        }
    }

    @Test func keymapHasNoDuplicateKeyInAContext() {
        var seen = Set<String>()
        for b in Keymap.bindings {
            #expect(seen.insert("\(b.context)/\(b.key)").inserted, "\(b.context) \(b.key)")
        }
    }

    @Test func quitWithoutAFormQuitsAtOnce() {
        var app = Fixture.app()
        #expect(app.press(.char("q")) == [.quit])
        var other = Fixture.app()
        #expect(other.press(.ctrl("q")) == [.quit])
    }

    @Test func quitAsksOnlyWhenAFormHoldsUnsavedText() {
        var app = Fixture.app()
        app.press(.tab, .function(2))
        #expect(app.form != nil)
        // Nothing typed yet (the date is the default): quitting does not ask.
        #expect(app.press(.ctrl("q")) == [.quit])
        app.press(.tab)
        app.type("Tổ 7")
        #expect(app.press(.ctrl("q")) == [])
        #expect(app.overlay == .confirmQuit)
        #expect(app.screen.joined().contains("chưa lưu"))
        #expect(app.press(.char("n")) == [])
        #expect(app.overlay == nil && app.form != nil)
        app.press(.ctrl("q"))
        #expect(app.press(.char("c")) == [.quit])
    }

    @Test func escRespondsAtOnceEverywhere() {
        var app = Fixture.app()
        app.press(.function(9))
        app.press(.escape)
        #expect(app.overlay == nil)
        app.press(.char("a"))
        #expect(app.form != nil)
        app.press(.escape)
        #expect(app.form == nil)
        app.press(.char("t"))
        app.press(.escape)
        #expect(app.overlay == nil)
    }

    @Test func languageSwitchIsRememberedThroughAnEffect() {
        var app = Fixture.app()
        let effects = app.press(.function(7))
        #expect(effects == [.saveSettings(theme: nil, lang: .en)])
        #expect(app.screen[0].hasPrefix(" File  Edit"))
        #expect(app.screen[22].contains("Switched to English"))
        #expect(app.press(.char("l")) == [.saveSettings(theme: nil, lang: .vi)])
    }

    @Test func themePickerAppliesAndRemembersTheChoice() {
        var app = Fixture.app()
        app.press(.char("t"))
        #expect(app.screen.joined().contains("Chọn giao diện màu"))
        let effects = app.press(.down, .enter)
        #expect(effects == [.applyTheme("dark"), .saveSettings(theme: "dark", lang: nil)])
        _ = app.reduce(.themeApplied(name: "dark", warnings: []))
        #expect(app.themeName == "dark")
        #expect(app.screen[22].contains("Đã đổi giao diện: dark"))
    }

    @Test func themeWarningsReachTheStatusLine() {
        var app = Fixture.app()
        _ = app.reduce(.themeApplied(name: "default", warnings: ["my.theme:3: unknown key \"selction\"", "my.theme:9: bad color"]))
        let line = app.screen[22]
        #expect(line.contains("my.theme:3: unknown key \"selction\" (+1)"))
        #expect(render(app).canvas[1, 22].style.role == .statusWarning)
    }

    @Test func yearKeysChangeTheTreeFigures() {
        var app = Fixture.app()
        #expect(app.screen[2].contains("1/4"))
        app.press(.char("["), .char("["))
        #expect(app.year == 2024)
        #expect(app.screen[1].contains("2024"))
        // 2024: Thảo's assignment (cell 2) was in force, An's (cell 1) not yet.
        #expect(app.screen[2].contains("1/4"))
        #expect(app.screen[3].contains("0/2"))
        #expect(app.screen[4].contains("1/2"))
    }

    @Test func tinyTerminalIgnoresKeysButQuit() {
        var app = Fixture.app(width: 30, height: 8)
        #expect(app.press(.tab, .function(9)) == [])
        #expect(app.overlay == nil && app.focus == .tree)
        #expect(app.press(.char("q")) == [.quit])
    }

    @Test func readOnlyRefusesEdits() {
        var app = Fixture.app(readOnly: true)
        app.press(.tab, .function(2))
        #expect(app.form == nil)
        #expect(app.status?.kind == .error)
        #expect(app.screen[22].contains("chỉ đọc"))
        app.press(.char("n"))
        #expect(app.form == nil)
        var empty = Fixture.app(readOnly: true, data: State())
        // The demo lives in a folder of its own: a read-only data folder does not stop it.
        #expect(empty.press(.char("d")) == [.openDemoFolder(.district)])
        #expect(empty.screen.joined().contains("chỉ đọc và chưa có dữ liệu"))
    }

    /// One cell with `members` members named in reverse so the sort matters.
    func bigCell(members n: Int) -> State {
        var s = State()
        try! s.apply(.addOrg(Org(id: OrgID(1), parent: nil, name: "Đảng bộ Xã An Phú", level: .grassrootsCommittee)))
        try! s.apply(.addOrg(Org(id: OrgID(2), parent: OrgID(1), name: "Chi bộ Ấp 1", level: .subordinateCell)))
        let given = ["An", "Ánh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Khánh", "Linh"]
        for i in 0..<n {
            try! s.apply(.addMember(Member(id: MemberID(UInt64(100 + i)), org: OrgID(2),
                                           fullName: "Nguyễn Văn \(given[i % given.count]) \(i)")))
        }
        return s
    }
}

@Suite struct AppNoticeTests {
    @Test func startupNoticesAndLostWritesShowInTheStatusLine() {
        var app = Fixture.app()
        _ = app.reduce(.notices(["settings.json: not valid JSON; using the default settings", "x"]))
        #expect(app.screen[22].contains("settings.json: not valid JSON; using the default settings (+1)"))
        _ = app.reduce(.becameReadOnly)
        #expect(app.screen[22].hasSuffix("CHỈ ĐỌC"))
        app.press(.tab, .function(2))
        #expect(app.form == nil)
    }
}
