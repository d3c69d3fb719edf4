import Testing
import DanVanCore
@testable import DanVanUI

/// Meeting mode from start to finish: open, roll call, quick assign, notes, minutes export.
@Suite struct MeetingTests {
    /// The app with a meeting of Chi bộ Khu phố 1 started today (23/11/2026) and open.
    func meetingOpen(width: Int = 80, height: Int = 24, lang: Lang = .vi) throws -> AppState {
        var app = Fixture.app(width: width, height: height, lang: lang)
        app.press(.down, .char("h"))
        #expect(app.form?.title == .meetingStartTitle)
        #expect(app.form?.value("date") == "23/11/2026")
        #expect(app.form?.value("cell") == String(Fixture.cell1.raw))
        let effects = app.press(.function(2))
        guard case .commit(let ops, .meetingStarted) = effects.first, case .addMeeting(let m) = ops.first else {
            Issue.record("expected addMeeting, got \(effects)")
            return app
        }
        #expect(m.org == Fixture.cell1 && m.date == Fixture.today && m.kind == .regular && m.attendance.isEmpty)
        try performCommit(&app, effects)
        return app
    }

    func commitOf(_ effects: [Effect]) -> Change? {
        guard effects.count == 1, case .commit(let ops, _) = effects[0], ops.count == 1 else { return nil }
        return ops[0]
    }

