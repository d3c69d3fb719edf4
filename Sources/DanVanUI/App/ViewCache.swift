import DanVanCore

/// Derived lists the panes show, kept between keystrokes so that moving a cursor never
/// re-sorts or re-counts the whole data set. Keyed by epochs the reducer bumps: `data`
/// on every change of the records, `roster` only when members or nodes change (a new
/// assignment leaves every member list valid).
struct ViewCache: Sendable {
    var dataEpoch = 0
    var rosterEpoch = 0

    var treeRows: [TreeRow] = []
    var treeKey: (epoch: Int, expanded: Set<OrgID>)? = nil
    /// Children in display order, per node, for the current roster.
    var childOrder: [OrgID: [OrgID]] = [:]
    var rootOrder: [OrgID]? = nil
    var childOrderEpoch = -1

    var tally: [OrgID: Counts] = [:]
    var tallyKey: (epoch: Int, year: Int)? = nil

    var memberIDs: [MemberID] = []
    var memberKey: (epoch: Int, org: OrgID?)? = nil
    /// Recently shown member lists, so stepping back to a big node is instant.
    var recentLists: [(org: OrgID, ids: [MemberID])] = []
    var recentEpoch = -1

    /// Name sort keys, kept across changes that do not touch names.
    var names = NameOrder()

    var assignments: [Assignment] = []
    var assignmentKey: (epoch: Int, member: MemberID?)? = nil
}

extension AppState {
    /// Records that the records changed; `roster` when members or nodes did.
    mutating func dataChanged(roster: Bool) {
        cache.dataEpoch += 1
        if roster { cache.rosterEpoch += 1 }
    }

    /// Forgets the name keys of the members `changes` may have renamed or added.
    mutating func namesChanged(by changes: [Change]) {
        for c in changes {
            switch c {
            case .addMember(let m), .updateMember(let m): cache.names.forget([m.id])
            case .deleteMember(let id):
                cache.names.forget([id])
            case .transferMember, .deleteOrg, .moveOrg:
                cache.names.forgetPlacement()
            default: break
            }
        }
    }

    /// Brings every derived list up to date with the state and clamps the cursors.
    mutating func refreshCaches() {
        refreshTree()
        treeCursor = clamp(treeCursor, cache.treeRows.count)
        if let k = cache.tallyKey, k.epoch == cache.dataEpoch, k.year == year {} else {
            cache.tally = data.tally(year: year)
            cache.tallyKey = (cache.dataEpoch, year)
        }
        refreshMembers()
        memberCursor = clamp(memberCursor, cache.memberIDs.count)
        let m = selectedMember
        if let k = cache.assignmentKey, k.epoch == cache.dataEpoch, k.member == m {} else {
            cache.assignments = m.map { data.assignments(of: $0) } ?? []
            cache.assignmentKey = (cache.dataEpoch, m)
            detailCursor = 0
        }
        detailCursor = clamp(detailCursor, cache.assignments.count)
        keepVisible()
        refreshPage()
    }

    private func clamp(_ i: Int, _ count: Int) -> Int { count == 0 ? 0 : max(0, min(i, count - 1)) }

    private mutating func refreshTree() {
        if let k = cache.treeKey, k.epoch == cache.rosterEpoch, k.expanded == expanded { return }
        if cache.childOrderEpoch != cache.rosterEpoch {
            cache.childOrder = [:]
            cache.rootOrder = nil
            cache.childOrderEpoch = cache.rosterEpoch
        }
        var rows: [TreeRow] = []
        var stack: [(OrgID, Int)] = []
        let roots = cache.rootOrder ?? data.sortedRoots
        cache.rootOrder = roots
        for r in roots.reversed() { stack.append((r, 0)) }
        while let (id, depth) = stack.popLast() {
            let hasChildren = !data.children(of: id).isEmpty
            let open = hasChildren && expanded.contains(id)
            rows.append(TreeRow(id: id, depth: depth, hasChildren: hasChildren, isExpanded: open))
            if open {
                let kids: [OrgID]
                if let k = cache.childOrder[id] { kids = k } else {
                    kids = data.sortedChildren(of: id)
                    cache.childOrder[id] = kids
                }
                for k in kids.reversed() { stack.append((k, depth + 1)) }
            }
        }
        cache.treeRows = rows
        cache.treeKey = (cache.rosterEpoch, expanded)
    }

    private mutating func refreshMembers() {
        let org = selectedOrg
        if let k = cache.memberKey, k.epoch == cache.rosterEpoch, k.org == org { return }
        if cache.recentEpoch != cache.rosterEpoch {
            cache.recentLists = []
            cache.recentEpoch = cache.rosterEpoch
        }
        var ids: [MemberID] = []
        if let org {
            if let hit = cache.recentLists.first(where: { $0.org == org }) {
                ids = hit.ids
            } else {
                ids = cache.names.members(inSubtreeOf: org, of: data)
                cache.recentLists.insert((org, ids), at: 0)
                if cache.recentLists.count > 8 { cache.recentLists.removeLast() }
            }
        }
        let changedNode = cache.memberKey?.org != org
        cache.memberIDs = filtered(ids, org: org)
        cache.memberKey = (cache.rosterEpoch, org)
        if changedNode {
            memberCursor = 0
            memberScroll = 0
        }
    }

    /// Scrolls the tree and member list so their cursors stay on screen.
    mutating func keepVisible() {
        treeScroll = scrolled(treeScroll, toShow: treeCursor, rows: paneRows, count: cache.treeRows.count)
        memberScroll = scrolled(memberScroll, toShow: memberCursor, rows: memberListRows, count: cache.memberIDs.count)
    }
}

extension AppState {
    /// Updates the cached tally for `changes` (the core recounts only the members they
    /// touch); false when a full count is needed.
    mutating func updateTally(for changes: [Change], old: State, new: State) -> Bool {
        guard let k = cache.tallyKey, k.epoch == cache.dataEpoch, k.year == year,
              let tally = new.tally(cache.tally, year: year, updatedFor: changes, from: old) else { return false }
        cache.tally = tally
        return true
    }
}
