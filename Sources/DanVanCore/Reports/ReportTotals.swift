/// The assignment-level figures of a report (sections 3–5): sums, so the parts of the
/// assignments table that two threads tally can simply be added.
struct AssignmentTotals: Sendable {
    var groupAssignments = [Int](repeating: 0, count: ReportTally.groups.count)
    var groupHouseholds = [Int](repeating: 0, count: ReportTally.groups.count)
    var workplace = 0, residence = 0
    var outstanding = 0, good = 0, completed = 0, notCompleted = 0, notEvaluated = 0

    /// Counts one assignment in force of an eligible member; returns its member flags
    /// (ReportTally.assignedBit …) and sets its group bit.
    @inline(__always)
    mutating func add(_ a: Assignment, year: Int, groupBit: inout UInt32) -> UInt8 {
        add(source: a.source, group: a.targetGroup, households: a.households, place: a.place,
            level: a.evaluations.isEmpty ? nil : a.evaluations[year]?.level, groupBit: &groupBit)
    }

    @inline(__always)
    mutating func add(source: Source, group: TargetGroup, households: Int?, place: Place, level: EvaluationLevel?,
                      groupBit: inout UInt32) -> UInt8 {
        var flags = ReportTally.assignedBit
        if source == .selfRegistered { flags |= ReportTally.selfBit }
        let g = ReportTally.groupIndex(group)
        groupAssignments[g] += 1
        groupHouseholds[g] += households ?? 0
        groupBit |= 1 << UInt32(g)
        if place == .workplace { workplace += 1 } else { residence += 1 }
        switch level {
        case .outstanding: outstanding += 1
        case .good: good += 1
        case .completed: completed += 1
        case .notCompleted: notCompleted += 1
        case nil: notEvaluated += 1; flags |= ReportTally.missingBit
        }
        return flags
    }

    static func += (a: inout AssignmentTotals, b: AssignmentTotals) {
        for g in a.groupAssignments.indices {
            a.groupAssignments[g] += b.groupAssignments[g]
            a.groupHouseholds[g] += b.groupHouseholds[g]
        }
        a.workplace += b.workplace
        a.residence += b.residence
        a.outstanding += b.outstanding
        a.good += b.good
        a.completed += b.completed
        a.notCompleted += b.notCompleted
        a.notEvaluated += b.notEvaluated
    }
}
