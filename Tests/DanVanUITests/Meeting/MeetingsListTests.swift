import Testing
import DanVanCore
@testable import DanVanUI

/// The meetings list: every meeting of a node's cells, to open, edit and export again.
@Suite struct MeetingsListTests {
    static let october = MeetingID(501), november = MeetingID(502), thematic = MeetingID(503)

    /// Two meetings of Khu phố 1 (October with An present, Bình excused and two decisions;
    /// November, nothing recorded) and a thematic one of Khu phố 2.
    static func data() -> State {
        var s = Fixture.state()
        let oct = Meeting(id: october, org: Fixture.cell1, date: Fixture.day(2026, 10, 20),
                          attendance: [MemberID(10): Attendance(kind: .present), MemberID(11): Attendance(kind: .excused, reason: "ốm")],
                          decisions: "Giao đồng chí Bình phụ trách hội phụ nữ\n\nHoàn thành vận động trước 30/11")
        try! s.apply(.addMeeting(oct))
        try! s.apply(.addMeeting(Meeting(id: november, org: Fixture.cell1, date: Fixture.day(2026, 11, 20))))
        try! s.apply(.addMeeting(Meeting(id: thematic, org: Fixture.cell2, date: Fixture.day(2026, 11, 5), kind: .thematic)))
        return s
    }

    @Test func theListShowsEachMeetingNewestFirstWithItsFigures() {
        var app = Fixture.app(data: Self.data())
        app.press(.char("H"))
        guard case .meetings(let p) = app.page else { Issue.record("no list"); return }
        #expect(p.ids == [Self.november, Self.thematic, Self.october])
        expectScreen(app, """
             Tệp  Sửa  Xem  Cài đặt  Trợ giúp                       Đảng bộ Phường Bến Nghé
             Các buổi sinh hoạt — Đảng bộ Phường Bến Nghé (3)
             Enter mở · g ghi nội dung · w xuất biên bản · h buổi mới · Esc quay lại
              Ngày       Loại          Chi bộ                              Có mặt Quyết định
              20/11/2026 Thường kỳ     Chi bộ Khu phố 1                       0/2          0
              05/11/2026 Chuyên đề     Chi bộ Khu phố 2                       0/2          0
              20/10/2026 Thường kỳ     Chi bộ Khu phố 1                       1/2          2
















            F1 Giúp  Enter Chọn  g Ghi  F6 Biên bản  h Sinh hoạt chi bộ  Esc Đóng
            """)
    }

    @Test func enterOpensTheMeetingAndEscComesBackToTheList() {
        var app = Fixture.app(data: Self.data())
        app.press(.char("H"), .end)
        app.press(.enter)
        guard case .meeting(let m) = app.page else { Issue.record("no meeting page"); return }
        #expect(m.meeting == Self.october)
        #expect(app.screen[2] == " Có mặt 1/2 · Vắng có lý do 1 · Vắng 0 · Chưa điểm danh 0")
        app.press(.escape)
        guard case .meetings(let p) = app.page else { Issue.record("not back on the list"); return }
        #expect(p.current == Self.october)  // the cursor where it was
        app.press(.escape)
        #expect(app.page == nil)
    }

    @Test func notesOfAPastMeetingAreEditedFromTheList() throws {
        var app = Fixture.app(data: Self.data())
        app.press(.char("H"), .end, .char("g"))
        #expect(app.form?.purpose == .page(.meetingNotes(Self.october)))
        #expect(app.form?.value("decisions") == "Giao đồng chí Bình phụ trách hội phụ nữ\n\nHoàn thành vận động trước 30/11")
        app.press(.tab, .tab)
        app.type("Nhà văn hóa")
        let effects = app.press(.function(2))
        guard case .commit(let ops, .meetingSaved) = effects.first, case .updateMeeting(let m) = ops.first else {
            Issue.record("\(effects)")
            return
        }
        #expect(m.id == Self.october && m.place == "Nhà văn hóa" && m.attendance.count == 2)
        try performCommit(&app, effects)
        #expect(app.keyContext == .meetings)
    }

    @Test func aPastMeetingIsExportedAgainAndAnExistingFileAsksFirst() {
        var app = Fixture.app(data: Self.data())
        app.press(.char("H"), .end, .char("w"))
        #expect(app.form?.value("path") == "bien-ban-chi-bo-khu-pho-1-2026-10-20.md")
        let export = app.press(.function(2))
        guard case .writeFile(let path, let contents, false) = export.first else { Issue.record("\(export)"); return }
        // The minutes count the roll of 20/10 as the meeting screen does.
        #expect(contents.contains("20/10/2026"))
        _ = app.reduce(.fileExists(path: path, contents: contents))
        #expect(app.keyContext == .confirm)
        #expect(app.screen.contains { $0.contains("Tệp đã có: bien-ban-chi-bo-khu-pho-1-2026-10-20.md") })
        #expect(app.press(.char("y")) == [.writeFile(path: path, contents: contents, overwrite: true)])
        #expect(app.keyContext == .meetings)
    }

    /// Starting a meeting on a date that has one opens that meeting: no new record, no form
    /// left on the screen.
    @Test func aDateThatHasAMeetingOpensIt() {
        var app = Fixture.app(data: Self.data())
        app.press(.down, .char("h"), .tab, .ctrl("u"))
        app.type("20/10/2026")
        let effects = app.press(.function(2))
        // Only the cell is remembered for the next picker; nothing is committed.
        #expect(effects.allSatisfy { if case .rememberCell = $0 { true } else { false } })
        #expect(app.form == nil)
        guard case .meeting(let m) = app.page else { Issue.record("no meeting page"); return }
        #expect(m.meeting == Self.october)
        #expect(app.data.meetings.count == 3)
        #expect(app.screen[22].contains("Tiếp tục buổi sinh hoạt đã có"))
    }

    @Test func aNewMeetingFromTheListReturnsToTheList() throws {
        var app = Fixture.app(data: Self.data())
        app.press(.down, .char("H"), .char("h"))
        #expect(app.form?.purpose == .page(.meetingStart))
        let effects = app.press(.function(2))
        try performCommit(&app, effects)
        guard case .meeting(let m) = app.page else { Issue.record("no meeting page"); return }
        #expect(app.data.meetings[m.meeting]?.date == Fixture.today)
        app.press(.escape)
        guard case .meetings(let p) = app.page else { Issue.record("not back on the list"); return }
        #expect(p.org == Fixture.cell1 && p.ids.count == 3 && p.ids.first == m.meeting)
    }

    @Test func anEmptyListSaysHowToStart() {
        var app = Fixture.app(width: 60, height: 16)
        app.press(.char("H"))
        #expect(app.screen[4] == "  Chưa có buổi sinh hoạt nào (h: bắt đầu một buổi)")
        var tiny = app
        _ = tiny.reduce(.resized(width: 20, height: 6))
        #expect(tiny.screen.count == 6)  // no crash on a tiny terminal
    }
}
