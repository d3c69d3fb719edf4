import DanVanCore

/// A yes/no question before a destructive step.
enum ConfirmationView {
    static func draw(_ c: Confirmation, state: AppState, into canvas: inout Canvas) {
        let title = c.purpose.isAssignMarked ? Strings.Keys.outsideTitle.text(state.lang) : Strings.UI.confirmTitle.text(state.lang)
        ConfirmBox.draw(title: title, question: c.question(state), detail: c.detail(state),
                        answers: c.answers(state.lang), state: state, into: &canvas)
    }
}

/// Quit with a form holding unsaved changes.
enum ConfirmView {
    static func draw(_ state: AppState, into canvas: inout Canvas) {
        let lang = state.lang
        ConfirmBox.draw(title: GeneralCommand.quit.text(lang), question: Strings.UI.confirmQuitUnsaved.text(lang),
                        answers: Strings.UI.confirmYesNo.text(lang), state: state, into: &canvas)
    }
}
