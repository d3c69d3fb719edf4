extension ReportTally {
    /// Straight through the tables; `pos` maps each subtree unit's raw id to its position.
    /// Records are read in place (see `ReportFacts`), never copied whole.
    mutating func scan(_ state: State, _ pos: IDTable, eligibleHint: Int) {
        // Pass 1: the subtree's members; eligible ones get a dense slot, numbered in table
        // order, and remember their place in the table for pass 3.
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
        // Pass 2: every assignment in force of an eligible member of the subtree. A slot's
        // mark holds its group bits and, from bit 24, its member flags: one random access
        // per assignment, not two.
        precondition(ReportTally.groups.count <= 24)
        var marks = [UInt32](repeating: 0, count: slotID.count)
        var assignments = state.assignments.values.makeIterator()
        while let fact = AssignmentFacts.next(&assignments, year: year) {
            guard let a = fact else { continue }
            let s = Int(slot.get(a.member.raw))
            guard s >= 0 else { continue }
            var bit: UInt32 = 0
            let f = add(source: a.source, group: a.group, households: a.households, place: a.place, level: a.level,
                        groupBit: &bit)
            marks[s] |= bit | UInt32(f) << 24
        }
        // Group by position (counting sort), ids ascending within a position as `walk` has
        // them; the ids travel with their slots so the sort reads no other array.
        for i in 0..<n { eligibleStart[i + 1] = eligibleStart[i] + direct[i].eligible }
        var fill = eligibleStart
        var byPos = [(id: MemberID, slot: Int32)](repeating: (MemberID(0), 0), count: slotID.count)
        for s in 0..<slotID.count {
            let p = Int(slotPos[s])
            byPos[fill[p]] = (slotID[s], Int32(s))
            fill[p] += 1
        }
        for i in 0..<n where eligibleStart[i + 1] - eligibleStart[i] > 1 {
            byPos[eligibleStart[i]..<eligibleStart[i + 1]].sort { $0.id < $1.id }
        }
        eligibleIDs.reserveCapacity(byPos.count)
        var rank = [Int32](repeating: -1, count: slotID.count)  // place in `unevaluated`
        for i in 0..<n {
            for k in eligibleStart[i]..<eligibleStart[i + 1] {
                let (id, s) = byPos[k]
                let mark = marks[Int(s)], flags = UInt8(truncatingIfNeeded: mark >> 24)
                eligibleIDs.append(id)
                if flags & ReportTally.missingBit != 0 { rank[Int(s)] = Int32(unevaluated.count) }
                settle(pos: i, id: id, flags: flags, groupBits: mark & 0xFF_FFFF)
            }
        }
        // Pass 3: the names of the members not evaluated, walking the members table in the
        // same order as pass 1 (slots ascend with it) and reading only the names wanted.
        var names = [String](repeating: "", count: unevaluated.count)
        members = state.members.values.makeIterator()
        ordinal = 0
        for s in 0..<slotID.count where rank[s] >= 0 {
            while ordinal < slotOrdinal[s] {
                MemberFacts.skip(&members)
                ordinal += 1
            }
            names[Int(rank[s])] = MemberFacts.nextName(&members)
            ordinal += 1
        }
        unevaluatedNames = names
    }
}
