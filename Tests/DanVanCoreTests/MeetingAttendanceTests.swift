import Foundation
import Testing
@testable import DanVanCore

/// A cell whose roll changes around a meeting: who the meeting expected must follow the
/// meeting date, not today's roll.
struct RollFixture {
    var f = Fixture()
    let day = Day(iso: "2025-05-10")!
    let meeting = MeetingID(1)

    static func d(_ s: String) -> Day { Day(iso: s)! }

    init() throws {
        let d = RollFixture.d
        func add(_ id: UInt64, _ name: String, in org: OrgID = Fixture.thon1, joined: Day? = nil,
                 status: MemberStatus = .active) throws {
            try f.apply(.addMember(Member(id: MemberID(id), org: org, fullName: name, joinedDate: joined, status: status)))
        }
        try add(1, "Nguyễn Văn An", joined: d("2010-03-02"))
        try add(2, "Trần Thị Bình")
        try add(3, "Lê Văn Cường")
        try add(4, "Phạm Văn Dũng", status: MemberStatus(kind: .exempt, date: d("2020-01-01"), note: "tuổi cao"))
        try add(5, "Vũ Văn Em", status: MemberStatus(kind: .deceased, date: d("2024-01-01")))
        try add(6, "Đỗ Thị Phượng")                                  // moves to thôn 2 after the meeting
        try add(7, "Hoàng Văn Giang", in: Fixture.thon2)             // moves in after the meeting
        try add(8, "Bùi Thị Hoa", joined: d("2025-08-01"))          // admitted after the meeting
        try add(9, "Ngô Văn Ích")                                    // exempt after the meeting
        try add(10, "Đinh Thị Kim")                                  // never marked
        try add(11, "Lý Văn Long", joined: d("2025-05-10"))         // admitted on the day: expected
        try f.apply(.addMeeting(Meeting(id: meeting, org: Fixture.thon1, date: day, notes: "Triển khai nghị quyết",
                                        decisions: "Giao nhiệm vụ\nBáo cáo vào tháng 6")))
        let marks: [(UInt64, AttendanceKind, String)] = [
            (1, .present, ""), (2, .present, ""), (3, .excused, "ốm"), (4, .present, ""), (6, .absent, ""),
            (9, .present, ""), (11, .present, ""),
        ]
        for (id, k, r) in marks { try f.apply(.setAttendance(meeting, MemberID(id), Attendance(kind: k, reason: r))) }
        // After the meeting: moves, an admission, an exemption.
        try f.apply(.transferMember(MemberID(6), to: Fixture.thon2, date: d("2025-06-01"), note: ""))
        try f.apply(.transferMember(MemberID(7), to: Fixture.thon1, date: d("2025-06-01"), note: ""))
        try f.apply(.setMemberStatus(MemberID(9), MemberStatus(kind: .exempt, date: d("2025-07-01"), note: "ốm dài ngày")))
    }

    var state: State { f.state }
    var theMeeting: Meeting { f.state.meetings[meeting]! }
}

@Suite struct MeetingAttendanceTests {
    @Test func theRollOnTheMeetingDate() throws {
        let r = try RollFixture()
        let a = MeetingAttendance(meeting: r.theMeeting, state: r.state)
        let ids = { (xs: [MemberID]) in Set(xs.map(\.raw)) }
        #expect(ids(a.expected) == [1, 2, 3, 6, 9, 10, 11])
        #expect(ids(a.present) == [1, 2, 9, 11])
        #expect(a.excused == [MeetingAttendance.Excused(member: MemberID(3), reason: "ốm")])
        #expect(ids(a.absent) == [6])
        #expect(ids(a.notMarked) == [10])
        #expect(ids(a.exempt) == [4] && ids(a.exemptPresent) == [4])
        // The parts add up to the expected.
        #expect(a.present.count + a.excused.count + a.absent.count + a.notMarked.count == a.expected.count)
    }

