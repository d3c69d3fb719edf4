import Foundation

extension Report {
    /// Units and names are put in Vietnamese order up to these sizes. Collation keys cost
    /// microseconds each, so a city-wide report (14,000 units, 90,000 names not evaluated)
    /// keeps larger lists in record order (by id) to stay fast; child units are always sorted.
    public static let sortedUnitLimit = 3_000
    public static let sortedNameLimit = 10_000

    /// Computes the report of `org`'s subtree for `year`: one pass over the subtree's
    /// members and their assignments (through the state's indexes for a small subtree,
    /// straight through the tables for a big one — see `ReportTally`), then one over the
    /// persons, models and meetings tables. A city-wide report runs its biggest passes on
    /// two threads. An unknown `org` gives an empty report.
    public static func build(state: State, org: OrgID, year: Int, now: Date = Date()) -> Report {
        build(state: state, org: org, year: year, now: now, unitLimit: sortedUnitLimit, nameLimit: sortedNameLimit)
    }

    /// The tables are scanned whole when the subtree holds at least 1/scanShare of all members.
    static let scanShare = 8

    static func build(state: State, org: OrgID, year: Int, now: Date, unitLimit: Int, nameLimit: Int,
                      scanShare: Int = Report.scanShare) -> Report {
        let sub = subtree(state, org, unitLimit: unitLimit)
        let n = sub.count
        // Each subtree unit's position, by raw id.
        let fastPos: IDTable = {
            var t = IDTable(capacity: n)
            for (i, id) in sub.enumerated() { t.set(id.raw, Int32(i)) }
            return t
        }()

        // Which child of the node each subtree position falls under (-1: the node itself),
        // and each position's path below the node. Preorder puts parents first.
        let childIDs = state.sortedChildren(of: org)
        var childIndex = [Int](repeating: -1, count: n)
        var rel = [String](repeating: "", count: n)
        if n > 0 { rel[0] = state.orgs[org]!.name }
        for i in 1..<max(n, 1) {
            let o = state.orgs[sub[i]]!
            let p = Int(fastPos.get(o.parent!.raw))
            if p == 0 {
                childIndex[i] = childIDs.firstIndex(of: sub[i]) ?? -1
                rel[i] = o.name
            } else {
                childIndex[i] = childIndex[p]
                rel[i] = rel[p] + " / " + o.name
            }
        }

        var tally = ReportTally(n: n, year: year)
        var subtreeMembers = 0
        for id in sub { subtreeMembers += state.directMembers(of: id).count }
        if subtreeMembers * scanShare >= state.members.count && subtreeMembers > 0 {
            tally.scan(state, fastPos, eligibleHint: subtreeMembers)
        } else {
            tally.walk(state, sub)
        }
        var total = Counts()
        var childCounts = [Counts](repeating: Counts(), count: childIDs.count)
        for i in 0..<n {
            total += tally.direct[i]
            if childIndex[i] >= 0 { childCounts[childIndex[i]] += tally.direct[i] }
        }
        // After a scan, the list of members not evaluated and the meeting counts both walk
        // big tables: one on each core.
        let tallied = tally, cells = rel
        let (notEvaluated, (held, present, expected)) = tally.names == nil
            ? (notEvaluatedList(state, tally, cells: rel, nameLimit: nameLimit), tally.meetings(state, fastPos, cells: sub))
            : bothAtOnce({ notEvaluatedList(state, tallied, cells: cells, nameLimit: nameLimit) },
                            { tallied.meetings(state, fastPos, cells: sub) })
        let groups = ReportTally.groups

        var masses = MassFigures(introduced: 0, inClass: 0, admitted: 0, introducedTotal: 0, inClassTotal: 0,
                                 admittedTotal: 0, records: 0)
        for p in state.persons.values where fastPos.get(p.org.raw) >= 0 {
            masses.records += 1
            if let d = p.introduced, d.year <= year { masses.introducedTotal += 1; if d.year == year { masses.introduced += 1 } }
            if let d = p.classDate, d.year <= year { masses.inClassTotal += 1; if d.year == year { masses.inClass += 1 } }
            if let d = p.admitted, d.year <= year { masses.admittedTotal += 1; if d.year == year { masses.admitted += 1 } }
        }

        var modelCounts = [[Int]](repeating: [Int](repeating: 0, count: ModelStage.allCases.count),
                                  count: ModelField.allCases.count)
        let fieldIndex = Dictionary(uniqueKeysWithValues: ModelField.allCases.enumerated().map { ($1, $0) })
        let stageIndex = Dictionary(uniqueKeysWithValues: ModelStage.allCases.enumerated().map { ($1, $0) })
        for m in state.models.values where m.year == year && fastPos.get(m.org.raw) >= 0 {
            modelCounts[fieldIndex[m.field]!][stageIndex[m.stage]!] += 1
        }

        var meetings = MeetingFigures(held: 0, present: 0, expected: 0, cells: [])
        for i in 0..<n where state.orgs[sub[i]]!.level.isCell {
            let eligible = tally.direct[i].eligible
            let cm = CellMeetings(org: sub[i], cell: rel[i], eligible: eligible, held: held[i],
                                  present: present[i], expected: expected[i])
            meetings.held += cm.held
            meetings.present += cm.present
            meetings.expected += cm.expected
            meetings.cells.append(cm)
        }

        let t = tally.totals
        return Report(
            org: org, path: state.path(of: org), year: year, generatedAt: now,
            letterhead: Letterhead(of: org, in: state), counts: total,
            children: childIDs.enumerated().map { k, id in
                ChildFigures(org: id, name: state.orgs[id]!.name, path: state.path(of: id), counts: childCounts[k])
            },
            byTargetGroup: groups.indices.map {
                TargetGroupFigures(group: groups[$0], assignments: t.groupAssignments[$0], members: tally.groupMembers[$0],
                                   households: t.groupHouseholds[$0])
            },
            byPlace: PlaceFigures(workplace: t.workplace, residence: t.residence),
            evaluations: EvaluationFigures(outstanding: t.outstanding, good: t.good, completed: t.completed,
                                           notCompleted: t.notCompleted, notEvaluated: t.notEvaluated),
            notEvaluated: notEvaluated, masses: masses,
            models: ModelFigures(counts: modelCounts), meetings: meetings)
    }

    /// The node and its subtree, parents before children: in Vietnamese order (as the tree
    /// shows it) up to `sortedUnitLimit` units; beyond that the child units come sorted and
    /// everything below them by id.
    static func subtree(_ state: State, _ org: OrgID, unitLimit: Int) -> [OrgID] {
        guard state.orgs[org] != nil else { return [] }
        var out: [OrgID] = [org]
        var stack = Array(state.sortedChildren(of: org).reversed())
        while let cur = stack.popLast() {
            out.append(cur)
            stack.append(contentsOf: state.children(of: cur).reversed())
            if out.count > state.orgs.count { break }  // a cycle would be a core bug; never loop forever
        }
        return out.count <= unitLimit ? state.subtree(of: org) : out
    }
}
