import Testing
import DanVanCore
import DanVanExchange
@testable import DanVanUI

/// One meeting's attendance through every output — the roll call screen, the minutes in
/// both formats, the CSV export, the dashboard, the report as text, Markdown, HTML and
/// JSON — gives one figure, and it stays put when the roll changes after the meeting.
@Suite struct AttendanceAgreementTests {
    static let meeting = MeetingID(500)
    static let day = Fixture.day(2026, 9, 8)

    /// Chi bộ Khu phố 1 on 8/9/2026: An present, Bình excused, Cường absent, Dung not
    /// marked, Đức exempt and present; Em arrived by transfer in October and Giang was
    /// admitted in October (both unmarked and not expected); Hà left for Khu phố 2 in October.
    static func data() throws -> State {
        var s = Fixture.state()
        func op(_ c: Change) throws { try s.apply(Op(time: 1, author: "t", change: c)) }
        let c1 = Fixture.cell1, c2 = Fixture.cell2
        try op(.addMember(Member(id: MemberID(20), org: c1, fullName: "Lê Văn Cường")))
        try op(.addMember(Member(id: MemberID(21), org: c1, fullName: "Hồ Thị Dung")))
        try op(.addMember(Member(id: MemberID(22), org: c2, fullName: "Mai Văn Em")))
        try op(.addMember(Member(id: MemberID(23), org: c1, fullName: "Châu Văn Giang", joinedDate: Fixture.day(2026, 10, 5))))
        try op(.addMember(Member(id: MemberID(24), org: c1, fullName: "Quách Thị Hà")))
        try op(.addMeeting(Meeting(id: meeting, org: c1, date: day)))
        for (id, k) in [(10, AttendanceKind.present), (11, .excused), (20, .absent), (12, .present), (24, .present)] {
            try op(.setAttendance(meeting, MemberID(UInt64(id)), Attendance(kind: k, reason: k == .excused ? "ốm" : "")))
        }
        try op(.transferMember(MemberID(22), to: c1, date: Fixture.day(2026, 10, 1), note: ""))
        try op(.transferMember(MemberID(24), to: c2, date: Fixture.day(2026, 10, 1), note: ""))
        return s
    }

    @Test func everyOutputGivesTheSameFigure() throws {
        let s = try Self.data()
        // Expected: An, Bình, Cường, Dung, Hà = 5; present An, Hà = 2; Đức exempt, apart.
        let att = MeetingAttendance(meeting: s.meetings[Self.meeting]!, state: s)
        #expect(att.expected.count == 5 && att.present.count == 2 && att.exemptPresent == [MemberID(12)])

        // The roll call screen.
        var app = Fixture.app(data: s)
        app.page = .meeting(MeetingPage(meeting: Self.meeting))
        app.refreshPage()
        let screen = app.screen
        #expect(screen[2] == " Có mặt 2/5 · Vắng có lý do 1 · Vắng 1 · Chưa điểm danh 1 · Miễn SH có mặt 1")
        #expect(screen[3].hasPrefix("  Họ và tên"))
        let rows = screen[4..<10].map { $0.trimmingTrailing() }
        #expect(rows.count == 6 && !screen.contains { $0.contains("Mai Văn Em") || $0.contains("Châu Văn Giang") })
        #expect(rows.contains { $0.contains("Quách Thị Hà") && $0.contains("✓ Có mặt") })
        #expect(rows.contains { $0.contains("Lê Văn Đức (miễn SH)") && $0.contains("✓ Có mặt") })

        // The minutes, both formats.
        let minutes = Minutes(meeting: s.meetings[Self.meeting]!, state: s)
        #expect(minutes.render(.markdown, .vi).contains("\n- Có mặt: 2/5\n"))
        #expect(minutes.render(.text, .vi).contains("\n  • Có mặt: 2/5\n"))
        #expect(minutes.render(.text, .en).contains("\n  • Present: 2 of 5\n"))

        // The CSV export.
        let csv = try CSVReader.parse(TableExport.minutes(s, under: nil, lang: .vi))
        #expect(csv.rows.count == 1 && csv.rows[0].fields[3] == "2/5")
        #expect(csv.rows[0].fields[4] == "Trần Thị Bình (ốm); Lê Văn Cường (vắng); Hồ Thị Dung (chưa điểm danh)")

        // The report in every format, for the cell and for the ward above it.
        for org in [Fixture.cell1, Fixture.ward] {
            let r = Report.build(state: s, org: org, year: 2026)
            #expect(r.meetings.present == 2 && r.meetings.expected == 5 && r.meetings.attendanceTenths == 400)
            #expect(r.json().contains("\"meetings\": {\n    \"held\": 1,\n    \"present\": 2,\n    \"expected\": 5,\n    \"attendancePercent\": 40.0,"))
            #expect(r.text(.vi).contains("40,0%") && r.markdown(.vi).contains("| 1 | 2 | 5 | 40,0% |"))
            #expect(r.html(.vi).contains("40,0%"))
        }

        // The dashboard of the cell.
        app.page = nil
        app.press(.down, .char("b"), .end)
        #expect(app.screen[21] == " Buổi sinh hoạt: 1 · có mặt 2/5 40,0%")
    }

    @Test func aPastMeetingKeepsItsFiguresWhenTheRollChanges() throws {
        var s = try Self.data()
        let before = Minutes(meeting: s.meetings[Self.meeting]!, state: s).render(.markdown, .vi)
        let csvBefore = TableExport.minutes(s, under: nil, lang: .vi)
        try s.apply(Op(time: 2, author: "t", change: .addMember(Member(id: MemberID(30), org: Fixture.cell1, fullName: "Lý Văn Mới",
                                                                       joinedDate: Fixture.day(2026, 11, 20)))))
        try s.apply(Op(time: 3, author: "t", change: .transferMember(MemberID(21), to: Fixture.cell2,
                                                                     date: Fixture.day(2026, 11, 1), note: "")))
        #expect(Minutes(meeting: s.meetings[Self.meeting]!, state: s).render(.markdown, .vi) == before)
        #expect(TableExport.minutes(s, under: nil, lang: .vi) == csvBefore)
        #expect(Report.build(state: s, org: Fixture.ward, year: 2026).meetings.expected == 5)
    }
}

private extension String {
    func trimmingTrailing() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