    @Test func laterJoinsDoNotChangeAPastMeeting() throws {
        var r = try RollFixture()
        let before = Minutes(meeting: r.theMeeting, state: r.state).render(.markdown, .vi)
        let reportBefore = Report.build(state: r.state, org: Fixture.thon1, year: 2025).meetings
        try r.f.apply(.addMember(Member(id: MemberID(20), org: Fixture.thon1, fullName: "Mai Văn Mới",
                                        joinedDate: RollFixture.d("2025-11-01"))))
        try r.f.apply(.transferMember(MemberID(2), to: Fixture.thon2, date: RollFixture.d("2025-09-01"), note: ""))
        try r.f.apply(.setMemberStatus(MemberID(1), MemberStatus(kind: .deceased, date: RollFixture.d("2025-10-01"))))
        #expect(Minutes(meeting: r.theMeeting, state: r.state).render(.markdown, .vi) == before)
        let after = Report.build(state: r.state, org: Fixture.thon1, year: 2025).meetings
        #expect(after.held == reportBefore.held && after.present == reportBefore.present && after.expected == reportBefore.expected)
    }

    @Test func spansFollowTransfersAndStatus() {
        let d = RollFixture.d
        var m = Member(id: MemberID(1), org: Fixture.truong, fullName: "A", joinedDate: d("2001-01-01"))
        m.history = [Transfer(from: Fixture.thon1, to: Fixture.thon2, date: d("2010-01-01")),
                     Transfer(from: Fixture.thon2, to: Fixture.truong, date: d("2015-06-01"))]
        m.status = MemberStatus(kind: .exempt, date: d("2020-01-01"), note: "x")
        let spans = RollSpan.spans(of: m)
        #expect(spans.map(\.org) == [Fixture.thon1, Fixture.thon2, Fixture.truong])
        #expect(spans[0].standing(on: d("2000-12-31")) == nil)
        #expect(spans[0].standing(on: d("2009-12-31")) == .active)
        #expect(spans[0].standing(on: d("2010-01-01")) == nil && spans[1].standing(on: d("2010-01-01")) == .active)
        #expect(spans[2].standing(on: d("2019-12-31")) == .active && spans[2].standing(on: d("2020-01-01")) == .exempt)
        m.status = MemberStatus(kind: .transferredOut, date: d("2012-01-01"), note: "Hà Nội")
        // Out before the second transfer's date: the later spans are empty and dropped.
        #expect(RollSpan.spans(of: m).map(\.org) == [Fixture.thon1, Fixture.thon2])
    }

    @Test func theFormerMembersIndexSurvivesALoadAndUndo() throws {
        let r = try RollFixture()
        for twoThreads in [false, true] {
            let (loaded, _) = try SnapshotCodec.decode(SnapshotCodec.encode(r.state, meta: SnapshotMeta(seq: 1, createdAt: 1)),
                                                   twoThreads: twoThreads)
            #expect(loaded.rollCandidates(of: Fixture.thon1) == r.state.rollCandidates(of: Fixture.thon1))
        }
        #expect(r.state.rollCandidates(of: Fixture.thon1).contains(MemberID(6)))
        var s = r.state
        // An edit that drops the transfer takes the member out of the old cell's index.
        try s.apply(.updateMember({ var m = s.members[MemberID(6)]!; m.history = []; m.org = Fixture.thon1; return m }()))
        #expect(s.formerMembersIndex[Fixture.thon1]?.contains(MemberID(6)) != true)
        #expect(s.rollCandidates(of: Fixture.thon2) == [MemberID(7)])
    }

