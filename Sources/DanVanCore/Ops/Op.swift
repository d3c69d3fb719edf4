/// One change to the records, as it is written to the log: what changed, when, and by whom.
public struct Op: Hashable, Sendable {
    /// Milliseconds since 1970-01-01 UTC.
    public var time: Int64
    public var author: String
    public var change: Change

    public init(time: Int64, author: String, change: Change) {
        self.time = time
        self.author = author
        self.change = change
    }
}

/// Every kind of change. An `update…` replaces the whole entity (validated like an add);
/// the narrower cases say what a person did, so the audit log reads naturally.
public enum Change: Hashable, Sendable {
    case addOrg(Org)
    case updateOrg(Org)
    case moveOrg(OrgID, to: OrgID?)
    case deleteOrg(OrgID)

    case addMember(Member)
    case updateMember(Member)
    case setMemberStatus(MemberID, MemberStatus)
    case transferMember(MemberID, to: OrgID, date: Day, note: String)
    case deleteMember(MemberID)

    case addAssignment(Assignment)
    case updateAssignment(Assignment)
    case endAssignment(AssignmentID, on: Day)
    case setEvaluation(AssignmentID, year: Int, Evaluation?)
    case deleteAssignment(AssignmentID)

    case addPerson(OutstandingPerson)
    case updatePerson(OutstandingPerson)
    case deletePerson(MassID)

    case addModel(MobilizationModel)
    case updateModel(MobilizationModel)
    case deleteModel(ModelID)

    case addMeeting(Meeting)
    case updateMeeting(Meeting)
    case setAttendance(MeetingID, MemberID, Attendance?)
    case deleteMeeting(MeetingID)

    /// The stable name written to disk.
    public var name: String {
        switch self {
        case .addOrg: "addOrg"
        case .updateOrg: "updateOrg"
        case .moveOrg: "moveOrg"
        case .deleteOrg: "deleteOrg"
        case .addMember: "addMember"
        case .updateMember: "updateMember"
        case .setMemberStatus: "setMemberStatus"
        case .transferMember: "transferMember"
        case .deleteMember: "deleteMember"
        case .addAssignment: "addAssignment"
        case .updateAssignment: "updateAssignment"
        case .endAssignment: "endAssignment"
        case .setEvaluation: "setEvaluation"
        case .deleteAssignment: "deleteAssignment"
        case .addPerson: "addPerson"
        case .updatePerson: "updatePerson"
        case .deletePerson: "deletePerson"
        case .addModel: "addModel"
        case .updateModel: "updateModel"
        case .deleteModel: "deleteModel"
        case .addMeeting: "addMeeting"
        case .updateMeeting: "updateMeeting"
        case .setAttendance: "setAttendance"
        case .deleteMeeting: "deleteMeeting"
        }
    }
}
