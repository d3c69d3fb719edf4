/// A node of the organization tree: a committee or a cell.
public struct Org: Hashable, Sendable {
    public var id: OrgID
    public var parent: OrgID?
    public var name: String
    public var level: OrgLevel
    public var unitKind: UnitKind?
    /// Nhiệm kỳ, e.g. "2025–2030".
    public var term: String
    /// The body above the unit in a document's header, e.g. "Đảng bộ huyện Cần Giờ"
    /// (empty: the parent's name). Headers print it in capitals.
    public var letterhead: String
    /// The place name of the date line, e.g. "Cần Giờ" in "Cần Giờ, ngày 05 tháng 12 năm 2026".
    public var placeName: String
    /// Who signs the unit's documents (empty: its secretary, when it has exactly one).
    public var signer: String

    public init(id: OrgID, parent: OrgID?, name: String, level: OrgLevel, unitKind: UnitKind? = nil, term: String = "",
                letterhead: String = "", placeName: String = "", signer: String = "") {
        self.id = id
        self.parent = parent
        self.name = name
        self.level = level
        self.unitKind = unitKind
        self.term = term
        self.letterhead = letterhead
        self.placeName = placeName
        self.signer = signer
    }
}
