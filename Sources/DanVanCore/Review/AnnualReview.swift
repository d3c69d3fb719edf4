/// The annual review of a node: every eligible member with the assignments in force that
/// year and their evaluation, so a cell can be reviewed in one pass.
public struct AnnualReview: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public let member: MemberID
        public let name: String
        public let org: OrgID
        /// Assignments in force during the year, newest first.
        public let assignments: [Assignment]
        public var hasNoAssignment: Bool { assignments.isEmpty }
        /// Assignments with no evaluation for the year.
        public let unevaluated: [AssignmentID]
    }

    public let org: OrgID
    public let year: Int
    /// Eligible members of the subtree in Vietnamese name order.
    public let rows: [Row]

    public var membersWithoutAssignment: Int { rows.filter(\.hasNoAssignment).count }
    public var unevaluatedAssignments: Int { rows.reduce(0) { $0 + $1.unevaluated.count } }
    public var assignmentCount: Int { rows.reduce(0) { $0 + $1.assignments.count } }

    public init(state: State, org: OrgID, year: Int) {
        self.org = org
        self.year = year
        rows = state.members(inSubtreeOf: org).compactMap { id in
            guard let m = state.members[id], m.isEligible else { return nil }
            let inForce = state.assignments(of: id).filter { $0.inForce(year: year) }
            return Row(member: id, name: m.fullName, org: m.org, assignments: inForce,
                       unevaluated: inForce.filter { $0.evaluations[year] == nil }.map(\.id))
        }
    }

    /// Positions of rows that need attention (no assignment, or something unevaluated),
    /// for "next flagged" navigation.
    public var flaggedRows: [Int] {
        rows.indices.filter { rows[$0].hasNoAssignment || !rows[$0].unevaluated.isEmpty }
    }
}
