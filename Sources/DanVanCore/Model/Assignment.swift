/// One piece of mass-mobilization work given to (or taken on by) a member.
public struct Assignment: Hashable, Sendable {
    public var id: AssignmentID
    public var member: MemberID
    public var targetGroup: TargetGroup
    /// Địa bàn: the area, as free text.
    public var area: String
    /// Households or people in charge.
    public var households: Int?
    public var content: String
    public var place: Place
    public var source: Source
    public var from: Day
    /// Nil while the assignment is open-ended.
    public var to: Day?
    /// The cell's resolution or decision it rests on.
    public var resolution: String
    /// Yearly evaluations, by year.
    public var evaluations: [Int: Evaluation]

    public init(id: AssignmentID, member: MemberID, targetGroup: TargetGroup, area: String = "", households: Int? = nil,
                content: String = "", place: Place = .residence, source: Source = .assigned, from: Day, to: Day? = nil,
                resolution: String = "", evaluations: [Int: Evaluation] = [:]) {
        self.id = id
        self.member = member
        self.targetGroup = targetGroup
        self.area = area
        self.households = households
        self.content = content
        self.place = place
        self.source = source
        self.from = from
        self.to = to
        self.resolution = resolution
        self.evaluations = evaluations
    }

    /// In force at some point of `year`: from ≤ 31 Dec and (to empty or to ≥ 1 Jan).
    public func inForce(year: Int) -> Bool {
        from.year <= year && (to.map { $0.year >= year } ?? true)
    }
    /// In force on `day`.
    public func inForce(on day: Day) -> Bool { from <= day && (to.map { $0 >= day } ?? true) }
}

public struct Evaluation: Hashable, Sendable {
    public var level: EvaluationLevel
    public var note: String
    public init(level: EvaluationLevel, note: String = "") {
        self.level = level
        self.note = note
    }
}
