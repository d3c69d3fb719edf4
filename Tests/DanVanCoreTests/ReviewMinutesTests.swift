import Testing
@testable import DanVanCore

@Suite struct AnnualReviewTests {
    @Test func listsEligibleMembersAndFlagsGaps() throws {
        var f = Fixture()
        let a = f.member(1, "Nguyễn Văn An", in: Fixture.thon1)
        let b = f.member(2, "Trần Thị Bình", in: Fixture.thon1)
        f.member(3, "Lê Văn Cường", in: Fixture.thon1, status: MemberStatus(kind: .exempt, date: Day(iso: "2020-01-01"), note: "tuổi cao"))
        let x = f.assign(10, a, from: "2025-01-01")
        let y = f.assign(11, a, from: "2024-01-01", to: "2024-12-31")  // not in force in 2025
        _ = y
        try f.apply(.setEvaluation(x, year: 2025, Evaluation(level: .good)))
        let z = f.assign(12, b, from: "2025-03-01", source: .selfRegistered)
        var review = AnnualReview(state: f.state, org: Fixture.thon1, year: 2025)
        #expect(review.rows.map(\.name) == ["Nguyễn Văn An", "Trần Thị Bình"])
        #expect(review.rows[0].assignments.map(\.id) == [x])
        #expect(review.rows[1].unevaluated == [z])
        #expect(review.unevaluatedAssignments == 1 && review.membersWithoutAssignment == 0)
        #expect(review.flaggedRows == [1])
        f.member(4, "Phạm Thị Dung", in: Fixture.thon1)
        review = AnnualReview(state: f.state, org: Fixture.thon1, year: 2025)
        #expect(review.membersWithoutAssignment == 1)
        #expect(review.flaggedRows == [1, 2])
    }
}

@Suite struct MinutesTests {
    @Test func headcountContentAndAssignments() throws {
        var f = Fixture()
        let a = f.member(1, "Nguyễn Văn An", in: Fixture.thon1)
        let b = f.member(2, "Trần Thị Bình", in: Fixture.thon1)
        let c = f.member(3, "Lê Văn Cường", in: Fixture.thon1)
        f.member(4, "Phạm Văn Dũng", in: Fixture.thon1, status: MemberStatus(kind: .exempt, date: Day(iso: "2020-01-01"), note: "tuổi cao"))
        f.member(5, "Vũ Văn Em", in: Fixture.thon1, status: MemberStatus(kind: .deceased, date: Day(iso: "2024-01-01")))
        let day = Day(iso: "2025-05-10")!
        try f.apply(.addMeeting(Meeting(id: MeetingID(1), org: Fixture.thon1, date: day, notes: "Triển khai Nghị quyết", decisions: "Giao 1 đồng chí vận động hộ dân")))
        try f.apply(.setAttendance(MeetingID(1), a, Attendance(kind: .present)))
        try f.apply(.setAttendance(MeetingID(1), b, Attendance(kind: .excused, reason: "ốm")))
        try f.apply(.setAttendance(MeetingID(1), c, Attendance(kind: .absent)))
        try f.apply(.addAssignment(Assignment(id: AssignmentID(9), member: a, targetGroup: .hoDan, content: "Vận động hiến đất làm đường", source: .selfRegistered, from: day)))
        let m = Minutes(meeting: f.state.meetings[MeetingID(1)]!, state: f.state)
        #expect(m.total == 4 && m.exempt == 1 && m.eligible == 3)
        let text = m.render(.markdown, .vi)
        #expect(text.contains("- Có mặt: 1/3"))
        #expect(text.contains("- Vắng có lý do: 1\n  - Trần Thị Bình — ốm\n"))
        #expect(text.contains("- Vắng không lý do: 1\n  - Lê Văn Cường\n"))
        #expect(text.contains("- Nguyễn Văn An: Hộ gia đình khu dân cư — Vận động hiến đất làm đường — tự nhận"))
        #expect(!text.contains("Vũ Văn Em"))
        let en = m.render(.text, .en)
        #expect(en.contains("\nMINUTES OF THE MONTHLY CELL MEETING, 2025-05-10\n"))
        #expect(en.contains("Present: 1 of 3"))
    }
}
