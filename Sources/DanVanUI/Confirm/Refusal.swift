import DanVanCore

/// A key that could not do its work and has no picker to offer instead (read-only data,
/// nothing selected to act on). The reason stays in a box until Enter or Esc, and every key
/// typed meanwhile is held and counted on screen: a name typed after a refused key never
/// runs as commands letter by letter, and nothing is swallowed unseen.
struct Refusal: Equatable, Sendable {
    var text: String
    /// Keys typed while the box was up (not run).
    var held = 0
}

extension AppState {
    /// Refuses the key pressed: the reason on the status line and in the box that holds the keys.
    mutating func refuse(_ text: String, _ kind: StatusMessage.Kind = .warning) {
        status = StatusMessage(text, kind)
        // A form or a question on screen already holds the keyboard.
        if form == nil, overlay == nil { overlay = .refused(Refusal(text: text)) }
    }
}

enum RefusalView {
    static func draw(_ r: Refusal, state: AppState, into canvas: inout Canvas) {
        let lang = state.lang
        var answers = Strings.Keys.refusedKeys.text(lang)
        if r.held > 0 { answers += " · \(NumberFormat.count(r.held, lang)) \(Strings.Keys.refusedHeld.text(lang))" }
        ConfirmBox.draw(title: Strings.Keys.refusedTitle.text(lang), question: r.text, answers: answers, state: state, into: &canvas)
    }
}
