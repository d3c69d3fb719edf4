import DanVanCore

extension Layout {
    /// The layout of `state`'s screen, the panes sharing the width by what they show: the
    /// tree wants its widest visible label whole, a member row wants a name and its columns,
    /// the detail pane an assignment's source, evaluation and dates.
    init(_ state: AppState) {
        var tree = 14
        let rows = state.treeRows
        let first = min(state.treeScroll, rows.count)
        for row in rows[first..<min(rows.count, first + max(1, state.height - 4))] {
            guard let org = state.data.orgs[row.id] else { continue }
            let c = state.tally[row.id] ?? Counts()
            let figure = "\(Figures.count(c.assigned, state.lang))/\(Figures.count(c.eligible, state.lang))"
            tree = max(tree, 3 + row.depth * 2 + VietText.width(org.name) + 1 + VietText.width(figure) + 1)
        }
        // Card, a full name, status and count (MemberPane.columns); the detail's sub line.
        self.init(width: state.width, height: state.height, wants: PaneWants(tree: min(tree, 48), members: 52, detail: 34))
    }
}
