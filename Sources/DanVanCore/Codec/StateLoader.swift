/// Where a document reader puts the records it reads.
protocol DocumentSink {
    /// Size hints from the document header (already capped by the input size).
    mutating func reserve(orgs: Int, members: Int, assignments: Int)
    /// No assignment read yet (a second thread may still take over that table).
    var hasNoAssignments: Bool { get }
    mutating func add(_ o: Org, at offset: Int) throws
    mutating func add(_ m: Member, at offset: Int) throws
    mutating func add(_ a: Assignment, at offset: Int) throws
    mutating func add(_ p: OutstandingPerson, at offset: Int) throws
    mutating func add(_ m: MobilizationModel, at offset: Int) throws
    mutating func add(_ m: Meeting, at offset: Int) throws
}

extension EntityTables: DocumentSink {
    mutating func reserve(orgs: Int, members: Int, assignments: Int) {
        self.orgs.reserveCapacity(orgs)
        self.members.reserveCapacity(members)
        self.assignments.reserveCapacity(assignments)
    }
    var hasNoAssignments: Bool { assignments.isEmpty }
    mutating func add(_ o: Org, at offset: Int) { orgs.append(o) }
    mutating func add(_ m: Member, at offset: Int) { members.append(m) }
    mutating func add(_ a: Assignment, at offset: Int) { assignments.append(a) }
    mutating func add(_ p: OutstandingPerson, at offset: Int) { persons.append(p) }
    mutating func add(_ m: MobilizationModel, at offset: Int) { models.append(m) }
    mutating func add(_ m: Meeting, at offset: Int) { meetings.append(m) }
}

/// Builds a `State` straight from the records as they are read, instead of collecting arrays
/// and handing them to `State(orgs:members:…)`: no second copy of every record, dictionaries
/// sized up front, card keys of plain ASCII computed from bytes. It keeps the checks and the
/// indexes of `State(orgs:members:…)` exactly (CodecStateLoaderTests compares every stored
/// property of the two results, so a new index there fails the test until it is added here).
///
/// Duplicates are reported with the byte offset of the record; references are checked at
/// the end, in the order `State(orgs:members:…)` checks them, so files that list tables in
/// another order load too.
struct StateLoader: DocumentSink {
    var s = State()
    // What each record refers to, in document order (checked at the end without looking
    // the records up again).
    var orgParents: [(id: OrgID, parent: OrgID?)] = []
    var memberOrgs: [OrgID] = []
    var assignmentMembers: [MemberID] = []
    var otherOrgs: [OrgID] = []  // persons, then models, then meetings

    /// The document's size hints, kept for the loader that reads the assignments on another thread.
    struct Hints { var members = 0, assignments = 0 }
    var hints = Hints()
    /// Set when another loader will read the assignments (see `adoptAssignments`): room for
    /// them is then made there, not here.
    var assignmentsReadElsewhere = false

    mutating func reserve(orgs: Int, members: Int, assignments: Int) {
        hints = Hints(members: members, assignments: assignments)
        s.orgs.reserveCapacity(orgs)
        orgParents.reserveCapacity(orgs)
        s.members.reserveCapacity(members)
        memberOrgs.reserveCapacity(members)
        s.cardIndex.reserveCapacity(members)
        if !assignmentsReadElsewhere { reserveAssignments(hints) }
    }

    mutating func reserveAssignments(_ h: Hints) {
        s.assignments.reserveCapacity(h.assignments)
        assignmentMembers.reserveCapacity(h.assignments)
        s.assignmentsIndex.reserveCapacity(min(h.members, h.assignments))
    }

    var hasNoAssignments: Bool { s.assignments.isEmpty }

    /// Takes over the assignments another loader read; this one holds none.
    mutating func adoptAssignments(_ tail: StateLoader) {
        precondition(s.assignments.isEmpty && tail.s.orgs.isEmpty && tail.s.members.isEmpty && tail.s.meetings.isEmpty)
        s.assignments = tail.s.assignments
        s.assignmentsIndex = tail.s.assignmentsIndex
        assignmentMembers = tail.assignmentMembers
    }

