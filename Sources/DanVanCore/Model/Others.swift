/// Quần chúng ưu tú: an outstanding non-member introduced to the Party.
public struct OutstandingPerson: Hashable, Sendable {
    public var id: MassID
    /// The cell that follows the person.
    public var org: OrgID
    public var name: String
    public var introducer: MemberID?
    public var introduced: Day?
    /// Date the person attended the Party-awareness class (cảm tình Đảng).
    public var classDate: Day?
    public var admitted: Day?
    public var notes: String

    public init(id: MassID, org: OrgID, name: String, introducer: MemberID? = nil, introduced: Day? = nil,
                classDate: Day? = nil, admitted: Day? = nil, notes: String = "") {
        self.id = id
        self.org = org
        self.name = name
        self.introducer = introducer
        self.introduced = introduced
        self.classDate = classDate
        self.admitted = admitted
        self.notes = notes
    }
}

/// A "Dân vận khéo" model, owned by a node (and optionally one member of it).
public struct MobilizationModel: Hashable, Sendable {
    public var id: ModelID
    public var org: OrgID
    public var ownerMember: MemberID?
    public var name: String
    public var field: ModelField
    public var year: Int
    public var stage: ModelStage
    public var description: String

    public init(id: ModelID, org: OrgID, name: String, field: ModelField, year: Int, stage: ModelStage = .registered,
                ownerMember: MemberID? = nil, description: String = "") {
        self.id = id
        self.org = org
        self.ownerMember = ownerMember
        self.name = name
        self.field = field
        self.year = year
        self.stage = stage
        self.description = description
    }
}

/// A cell meeting and who came to it, with what the minutes (biên bản) record.
public struct Meeting: Hashable, Sendable {
    public var id: MeetingID
    public var org: OrgID
    public var date: Day
    public var kind: MeetingKind
    public var attendance: [MemberID: Attendance]
    /// Content (nội dung): what the meeting went through. May span lines.
    public var notes: String
    /// Conclusions and decisions (kết luận, quyết định). May span lines.
    public var decisions: String
    /// Time started and ended, "HH:MM" (empty: not recorded).
    public var started: String
    public var ended: String
    public var place: String
    /// Who chaired (chủ trì) and who took the minutes (thư ký), as written on the minutes.
    public var chair: String
    public var recorder: String
    /// Opinions raised (ý kiến phát biểu). May span lines.
    public var opinions: String

    public init(id: MeetingID, org: OrgID, date: Day, kind: MeetingKind = .regular,
                attendance: [MemberID: Attendance] = [:], notes: String = "", decisions: String = "",
                started: String = "", ended: String = "", place: String = "", chair: String = "",
                recorder: String = "", opinions: String = "") {
        self.id = id
        self.org = org
        self.date = date
        self.kind = kind
        self.attendance = attendance
        self.notes = notes
        self.decisions = decisions
        self.started = started
        self.ended = ended
        self.place = place
        self.chair = chair
        self.recorder = recorder
        self.opinions = opinions
    }
}

public struct Attendance: Hashable, Sendable {
    public var kind: AttendanceKind
    public var reason: String
    public init(kind: AttendanceKind, reason: String = "") {
        self.kind = kind
        self.reason = reason
    }
}
