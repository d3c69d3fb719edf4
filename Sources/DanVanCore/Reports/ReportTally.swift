/// The member and assignment figures of a report, per subtree position. Two ways to
/// fill it give the same result:
/// - `walk`: through the state's indexes (cell → members → assignments), for a small
///   subtree; costs a few random table look-ups per member.
/// - `scan`: straight through the members and assignments tables, for a subtree holding a
///   good share of all members; sequential reads instead of ~12 cache misses per member
///   make a city-wide report several times faster. Records are read in place, never
///   copied (`ReportFacts`), and the assignments table is split over two threads.
struct ReportTally {
    let n: Int
    let year: Int
    /// Figures of each position's own members.
    var direct: [Counts]
    /// Eligible members of each position, flat: position i holds ids[start[i]..<start[i+1]],
    /// ascending.
    var eligibleIDs: [MemberID] = []
    var eligibleStart: [Int]
    /// Eligible members with an assignment in force not evaluated for the year, grouped by
    /// position in subtree order, by id within a position.
    var unevaluated: [(pos: Int, id: MemberID)] = []
    /// After `scan`: how to read their names in table order, cheaper than a look-up
    /// each for a long list. Nil after `walk`.
    var names: UnevaluatedNames?
    var totals = AssignmentTotals()
    /// Eligible members with an assignment in force, per target group.
    var groupMembers = [Int](repeating: 0, count: ReportTally.groups.count)

    static let groups = TargetGroup.allCases

    /// `group`'s position in `groups`, without hashing (once per assignment).
    /// ReportStrategyTests checks it against `groups`.
    @inline(__always)
    static func groupIndex(_ group: TargetGroup) -> Int {
        switch group {
        case .canBo: 0
        case .triThuc: 1
        case .congNhan: 2
        case .thanhNien: 3
        case .tonGiao: 4
        case .danToc: 5
        case .nhanSi: 6
        case .hoDan: 7
        case .nongDan: 8
        case .phuNu: 9
        case .cuuChienBinh: 10
        case .doanhNhan: 11
        case .khac: 12
        }
    }

    static let assignedBit: UInt8 = 1, selfBit: UInt8 = 2, missingBit: UInt8 = 4

    init(n: Int, year: Int) {
        self.n = n
        self.year = year
        direct = [Counts](repeating: Counts(), count: n)
        eligibleStart = [Int](repeating: 0, count: n + 1)
    }

    /// Folds one eligible member's flags into its position.
    @inline(__always)
    mutating func settle(pos: Int, id: MemberID, flags: UInt8, groupBits: UInt32) {
        if flags & ReportTally.assignedBit != 0 { direct[pos].assigned += 1 }
        if flags & ReportTally.selfBit != 0 { direct[pos].selfRegistered += 1 }
        if flags & ReportTally.missingBit != 0 { unevaluated.append((pos, id)) }
        var mask = groupBits
        while mask != 0 {
            groupMembers[mask.trailingZeroBitCount] += 1
            mask &= mask - 1
        }
    }

    /// Meetings held during the year, and per position the members each meeting expected
    /// and those of them present, by `MeetingAttendance`'s rule (the roll on the meeting
    /// date). Each cell's roll spans are worked out once, then every meeting of the cell
    /// walks them: a plain array, no hashing per member.
    func meetings(_ state: State, _ pos: IDTable, cells: [OrgID]) -> (held: [Int], present: [Int], expected: [Int]) {
        var held = [Int](repeating: 0, count: n), present = held, expected = held
        var spans = [[RollSpan]?](repeating: nil, count: n)
        var table = state.meetings.values.makeIterator()
        while let mt = MeetingFacts.next(&table, year: year, units: pos) {
            held[mt.pos] += 1
            if spans[mt.pos] == nil { spans[mt.pos] = ReportTally.rollSpans(state, cells[mt.pos]) }
            let roll = spans[mt.pos]!
            var onRoll = 0
            for s in roll where s.standing(on: mt.date) == .active { onRoll += 1 }
            expected[mt.pos] += onRoll
            var it = mt.attendance.makeIterator()
            while let (member, here) = MeetingFacts.nextAttendance(&it) {
                guard here else { continue }
                // Spans are in member order: find this member's, a few at most.
                var a = 0, b = roll.count
                while a < b {
                    let mid = (a + b) / 2
                    if roll[mid].member < member { a = mid + 1 } else { b = mid }
                }
                while a < roll.count && roll[a].member == member {
                    if roll[a].standing(on: mt.date) == .active { present[mt.pos] += 1; break }
                    a += 1
                }
            }
        }
        return (held, present, expected)
    }

    /// Every span of `cell`'s roll, by member id.
    static func rollSpans(_ state: State, _ cell: OrgID) -> [RollSpan] {
        var out: [RollSpan] = []
        for id in state.rollCandidates(of: cell) {
            guard let m = state.members[id] else { continue }
            if m.history.isEmpty && m.status.kind == .active {
                out.append(RollSpan(member: id, org: cell, from: m.joinedDate, until: nil, exemptFrom: nil))
            } else {
                for s in RollSpan.spans(of: m) where s.org == cell { out.append(s) }
            }
        }
        return out
    }

    /// Through the indexes: positions in order, members of each by id.
    mutating func walk(_ state: State, _ sub: [OrgID]) {
        for i in 0..<n {
            for mid in state.directMembers(of: sub[i]) {
                guard let kind = state.members[mid]?.status.kind else { continue }
                switch kind {
                case .exempt: direct[i].exempt += 1; continue
                case .transferredOut, .deceased: continue
                case .active: direct[i].eligible += 1; eligibleIDs.append(mid)
                }
                var flags: UInt8 = 0, bits: UInt32 = 0
                for aid in state.assignmentIDs(of: mid) {
                    guard let a = state.assignments[aid], a.inForce(year: year) else { continue }
                    flags |= totals.add(a, year: year, groupBit: &bits)
                }
                settle(pos: i, id: mid, flags: flags, groupBits: bits)
            }
            eligibleStart[i + 1] = eligibleIDs.count
        }
    }
}
