import DanVanCore

/// The member-list search: the query, the index over the list it filters and the matches.
/// Typing narrows the last result instead of scanning the whole list again.
struct MemberFilter: Equatable, Sendable {
    var query = TextField()
    /// True while the query is being typed; false once Enter kept it.
    var editing = true
    /// The node and roster the index was built for (the unfiltered list).
    var org: OrgID?
    var epoch: Int
    var base: [MemberID]
    @Derived var index: MemberSearch
    /// The last query's folded text and result, to narrow the next one.
    @Derived var last: (text: String, result: MemberSearch.Result)?
    /// Matches, best first (exact diacritics, word start, anywhere).
    var matches: [MemberID]

    init(org: OrgID?, epoch: Int, base: [MemberID], data: State) {
        self.org = org
        self.epoch = epoch
        self.base = base
        index = MemberSearch(state: data, members: base)
        matches = base
    }

    var text: String { VietText.clean(query.text) }

    /// Runs the query over the list, narrowing the previous result when the query grew.
    mutating func run() {
        let q = TextQuery(query.text)
        guard !q.isEmpty else {
            last = nil
            matches = base
            return
        }
        let folded = VietText.fold(q.text)
        var within: [Int32]?
        if let last, folded.hasPrefix(last.text) { within = last.result.sorted }
        let result = index.search(q, within: within)
        last = (folded, result)
        matches = result.ranked.map { index.order[Int($0)] }
    }
}

extension AppState {
    /// The list the member pane shows for `ids` (the node's members): the matches while a
    /// search is on. A changed roster rebuilds the index and runs the query again.
    mutating func filtered(_ ids: [MemberID], org: OrgID?) -> [MemberID] {
        guard var f = filter else { return ids }
        guard f.org == org else {
            filter = nil
            return ids
        }
        if f.epoch != cache.rosterEpoch || f.base != ids {
            let query = f.query, editing = f.editing
            f = MemberFilter(org: org, epoch: cache.rosterEpoch, base: ids, data: data)
            f.query = query
            f.editing = editing
            f.run()
        }
        filter = f
        return f.matches
    }
}
