import DanVanCore

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
