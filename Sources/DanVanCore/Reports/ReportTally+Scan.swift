extension ReportTally {
    /// Straight through the tables; `pos` maps each subtree unit's raw id to its position.
    /// Records are read in place (see `ReportFacts`), never copied whole.
    mutating func scan(_ state: State, _ pos: IDTable, eligibleHint: Int) {
        // Pass 1: the subtree's members; eligible ones get a dense slot, numbered in table
        // order, and remember their place in the table for reading names later.
        var slot = IDTable(capacity: eligibleHint)
        var slotPos: [Int32] = [], slotID: [MemberID] = [], slotOrdinal: [Int32] = []
        slotPos.reserveCapacity(eligibleHint)
        slotID.reserveCapacity(eligibleHint)
        slotOrdinal.reserveCapacity(eligibleHint)
        var members = state.members.values.makeIterator()
        var ordinal: Int32 = 0
        while let m = MemberFacts.next(&members) {
            defer { ordinal += 1 }
            let p = Int(pos.get(m.org.raw))
            guard p >= 0 else { continue }
            switch m.status {
            case .exempt: direct[p].exempt += 1
            case .transferredOut, .deceased: break
            case .active:
                slot.set(m.id.raw, Int32(slotID.count))
                slotPos.append(Int32(p))
                slotID.append(m.id)
                slotOrdinal.append(ordinal)
                direct[p].eligible += 1
            }
        }
        // Pass 2: every assignment in force of an eligible member of the subtree, the two
        // halves of the table on two threads.
        let slotTable = slot, count = slotID.count, year = self.year, half = state.assignments.count / 2
        let (first, second) = bothAtOnce(
            { ReportTally.markAssignments(state, slotTable, count: count, year: year, part: 0..<half) },
            { ReportTally.markAssignments(state, slotTable, count: count, year: year, part: half..<Int.max) })
        var marks = first.marks
        for s in 0..<count { marks[s] |= second.marks[s] }
        totals = first.totals
        totals += second.totals
        // Group by position (counting sort), ids ascending within a position as `walk` has
        // them; the ids travel with their slots so the sort reads no other array.
        for i in 0..<n { eligibleStart[i + 1] = eligibleStart[i] + direct[i].eligible }
        var fill = eligibleStart
        var byPos = [(id: MemberID, slot: Int32)](repeating: (MemberID(0), 0), count: count)
        for s in 0..<count {
            let p = Int(slotPos[s])
            byPos[fill[p]] = (slotID[s], Int32(s))
            fill[p] += 1
        }
        for i in 0..<n where eligibleStart[i + 1] - eligibleStart[i] > 1 {
            byPos[eligibleStart[i]..<eligibleStart[i + 1]].sort { $0.id < $1.id }
        }
        eligibleIDs.reserveCapacity(count)
        var rank = [Int32](repeating: -1, count: count)  // place in `unevaluated`
        for i in 0..<n {
            for k in eligibleStart[i]..<eligibleStart[i + 1] {
                let (id, s) = byPos[k]
                let mark = marks[Int(s)], flags = UInt8(truncatingIfNeeded: mark >> 24)
                eligibleIDs.append(id)
                if flags & ReportTally.missingBit != 0 { rank[Int(s)] = Int32(unevaluated.count) }
                settle(pos: i, id: id, flags: flags, groupBits: mark & 0xFF_FFFF)
            }
        }
        names = UnevaluatedNames(ordinal: slotOrdinal, rank: rank)
    }

    /// Pass 2 over the assignments at table places `part`: each slot's mark (its group
    /// bits and, from bit 24, its member flags: one random access per assignment) and the
    /// assignment totals.
    static func markAssignments(_ state: State, _ slot: IDTable, count: Int, year: Int,
                                part: Range<Int>) -> (marks: [UInt32], totals: AssignmentTotals) {
        precondition(ReportTally.groups.count <= 24)
        var marks = [UInt32](repeating: 0, count: count)
        var totals = AssignmentTotals()
        var assignments = state.assignments.values.makeIterator()
        for _ in 0..<part.lowerBound { AssignmentFacts.skip(&assignments) }
        for _ in part {
            guard let fact = AssignmentFacts.next(&assignments, year: year) else { break }
            guard let a = fact else { continue }
            let s = Int(slot.get(a.member.raw))
            guard s >= 0 else { continue }
            var bit: UInt32 = 0
            let f = totals.add(source: a.source, group: a.group, households: a.households, place: a.place, level: a.level,
                               groupBit: &bit)
            marks[s] |= bit | UInt32(f) << 24
        }
        return (marks, totals)
    }
}

/// The members a scan found not evaluated, with their names read in one walk over the
/// members table in the order pass 1 saw them: slot s is the member at table place
/// `ordinal[s]`, and goes to place `rank[s]` (-1: not wanted) of the list.
struct UnevaluatedNames: Sendable {
    let ordinal: [Int32]
    let rank: [Int32]

    /// The list for `unevaluated` (the tally's, whose order `rank` follows).
    func read(_ state: State, _ unevaluated: [(pos: Int, id: MemberID)], cells: [String]) -> [Report.MemberRef] {
        var list = [Report.MemberRef](repeating: Report.MemberRef(id: MemberID(0), name: "", cell: ""),
                                      count: unevaluated.count)
        var members = state.members.values.makeIterator()
        var at: Int32 = 0
        for s in 0..<rank.count where rank[s] >= 0 {
            while at < ordinal[s] {
                ReportTally.MemberFacts.skip(&members)
                at += 1
            }
            let k = Int(rank[s])
            list[k] = Report.MemberRef(id: unevaluated[k].id, name: ReportTally.MemberFacts.nextName(&members),
                                       cell: cells[unevaluated[k].pos])
            at += 1
        }
        return list
    }
}
