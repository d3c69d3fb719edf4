import DanVanCore

enum TreePane {
    static func draw(_ state: AppState, layout: Layout, into canvas: inout Canvas) {
        let x = layout.treeX, w = layout.treeWidth, top = layout.paneTop
        let rows = state.treeRows
        let focused = state.focus == .tree && state.form == nil && state.overlay == nil
        if rows.isEmpty {
            canvas.put(" " + Strings.UI.noNodes.text(state.lang), x: x, y: top, style: Style(.dim), maxWidth: w)
            return
        }
        for i in 0..<layout.paneRows {
            let index = state.treeScroll + i
            guard index < rows.count else { break }
            let row = rows[index]
            guard let org = state.data.orgs[row.id] else { continue }
            let y = top + i
            let mark = row.hasChildren ? (row.isExpanded ? "▾" : "▸") : "·"
            let indent = String(repeating: " ", count: min(row.depth * 2, max(0, w / 2)))
            let c = state.tally[row.id] ?? Counts()
            let figure = "\(Figures.count(c.assigned, state.lang))/\(Figures.count(c.eligible, state.lang))"
            let figW = VietText.width(figure)
            let nameW = max(0, w - figW - 2)
            let lead = " " + indent + mark + " "
            let left = VietText.pad(lead + shortName(org.name, fits: nameW - VietText.width(lead),
                                                       parent: org.parent.flatMap { state.data.orgs[$0]?.name }), to: nameW)
            let selected = index == state.treeCursor
            let base = Style(.normal, bold: !org.level.isCell)
            let style = selected ? Style(focused ? .selection : .selectionUnfocused) : base
            canvas.putPadded(left + " " + figure + " ", x: x, y: y, width: w, style: style)
            if !selected { canvas.restyle(x: x + nameW + 1, y: y, width: figW, style: Style(.dim)) }
        }
    }

    /// The label a tree row shows in `width` columns (UnitLabel: the end of the name stays).
    static func shortName(_ name: String, fits width: Int, parent: String? = nil) -> String {
        UnitLabel.fit(name, width: width, parent: parent)
    }
}
