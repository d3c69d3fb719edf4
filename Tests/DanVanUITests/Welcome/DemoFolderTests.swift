import Testing
import DanVanCore
@testable import DanVanUI

/// The welcome screen's demo opens a folder of its own; the title bar says so; the File
/// menu returns to the person's data.
@Suite struct DemoFolderTests {
    @Test func welcomeOpensTheDemoFolderAndTheTitleBarSaysSo() {
        var app = Fixture.app(data: State())
        app.press(.down)
        #expect(app.press(.enter) == [.openDemoFolder(.district)])
        #expect(app.busy)
        #expect(app.press(.char("q")).isEmpty)  // keys wait while the folder opens
        _ = app.reduce(.folderOpened(Fixture.state(), demo: true, readOnly: false))
        #expect(!app.busy && app.demo && !app.showsWelcome)
        expectScreen(app, """
             Tệp  Sửa  Xem  Cài đặt  Trợ giúp          DỮ LIỆU MẪU  Đảng bộ Phường Bến Nghé
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
             Đang xem dữ liệu mẫu (thư mục riêng; dữ liệu thật không bị động đến). Tệp → V…
            F1 Giúp  F2 Phân công  F7 English  F8 Màu  F9 Menu  Tab Ô kế  q Thoát
            """)
    }

    @Test func theFileMenuGoesBackToTheRealData() {
        var app = Fixture.app()
        _ = app.reduce(.folderOpened(Fixture.state(), demo: true, readOnly: false))
        app.press(.function(9))
        guard case .menu(let m) = app.overlay else { Issue.record("no menu"); return }
        #expect(m.menu.items.contains(.welcome(.leaveDemo)))
        #expect(app.screen.contains { $0.contains("Về dữ liệu thật") })
        // Down to the item and Enter.
        let index = m.menu.items.firstIndex(of: .welcome(.leaveDemo))!
        for _ in 0..<index { app.press(.down) }
        #expect(app.press(.enter) == [.openRealFolder])
        _ = app.reduce(.folderOpened(State(), demo: false, readOnly: false))
        #expect(!app.demo && app.showsWelcome)
        #expect(!app.screen[0].contains("DỮ LIỆU MẪU"))
        #expect(app.status?.text == "Đã về dữ liệu thật")
    }

    @Test func inEnglishTheBadgeSaysDemoAndTheRealDataIsAlreadyOpen() {
        var app = Fixture.app(lang: .en)
        #expect(app.reduce(.command(.welcome(.leaveDemo))).isEmpty)
        #expect(app.status?.text == "Your data is already open")
        _ = app.reduce(.folderOpened(Fixture.state(), demo: true, readOnly: true))
        #expect(app.screen[0].contains(" DEMO "))
        #expect(app.reduce(.command(.welcome(.openDemo))).isEmpty)
        #expect(app.status?.text == "Demo data is already open")
    }

    /// The demo folder starts from a clean screen: marks, undo steps and an open page
    /// belonged to the other folder.
    @Test func nothingOfTheOldFolderCarriesOver() throws {
        var app = Fixture.app()
        app.press(.tab, .char(" "))
        #expect(!app.marked.isEmpty)
        app.press(.char("b"))
        #expect(app.page != nil)
        _ = app.reduce(.folderOpened(Fixture.state(), demo: true, readOnly: false))
        #expect(app.marked.isEmpty && app.page == nil && app.form == nil && app.focus == .tree && app.treeCursor == 0)
    }

    @Test func unsavedTypingIsNotDroppedForTheDemo() {
        var app = Fixture.app()
        app.press(.tab, .function(2))
        app.type("Tổ 9")
        _ = app.reduce(.command(.welcome(.openDemo)))
        #expect(app.form != nil && !app.busy)
        #expect(app.status?.kind == .warning)
    }
}
