import DanVanCore

/// The finder: its query on top, the matching entries under it.
enum FinderView {
    static func draw(_ f: Finder, state: AppState, into canvas: inout Canvas) -> Point? {
        let lang = state.lang
        let w = min(state.width - 4, 70)
        let h = max(6, min(state.height - 2, 18))
        let x = (state.width - w) / 2
        let y = max(1, (state.height - h) / 2)
        canvas.box(x: x, y: y, width: w, height: h, style: Style(.dialog), title: f.heading?.text(lang) ?? f.title.text(lang),
                   titleStyle: Style(.dialogTitle, bold: true))
        let cx = f.query.render(into: &canvas, x: x + 2, y: y + 1, width: w - 4, focused: true)
        let room = h - 4
        if f.items.isEmpty {
            canvas.putPadded(" " + Strings.UI.noMatches.text(lang), x: x + 1, y: y + 2, width: w - 2, style: Style(.dim))
        }
        let start = max(0, min(f.cursor - room + 1, f.items.count - room))
        for (i, item) in f.items.enumerated().dropFirst(start).prefix(room) {
            let row = y + 2 + i - start
            let selected = i == f.cursor
            let detailW = min(VietText.width(item.detail), (w - 4) / 2)
            let labelW = w - 4 - detailW - (detailW > 0 ? 1 : 0)
            canvas.putPadded(" " + item.label, x: x + 1, y: row, width: labelW + 1,
                             style: Style(selected ? .menuSelected : .dialog))
            if detailW > 0 {
                canvas.putPadded(" " + item.detail, x: x + 2 + labelW, y: row, width: detailW + 1,
                                 style: Style(selected ? .menuSelected : .dim), alignRight: true)
            }
        }
        var hint = Strings.UI.finderHint.text(lang)
        if f.truncated { hint = "… · " + hint }
        canvas.putPadded(hint, x: x + 2, y: y + h - 2, width: w - 4, style: Style(.dim))
        return Point(x: cx, y: y + 1)
    }
}
