import DanVanCore

/// A list narrowed by typing, then one entry picked with Enter: go to a node or member
/// anywhere, the cell a member moves to, the new parent of a node, a member's new status.
struct Finder: Equatable, Sendable {
    enum Purpose: Equatable, Sendable {
        case goTo
        case transferTo(MemberID)
        case moveOrg(OrgID)
        case statusOf(MemberID)
        /// The unit a roster is imported into.
        case importInto
        /// `i` / `+` with a committee selected: the cell the new member goes to.
        case cellForMember(quick: Bool)
    }
    enum Target: Equatable, Sendable {
        case org(OrgID)
        case member(MemberID)
        case status(StatusKind)
        /// "Transfer to another cell" in the status list.
        case transfer
    }
    struct Item: Equatable, Sendable {
        var label: String
        var detail: String
        var target: Target
    }

    var purpose: Purpose
    var title: Strings.UI
    /// A title from the keystroke table, shown instead of `title` when set.
    var heading: Strings.Keys?
    var query = TextField()
    var items: [Item] = []
    var cursor = 0
    /// More matches than `limit` were found (the list shows the best ones).
    var truncated = false

    /// The most entries listed; typing more narrows the rest.
    static let limit = 200
}

/// What a finder searches, built once when it opens: folded node names and a member
/// index, or a fixed list (statuses, cells, parents) filtered by the same rules.
struct FinderIndex: Sendable {
    var orgs: [(id: OrgID, label: String, detail: String)] = []
    var members: MemberSearch?
    var fixed: [Finder.Item] = []
}

extension AppState {
    /// Opens a finder over `index`, showing everything it holds before anything is typed.
    mutating func openFinder(_ purpose: Finder.Purpose, title: Strings.UI, index: FinderIndex) {
        finderIndex = index
        var f = Finder(purpose: purpose, title: title)
        fill(&f)
        overlay = .finder(f)
    }

    /// Recomputes the finder's list for its query.
    func fill(_ f: inout Finder) {
        guard let index = finderIndex else { return }
        let q = TextQuery(f.query.text)
        var out: [Finder.Item] = []
        var ranked: [(MatchRank, Int, Finder.Item)] = []
        for item in index.fixed {
            if q.isEmpty { out.append(item); continue }
            if let r = q.rank(item.label) ?? q.rank(item.detail) { ranked.append((r, ranked.count, item)) }
        }
        for o in index.orgs {
            let item = Finder.Item(label: o.label, detail: o.detail, target: .org(o.id))
            if q.isEmpty { out.append(item); continue }
            if let r = q.rank(o.label) { ranked.append((r, ranked.count, item)) }
        }
        out += ranked.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        var truncated = false
        if let search = index.members, !q.isEmpty {
            let hits = search.search(q).ranked
            for i in hits.prefix(max(0, Finder.limit - out.count)) {
                let id = search.order[Int(i)]
                guard let m = data.members[id] else { continue }
                let card = m.cardNo.map { $0 + " · " } ?? ""
                let detail = card + UnitLabel.path(of: m.org, state: data, width: finderDetailWidth - VietText.width(card))
                out.append(Finder.Item(label: m.fullName, detail: detail, target: .member(id)))
            }
            truncated = hits.count > Finder.limit
        }
        if out.count > Finder.limit {
            out.removeLast(out.count - Finder.limit)
            truncated = true
        }
        f.items = out
        f.truncated = truncated
        f.cursor = min(f.cursor, max(0, out.count - 1))
        if q.isEmpty == false, f.cursor >= out.count { f.cursor = 0 }
    }

    mutating func moveFinder(by step: Int) {
        guard case .finder(var f) = overlay, !f.items.isEmpty else { return }
        f.cursor = Int(max(0, min(Int64(f.items.count - 1), Int64(f.cursor) + Int64(step))))
        overlay = .finder(f)
    }

    /// Gives a key to the finder's query; true when it used it.
    mutating func typeIntoFinder(_ key: Key) -> Bool {
        guard case .finder(var f) = overlay else { return false }
        guard f.query.handle(key) else { return true }
        f.cursor = 0
        fill(&f)
        overlay = .finder(f)
        return true
    }

    mutating func pasteIntoFinder(_ text: String) -> Bool {
        guard case .finder(var f) = overlay else { return false }
        for ch in text where !ch.isNewline { _ = f.query.handle(.char(ch)) }
        f.cursor = 0
        fill(&f)
        overlay = .finder(f)
        return true
    }

    /// Columns the finder gives an entry's detail (FinderView: half its inside width).
    var finderDetailWidth: Int { max(8, (min(width - 4, 70) - 4) / 2) }

    /// What a finder shows beside a unit: the path of its parent (two "Chi bộ ấp Tân Phú"
    /// under different wards are told apart), or its level for a top unit.
    func finderDetail(of org: OrgID) -> String {
        guard let o = data.orgs[org] else { return "" }
        guard let p = o.parent else { return o.level.label(lang) }
        return UnitLabel.path(of: p, state: data, width: finderDetailWidth)
    }

    /// Index of every node (by name, parent's path shown) and every member, for Go to.
    mutating func goToIndex() -> FinderIndex {
        var index = FinderIndex()
        for row in allOrgsInTreeOrder() {
            index.orgs.append((row, data.orgs[row]!.name, finderDetail(of: row)))
        }
        index.members = MemberSearch(state: data, members: allMembersInNameOrder())
        return index
    }

    /// Every node, depth first in the tree's order.
    func allOrgsInTreeOrder() -> [OrgID] {
        var out: [OrgID] = []
        var stack = Array(data.sortedRoots.reversed())
        while let id = stack.popLast() {
            out.append(id)
            stack.append(contentsOf: data.sortedChildren(of: id).reversed())
        }
        return out
    }

    /// Everyone, tree by tree, in Vietnamese name order (the name cache makes this cheap
    /// once a big list has been shown).
    mutating func allMembersInNameOrder() -> [MemberID] {
        data.sortedRoots.flatMap { cache.names.members(inSubtreeOf: $0, of: data) }
    }
}
