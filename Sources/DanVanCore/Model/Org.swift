/// A node of the organization tree: a committee or a cell.
public struct Org: Hashable, Sendable {
    public var id: OrgID
    public var parent: OrgID?
    public var name: String
    public var level: OrgLevel
    public var unitKind: UnitKind?
    /// Nhiệm kỳ, e.g. "2025–2030".
    public var term: String

    public init(id: OrgID, parent: OrgID?, name: String, level: OrgLevel, unitKind: UnitKind? = nil, term: String = "") {
        self.id = id
        self.parent = parent
        self.name = name
        self.level = level
        self.unitKind = unitKind
        self.term = term
    }
}
