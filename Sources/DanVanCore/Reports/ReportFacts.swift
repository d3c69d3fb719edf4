/// The few fields the report's table scan reads from each record, read in place.
///
/// Binding a whole `Assignment` (or `Meeting`) to a variable in a loop that also updates
/// the tallies (`for a in table.values { … counts[k] += 1 … }`) makes the compiler copy
/// the record: an array write may reallocate, and the record must outlive it. A copy
/// retains and releases every string and table in the record, which at city scale means
/// cache misses on several unrelated heap objects per record: it was most of a report's
/// time. Each reader below takes the next record from a table iterator and returns only
/// plain values; it does nothing else, so the compiler reads the fields in place.
/// (Reading `table.values[index].field` instead is worse: that getter is not inlined and
/// copies the whole record.) No test can see a copy: the release benchmark shows it.
extension ReportTally {
    typealias MemberTable = [MemberID: Member]
    typealias AssignmentTable = [AssignmentID: Assignment]
    typealias MeetingTable = [MeetingID: Meeting]

    /// What the scan needs of a member.
    struct MemberFacts {
        var id: MemberID
        var org: OrgID
        var status: StatusKind

        /// The next member of the table, or nil at its end.
        @inline(never)
        static func next(_ it: inout MemberTable.Values.Iterator) -> MemberFacts? {
            guard let m = it.next() else { return nil }
            return MemberFacts(id: m.id, org: m.org, status: m.status.kind)
        }

        /// Steps over the next member.
        @inline(never)
        static func skip(_ it: inout MemberTable.Values.Iterator) {
            _ = it.next()
        }

        /// The next member's full name.
        @inline(never)
        static func nextName(_ it: inout MemberTable.Values.Iterator) -> String {
            it.next()?.fullName ?? ""
        }
    }

    /// What the scan needs of an assignment in force during the year.
    struct AssignmentFacts {
        var member: MemberID
        var group: TargetGroup
        var households: Int?
        var place: Place
        var source: Source
        var level: EvaluationLevel?

        /// The next assignment of the table: nil at its end, .some(nil) when it is not in
        /// force during `year`.
        @inline(never)
        static func next(_ it: inout AssignmentTable.Values.Iterator, year: Int) -> AssignmentFacts?? {
            guard let a = it.next() else { return nil }
            guard a.inForce(year: year) else { return .some(nil) }
            return AssignmentFacts(member: a.member, group: a.targetGroup, households: a.households, place: a.place,
                                   source: a.source, level: a.evaluations.isEmpty ? nil : a.evaluations[year]?.level)
        }

        /// Steps over the next assignment.
        @inline(never)
        static func skip(_ it: inout AssignmentTable.Values.Iterator) {
            _ = it.next()
        }
    }

    /// What the report needs of a meeting of the subtree held during the year.
    struct MeetingFacts {
        /// The unit's subtree position.
        var pos: Int
        var date: Day
        var attendance: [MemberID: Attendance]

        /// The next meeting of the table held in `year` by a unit `units` (subtree
        /// positions by raw id) holds; nil at the table's end. Only the meetings wanted have
        /// their attendance table retained, and the others cost no call each: a cell's
        /// report passes over the city's 29,000 meetings in a fraction of a millisecond.
        @inline(never)
        static func next(_ it: inout MeetingTable.Values.Iterator, year: Int, units: IDTable) -> MeetingFacts? {
            while let m = it.next() {
                guard m.date.year == year else { continue }
                let pos = Int(units.get(m.org.raw))
                guard pos >= 0 else { continue }
                return MeetingFacts(pos: pos, date: m.date, attendance: m.attendance)
            }
            return nil
        }

        /// The next attendance record: who, and whether present.
        @inline(never)
        static func nextAttendance(_ it: inout [MemberID: Attendance].Iterator) -> (member: MemberID, present: Bool)? {
            guard let (member, a) = it.next() else { return nil }
            return (member, a.kind == .present)
        }
    }
}
