import Testing
@testable import DanVanCore

/// Dates known only to the month or year ("3/1990", "1990") keep that precision everywhere.
@Suite struct PartialDateTests {
    let march1990 = Day.month(3, of: 1990)!, y1990 = Day.year(1990)!, d = Day(year: 1990, month: 3, day: 5)!

    @Test func writtenAsKnownAndOrderedByTheirFirstDay() {
        #expect(march1990.iso == "1990-03" && march1990.vn == "03/1990")
        #expect(y1990.iso == "1990" && y1990.vn == "1990" && y1990.formatted(.en) == "1990")
        #expect(d.isExact && !march1990.isExact && y1990.precision == .year)
        #expect(march1990.firstDay == Day(year: 1990, month: 3, day: 1))
        #expect(march1990.lastDay == Day(year: 1990, month: 3, day: 31))
        #expect(Day.month(2, of: 2024)!.lastDay == Day(year: 2024, month: 2, day: 29))
        #expect(y1990.lastDay == Day(year: 1990, month: 12, day: 31))
        // Not equal to their first day, and ordered consistently with it.
        #expect(march1990 != march1990.firstDay && march1990.firstDay < march1990 && march1990 < d)
        #expect([d, y1990, march1990].sorted() == [y1990, march1990, d])
        #expect(Day.month(13, of: 1990) == nil && Day.year(1799) == nil)
        // Still four bytes: members hold several days each.
        #expect(MemoryLayout<Day>.size == 4 && Day.year(9999)!.year == 9999 && Day.month(12, of: 9999)!.lastDay.day == 31)
    }

    @Test func typedAndStoredFormsAreRead() {
        for (text, day) in [("3/1990", march1990), ("03/1990", march1990), ("1990-03", march1990), ("1990", y1990),
                            ("05/03/1990", d)] {
            #expect(Day.parse(text, partial: true) == day, "\(text)")
        }
        #expect(Day.parse("3/1990") == nil && Day.parse("1990") == nil)  // whole dates only unless asked
        #expect(Day.parse("13/1990", partial: true) == nil && Day.parse("3/90", partial: true) == nil)
        #expect(Day.parse("1990/3/", partial: true) == nil && Day.parse("+3/1990", partial: true) == nil)
        for day in [march1990, y1990, d] { #expect(Day(stored: day.iso) == day) }
        for bad in ["1990-3", "199", "1990-00", "1990-13", "90-03", "1990-03-"] { #expect(Day(stored: bad) == nil, "\(bad)") }
    }

    @Test func overlapAndRefiningKeepWhatIsKnown() {
        #expect(y1990.overlaps(d) && march1990.overlaps(d) && d.overlaps(y1990))
        #expect(!Day.month(4, of: 1990)!.overlaps(d) && !Day.year(1991)!.overlaps(d))
        #expect(y1990.refining(d) == d)  // "1990" in the file, 05/03/1990 stored: the day stays
        #expect(march1990.refining(y1990) == march1990)  // more precise than stored: taken
        #expect(Day.year(1991)!.refining(d) == Day.year(1991))  // disagrees: the file says so
        #expect(y1990.refining(nil) == y1990)
    }

    @Test func membersWithPartialDatesRoundTripThroughSnapshotAndLog() throws {
        var f = Fixture()
        var m = Member(id: MemberID(10), org: Fixture.thon1, fullName: "Lò Văn Pấng")
        m.birthDate = Day.year(1948)
        m.joinedDate = march1990
        m.fullMemberDate = Day.month(3, of: 1991)
        m.status = MemberStatus(kind: .exempt, date: Day.year(2021), note: "tuổi cao")
        let op = f.op(.addMember(m))
        let bytes = OpCodec.encode(op)
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""birthDate":"1948""#))
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""joinedDate":"1990-03""#))
        #expect(try OpCodec.decode(bytes) == op)
        try f.state.apply(op)
        let snap = SnapshotCodec.encode(f.state, meta: SnapshotMeta(seq: 1, createdAt: 1))
        let (back, _) = try SnapshotCodec.decode(snap)
        #expect(back.members[MemberID(10)] == m)
        #expect(back == f.state)
    }

    @Test func orderChecksRefuseOnlyWhatIsCertainlyOutOfOrder() throws {
        var f = Fixture()
        func add(_ id: UInt64, birth: Day?, joined: Day?, full: Day? = nil) -> OpError? {
            var m = Member(id: MemberID(id), org: Fixture.thon1, fullName: "Người \(id)")
            m.birthDate = birth
            m.joinedDate = joined
            m.fullMemberDate = full
            do { try f.apply(.addMember(m)); return nil } catch { return error as? OpError }
        }
        // Born and joined in the same month: possible only in a made-up order, but not certainly wrong.
        #expect(add(1, birth: Day.year(1990), joined: march1990) == nil)
        #expect(add(2, birth: march1990, joined: march1990) == nil)
        #expect(add(3, birth: Day.year(1991), joined: march1990)?.code == .datesOutOfOrder)
        #expect(add(4, birth: d, joined: d)?.code == .datesOutOfOrder)
        #expect(add(5, birth: nil, joined: march1990, full: Day(year: 1990, month: 3, day: 31)) == nil)
        #expect(add(6, birth: nil, joined: march1990, full: Day(year: 1990, month: 2, day: 28))?.code == .datesOutOfOrder)
    }

    @Test func assignmentsMeetingsAndTransfersNeedWholeDays() throws {
        var f = Fixture()
        let m = f.member(1, "Hà Thị Mai", in: Fixture.thon1)
        let a = Assignment(id: AssignmentID(1), member: m, targetGroup: .hoDan, content: "Vận động", from: march1990)
        #expect(throws: OpError.self) { try f.apply(.addAssignment(a)) }
        let meeting = Meeting(id: MeetingID(1), org: Fixture.thon1, date: y1990)
        #expect(throws: OpError.self) { try f.apply(.addMeeting(meeting)) }
        #expect(throws: OpError.self) { try f.apply(.transferMember(m, to: Fixture.thon2, date: march1990, note: "")) }
        do {
            try f.apply(.addAssignment(a))
        } catch let e as OpError {
            #expect(e.field == .from && e.vi.contains("03/1990") && e.en.contains("lacks the day"))
        }
    }
}
