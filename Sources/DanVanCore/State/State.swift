/// Everything the store holds, as one value. Copies are cheap (copy-on-write), so a
/// checkpoint can take a copy and write it while the screen goes on editing.
///
/// The entity tables are the truth; the indexes below them are derived, rebuilt on load
/// and kept current by `apply`.
public struct State: Sendable {
    public internal(set) var orgs: [OrgID: Org] = [:]
    public internal(set) var members: [MemberID: Member] = [:]
    public internal(set) var assignments: [AssignmentID: Assignment] = [:]
    public internal(set) var persons: [MassID: OutstandingPerson] = [:]
    public internal(set) var models: [ModelID: MobilizationModel] = [:]
    public internal(set) var meetings: [MeetingID: Meeting] = [:]

    /// Bumped by every applied op; lets views cache derived data.
    public internal(set) var revision: UInt64 = 0
    /// Bumped per table by every applied op (`Change.table`).
    public internal(set) var revisions = TableRevisions()

    // Derived indexes.
    public internal(set) var roots: [OrgID] = []
    var childrenIndex: [OrgID: [OrgID]] = [:]
    var membersIndex: [OrgID: [MemberID]] = [:]
    var assignmentsIndex: [MemberID: [AssignmentID]] = [:]
    var cardIndex: [String: MemberID] = [:]
    /// Members who have left a cell by transfer, under that cell (meeting rolls of past dates).
    var formerMembersIndex: [OrgID: [MemberID]] = [:]

    public init() {}

    /// Builds a state from entity tables (a loaded snapshot or a bundle), checking that
    /// every reference resolves; the indexes are rebuilt.
    public init(orgs: [Org], members: [Member], assignments: [Assignment], persons: [OutstandingPerson] = [],
                models: [MobilizationModel] = [], meetings: [Meeting] = []) throws {
        var s = State()
        s.orgs.reserveCapacity(orgs.count)
        for o in orgs {
            if s.orgs.updateValue(o, forKey: o.id) != nil { throw OpError.duplicate(.org, o.id.raw) }
        }
        for o in orgs {
            if let p = o.parent {
                guard s.orgs[p] != nil else { throw OpError.unknown(.org, p.raw) }
                s.childrenIndex[p, default: []].append(o.id)
            } else {
                s.roots.append(o.id)
            }
        }
        s.members.reserveCapacity(members.count)
        for m in members {
            guard s.orgs[m.org] != nil else { throw OpError.unknown(.org, m.org.raw) }
            if s.members.updateValue(m, forKey: m.id) != nil { throw OpError.duplicate(.member, m.id.raw) }
            s.membersIndex[m.org, default: []].append(m.id)
            s.linkFormer(m)
            if let key = State.cardKey(m.cardNo) {
                if let other = s.cardIndex.updateValue(m.id, forKey: key) {
                    throw State.duplicateCardError(m.cardNo!, holder: s.members[other]!.fullName)
                }
            }
        }
        s.assignments.reserveCapacity(assignments.count)
        for a in assignments {
            guard s.members[a.member] != nil else { throw OpError.unknown(.member, a.member.raw) }
            if s.assignments.updateValue(a, forKey: a.id) != nil { throw OpError.duplicate(.assignment, a.id.raw) }
            s.assignmentsIndex[a.member, default: []].append(a.id)
        }
        for p in persons {
            guard s.orgs[p.org] != nil else { throw OpError.unknown(.org, p.org.raw) }
            if s.persons.updateValue(p, forKey: p.id) != nil { throw OpError.duplicate(.person, p.id.raw) }
        }
        for m in models {
            guard s.orgs[m.org] != nil else { throw OpError.unknown(.org, m.org.raw) }
            if s.models.updateValue(m, forKey: m.id) != nil { throw OpError.duplicate(.model, m.id.raw) }
        }
        for m in meetings {
            guard s.orgs[m.org] != nil else { throw OpError.unknown(.org, m.org.raw) }
            if s.meetings.updateValue(m, forKey: m.id) != nil { throw OpError.duplicate(.meeting, m.id.raw) }
        }
        s.sortIndexes()
        self = s
    }

    /// Keeps index order deterministic (by id) whatever order entities arrived in.
    mutating func sortIndexes() {
        sortOrgAndMemberIndexes()
        sortAssignmentIndex()
    }

    // Through `values` in place: looping over `keys` while writing would copy each table.
    mutating func sortOrgAndMemberIndexes() {
        roots.sort()
        for i in childrenIndex.indices { childrenIndex.values[i].sort() }
        for i in membersIndex.indices { membersIndex.values[i].sort() }
    }

    mutating func sortAssignmentIndex() {
        for i in assignmentsIndex.indices { assignmentsIndex.values[i].sort() }
    }

    /// Files `m` under each cell it has transferred away from.
    mutating func linkFormer(_ m: Member) {
        for t in m.history where t.from != m.org && formerMembersIndex[t.from]?.contains(m.id) != true {
            formerMembersIndex[t.from, default: []].append(m.id)
        }
    }

    mutating func unlinkFormer(_ m: Member) {
        for t in m.history { formerMembersIndex[t.from]?.removeAll { $0 == m.id } }
    }

    /// The form a card number is compared in: no white space, upper case. Nil when blank.
    /// Cards are plain ASCII almost always, so those are done on the bytes (straight into
    /// the string, short keys stay inline); anything else goes through Unicode properties.
    public static func cardKey(_ card: String?) -> String? {
        guard var card else { return nil }
        let fast: String?? = card.withUTF8 { u -> String?? in
            var kept = 0
            for b in u {
                if b >= 0x80 { return .none }
                if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { kept += 1 }
            }
            if kept == 0 { return .some(nil) }
            return .some(String(unsafeUninitializedCapacity: kept) { out in
                var i = 0
                for b in u where !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) {
                    out[i] = b >= 0x61 && b <= 0x7A ? b - 32 : b
                    i += 1
                }
                return i
            })
        }
        if let fast { return fast }
        return unicodeCardKey(card)
    }

    /// The reference form of `cardKey`, for any text.
    static func unicodeCardKey(_ card: String) -> String? {
        let k = String(card.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)).uppercased()
        return k.isEmpty ? nil : k
    }

    static func duplicateCardError(_ card: String, holder: String) -> OpError {
        OpError(.duplicateCard, vi: "Số thẻ \(card) đã thuộc về đảng viên \(holder)",
                en: "Card number \(card) already belongs to \(holder)", field: .cardNo)
    }

    // MARK: Lookups used everywhere

    public func children(of id: OrgID) -> [OrgID] { childrenIndex[id] ?? [] }
    public func directMembers(of id: OrgID) -> [MemberID] { membersIndex[id] ?? [] }
    public func assignmentIDs(of member: MemberID) -> [AssignmentID] { assignmentsIndex[member] ?? [] }
    public func member(withCard card: String) -> Member? {
        guard let k = State.cardKey(card), let id = cardIndex[k] else { return nil }
        return members[id]
    }
    /// True when `id` is `ancestor` or lies below it.
    public func isInSubtree(_ id: OrgID, of ancestor: OrgID) -> Bool {
        var cur: OrgID? = id
        var steps = 0
        while let c = cur, steps <= orgs.count {
            if c == ancestor { return true }
            cur = orgs[c]?.parent
            steps += 1
        }
        return false
    }
}

extension State: Equatable {
    /// Two states are equal when they hold the same records (indexes and revision aside).
    public static func == (a: State, b: State) -> Bool {
        a.orgs == b.orgs && a.members == b.members && a.assignments == b.assignments && a.persons == b.persons
            && a.models == b.models && a.meetings == b.meetings
    }
}
