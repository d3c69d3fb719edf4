import DanVanCore

/// The outstanding non-members or the "Dân vận khéo" models of a node's subtree: a list with
/// the member list's search and editing keys (/ search, i/Ins add, e/Enter edit, Del/D delete).
struct RecordsPage: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case persons, models }
    var kind: Kind
    var org: OrgID
    var cursor = 0
    var scroll = 0
    /// The search query; `searching` while it is being typed.
    var query = TextField()
    var searching = false
    /// The record about to be deleted (waiting for a yes).
    var pendingDelete: UInt64?
    /// Record ids in display order (name order), narrowed by the query.
    var ids: [UInt64] = []
    var key: PageCacheKey?
    var keyQuery = ""

    init(kind: Kind, org: OrgID) {
        self.kind = kind
        self.org = org
    }

    var current: UInt64? { ids.indices.contains(cursor) ? ids[cursor] : nil }
}

extension AppState {
    mutating func run(_ command: RecordsCommand) -> [Effect] {
        switch command {
        case .openPersons, .openModels:
            overlay = nil
            guard let org = pageOrg() else { return [] }
            page = .records(RecordsPage(kind: command == .openPersons ? .persons : .models, org: org))
        case .newRecord, .editRecord, .deleteRecord:
            break  // Only the open records page acts on these, and it already had them (runRecords).
        }
        return []
    }

    mutating func refreshRecords(_ r: inout RecordsPage) {
        let k = pageCacheKey(r.org)
        if r.key != k || r.keyQuery != r.query.text {
            let inside = Set(data.subtree(of: r.org))
            var rows: [(UInt64, String)] = []
            switch r.kind {
            case .persons: rows = data.persons.values.filter { inside.contains($0.org) }.map { ($0.id.raw, $0.name) }
            case .models: rows = data.models.values.filter { inside.contains($0.org) }.map { ($0.id.raw, $0.name) }
            }
            let q = TextQuery(r.query.text)
            if !q.isEmpty { rows = rows.filter { q.rank($0.1) != nil } }
            let keyed = rows.map { (id: $0.0, key: VietCollation.key($0.1)) }
            r.ids = keyed.sorted { $0.key == $1.key ? $0.id < $1.id : $0.key.lexicographicallyPrecedes($1.key) }.map(\.id)
            r.key = k
            r.keyQuery = r.query.text
        }
        r.cursor = max(0, min(r.cursor, r.ids.count - 1))
        r.scroll = scrolled(r.scroll, toShow: r.cursor, rows: RecordsView.listRows(self), count: r.ids.count)
    }

    mutating func runRecords(_ command: Command, _ r: inout RecordsPage) -> [Effect]? {
        if let pending = r.pendingDelete {
            switch command {
            case .general(.confirmYes):
                r.pendingDelete = nil
                let change: Change = r.kind == .persons ? .deletePerson(MassID(pending)) : .deleteModel(ModelID(pending))
                return [.commit([change], message: r.kind == .persons ? .personDeleted : .modelDeleted)]
            case .general(.confirmNo), .general(.closeOverlay):
                r.pendingDelete = nil
                return []
            default: return []
            }
        }
        if r.searching {
            switch command {
            case .search(.keepSearch), .general(.activate): r.searching = false
            case .search(.clearSearch), .general(.closeOverlay):
                r.searching = false
                r.query.clear()
            default: return nil
            }
            return []
        }
        if let step = scrollStep(command) {
            r.cursor = max(0, min(r.ids.count - 1, r.cursor + step))
            return []
        }
        switch command {
        case .general(.closeOverlay):
            if r.query.isEmpty { page = nil } else { r.query.clear() }
            return []
        case .search(.startSearch):
            r.searching = true
            return []
        case .records(.newRecord):
            guard refusePageEdit() else { return [] }
            form = r.kind == .persons ? RecordForms.person(nil, org: r.org, state: data, today: today)
                : RecordForms.model(nil, org: r.org, state: data, year: year)
            return []
        case .records(.editRecord):
            guard refusePageEdit(), let id = r.current else { return [] }
            form = r.kind == .persons ? RecordForms.person(data.persons[MassID(id)], org: r.org, state: data, today: today)
                : RecordForms.model(data.models[ModelID(id)], org: r.org, state: data, year: year)
            return []
        case .records(.deleteRecord):
            guard refusePageEdit(), let id = r.current else { return [] }
            r.pendingDelete = id
            return []
        default:
            return nil
        }
    }

    /// Keys typed into the records search.
    mutating func typeIntoRecords(_ key: Key) {
        guard case .records(var r) = page, r.searching else { return }
        r.query.handle(key)
        r.cursor = 0
        page = .records(r)
    }
}
