import DanVanCore

enum WelcomeView {
    static func draw(_ state: AppState, layout: Layout, into canvas: inout Canvas) {
        let lang = state.lang
        let w = min(state.width - 4, 56)
        let h = 9 + (state.readOnly ? 1 : 0)
        let x = (state.width - w) / 2
        let y = max(1, (state.height - h) / 2)
        canvas.box(x: x, y: y, width: w, height: h, style: Style(.dialog), title: Strings.UI.welcomeTitle.text(lang),
                   titleStyle: Style(.dialogTitle, bold: true))
        var row = y + 2
        if state.readOnly {
            canvas.putPadded(" " + Strings.UI.welcomeReadOnly.text(lang), x: x + 1, y: row, width: w - 2, style: Style(.statusWarning))
            row += 1
        }
        canvas.putPadded(" " + Strings.UI.welcomeIntro.text(lang), x: x + 1, y: row, width: w - 2, style: Style(.dialog))
        row += 2
        let keys = ["n", "d", "q"]
        for (i, choice) in WelcomeChoice.allCases.enumerated() {
            let selected = i == state.welcomeCursor
            let text = "  \(selected ? "▸" : " ") \(choice.label.text(lang))"
            canvas.putPadded(text, x: x + 1, y: row, width: w - 6, style: Style(selected ? .menuSelected : .dialog))
            canvas.putPadded("[\(keys[i])]", x: x + w - 5, y: row, width: 3, style: Style(.hintKey))
            row += 1
        }
    }
}
