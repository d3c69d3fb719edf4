extension State {
    /// Applies one op. Every check runs before anything is touched, so on error the state
    /// is exactly as it was and the error says what was wrong.
    public mutating func apply(_ op: Op) throws {
        try apply(op.change)
    }

    /// Applies ops all-or-nothing: on the first error the state is left as it was.
    public mutating func apply(batch ops: [Op]) throws {
        guard ops.count > 1 else {
            if let op = ops.first { try apply(op) }
            return
        }
        var copy = self
        copy.reserveCapacity(for: ops)
        for op in ops { try copy.apply(op) }
        self = copy
    }

    /// The state after `op`, or the reason it was refused.
    public func applying(_ op: Op) throws -> State {
        var s = self
        try s.apply(op)
        return s
    }

    /// The state after `change`, or the reason it was refused (a trial before committing).
    public func applying(_ change: Change) throws -> State {
        var s = self
        try s.apply(change)
        return s
    }

    public mutating func apply(_ change: Change) throws {
        switch change {
        case .addOrg(let o):
            guard orgs[o.id] == nil else { throw OpError.duplicate(.org, o.id.raw) }
            try checkOrg(o, old: nil)
            orgs[o.id] = o
            linkOrg(o)
        case .updateOrg(let o):
            guard let old = orgs[o.id] else { throw OpError.unknown(.org, o.id.raw) }
            try checkOrg(o, old: old)
            unlinkOrg(old)
            orgs[o.id] = o
            linkOrg(o)
        case .moveOrg(let id, let parent):
            guard let old = orgs[id] else { throw OpError.unknown(.org, id.raw) }
            var o = old
            o.parent = parent
            try checkOrg(o, old: old)
            unlinkOrg(old)
            orgs[id] = o
            linkOrg(o)
        case .deleteOrg(let id):
            guard let o = orgs[id] else { throw OpError.unknown(.org, id.raw) }
            try checkOrgEmpty(o)
            unlinkOrg(o)
            orgs[id] = nil
            childrenIndex[id] = nil
            membersIndex[id] = nil

        case .addMember(let m):
            guard members[m.id] == nil else { throw OpError.duplicate(.member, m.id.raw) }
            try checkMember(m, old: nil)
            members[m.id] = m
            linkMember(m)
        case .updateMember(let m):
            guard let old = members[m.id] else { throw OpError.unknown(.member, m.id.raw) }
            try checkMember(m, old: old)
            unlinkMember(old)
            members[m.id] = m
            linkMember(m)
        case .setMemberStatus(let id, let status):
            guard var m = members[id] else { throw OpError.unknown(.member, id.raw) }
            m.status = status
            try checkMember(m, old: members[id])
            members[id] = m
        case .transferMember(let id, let to, let date, let note):
            guard var m = members[id] else { throw OpError.unknown(.member, id.raw) }
            guard to != m.org else {
                throw OpError(.invalidValue, vi: "Đảng viên đã ở chi bộ này", en: "The member is already in that cell")
            }
            if let last = m.history.last, date < last.date {
                throw OpError.invalid(.date, vi: "trước lần chuyển trước (\(last.date.vn))", en: "before the previous transfer (\(last.date.iso))")
            }
            let old = m
            m.history.append(Transfer(from: m.org, to: to, date: date, note: note))
            m.org = to
            try checkMember(m, old: old)
            unlinkMember(old)
            members[id] = m
            linkMember(m)
        case .deleteMember(let id):
            guard let m = members[id] else { throw OpError.unknown(.member, id.raw) }
            try checkMemberUnreferenced(m)
            unlinkMember(m)
            members[id] = nil
            assignmentsIndex[id] = nil

        case .addAssignment(let a):
            guard assignments[a.id] == nil else { throw OpError.duplicate(.assignment, a.id.raw) }
            try checkAssignment(a)
            assignments[a.id] = a
            assignmentsIndex[a.member, default: []].append(a.id)
        case .updateAssignment(let a):
            guard let old = assignments[a.id] else { throw OpError.unknown(.assignment, a.id.raw) }
            try checkAssignment(a)
            if old.member != a.member {
                assignmentsIndex[old.member]?.removeAll { $0 == a.id }
                assignmentsIndex[a.member, default: []].append(a.id)
            }
            assignments[a.id] = a
        case .endAssignment(let id, let day):
            guard var a = assignments[id] else { throw OpError.unknown(.assignment, id.raw) }
            a.to = day
            try checkAssignment(a)
            assignments[id] = a
        case .setEvaluation(let id, let year, let evaluation):
            guard var a = assignments[id] else { throw OpError.unknown(.assignment, id.raw) }
            guard (1900...9999).contains(year) else {
                throw OpError.invalid(.year, vi: "\(year) không phải là năm hợp lệ", en: "\(year) is not a valid year")
            }
            a.evaluations[year] = evaluation
            assignments[id] = a
        case .deleteAssignment(let id):
            guard let a = assignments[id] else { throw OpError.unknown(.assignment, id.raw) }
            assignments[id] = nil
            assignmentsIndex[a.member]?.removeAll { $0 == id }

        case .addPerson(let p):
            guard persons[p.id] == nil else { throw OpError.duplicate(.person, p.id.raw) }
            try checkPerson(p)
            persons[p.id] = p
        case .updatePerson(let p):
            guard persons[p.id] != nil else { throw OpError.unknown(.person, p.id.raw) }
            try checkPerson(p)
            persons[p.id] = p
        case .deletePerson(let id):
            guard persons.removeValue(forKey: id) != nil else { throw OpError.unknown(.person, id.raw) }

        case .addModel(let m):
            guard models[m.id] == nil else { throw OpError.duplicate(.model, m.id.raw) }
            try checkModel(m)
            models[m.id] = m
        case .updateModel(let m):
            guard models[m.id] != nil else { throw OpError.unknown(.model, m.id.raw) }
            try checkModel(m)
            models[m.id] = m
        case .deleteModel(let id):
            guard models.removeValue(forKey: id) != nil else { throw OpError.unknown(.model, id.raw) }

        case .addMeeting(let m):
            guard meetings[m.id] == nil else { throw OpError.duplicate(.meeting, m.id.raw) }
            try checkMeeting(m)
            meetings[m.id] = m
        case .updateMeeting(let m):
            guard meetings[m.id] != nil else { throw OpError.unknown(.meeting, m.id.raw) }
            try checkMeeting(m)
            meetings[m.id] = m
        case .setAttendance(let id, let member, let attendance):
            guard var m = meetings[id] else { throw OpError.unknown(.meeting, id.raw) }
            guard members[member] != nil else { throw OpError.unknown(.member, member.raw) }
            m.attendance[member] = attendance
            meetings[id] = m
        case .deleteMeeting(let id):
            guard meetings.removeValue(forKey: id) != nil else { throw OpError.unknown(.meeting, id.raw) }
        }
        revision &+= 1
        revisions.bump(change.table)
    }

    // MARK: Index upkeep

    private mutating func linkOrg(_ o: Org) {
        if let p = o.parent { State.insertSorted(o.id, into: &childrenIndex[p, default: []]) } else { State.insertSorted(o.id, into: &roots) }
    }
    private mutating func unlinkOrg(_ o: Org) {
        if let p = o.parent { childrenIndex[p]?.removeAll { $0 == o.id } } else { roots.removeAll { $0 == o.id } }
    }
    private mutating func linkMember(_ m: Member) {
        State.insertSorted(m.id, into: &membersIndex[m.org, default: []])
        if let k = State.cardKey(m.cardNo) { cardIndex[k] = m.id }
        if !m.history.isEmpty { linkFormer(m) }
    }
    private mutating func unlinkMember(_ m: Member) {
        membersIndex[m.org]?.removeAll { $0 == m.id }
        if let k = State.cardKey(m.cardNo), cardIndex[k] == m.id { cardIndex[k] = nil }
        if !m.history.isEmpty { unlinkFormer(m) }
    }
    /// Static on purpose: an instance method handed `&self.someIndex[k]` makes Swift copy
    /// the whole index to keep exclusivity, once per op.
    private static func insertSorted<T: Comparable>(_ v: T, into array: inout [T]) {
        if let last = array.last, last < v { array.append(v); return }
        var lo = 0, hi = array.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if array[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        array.insert(v, at: lo)
    }
}
