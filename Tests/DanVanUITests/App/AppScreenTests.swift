import Testing
import DanVanCore
@testable import DanVanUI

/// Headless screen tests: build a state, render, read the canvas like a person would.
@Suite struct AppScreenTests {
    /// The tree with the ward's figures (1 assigned of 4 eligible in 2026: Bình, Thảo…, Ân
    /// and An are active; An is assigned), the names cut to what tells the units apart
    /// ("ĐB…Bến Nghé", "Khu phố 1") and the selected unit's full path in the title bar;
    /// each assignment's source and evaluation ("Tự nhận · chưa ĐG"); members in Vietnamese name order (An, Ánh, Ân, Bình, Dũng, Đức, (Khánh) Linh); the
    /// selected member and their assignments, newest first; the hint bar.
    @Test func mainLayoutAt80x24() {
        expectScreen(Fixture.app(), """
             Tệp  Sửa  Xem  Cài đặt  Trợ giúp                       Đảng bộ Phường Bến Nghé
             Tổ chức · 2026     │ Đảng viên (7)                      │ Phân công
             ▾ ĐB…Bến Nghé  1/4 │ Số thẻ   Họ và tên       Trạng…  PC│ Nguyễn Văn An
               · Khu phố 1  1/2 │ 10.000.… Nguyễn Văn An            2│ Số thẻ: 10.000.001
               · Khu phố 2  0/2 │ 10.000.… Võ Thị Ánh      Từ tr…   0│ Chức vụ: Bí thư
                                │ 10.000.… Đặng Thị Ân              0│ Trạng thái: Đang sin…
                                │ 10.000.… Trần Thị Bình            0│ Chi bộ: Chi bộ Khu p…
                                │ 10.000.… Phạm Văn Dũng   Đã ch…   0│ Các phân công (2)
                                │ 10.000.… Lê Văn Đức      Miễn …   0│ • Đoàn viên, thanh n…
                                │ 10.000.… Tôn Nữ Thị Hoà…          1│  Tự nhận · chưa ĐG ·…
                                │                                    │ • Hộ gia đình khu dâ…
                                │                                    │  Phân công · chưa ĐG…
                                │                                    │
                                │                                    │
                                │                                    │
                                │                                    │
                                │                                    │
                                │                                    │
                                │                                    │
                                │                                    │
                                │                                    │
                                │                                    │

            F1 Giúp  F2 Phân công  F7 English  F8 Màu  F9 Menu  Tab Ô kế  q Thoát
            """)
    }

    @Test func mainLayoutAt160x48ShowsEveryColumn() {
        let app = Fixture.app(width: 160, height: 48)
        let s = app.screen
        #expect(s.count == 48)
        #expect(s[2].contains("Số thẻ") && s[2].contains("Họ và tên") && s[2].contains("Chức vụ") && s[2].contains("Trạng thái"))
        #expect(s.contains { $0.contains("10.000.001 Nguyễn Văn An") && $0.contains("Bí thư") })
        #expect(s.contains { $0.contains("Miễn sinh hoạt") })
        #expect(s.contains { $0.contains("Đã chuyển đi") })
        #expect(s.contains { $0.contains("Từ trần") })
        #expect(s.contains { $0.contains("10.000.004 Tôn Nữ Thị Hoàng Phương Thảo Ng…") })
        #expect(s[47].contains("q Thoát"))
    }

    @Test func exemptTransferredAndDeceasedAreSetApart() {
        let app = Fixture.app(width: 160, height: 48)
        let canvas = render(app).canvas
        let layout = Layout(app)
        func roleOfRow(containing name: String) -> StyleRole? {
            for y in 0..<canvas.height where canvas.line(y).contains(name) { return canvas[layout.membersX + 2, y].style.role }
            return nil
        }
        #expect(roleOfRow(containing: "Lê Văn Đức") == .exempt)
        #expect(roleOfRow(containing: "Phạm Văn Dũng") == .inactive)
        #expect(roleOfRow(containing: "Võ Thị Ánh") == .inactive)
        #expect(roleOfRow(containing: "Trần Thị Bình") == .normal)
        // The cursor row (An) is the selection, unfocused because the tree has the keyboard.
        #expect(roleOfRow(containing: "10.000.001") == .selectionUnfocused)
    }

