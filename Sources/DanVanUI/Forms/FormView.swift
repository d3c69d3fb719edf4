import DanVanCore

enum FormView {
    /// Draws the form dialog; returns where the cursor goes (in the focused text field).
    static func draw(_ form: Form, state: AppState, into canvas: inout Canvas) -> Point? {
        let lang = state.lang
        let labelW = (form.fields.map { VietText.width($0.label.text(lang)) }.max() ?? 0) + 2
        let errors = form.fields.filter { $0.error != nil || $0.errorText != nil }.count
        let w = min(state.width - 2, 72)
        let h = min(state.height - 2, form.fields.reduce(0) { $0 + $1.rows } + errors + 4)
        let x = (state.width - w) / 2
        let y = max(1, (state.height - h) / 2)
        canvas.box(x: x, y: y, width: w, height: h, style: Style(.dialog), title: form.titleText ?? form.title.text(lang),
                   titleStyle: Style(.dialogTitle, bold: true))
        let inputX = x + 2 + labelW
        let inputW = max(4, w - labelW - 4)
        var row = y + 1
        var cursor: Point?
        // Scroll so the focused field is visible on short terminals.
        let room = h - 3
        var lines: [(field: Int, isError: Bool, part: Int)] = []
        for (i, f) in form.fields.enumerated() {
            for part in 0..<f.rows { lines.append((i, false, part)) }
            if f.error != nil || f.errorText != nil { lines.append((i, true, 0)) }
        }
        let focusLine = lines.lastIndex { $0.field == form.focus && !$0.isError } ?? 0
        let start = max(0, min(focusLine - room + 2, lines.count - room))
        let shown = lines.dropFirst(start).prefix(room)
        for (field, isError, part) in shown {
            let f = form.fields[field]
            let focused = field == form.focus
            // A multi-line field is drawn whole from its first visible row.
            if !isError, part > 0, shown.contains(where: { $0.field == field && !$0.isError && $0.part < part }) { continue }
            if isError {
                canvas.putPadded("  ! " + (f.error?.text(lang) ?? f.errorText ?? ""), x: inputX - 2, y: row, width: inputW + 2, style: Style(.fieldError))
                row += 1
                continue
            }
            let mark = f.required ? "*" : " "
            canvas.putPadded(f.label.text(lang) + mark, x: x + 2, y: row, width: labelW,
                             style: Style(f.error != nil || f.errorText != nil ? .fieldError : .dialog, bold: focused))
            switch f.input {
            case .text(let tf):
                let cx = tf.render(into: &canvas, x: inputX, y: row, width: inputW, focused: focused)
                if focused { cursor = Point(x: cx, y: row) }
            case .multiline(let area):
                let height = shown.filter { $0.field == field && !$0.isError }.count
                let c = area.render(into: &canvas, x: inputX, y: row, width: inputW, height: height, focused: focused)
                if focused { cursor = c }
                row += height - 1
            case .choice(let choices, let index):
                let label = choices.isEmpty ? "" : choices[index].text(lang)
                let text = "‹ " + VietText.truncate(label, to: inputW - 4) + " ›"
                canvas.putPadded(text, x: inputX, y: row, width: inputW, style: Style(focused ? .inputFocused : .inputField))
            }
            row += 1
        }
        canvas.putPadded(Strings.UI.formHint.text(lang), x: x + 2, y: y + h - 2, width: w - 4, style: Style(.dim))
        return cursor
    }
}