    @Test func aMeetingFromStartToFinish() throws {
        var app = try meetingOpen()
        guard case .meeting(let page) = app.page else { Issue.record("no meeting page"); return }
        let id = page.meeting
        var s = app.screen
        #expect(s[1].hasPrefix(" Sinh hoạt chi bộ thường kỳ — Chi bộ Khu phố 1 — 23/11/2026"))
        #expect(s[2] == " Có mặt 0/2 · Vắng có lý do 0 · Vắng 0 · Chưa điểm danh 2")
        #expect(s[4].contains("Nguyễn Văn An") && s[5].contains("Trần Thị Bình") && s[6].contains("Lê Văn Đức (miễn SH)"))

        // Roll call: one digit each, committed at once, the cursor moves on.
        let present = app.press(.char("1"))
        #expect(commitOf(present) == .setAttendance(id, MemberID(10), Attendance(kind: .present)))
        try performCommit(&app, present)
        app.press(.char("2"))
        #expect(app.form?.title == .absenceTitle)
        app.type("ốm")
        let excused = app.press(.enter)
        #expect(commitOf(excused) == .setAttendance(id, MemberID(11), Attendance(kind: .excused, reason: "ốm")))
        // The dialog moved the cursor on like a key does: no Down needed.
        try performCommit(&app, excused)
        let absent = app.press(.char("3"))
        #expect(commitOf(absent) == .setAttendance(id, MemberID(12), Attendance(kind: .absent)))
        try performCommit(&app, absent)
        s = app.screen
        // Lê Văn Đức is exempt: his mark shows on his row but never in the figures, which add
        // up to the two expected.
        #expect(s[2] == " Có mặt 1/2 · Vắng có lý do 1 · Vắng 0 · Chưa điểm danh 0")
        #expect(s[4].contains("✓ Có mặt") && s[5].contains("– Vắng có lý do: ốm") && s[6].contains("✗ Vắng"))

        // Quick assign: type-ahead member and group, content, Enter.
        app.press(.tab)
        #expect(app.keyContext == .quickAssign)
        app.type("binh")
        #expect(app.screen.contains { $0.contains("│ Trần Thị Bình") })
        app.press(.tab)
        app.type("phu")
        #expect(app.screen.contains { $0.contains("│ Phụ nữ") })
        app.press(.enter)
        app.type("Vận động hội viên tiết kiệm")
        let assign = app.press(.enter)
        guard case .addAssignment(let a) = commitOf(assign) else { Issue.record("no assignment: \(assign)"); return }
        #expect(a.member == MemberID(11) && a.targetGroup == .phuNu && a.content == "Vận động hội viên tiết kiệm")
        #expect(a.from == Fixture.today && a.source == .assigned)
        try performCommit(&app, assign)
        guard case .meeting(let after) = app.page else { return }
        #expect(!after.quick.hasText && after.focus == .quickAssign)
        #expect(app.screen[22].contains("Đã lưu: Đã phân công"))

        // Notes and decisions.
        app.press(.escape, .function(5))
        #expect(app.form?.title == .meetingNotesTitle)
        app.type("19:30")
        app.press(.enter)
        app.type("21:00")
        app.press(.enter)
        app.type("Nhà văn hóa khu phố 1")
        app.press(.enter)
        app.type("Nguyễn Văn An")
        app.press(.enter)
        app.type("Trần Thị Bình")
        app.press(.enter)
        app.type("Triển khai nghị quyết tháng 11")
        app.press(.tab, .tab)
        // Enter in a multi-line field starts a new line; Tab moves on.
        app.type("Giao đồng chí Bình phụ trách hội phụ nữ")
        app.press(.enter)
        app.type("Báo cáo kết quả tháng 12")
        #expect(app.form?.focus == 7)
        let notes = app.press(.function(2))
        guard case .updateMeeting(let updated) = commitOf(notes) else { Issue.record("no update: \(notes)"); return }
        #expect(updated.notes == "Triển khai nghị quyết tháng 11" && updated.attendance.count == 3)
        #expect(updated.started == "19:30" && updated.ended == "21:00" && updated.place == "Nhà văn hóa khu phố 1")
        #expect(updated.chair == "Nguyễn Văn An" && updated.recorder == "Trần Thị Bình" && updated.opinions == "")
        #expect(updated.decisions == "Giao đồng chí Bình phụ trách hội phụ nữ\nBáo cáo kết quả tháng 12")
        try performCommit(&app, notes)
        #expect(app.screen[20] == " Nội dung: Triển khai nghị quyết tháng 11")
        #expect(app.screen[21] == " Kết luận, quyết định: Giao đồng chí Bình phụ trách hội phụ nữ ¶ Báo cáo kết qu…")

        // Export: the default file name, the minutes text handed to the run loop.
        app.press(.function(6))
        #expect(app.form?.value("path") == "bien-ban-chi-bo-khu-pho-1-2026-11-23.md")
        let export = app.press(.function(2))
        guard case .writeFile(let path, let contents, let overwrite) = export.first, export.count == 1 else {
            Issue.record("no writeFile: \(export)")
            return
        }
        #expect(path == "bien-ban-chi-bo-khu-pho-1-2026-11-23.md" && !overwrite)
        let expected = Minutes(meeting: app.data.meetings[id]!, state: app.data).render(.markdown, .vi)
        #expect(contents == expected)
        #expect(contents.contains("\n# BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11/2026\n"))
        for line in ["- Có mặt: 1/2", "  - Trần Thị Bình — ốm", "Chủ trì: Nguyễn Văn An.", "Thư ký: Trần Thị Bình.",
                     "Thời gian: bắt đầu lúc 19 giờ 30, ngày 23/11/2026.", "Địa điểm: Nhà văn hóa khu phố 1.",
                     "Triển khai nghị quyết tháng 11", "Giao đồng chí Bình phụ trách hội phụ nữ",
                     "- Trần Thị Bình: Phụ nữ — Vận động hội viên tiết kiệm"] {
            #expect(contents.contains(line), "\(line)")
        }
        _ = app.reduce(.fileWritten(path: "/tmp/x/" + path))
        #expect(app.form == nil)
        #expect(app.status?.text == "Đã ghi biên bản: /tmp/x/bien-ban-chi-bo-khu-pho-1-2026-11-23.md")
    }

