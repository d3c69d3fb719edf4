import DanVanCore

/// A yes/no question drawn in the middle of the screen.
enum ConfirmBox {
    static func draw(title: String, question: String, answers: String, state: AppState, into canvas: inout Canvas) {
        let w = min(state.width - 4, max(VietText.width(question), VietText.width(answers)) + 6)
        let x = (state.width - w) / 2, y = max(1, state.height / 2 - 2)
        canvas.box(x: x, y: y, width: w, height: 4, style: Style(.dialog), title: title, titleStyle: Style(.dialogTitle, bold: true))
        canvas.putPadded(" " + question, x: x + 1, y: y + 1, width: w - 2, style: Style(.dialog))
        canvas.putPadded(" " + answers, x: x + 1, y: y + 2, width: w - 2, style: Style(.dim))
    }
}
