extension State {
    /// The change that undoes `change` when applied to the state that results from it.
    /// Computed against the state *before* `change`. Undo appends this; history is never rewritten.
    public func inverse(of change: Change) -> Change? {
        switch change {
        case .addOrg(let o): return .deleteOrg(o.id)
        case .updateOrg(let o): return orgs[o.id].map { .updateOrg($0) }
        case .moveOrg(let id, _): return orgs[id].map { .moveOrg(id, to: $0.parent) }
        case .deleteOrg(let id): return orgs[id].map { .addOrg($0) }
        case .addMember(let m): return .deleteMember(m.id)
        case .updateMember(let m): return members[m.id].map { .updateMember($0) }
        case .setMemberStatus(let id, _): return members[id].map { .setMemberStatus(id, $0.status) }
        case .transferMember(let id, _, _, _): return members[id].map { .updateMember($0) }
        case .deleteMember(let id): return members[id].map { .addMember($0) }
        case .addAssignment(let a): return .deleteAssignment(a.id)
        case .updateAssignment(let a): return assignments[a.id].map { .updateAssignment($0) }
        case .endAssignment(let id, _): return assignments[id].map { .updateAssignment($0) }
        case .setEvaluation(let id, let year, _): return assignments[id].map { .setEvaluation(id, year: year, $0.evaluations[year]) }
        case .deleteAssignment(let id): return assignments[id].map { .addAssignment($0) }
        case .addPerson(let p): return .deletePerson(p.id)
        case .updatePerson(let p): return persons[p.id].map { .updatePerson($0) }
        case .deletePerson(let id): return persons[id].map { .addPerson($0) }
        case .addModel(let m): return .deleteModel(m.id)
        case .updateModel(let m): return models[m.id].map { .updateModel($0) }
        case .deleteModel(let id): return models[id].map { .addModel($0) }
        case .addMeeting(let m): return .deleteMeeting(m.id)
        case .updateMeeting(let m): return meetings[m.id].map { .updateMeeting($0) }
        case .setAttendance(let id, let member, _): return meetings[id].map { .setAttendance(id, member, $0.attendance[member]) }
        case .deleteMeeting(let id): return meetings[id].map { .addMeeting($0) }
        }
    }

    /// Inverses for a batch, in the order that undoes it (last change first).
    public func inverse(of changes: [Change]) -> [Change]? {
        var s = self
        var out: [Change] = []
        for c in changes {
            guard let inv = s.inverse(of: c) else { return nil }
            out.append(inv)
            guard (try? s.apply(c)) != nil else { return nil }
        }
        return out.reversed()
    }
}
