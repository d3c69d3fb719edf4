/// The records of a state as plain arrays, each sorted by id: what snapshots and bundles carry.
public struct EntityTables: Equatable, Sendable {
    public var orgs: [Org]
    public var members: [Member]
    public var assignments: [Assignment]
    public var persons: [OutstandingPerson]
    public var models: [MobilizationModel]
    public var meetings: [Meeting]

    public init(orgs: [Org] = [], members: [Member] = [], assignments: [Assignment] = [],
                persons: [OutstandingPerson] = [], models: [MobilizationModel] = [], meetings: [Meeting] = []) {
        self.orgs = orgs
        self.members = members
        self.assignments = assignments
        self.persons = persons
        self.models = models
        self.meetings = meetings
    }

    /// Every record of `state`, sorted by id.
    public init(state: State) {
        self.init(orgs: EntityTables.sorted(state.orgs), members: EntityTables.sorted(state.members),
                  assignments: EntityTables.sorted(state.assignments), persons: EntityTables.sorted(state.persons),
                  models: EntityTables.sorted(state.models), meetings: EntityTables.sorted(state.meetings))
    }

    static func sorted<E, V>(_ table: [ID<E>: V]) -> [V] {
        var keys = Array(table.keys)
        keys.sort()
        return keys.map { table[$0]! }
    }

    /// Builds a state, checking references. A record that does not fit (a duplicate id, a
    /// reference to a missing org or member) is a `CodecError` of kind `.inconsistent`.
    public func makeState() throws -> State {
        do {
            return try State(orgs: orgs, members: members, assignments: assignments, persons: persons, models: models,
                             meetings: meetings)
        } catch let e as OpError {
            throw CodecError(offset: 0, reason: "the records do not fit together: \(e.en)", kind: .inconsistent)
        }
    }

    public var isEmpty: Bool {
        orgs.isEmpty && members.isEmpty && assignments.isEmpty && persons.isEmpty && models.isEmpty && meetings.isEmpty
    }
}
