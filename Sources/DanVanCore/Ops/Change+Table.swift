/// The record tables of a `State`, named so that a change can say which one it writes.
public enum Table: Int, CaseIterable, Sendable {
    case orgs, members, assignments, persons, models, meetings
}

extension Change {
    /// The table the change writes. Exhaustive on purpose: a new change must say what it
    /// touches, or views keyed by table revisions would go stale without a word.
    public var table: Table {
        switch self {
        case .addOrg, .updateOrg, .moveOrg, .deleteOrg: .orgs
        case .addMember, .updateMember, .setMemberStatus, .transferMember, .deleteMember: .members
        case .addAssignment, .updateAssignment, .endAssignment, .setEvaluation, .deleteAssignment: .assignments
        case .addPerson, .updatePerson, .deletePerson: .persons
        case .addModel, .updateModel, .deleteModel: .models
        case .addMeeting, .updateMeeting, .setAttendance, .deleteMeeting: .meetings
        }
    }

    /// True when the change adds, moves or alters members or nodes: the tree and every
    /// member list must be rebuilt (an assignment or a meeting leaves them valid).
    public var touchesRoster: Bool { table == .orgs || table == .members }
}

/// How many changes each table has taken since the state was built; `State.apply` bumps
/// the one a change writes, so a cache keyed by it stays valid across edits elsewhere.
public struct TableRevisions: Hashable, Sendable {
    private var counts = [UInt64](repeating: 0, count: Table.allCases.count)
    public init() {}
    public subscript(_ table: Table) -> UInt64 { counts[table.rawValue] }
    mutating func bump(_ table: Table) { counts[table.rawValue] &+= 1 }
}
