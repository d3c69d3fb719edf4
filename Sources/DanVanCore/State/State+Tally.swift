extension State {
    /// The tally for `year` after `changes`, from `before` (the tally of `old`, the state the
    /// changes applied to) without a pass over every member: only the members whose counts
    /// may have changed are recounted, up their chain of nodes. Nil when the changes move
    /// members or nodes, which needs a full `tally(year:)`. `self` is the state after.
    public func tally(_ before: [OrgID: Counts], year: Int, updatedFor changes: [Change], from old: State) -> [OrgID: Counts]? {
        var affected = Set<MemberID>()
        for c in changes {
            switch c {
            case .addOrg, .updateOrg, .moveOrg, .deleteOrg, .addMember, .updateMember, .transferMember, .deleteMember:
                return nil
            case .setMemberStatus(let id, _): affected.insert(id)
            case .addAssignment(let a): affected.insert(a.member)
            case .updateAssignment(let a):
                affected.insert(a.member)
                if let o = old.assignments[a.id] { affected.insert(o.member) }
            case .endAssignment(let id, _), .deleteAssignment(let id):
                if let o = old.assignments[id] { affected.insert(o.member) }
            case .setEvaluation, .addPerson, .updatePerson, .deletePerson, .addModel, .updateModel, .deleteModel,
                 .addMeeting, .updateMeeting, .setAttendance, .deleteMeeting:
                continue  // counts are members and assignments in force, nothing else
            }
        }
        var tally = before
        for m in affected {
            guard let org = members[m]?.org, old.members[m]?.org == org else { return nil }
            let was = old.counts(ofMember: m, year: year), now = counts(ofMember: m, year: year)
            var cur: OrgID? = org
            var steps = 0
            while let c = cur, steps <= orgs.count {
                var t = tally[c] ?? Counts()
                t.eligible += now.eligible - was.eligible
                t.exempt += now.exempt - was.exempt
                t.assigned += now.assigned - was.assigned
                t.selfRegistered += now.selfRegistered - was.selfRegistered
                tally[c] = t
                cur = orgs[c]?.parent
                steps += 1
            }
        }
        return tally
    }
}