    @Test func longVietnameseNamesKeepColumnsAligned() {
        for width in [60, 80, 100, 160] {
            var data = Fixture.state()
            // Names in NFD and with long compound parts: widths must be counted per grapheme.
            try! data.apply(.addMember(Member(id: MemberID(20), org: Fixture.cell1,
                                              fullName: "Nguyễn Thị Thuỳ Dương Hoàng Phủ Ngọc Tường Vi".decomposedStringWithCanonicalMapping,
                                              cardNo: "10.000.020")))
            let app = Fixture.app(width: width, height: 24, data: data)
            let canvas = render(app).canvas
            let layout = Layout(app)
            let countX = layout.membersX + layout.membersWidth - 1
            var rows = 0
            for y in 3..<(3 + app.memberRows.count) {
                // The assignment count is right-aligned in the same cell on every row.
                #expect(canvas[countX, y].text.first?.isNumber == true, "w=\(width) y=\(y): \(canvas.line(y))")
                #expect(canvas[layout.membersX - 1, y].text == "│")
                #expect(canvas[layout.detailX - 1, y].text == "│")
                rows += 1
            }
            #expect(rows == 8)
            // Every line fills exactly the canvas width in display columns.
            for y in 0..<canvas.height { #expect(VietText.width(canvas.line(y)) == width) }
        }
    }

    @Test func narrowColumnsTruncateByDisplayWidthWithEllipsis() {
        let app = Fixture.app(width: 60, height: 16)
        let s = app.screen
        let row = s.first { $0.contains("Tôn Nữ") }
        #expect(row?.contains("Tôn Nữ T… ") == true)
        #expect(row?.contains("Khánh Linh") == false)
    }

    @Test func tinyTerminalShowsEnlargeMessage() {
        for (w, h) in [(40, 10), (59, 24), (80, 15), (1, 1), (12, 3)] {
            let app = Fixture.app(width: w, height: h)
            let frame = render(app)
            #expect(frame.canvas.width == w && frame.canvas.height == h)
            if h >= 2 && w >= 30 { #expect(frame.canvas.lines.contains { $0.contains("Cửa sổ quá nhỏ") }, "\(w)x\(h)") }
            #expect(frame.cursor == nil)
        }
        let zero = Fixture.app(width: 0, height: 0)
        #expect(render(zero).canvas.cells.isEmpty)
    }

    @Test func resizeRelaysOutAtOnce() {
        var app = Fixture.app(width: 40, height: 10)
        #expect(app.screen.joined().contains("Cửa sổ quá nhỏ"))
        _ = app.reduce(.resized(width: 160, height: 48))
        let s = app.screen
        #expect(s.count == 48 && !s.joined().contains("Cửa sổ quá nhỏ"))
        #expect(s[47].contains("F1 Giúp"))
        _ = app.reduce(.resized(width: 80, height: 24))
        #expect(app.screen.count == 24)
    }

    @Test func welcomeScreenOnEmptyFolder() {
        let app = Fixture.app(data: State())
        let s = app.screen
        #expect(s.contains { $0.contains("Chào mừng đến với danvan") })
        #expect(s.contains { $0.contains("▸ Tạo tổ chức mới") })
        #expect(s.contains { $0.contains("Mở dữ liệu mẫu") })
        #expect(!s.contains { $0.contains("Đảng viên (") })
        let en = Fixture.app(lang: .en, data: State())
        #expect(en.screen.contains { $0.contains("Welcome to danvan") && !$0.contains("Chào") })
    }

    @Test(arguments: Menu.allCases) func eachMenuDropsDownWithItsItems(menu: Menu) {
        for lang in Lang.allCases {
            var app = Fixture.app(lang: lang)
            app.press(.alt(menu.hotkey(lang)))
            #expect(app.overlay == .menu(MenuState(menu: menu)))
            let s = app.screen.joined(separator: "\n")
            for item in menu.items { #expect(s.contains(item.text(lang)), "\(menu) \(lang) \(item)") }
            app.press(.escape)
            #expect(app.overlay == nil)
        }
    }

    @Test func helpOverlayListsEveryKeyOfThePane() {
        for pane in Pane.allCases {
            // Tall enough for the whole list, each feature's keys under its title.
            var app = Fixture.app(width: 160, height: 64)
            while app.focus != pane { app.press(.tab) }
            app.press(.char("?"))
            let s = app.screen.joined(separator: "\n")
            for e in Keymap.entries(for: pane.context) {
                #expect(s.contains(e.command.text(.vi)), "\(pane): \(e.command)")
                for k in e.keys { #expect(s.contains(Keymap.name(of: k, .vi)), "\(pane): \(k)") }
            }
            app.press(.escape)
            #expect(app.overlay == nil)
        }
    }

    @Test func helpScrollsOnA24LineTerminal() {
        var app = Fixture.app()
        app.press(.function(1))
        #expect(!app.screen.joined().contains("Mô hình Dân vận khéo"))
        app.press(.end)
        #expect(app.screen.joined().contains("Mô hình Dân vận khéo"))
    }

    @Test func englishScreen() {
        let app = Fixture.app(lang: .en)
        let s = app.screen
        #expect(s[0].hasPrefix(" File  Edit  View  Options  Help"))
        #expect(s[1].contains("Members (7)"))
        #expect(s[23].hasPrefix("F1 Help  F2 Assign  F7 Tiếng Việt"))
    }

    @Test func movingDownRedrawsOnlyAFewRows() {
        var app = Fixture.app()
        app.press(.tab)
        let before = render(app).canvas
        app.press(.down)
        let after = render(app).canvas
        let rows = Set(after.changes(since: before).map(\.y))
        // The old and new cursor rows, the detail pane; never the menu, tree or hint bar.
        #expect(rows.contains(3) && rows.contains(4))
        #expect(!rows.contains(0) && !rows.contains(23))
        #expect(after.changes(since: after).isEmpty)
    }

    @Test func readOnlyIsShownInTheStatusLine() {
        let app = Fixture.app(readOnly: true)
        let s = app.screen
        #expect(s[22].contains("bithu@may1"))
        #expect(s[22].hasSuffix("CHỈ ĐỌC"))
    }
}

@Suite struct AppDetailTests {
    @Test func focusedDetailPaneShowsTheSelectedAssignmentsParticulars() throws {
        var data = Fixture.state()
        var a = data.assignments[AssignmentID(100)]!
        a.content = "Vận động hộ dân giữ vệ sinh"
        a.resolution = "NQ 05-NQ/CB"
        a.evaluations[2026] = Evaluation(level: .good)
        try data.apply(.updateAssignment(a))
        var app = Fixture.app(width: 160, height: 48, data: data)
        app.press(.tab, .tab)
        #expect(!app.screen.joined().contains("NQ 05-NQ/CB"))  // the newest (no particulars) is selected
        app.press(.down)
        let s = app.screen.joined(separator: "\n")
        #expect(s.contains("Nội dung: Vận động hộ dân giữ vệ sinh"))
        #expect(s.contains("Số hộ: 12"))
        #expect(s.contains("Nghị quyết: NQ 05-NQ/CB"))
        #expect(s.contains("Đánh giá 2026: Hoàn thành tốt"))
    }

    /// At 80 columns the member pane is about 38 wide: most Vietnamese full names still fit.
    @Test func memberColumnsFavourTheName() {
        let narrow = MemberPane.columns(width: 38)
        #expect(narrow.name >= 17 && narrow.card == 8 && narrow.role == 0)
        #expect(1 + narrow.card + 1 + narrow.name + 1 + narrow.status + 1 + narrow.count == 38)
        let wide = MemberPane.columns(width: 90)
        #expect(wide.card == 10 && wide.role == 16 && wide.status == 14 && wide.name >= 30)
    }
}
