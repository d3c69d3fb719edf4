import DanVanCore

extension AppState {
    /// The search commands (the records page reads its own search keys first).
    mutating func run(_ command: SearchCommand) -> [Effect] {
        switch command {
        case .startSearch: startSearch()
        case .keepSearch: keepSearch()
        case .clearSearch: clearSearch()
        case .nextMatch: stepMatch(1)
        case .previousMatch: stepMatch(-1)
        case .goTo: openGoTo()
        }
        return []
    }

    /// `/` in the member list: a query line opens (or reopens, keeping the query).
    mutating func startSearch() {
        focus = .members
        if var f = filter {
            f.editing = true
            filter = f
            return
        }
        filter = MemberFilter(org: selectedOrg, epoch: cache.rosterEpoch, base: cache.memberIDs, data: data)
    }

    /// Enter: the list stays filtered and the keys move in it again.
    mutating func keepSearch() {
        guard var f = filter else { return }
        if f.text.isEmpty {
            clearSearch()
            return
        }
        f.editing = false
        filter = f
    }

    /// Esc: the whole list again, with the cursor on the member that was selected.
    mutating func clearSearch() {
        guard let f = filter else { return }
        let selected = selectedMember
        lastQuery = f.text
        filter = nil
        cache.memberIDs = f.base
        memberCursor = selected.flatMap { f.base.firstIndex(of: $0) } ?? 0
        keepVisible()
    }

    mutating func typeIntoSearch(_ key: Key) -> Bool {
        guard var f = filter else { return false }
        guard f.query.handle(key) else { return true }
        f.run()
        filter = f
        cache.memberIDs = f.matches
        memberCursor = 0
        memberScroll = 0
        return true
    }

    /// n / N: the next or previous match, wrapping. In a filtered list every row matches;
    /// after the filter was cleared, the last query's matches are found in the whole list.
    mutating func stepMatch(_ step: Int) {
        let ids = cache.memberIDs
        guard !ids.isEmpty else { return }
        if filter != nil {
            memberCursor = (memberCursor + step + ids.count) % ids.count
        } else if let q = lastQuery, !q.isEmpty {
            let search = MemberSearch(state: data, members: ids)
            let hits = search.search(TextQuery(q)).sorted.map(Int.init)
            guard !hits.isEmpty else {
                status = StatusMessage("\(Strings.UI.noMatches.text(lang)): \(q)", .warning)
                return
            }
            if step > 0 {
                memberCursor = hits.first { $0 > memberCursor } ?? hits[0]
            } else {
                memberCursor = hits.last { $0 < memberCursor } ?? hits[hits.count - 1]
            }
        }
        keepVisible()
    }

    /// Ctrl-G: a finder over every node and member.
    mutating func openGoTo() {
        guard !showsWelcome else { return }
        openFinder(.goTo, title: .goToTitle, index: goToIndex())
    }

    /// Selects `id` in the tree, opening its ancestors.
    mutating func jump(toOrg id: OrgID) {
        clearSearchForJump()
        reveal(id)
    }

    /// Selects the member's cell in the tree and the member in the list.
    mutating func jump(toMember id: MemberID) {
        guard let m = data.members[id] else { return }
        clearSearchForJump()
        reveal(m.org)
        refreshCaches()
        if let i = cache.memberIDs.firstIndex(of: id) { memberCursor = i }
        focus = .members
        keepVisible()
    }

    private mutating func clearSearchForJump() {
        if let f = filter {
            lastQuery = f.text
            filter = nil
            cache.memberKey = nil
        }
    }
}