    @Test func minutesInTheFormCellsUse() throws {
        var r = try RollFixture()
        var m = r.theMeeting
        m.started = "7:30"; m.ended = "9:45"; m.place = "Nhà văn hóa thôn 1"
        m.chair = "Nguyễn Văn An"; m.recorder = "Trần Thị Bình"
        m.opinions = "Đồng chí Cường: đề nghị họp sớm hơn\nĐồng chí Kim: nhất trí"
        try r.f.apply(.updateMeeting(m))
        let text = Minutes(meeting: r.theMeeting, state: r.state).render(.text, .vi)
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0] == "ĐẢNG BỘ XÃ TAM HỒNG" && lines[1] == "CHI BỘ THÔN 1" && lines[2] == "ĐẢNG CỘNG SẢN VIỆT NAM")
        #expect(lines[3] == "Nhà văn hóa thôn 1, ngày 10 tháng 5 năm 2025")
        #expect(lines[5] == "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2025")
        for want in ["Thời gian: bắt đầu lúc 7 giờ 30, ngày 10/05/2025.", "Địa điểm: Nhà văn hóa thôn 1.",
                     "Chủ trì: Nguyễn Văn An.", "Thư ký: Trần Thị Bình.",
                     "  • Tổng số đảng viên của chi bộ: 8 (miễn sinh hoạt: 1)", "  • Đảng viên phải dự: 7",
                     "  • Có mặt: 4/7", "  • Vắng có lý do: 1", "      - Lê Văn Cường — ốm", "  • Vắng không lý do: 1",
                     "      - Đỗ Thị Phượng", "  • Chưa điểm danh: 1", "      - Đinh Thị Kim",
                     "  • Đảng viên miễn sinh hoạt có dự (không tính vào tỉ lệ): 1", "      - Phạm Văn Dũng",
                     "Đồng chí Cường: đề nghị họp sớm hơn", "Đồng chí Kim: nhất trí", "Giao nhiệm vụ", "Báo cáo vào tháng 6",
                     "Buổi sinh hoạt kết thúc lúc 9 giờ 45 cùng ngày."] {
            #expect(lines.contains(want), "missing line: \(want)")
        }
        let sig = lines.firstIndex { $0.hasPrefix("THƯ KÝ") }!
        #expect(lines[sig].hasSuffix("CHỦ TRÌ"))
        #expect(lines[sig + 4].hasPrefix("Trần Thị Bình") && lines[sig + 4].hasSuffix("Nguyễn Văn An"))
        #expect(!text.contains("Hoàng Văn Giang") && !text.contains("Bùi Thị Hoa") && !text.contains("Vũ Văn Em"))
        // Markdown keeps the lines of a multi-line field apart (hard breaks).
        let md = Minutes(meeting: r.theMeeting, state: r.state).render(.markdown, .vi)
        #expect(md.contains("Giao nhiệm vụ  \nBáo cáo vào tháng 6  \n"))
        #expect(Minutes.Format.text.fileExtension == "txt" && Minutes.Format.markdown.fileExtension == "md")
    }

    @Test func meetingTimesAreChecked() throws {
        var r = try RollFixture()
        var m = r.theMeeting
        m.started = "25:00"
        #expect { try r.f.apply(.updateMeeting(m)) } throws: { ($0 as? OpError)?.field == .started }
        m.started = "7:30"; m.ended = "9h"
        #expect { try r.f.apply(.updateMeeting(m)) } throws: { ($0 as? OpError)?.field == .ended }
        #expect(Meeting.minutesOfDay("07:05") == 425 && Meeting.minutesOfDay("7:5") == nil && Meeting.minutesOfDay("") == nil)
    }

    @Test func minutesFieldsRoundTripAndOldRecordsStillRead() throws {
        var m = Meeting(id: MeetingID(3), org: Fixture.thon1, date: RollFixture.d("2025-01-02"), notes: "a\nb",
                        started: "8:00", ended: "10:00", place: "Hội trường", chair: "X", recorder: "Y", opinions: "ý\nkiến")
        var w = JSONWriter()
        m.writeJSON(to: &w)
        #expect(try JSONReader.read(w.bytes) { try Meeting(json: &$0) } == m)
        // A record written before the minutes fields existed.
        m = try JSONReader.read(Array(#"{"id":3,"org":3,"date":"2025-01-02","kind":"thuong_ky","notes":"a"}"#.utf8)) {
            try Meeting(json: &$0)
        }
        #expect(m.place == "" && m.chair == "" && m.opinions == "" && m.notes == "a")
    }

    @Test func theReportCountsTheRollOnTheDate() throws {
        let r = try RollFixture()
        let report = Report.build(state: r.state, org: Fixture.xa, year: 2025)
        #expect(report.meetings.held == 1 && report.meetings.present == 4 && report.meetings.expected == 7)
        let thon1 = report.meetings.cells.first { $0.org == Fixture.thon1 }!
        #expect(thon1.present == 4 && thon1.expected == 7)
        // The scan path (whole tables) gives the same figures as the walk.
        let scanned = Report.build(state: r.state, org: Fixture.xa, year: 2025, now: report.generatedAt,
                                   unitLimit: 3000, nameLimit: 10_000, scanShare: 1_000_000)
        #expect(scanned.meetings == report.meetings)
    }
}
