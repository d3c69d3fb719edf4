import DanVanCore

enum ConfirmView {
    static func draw(_ state: AppState, into canvas: inout Canvas) {
        let lang = state.lang
        let q = Strings.UI.confirmQuitUnsaved.text(lang), a = Strings.UI.confirmYesNo.text(lang)
        let w = min(state.width - 4, max(VietText.width(q), VietText.width(a)) + 6)
        let x = (state.width - w) / 2, y = max(1, state.height / 2 - 2)
        canvas.box(x: x, y: y, width: w, height: 4, style: Style(.dialog), title: Command.quit.text(lang),
                   titleStyle: Style(.dialogTitle, bold: true))
        canvas.putPadded(" " + q, x: x + 1, y: y + 1, width: w - 2, style: Style(.dialog))
        canvas.putPadded(" " + a, x: x + 1, y: y + 2, width: w - 2, style: Style(.dim))
    }
}