    func duplicate(_ what: EntityKind, _ raw: UInt64, at offset: Int) -> CodecError {
        inconsistent(OpError.duplicate(what, raw), at: offset)
    }

    func inconsistent(_ e: OpError, at offset: Int) -> CodecError {
        CodecError(offset: offset, reason: "the records do not fit together: \(e.en)", kind: .inconsistent)
    }

    mutating func add(_ o: Org, at offset: Int) throws {
        let id = o.id
        if s.orgs.updateValue(o, forKey: id) != nil { throw duplicate(.org, id.raw, at: offset) }
        orgParents.append((id, o.parent))
    }

    mutating func add(_ m: Member, at offset: Int) throws {
        let id = m.id, org = m.org
        let key = State.cardKey(m.cardNo)
        if s.members.updateValue(m, forKey: id) != nil { throw duplicate(.member, id.raw, at: offset) }
        memberOrgs.append(org)
        s.membersIndex[org, default: []].append(id)
        if !m.history.isEmpty { s.linkFormer(m) }
        if let key, let other = s.cardIndex.updateValue(id, forKey: key) {
            throw inconsistent(State.duplicateCardError(s.members[id]!.cardNo!, holder: s.members[other]!.fullName),
                               at: offset)
        }
    }

    mutating func add(_ a: Assignment, at offset: Int) throws {
        let id = a.id, member = a.member
        if s.assignments.updateValue(a, forKey: id) != nil { throw duplicate(.assignment, id.raw, at: offset) }
        assignmentMembers.append(member)
        s.assignmentsIndex[member, default: []].append(id)
    }

    mutating func add(_ p: OutstandingPerson, at offset: Int) throws {
        if s.persons.updateValue(p, forKey: p.id) != nil { throw duplicate(.person, p.id.raw, at: offset) }
        otherOrgs.append(p.org)
    }

    mutating func add(_ m: MobilizationModel, at offset: Int) throws {
        if s.models.updateValue(m, forKey: m.id) != nil { throw duplicate(.model, m.id.raw, at: offset) }
        otherOrgs.append(m.org)
    }

    mutating func add(_ m: Meeting, at offset: Int) throws {
        if s.meetings.updateValue(m, forKey: m.id) != nil { throw duplicate(.meeting, m.id.raw, at: offset) }
        otherOrgs.append(m.org)
    }

    /// Checks every reference and finishes the indexes.
    mutating func finish() throws -> State {
        try finishOrgsAndMembers()
        finishAssignments()
        return try finishReferences()
    }

    /// The part that needs only the orgs and members: the tree indexes, the members' units
    /// checked, the member lists sorted. (The two-thread read does this while the other thread
    /// is still reading.)
    mutating func finishOrgsAndMembers() throws {
        // `index(forKey:)`, not `[key] != nil`: the subscript would copy each record out.
        for (id, parent) in orgParents {
            if let p = parent {
                guard s.orgs.index(forKey: p) != nil else { throw unknown(.org, p.raw) }
                s.childrenIndex[p, default: []].append(id)
            } else {
                s.roots.append(id)
            }
        }
        var last: OrgID?
        for org in memberOrgs where org != last {
            guard s.orgs.index(forKey: org) != nil else { throw unknown(.org, org.raw) }
            last = org
        }
        s.sortOrgAndMemberIndexes()
    }

    /// The part that needs only the assignments (done by the thread that read them).
    mutating func finishAssignments() {
        s.sortAssignmentIndex()
    }

    /// What refers across the halves: assignments to members, other records to units.
    mutating func finishReferences() throws -> State {
        var lastMember: MemberID?
        for member in assignmentMembers where member != lastMember {
            guard s.members.index(forKey: member) != nil else { throw unknown(.member, member.raw) }
            lastMember = member
        }
        for org in otherOrgs where s.orgs.index(forKey: org) == nil { throw unknown(.org, org.raw) }
        return s
    }

    func unknown(_ what: EntityKind, _ raw: UInt64) -> CodecError {
        CodecError(offset: 0, reason: "the records do not fit together: \(OpError.unknown(what, raw).en)", kind: .inconsistent)
    }
}
