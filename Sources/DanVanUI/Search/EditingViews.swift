import DanVanCore

/// The finder: its query on top, the matching entries under it.
enum FinderView {
    static func draw(_ f: Finder, state: AppState, into canvas: inout Canvas) -> Point? {
        let lang = state.lang
        let w = min(state.width - 4, 70)
        let h = max(6, min(state.height - 2, 18))
        let x = (state.width - w) / 2
        let y = max(1, (state.height - h) / 2)
        canvas.box(x: x, y: y, width: w, height: h, style: Style(.dialog), title: f.title.text(lang),
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

/// A yes/no question before a destructive step.
enum ConfirmationView {
    static func draw(_ c: Confirmation, state: AppState, into canvas: inout Canvas) {
        let lang = state.lang
        let q = c.question(state), a = c.answers(lang)
        let w = min(state.width - 4, max(VietText.width(q), VietText.width(a)) + 6)
        let x = (state.width - w) / 2, y = max(1, state.height / 2 - 2)
        canvas.box(x: x, y: y, width: w, height: 4, style: Style(.dialog), title: Strings.UI.confirmTitle.text(lang),
                   titleStyle: Style(.dialogTitle, bold: true))
        canvas.putPadded(" " + q, x: x + 1, y: y + 1, width: w - 2, style: Style(.dialog))
        canvas.putPadded(" " + a, x: x + 1, y: y + 2, width: w - 2, style: Style(.dim))
    }
}

/// The search query line (on the status row while typing) and the member pane's title.
enum SearchLine {
    static func draw(_ state: AppState, layout: Layout, into canvas: inout Canvas) -> Point? {
        guard let f = state.filter else { return nil }
        let lang = state.lang
        let y = layout.statusRow
        let prompt = "/" + Strings.UI.searchPrompt.text(lang) + ": "
        canvas.fill(x: 0, y: y, width: state.width, height: 1, with: Cell(" ", style: Style(.status)))
        var x = canvas.put(prompt, x: 0, y: y, style: Style(.status, bold: true))
        let hint = " " + Strings.UI.searchHint.text(lang)
        let count = " (\(Figures.count(f.matches.count, lang)))"
        let fieldW = max(8, state.width - x - VietText.width(count) - VietText.width(hint) - 1)
        let cx = f.query.render(into: &canvas, x: x, y: y, width: fieldW, focused: true)
        x += fieldW
        x += canvas.put(count, x: x, y: y, style: Style(f.matches.isEmpty ? .statusWarning : .status))
        canvas.put(hint, x: x, y: y, style: Style(.dim))
        return Point(x: cx, y: y)
    }

    /// "Đảng viên (7)", or "Đảng viên (3/7) /nguyen thi" while a search filters the list;
    /// "*2" when two members are marked.
    static func membersTitle(_ state: AppState) -> String {
        let lang = state.lang
        let base = Strings.UI.paneMembers.text(lang)
        // Marked members (for one assignment given to all) are counted wherever the list is.
        let marks = state.marked.isEmpty ? "" : " *\(Figures.count(state.marked.count, lang))"
        guard let f = state.filter else { return "\(base) (\(Figures.count(state.memberRows.count, lang)))" + marks }
        return "\(base) (\(Figures.count(f.matches.count, lang))/\(Figures.count(f.base.count, lang)))" + marks + " /\(f.text)"
    }
}
