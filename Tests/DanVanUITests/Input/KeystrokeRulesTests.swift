import Testing
import DanVanCore
@testable import DanVanUI

/// No keystroke is misread: a refused key offers its way forward or holds what is typed
/// after it; the roll call and the review take a typed name; marks are seen; choice fields
/// jump by a label's start; a form's cursor goes to the first refused field.
@Suite struct KeystrokeRulesTests {
    /// The ward (a committee) selected, the member list focused.
    func committee(readOnly: Bool = false) -> AppState {
        var app = Fixture.app(readOnly: readOnly)
        app.press(.tab)
        #expect(app.selectedOrg == Fixture.ward && app.keyContext == .members)
        return app
    }

    @Test func plusOnACommitteeOpensTheCellPickerAndTheNameGoesToIt() throws {
        var app = committee()
        #expect(app.press(.char("+")).isEmpty)
        app.type("Nguyễn Văn Chưa Lưu")
        // Nothing ran as a command: no marks, no meeting form, no page; the name is in the picker.
        #expect(app.marked.isEmpty && app.form == nil && app.page == nil)
        expectScreen(app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp                       Đảng bộ Phường Bến Nghé
         Tổ chức · 2026     │ Đảng viên (7)                      │ Phân công
         ▾ ĐB…Bến Nghé  1/4 │ Số thẻ   Họ và tên       Trạng…  PC│ Nguyễn Văn An
           · ┌─ Thêm đảng viên vào chi bộ nào? ───────────────────────────────────┐01
           · │ Nguyễn Văn Chưa Lưu                                                │
             │ Không tìm thấy                                                     │ sin…
             │                                                                    │hu p…
             │                                                                    │)
             │                                                                    │nh n…
             │                                                                    │ĐG ·…
             │                                                                    │u dâ…
             │                                                                    │a ĐG…
             │                                                                    │
             │                                                                    │
             │                                                                    │
             │                                                                    │
             │                                                                    │
             │                                                                    │
             │                                                                    │
             │ ↑↓: chọn · Enter: đi · Esc: đóng                                   │
             └────────────────────────────────────────────────────────────────────┘
                            │                                    │

        Enter Chọn  Esc Đóng
        """)
        // Clearing the query shows the cells; typing the cell's number picks it.
        for _ in 0..<19 { app.press(.backspace) }
        app.type("2")
        let effects = app.press(.enter)
        #expect(effects == [.rememberCell(Fixture.cell2)] && app.lastCell == Fixture.cell2)
        #expect(app.form?.purpose == .edit(.quickMember(Fixture.cell2)))
        app.type("Nguyễn Văn Chưa Lưu")
        let saved = app.press(.function(2))
        try performCommit(&app, saved)
        #expect(app.data.members.values.contains { $0.fullName == "Nguyễn Văn Chưa Lưu" && $0.org == Fixture.cell2 })
    }

    @Test func thePickerOpensOnTheLastCellUsedAndIOpensItToo() {
        var app = committee()
        app.lastCell = Fixture.cell2
        app.press(.char("i"))
        guard case .finder(let f) = app.overlay else { Issue.record("no picker"); return }
        #expect(f.items.map(\.label) == ["Chi bộ Khu phố 1", "Chi bộ Khu phố 2"] && f.cursor == 1)
        // The cell is already the last one used: nothing new to remember.
        #expect(app.press(.enter).isEmpty)
        #expect(app.form?.purpose == .edit(.newMember(Fixture.cell2)))
        // The meeting form opens on it too.
        var meeting = Fixture.app()
        meeting.lastCell = Fixture.cell2
        meeting.press(.char("h"))
        #expect(meeting.form?.value("cell") == String(Fixture.cell2.raw) && meeting.form?.hasUnsavedText == false)
    }

    @Test func aRefusedKeyHoldsWhatIsTypedAfterIt() {
        var app = committee(readOnly: true)
        #expect(app.press(.char("+")).isEmpty)
        app.type("Nguyễn Văn Chưa Lưu")
        #expect(app.marked.isEmpty && app.form == nil && app.page == nil)
        expectScreen(app, """
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
             ┌─ Không thực hiện được ─────────────────────────────────────────────┐u dâ…
             │ Dữ liệu đang mở chỉ đọc: không sửa được                            │a ĐG…
             │ Enter hoặc Esc: đóng · 19 phím gõ tiếp đã bị giữ lại, không chạy   │
             └────────────────────────────────────────────────────────────────────┘
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
         Dữ liệu đang mở chỉ đọc: không sửa được                                CHỈ ĐỌC
        Enter Đóng
        """)
        _ = app.reduce(.paste("Lưu"))
        guard case .refused(let r) = app.overlay else { Issue.record("the refusal closed"); return }
        #expect(r.held == 22)
        app.press(.escape)
        #expect(app.overlay == nil && app.marked.isEmpty && app.keyContext == .members)
    }

    @Test func aCommitteeWithoutCellsRefusesAndSaysHow() {
        var data = State()
        try! data.apply(.addOrg(Org(id: OrgID(1), parent: nil, name: "Đảng bộ Xã Mới", level: .grassrootsCommittee)))
        var app = Fixture.app(data: data)
        app.press(.tab, .char("i"))
        guard case .refused(let r) = app.overlay else { Issue.record("not refused"); return }
        #expect(r.text == Strings.Keys.noCellBelow.vi)
    }

    /// A meeting of Chi bộ Khu phố 1 started today and open on its roll call.
    func rollCall() throws -> AppState {
        var app = Fixture.app()
        app.press(.down, .char("h"))
        try performCommit(&app, app.press(.function(2)))
        #expect(app.keyContext == .meeting)
        return app
    }

    @Test func aNameTypedInTheRollCallFindsTheMemberAndRecordsNothing() throws {
        var app = try rollCall()
        #expect(app.type("Trần Thị Bình").isEmpty)
        #expect(app.data.meetings.values.first?.attendance.isEmpty == true && app.form == nil)
        expectScreen(app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 1
         Sinh hoạt chi bộ thường kỳ — Chi bộ Khu phố 1 — 23/11/2026  Tìm: Trần Thị Bình
         Có mặt 0/2 · Vắng có lý do 0 · Vắng 0 · Chưa điểm danh 2
          Họ và tên                                Điểm danh
          Nguyễn Văn An
          Trần Thị Bình
          Lê Văn Đức (miễn SH)












         Phân công nhanh: [phân công] đảng viên…    đối tượng…    nội dung…
         Nội dung: (chưa ghi)
         Kết luận, quyết định: (chưa ghi)
         Đã lưu: Đã mở buổi sinh hoạt
        F1 Giúp  1 Có mặt  2 Có lý do  3 Vắng  Tab Phân công  F5 Ghi  F6 Biên bản
        """)
        // A digit records on the member found; the name is done with.
        try performCommit(&app, app.press(.char("1")))
        #expect(app.data.meetings.values.first?.attendance[MemberID(11)]?.kind == .present)
        // Esc clears a name being typed before it leaves the page.
        app.type("xyz")
        app.press(.escape)
        #expect(app.keyContext == .meeting)
        app.press(.escape)
        #expect(app.page == nil)
    }

    @Test func anExcusedAbsenceByDialogMovesTheCursorOnLikeAKey() throws {
        var app = try rollCall()
        app.press(.char("2"))
        #expect(app.form?.title == .absenceTitle)
        app.type("Đi công tác Hà Nội")
        try performCommit(&app, app.press(.enter))
        // The next key records the next member, never over the reason just given.
        try performCommit(&app, app.press(.char("1")))
        let attendance = app.data.meetings.values.first!.attendance
        #expect(attendance[MemberID(10)] == Attendance(kind: .excused, reason: "Đi công tác Hà Nội"))
        #expect(attendance[MemberID(11)] == Attendance(kind: .present))
        expectScreen(app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 1
         Sinh hoạt chi bộ thường kỳ — Chi bộ Khu phố 1 — 23/11/2026       gõ tên để tìm
         Có mặt 1/2 · Vắng có lý do 1 · Vắng 0 · Chưa điểm danh 0
          Họ và tên                                Điểm danh
          Nguyễn Văn An                            – Vắng có lý do: Đi công tác Hà Nội
          Trần Thị Bình                            ✓ Có mặt
          Lê Văn Đức (miễn SH)












         Phân công nhanh: [phân công] đảng viên…    đối tượng…    nội dung…
         Nội dung: (chưa ghi)
         Kết luận, quyết định: (chưa ghi)
         Đã lưu: Đã điểm danh
        F1 Giúp  1 Có mặt  2 Có lý do  3 Vắng  Tab Phân công  F5 Ghi  F6 Biên bản
        """)
    }

    @Test func anOutstandingEvaluationWithANoteByDialogMovesTheCursorOn() throws {
        var app = Fixture.app()
        app.press(.char("r"), .enter)
        #expect(app.form?.title == .evaluationTitle)
        app.press(.tab)
        app.type("Vận động 30 hộ")
        try performCommit(&app, app.press(.function(2)))
        // The next key evaluates the next assignment, not the one just recorded with its note.
        try performCommit(&app, app.press(.char("2")))
        #expect(app.data.assignments[AssignmentID(101)]!.evaluations[2026] == Evaluation(level: .outstanding, note: "Vận động 30 hộ"))
        #expect(app.data.assignments[AssignmentID(100)]!.evaluations[2026] == Evaluation(level: .good))
        expectScreen(app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp                       Đảng bộ Phường Bến Nghé
         Đánh giá năm 2026 — Đảng bộ Phường Bến Nghé                      gõ tên để tìm
         4 đảng viên · 2 phân công · 3 chưa có phân công · 0 chưa đánh giá
          Họ và tên               Phân công                        Đánh giá 2026
          Nguyễn Văn An           • Đoàn viên, thanh niên, học si… Hoàn thành xuất sắc ✎
                                  • Hộ gia đình khu dân cư — Tổ 5  Hoàn thành tốt
        ! Đặng Thị Ân             — chưa có phân công
        ! Trần Thị Bình           — chưa có phân công
        ! Tôn Nữ Thị Hoàng Phươn… — chưa có phân công













         Đã lưu: Đã lưu đánh giá
        F1 Giúp  Tab Cần chú ý  Enter Đánh giá  Del Xóa ĐG  F2 Phân công  Esc Đóng
        """)
    }

    @Test func marksAreCountedNamedConfirmedAndClearedWithOneKey() {
        var app = Fixture.app()
        app.press(.down, .tab, .char(" "), .char(" "))  // Chi bộ Khu phố 1: An, Bình
        app.press(.backTab, .down, .tab, .down, .char(" "))  // Chi bộ Khu phố 2: Đặng Thị Ân
        #expect(app.marked.count == 3)
        expectScreen(app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 2
         Tổ chức · 2026     │ Đảng viên (4) *3                   │ Phân công
         ▾ ĐB…Bến Nghé  1/4 │ Số thẻ   Họ và tên       Trạng…  PC│ Phạm Văn Dũng
           · Khu phố 1  1/2 │ 10.000.… Võ Thị Ánh      Từ tr…   0│ Số thẻ: 10.000.005
           · Khu phố 2  0/2 │*10.000.… Đặng Thị Ân              0│ Chức vụ: Đảng viên
                            │ 10.000.… Phạm Văn Dũng   Đã ch…   0│ Trạng thái: Đã chuyể…
                            │ 10.000.… Tôn Nữ Thị Hoà…          1│ Chi bộ: Chi bộ Khu p…
                            │                                    │ Các phân công (0)
                            │                                    │ Chưa có phân công
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
                            │                                    │
                            │                                    │
                            │                                    │
                                                      ✓ 3 đảng viên đánh dấu · 2 đơn vị
        F1 Giúp  F2 Phân công  F7 English  F8 Màu  F9 Menu  Tab Ô kế  q Thoát
        """)
        // From Chi bộ Khu phố 2, `a` lists the two marked elsewhere and asks first.
        app.press(.char("a"))
        #expect(app.form == nil)
        expectScreen(app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 2
         Tổ chức · 2026     │ Đảng viên (4) *3                   │ Phân công
         ▾ ĐB…Bến Nghé  1/4 │ Số thẻ   Họ và tên       Trạng…  PC│ Phạm Văn Dũng
           · Khu phố 1  1/2 │ 10.000.… Võ Thị Ánh      Từ tr…   0│ Số thẻ: 10.000.005
           · Khu phố 2  0/2 │*10.000.… Đặng Thị Ân              0│ Chức vụ: Đảng viên
                            │ 10.000.… Phạm Văn Dũng   Đã ch…   0│ Trạng thái: Đã chuyể…
                            │ 10.000.… Tôn Nữ Thị Hoà…          1│ Chi bộ: Chi bộ Khu p…
                            │                                    │ Các phân công (0)
                            │                                    │ Chưa có phân công
                      ┌─ Đánh dấu ở đơn vị khác ─────────────────────────┐
                      │ 2 đảng viên đánh dấu ở ngoài Chi bộ Khu phố 2:   │
                      │   Nguyễn Văn An — Chi bộ Khu phố 1               │
                      │   Trần Thị Bình — Chi bộ Khu phố 1               │
                      │ c/y: vẫn phân công cả 3 người · k/n, Esc: thôi   │
                      └──────────────────────────────────────────────────┘
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
                                                      ✓ 3 đảng viên đánh dấu · 2 đơn vị
        y Đồng ý  n Không
        """)
        app.press(.char("y"))
        expectScreen(app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 2
         Tổ chức · 2026     │ Đảng viên (4) *3                   │ Phân công
         ▾ ĐB…Bến Nghé  1/4 │ Số thẻ   Họ và tên       Trạng…  PC│ Phạm Văn Dũng
           · Khu phố 1  1/2 │ 10.000.… Võ Thị Ánh      Từ tr…   0│ Số thẻ: 10.000.005
           · Khu phố 2  0/2 │*10.000.… Đặng Thị Ân              0│ Chức vụ: Đảng viên
            ┌─ Phân công 3 đảng viên: Đặng Thị Ân, Nguyễn Văn An, Trần Thị Bình ───┐uyể…
            │ Đối tượng*  ‹ Cán bộ, công chức, viên chức ›                         │u p…
            │ Địa bàn                                                              │
            │ Số hộ                                                                │
            │ Nội dung*                                                            │
            │ Nơi*        ‹ Nơi cư trú ›                                           │
            │ Hình thức*  ‹ Phân công ›                                            │
            │ Từ ngày*    23/11/2026                                               │
            │ Đến ngày                                                             │
            │ Nghị quyết                                                           │
            │                                                                      │
            │ Tab: ô kế · ←→: chọn · F2/Ctrl-S: lưu · Esc: hủy                     │
            └──────────────────────────────────────────────────────────────────────┘
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
                                                      ✓ 3 đảng viên đánh dấu · 2 đơn vị
        F2 Lưu  Tab Ô kế tiếp  Esc Đóng
        """)
        // Esc, then `u` clears every mark (the help lists it).
        app.press(.escape)
        app.press(.char("u"))
        #expect(app.marked.isEmpty && app.status?.text == "Đã bỏ mọi đánh dấu")
        #expect(Keymap.entries(for: .members).contains { $0.command == .members(.clearMarks) && $0.keys == [.char("u")] })
    }

    @Test func choiceFieldsJumpByTheStartOfALabelAndTheSameLetterGoesOn() {
        var app = Fixture.app()
        app.press(.tab, .char("a"))
        #expect(app.form?.focusedIsChoice == true)
        var seen: [String] = []
        for _ in 0..<4 {
            app.type("k")
            seen.append(app.form!.value("target"))
        }
        // Khác starts with k; then the labels with a later word in k, in list order; then round.
        #expect(seen == ["khac", "tri_thuc", "ho_dan", "khac"])
        app.type("n")  // a new letter starts afresh: the first label starting with n
        #expect(app.form!.value("target") == "nhan_si")
        app.type("o")  // narrowing: "no" → Nông dân
        #expect(app.form!.value("target") == "nong_dan")
    }

    @Test func theStatusDialogPutsTheCursorOnTheRefusedReason() {
        var app = Fixture.app()
        app.press(.down, .tab, .char("s"))
        app.type("mien")
        app.press(.enter)
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form?.focus == 1)
        expectScreen(app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 1
         Tổ chức · 2026     │ Đảng viên (3)                      │ Phân công
         ▾ ĐB…Bến Nghé  1/4 │ Số thẻ   Họ và tên       Trạng…  PC│ Nguyễn Văn An
           · Khu phố 1  1/2 │ 10.000.… Nguyễn Văn An            2│ Số thẻ: 10.000.001
           · Khu phố 2  0/2 │ 10.000.… Trần Thị Bình            0│ Chức vụ: Bí thư
                            │ 10.000.… Lê Văn Đức      Miễn …   0│ Trạng thái: Đang sin…
                            │                                    │ Chi bộ: Chi bộ Khu p…
                            │                                    │ Các phân công (2)
            ┌─ Miễn sinh hoạt ─────────────────────────────────────────────────────┐h n…
            │ Ngày*  23/11/2026                                                    │G ·…
            │ Lý do*                                                               │ dâ…
            │        ! không được để trống                                         │ ĐG…
            │                                                                      │
            │ Tab: ô kế · ←→: chọn · F2/Ctrl-S: lưu · Esc: hủy                     │
            └──────────────────────────────────────────────────────────────────────┘
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
                            │                                    │
         Hãy sửa các ô được đánh dấu
        F2 Lưu  Tab Ô kế tiếp  Esc Đóng
        """)
        app.type("Tuổi cao")
        #expect(app.form?.value("note") == "Tuổi cao" && app.form?.value("date") == Fixture.today.vn)
    }

    @Test func theBoxesFitSmallTerminals() {
        for (w, h) in [(60, 16), (20, 6)] {
            var app = Fixture.app(width: w, height: h)
            app.press(.down, .tab, .char(" "), .char(" "), .char(" "))
            app.press(.backTab, .down, .tab, .char(" "), .char("a"))
            for line in app.screen { #expect(VietText.width(line) <= w) }
            var ro = Fixture.app(width: w, height: h, readOnly: true)
            ro.press(.tab, .char("+"))
            ro.type("Nguyễn Văn Chưa Lưu")
            for line in ro.screen { #expect(VietText.width(line) <= w) }
        }
    }
}
