import DanVanCore

/// A yes/no question before a destructive step.
enum ConfirmationView {
    static func draw(_ c: Confirmation, state: AppState, into canvas: inout Canvas) {
        ConfirmBox.draw(title: Strings.UI.confirmTitle.text(state.lang), question: c.question(state),
                        answers: c.answers(state.lang), state: state, into: &canvas)
    }
}

/// Quit with a form holding unsaved changes.
enum ConfirmView {
    static func draw(_ state: AppState, into canvas: inout Canvas) {
        let lang = state.lang
        ConfirmBox.draw(title: Command.quit.text(lang), question: Strings.UI.confirmQuitUnsaved.text(lang),
                        answers: Strings.UI.confirmYesNo.text(lang), state: state, into: &canvas)
    }
}
