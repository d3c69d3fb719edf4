import DanVanCore

enum PickerView {
    static func draw(_ p: Picker, state: AppState, into canvas: inout Canvas) {
        let w = min(state.width - 4, max(30, (p.options.map { VietText.width($0) }.max() ?? 0) + 8))
        let h = min(state.height - 2, p.options.count + 2)
        let x = (state.width - w) / 2
        let y = max(1, (state.height - h) / 2)
        canvas.box(x: x, y: y, width: w, height: h, style: Style(.dialog), title: p.title.text(state.lang),
                   titleStyle: Style(.dialogTitle, bold: true))
        let room = h - 2
        let start = max(0, min(p.cursor - room + 1, p.options.count - room))
        for (i, name) in p.options.enumerated().dropFirst(start).prefix(room) {
            let current = name == state.themeName ? "• " : "  "
            canvas.putPadded(" " + current + name, x: x + 1, y: y + 1 + i - start, width: w - 2,
                             style: Style(i == p.cursor ? .menuSelected : .dialog))
        }
    }
}
