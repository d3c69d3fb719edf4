import DanVanCore
import Testing
@testable import DanVanUI

/// Every confirmation is the same box: title, question, the answers in dim text.
@Suite struct ConfirmScreenTests {
    @Test func quitWithUnsavedTextAsksInTheBox() {
        var app = Fixture.app(width: 60, height: 16)
        app.press(.tab, .function(2), .tab)
        app.type("Tổ 7")
        app.send(.ctrl("q")) { $0.overlay = .confirmQuit }
        expectScreen(app, """
             Tệp  Sửa  Xem  Cài đặt  Trợ giúp        ĐB Phường Bến Nghé
             ┌─ Thêm phân công ───────────────────────────────────────┐
             │ Đối tượng*  ‹ Cán bộ, công chức, viên chức ›           │
             │ Địa bàn     Tổ 7                                       │…
             │ Số hộ                                                  │ư
             │ Nội dung*                                              │…
             │ Nơi┌─ Thoát ──────────────────────────────────────┐    │…
             │ Hìn│ Biểu mẫu còn nội dung chưa lưu. Vẫn thoát?   │    │…
             │ Từ │ c/y: thoát · k/n, Esc: ở lại                 │    │…
             │ Đến└──────────────────────────────────────────────┘    │…
             │ Nghị quyết                                             │…
             │                                                        │…
             │ Tab: ô kế · ←→: chọn · F2/Ctrl-S: lưu · Esc: hủy       │
             └────────────────────────────────────────────────────────┘

            y Đồng ý  n Không
            """)
    }

    @Test func deletingAUnitAsksInTheSameBox() {
        var app = Fixture.app(width: 60, height: 16, data: {
            var s = Fixture.state()
            try! s.apply(.addOrg(Org(id: OrgID(4), parent: Fixture.ward, name: "Chi bộ Khu phố 9", level: .subordinateCell)))
            return s
        }())
        app.press(.end)
        app.press(.char("D"))
        #expect(app.overlay == .confirm(Confirmation(purpose: .deleteOrg(OrgID(4)))))
        expectScreen(app, """
             Tệp  Sửa  Xem  Cài đặt  Trợ giúp    ĐB…Nghé › CB Khu phố 9
             Tổ chức · 2026│ Đảng viên (0)             │ Phân công
             ▾ ĐB…Nghé 1/4 │ Số thẻ Họ và tên Trạn…  PC│ Chưa chọn đảng
               · Khu…1 1/2 │ Không có đảng viên        │
               · Khu…2 0/2 │                           │
               · Khu…9 0/0 │                           │
                        ┌─ Xác nhận ──────────────────────┐
                        │ Xóa tổ chức Chi bộ Khu phố 9?   │
                        │ c/y: xóa · k/n, Esc: thôi       │
                        └─────────────────────────────────┘
                           │                           │
                           │                           │
                           │                           │
                           │                           │

            y Đồng ý  n Không
            """)
    }
}