    @Test func existingFileAsksBeforeReplacingAndTextFormatChangesTheName() throws {
        var app = try meetingOpen()
        app.press(.function(6), .right)  // format: plain text
        // The name shown follows the format at once.
        #expect(app.form?.value("path") == "bien-ban-chi-bo-khu-pho-1-2026-11-23.txt")
        #expect(app.screen.contains { $0.contains("bien-ban-chi-bo-khu-pho-1-2026-11-23.txt") })
        let export = app.press(.function(2))
        guard case .writeFile(let path, let contents, false) = export.first else { Issue.record("\(export)"); return }
        #expect(path == "bien-ban-chi-bo-khu-pho-1-2026-11-23.txt")
        #expect(contents.contains("\nBIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11/2026\n"))
        _ = app.reduce(.fileExists(path: path, contents: contents))
        #expect(app.keyContext == .confirm)
        #expect(app.screen.contains { $0.contains("Tệp đã có: bien-ban") })
        #expect(app.press(.function(6)).isEmpty)  // the starting key does not confirm
        #expect(app.press(.char("y")) == [.writeFile(path: path, contents: contents, overwrite: true)])
        #expect(app.keyContext == .meeting)
    }

    @Test func minutesAsAWordDocumentAreLeftToTheRunLoopAndAskBeforeReplacing() throws {
        var app = try meetingOpen()
        let id = app.data.meetings.keys.first!
        app.press(.function(6), .right, .right)  // format: Word
        let export = app.press(.function(2))
        #expect(export == [.writeMinutesDocument(path: "bien-ban-chi-bo-khu-pho-1-2026-11-23.docx", meeting: id, overwrite: false)])
        _ = app.reduce(.documentExists(path: "bien-ban-chi-bo-khu-pho-1-2026-11-23.docx", meeting: id))
        #expect(app.keyContext == .confirm)
        #expect(app.screen.contains { $0.contains("Tệp đã có: bien-ban-chi-bo-khu-pho-1-2026-11-23.docx") })
        #expect(app.press(.char("y")) == [.writeMinutesDocument(path: "bien-ban-chi-bo-khu-pho-1-2026-11-23.docx", meeting: id, overwrite: true)])
        _ = app.reduce(.fileWritten(path: "/tmp/x/bien-ban-chi-bo-khu-pho-1-2026-11-23.docx"))
        #expect(app.status?.text == "Đã ghi biên bản: /tmp/x/bien-ban-chi-bo-khu-pho-1-2026-11-23.docx")
    }

    @Test func unsavedQuickAssignTextIsNeverDroppedSilently() throws {
        var app = try meetingOpen()
        app.press(.tab)
        app.type("Trần")
        app.press(.escape)  // back to the roll call, text kept
        #expect(app.keyContext == .meeting)
        guard case .meeting(let m) = app.page else { return }
        #expect(m.quick.member.text == "Trần")
        #expect(app.press(.ctrl("q")).isEmpty)
        #expect(app.overlay == .confirmQuit)
        app.press(.char("n"))
        app.press(.escape)  // leaving the page asks too
        #expect(app.keyContext == .confirm)
        app.press(.char("k"))
        #expect(app.page != nil)
        app.press(.escape, .char("c"))
        #expect(app.page == nil)
    }

    @Test func quickAssignRefusesUnknownNamesAndReopensTheSameMeeting() throws {
        var app = try meetingOpen(width: 160, height: 48, lang: .en)
        #expect(app.screen[1].hasPrefix(" Cell meeting monthly — Chi bộ Khu phố 1 — 2026-11-23"))
        app.press(.tab)
        app.type("zzz")
        #expect(app.screen.contains { $0.contains("│ (no match)") })
        app.press(.tab, .tab)
        #expect(app.press(.enter).isEmpty)
        #expect(app.status?.kind == .error && app.status?.text.hasPrefix("No member chosen") == true)
        guard case .meeting(let m) = app.page else { return }
        #expect(m.quick.field == .member && m.quick.member.text == "zzz")
        // Starting the same cell's meeting on the same day carries on with it: no new record.
        for _ in 0..<3 { app.press(.ctrl("u")) }
        app.press(.escape, .escape)
        #expect(app.page == nil)
        app.press(.char("h"))
        #expect(app.press(.function(2)).isEmpty)
        guard case .meeting(let again) = app.page else { Issue.record("not reopened"); return }
        #expect(again.meeting == m.meeting && app.data.meetings.count == 1)
    }
}
