import DanVanCore

/// A yes/no question drawn in the middle of the screen: the one box every confirmation uses
/// (forms, quit, deletions, page questions).
enum ConfirmBox {
    /// `detail`: lines under the question (the names a question is about), as many as fit.
    static func draw(title: String, question: String, detail: [String] = [], answers: String, state: AppState,
                     into canvas: inout Canvas) {
        let widest = ([question, answers] + detail.map { "  " + $0 }).map { VietText.width($0) }.max() ?? 0
        let w = min(state.width - 4, widest + 6)
        let shown = Array(detail.prefix(max(0, state.height - 8)))
        let x = (state.width - w) / 2, y = max(1, state.height / 2 - 2 - shown.count / 2)
        canvas.box(x: x, y: y, width: w, height: 4 + shown.count, style: Style(.dialog), title: title,
                   titleStyle: Style(.dialogTitle, bold: true))
        canvas.putPadded(" " + question, x: x + 1, y: y + 1, width: w - 2, style: Style(.dialog))
        for (i, line) in shown.enumerated() {
            canvas.putPadded("   " + line, x: x + 1, y: y + 2 + i, width: w - 2, style: Style(.dialog))
        }
        canvas.putPadded(" " + answers, x: x + 1, y: y + 2 + shown.count, width: w - 2, style: Style(.dim))
    }
}
