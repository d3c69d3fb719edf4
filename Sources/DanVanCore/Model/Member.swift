/// A party member. Belongs to exactly one cell.
public struct Member: Hashable, Sendable {
    public var id: MemberID
    public var org: OrgID
    /// Số thẻ đảng viên; unique when present.
    public var cardNo: String?
    public var fullName: String
    /// Set when the given name is not simply the last word of the full name: any run of
    /// its words (Ê Đê "Y Moan Êban": "Moan").
    public var givenName: String?
    /// Set when the family name is not the first word (or a known compound, `NameParts`):
    /// any run of words of the full name not in the given name ("H'Hen Niê": "Niê").
    public var familyName: String?
    public var gender: Gender?
    public var birthDate: Day?
    public var joinedDate: Day?
    public var fullMemberDate: Day?
    public var kind: MemberKind
    public var status: MemberStatus
    public var role: MemberRole
    public var residence: String
    public var workplace: String
    public var phone: String
    public var notes: String
    /// Transfers between cells, oldest first.
    public var history: [Transfer]

    public init(id: MemberID, org: OrgID, fullName: String, cardNo: String? = nil, givenName: String? = nil,
                gender: Gender? = nil, birthDate: Day? = nil, joinedDate: Day? = nil, fullMemberDate: Day? = nil,
                kind: MemberKind = .full, status: MemberStatus = .active, role: MemberRole = .member,
                residence: String = "", workplace: String = "", phone: String = "", notes: String = "",
                history: [Transfer] = [], familyName: String? = nil) {
        self.id = id
        self.org = org
        self.cardNo = cardNo
        self.fullName = fullName
        self.givenName = givenName
        self.familyName = familyName
        self.gender = gender
        self.birthDate = birthDate
        self.joinedDate = joinedDate
        self.fullMemberDate = fullMemberDate
        self.kind = kind
        self.status = status
        self.role = role
        self.residence = residence
        self.workplace = workplace
        self.phone = phone
        self.notes = notes
        self.history = history
    }

    public var nameParts: NameParts { NameParts(fullName: fullName, givenOverride: givenName, familyOverride: familyName) }
    public var isEligible: Bool { status.kind == .active }
}

/// Where a member stands: active, exempt, transferred out or deceased, with the date and
/// the reason (exempt) or destination (transferred out).
public struct MemberStatus: Hashable, Sendable {
    public var kind: StatusKind
    public var date: Day?
    public var note: String

    public init(kind: StatusKind, date: Day? = nil, note: String = "") {
        self.kind = kind
        self.date = date
        self.note = note
    }
    public static let active = MemberStatus(kind: .active)
}

/// One move of a member from one cell to another.
public struct Transfer: Hashable, Sendable {
    public var from: OrgID
    public var to: OrgID
    public var date: Day
    public var note: String
    public init(from: OrgID, to: OrgID, date: Day, note: String = "") {
        self.from = from
        self.to = to
        self.date = date
        self.note = note
    }
}
