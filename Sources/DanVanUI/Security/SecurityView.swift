import DanVanCore

/// File → Security: whether the folder is encrypted, this folder's fingerprint and the keys
/// it trusts; over it, the step in progress (the masked passphrase fields, the question
/// before removing). A passphrase is drawn as one • per character, never as text.
enum SecurityView {
    static func lines(_ state: AppState) -> [String] {
        state.security?.lines(state.lang) ?? [Strings.Seal.noInformation.text(state.lang)]
    }

    /// Draws the screen; where the terminal cursor goes (in a passphrase field), or nil.
    static func draw(_ screen: SecurityScreen, state: AppState, into canvas: inout Canvas) -> Point? {
        drawInformation(screen, state: state, into: &canvas)
        switch screen.step {
        case .confirmRemove:
            ConfirmBox.draw(title: Strings.Seal.removeTitle.text(state.lang), question: Strings.Seal.confirmRemove.text(state.lang),
                            answers: Strings.Meet.confirmAnswers.text(state.lang), state: state, into: &canvas)
            return nil
        case .entry(let entry):
            return drawEntry(entry, note: screen.note, state: state, into: &canvas)
        case nil, .working:
            return nil
        }
    }

    static func keys(_ state: AppState) -> String {
        guard let info = state.security else { return Strings.UI.helpClose.text(state.lang) }
        return (info.encrypted ? Strings.Seal.keysEncrypted : Strings.Seal.keysPlain).text(state.lang)
    }

    static func noteStyle(_ note: StatusMessage) -> Style {
        switch note.kind {
        case .error: Style(.fieldError)
        case .ok: Style(.statusOK)
        case .warning: Style(.statusWarning)
        case .info: Style(.dialog)
        }
    }

    private static func drawInformation(_ screen: SecurityScreen, state: AppState, into canvas: inout Canvas) {
        let all = lines(state)
        // Under the information: the outcome of the last step (while no step covers it), the keys.
        var note = screen.note
        switch screen.step {
        case .entry, .confirmRemove: note = nil  // the box over it shows its own
        case nil, .working: break
        }
        let tail = (note.map { [$0] } ?? []) + [StatusMessage(keys(state), .info)]
        let widest = (all + tail.map(\.text)).map { VietText.width($0) }.max() ?? 0
        let w = min(state.width - 4, max(40, min(96, widest + 4)))
        let h = min(state.height - 2, all.count + tail.count + 3)
        let x = (state.width - w) / 2
        let y = max(1, (state.height - h) / 2)
        canvas.box(x: x, y: y, width: w, height: h, style: Style(.dialog), title: Strings.Seal.title.text(state.lang),
                   titleStyle: Style(.dialogTitle, bold: true))
        let room = max(0, h - 3 - tail.count)
        let start = max(0, min(screen.scroll, all.count - room))
        for (i, l) in all.dropFirst(start).prefix(room).enumerated() {
            canvas.putPadded(l, x: x + 2, y: y + 1 + i, width: w - 4, style: Style(.dialog))
        }
        for (i, t) in tail.enumerated() {
            let last = i == tail.count - 1
            canvas.putPadded(t.text, x: x + 2, y: y + h - 1 - tail.count + i, width: w - 4, style: last ? Style(.dim) : noteStyle(t))
        }
    }

    static func label(_ role: PassphraseEntry.Role, _ lang: Lang) -> String {
        switch role {
        case .current: Strings.Seal.fieldCurrent.text(lang)
        case .new: Strings.Seal.fieldNew.text(lang)
        case .again: Strings.Seal.fieldAgain.text(lang)
        }
    }

    static func title(_ kind: PassphraseKind, _ lang: Lang) -> String {
        switch kind {
        case .set: Strings.Seal.setTitle.text(lang)
        case .change: Strings.Seal.changeTitle.text(lang)
        case .remove: Strings.Seal.removeTitle.text(lang)
        }
    }

    /// The masked fields, the reason of a refusal and the keys; the cursor after the • of the focused field.
    private static func drawEntry(_ entry: PassphraseEntry, note: StatusMessage?, state: AppState, into canvas: inout Canvas) -> Point? {
        let lang = state.lang
        let labels = entry.roles.map { label($0, lang) }
        let labelW = (labels.map { VietText.width($0) }.max() ?? 0) + 2
        let message = note ?? (entry.kind == .remove ? nil : StatusMessage(Strings.Seal.keepItSafe.text(lang), .info))
        let keys = Strings.Seal.entryKeys.text(lang)
        let wanted = max(labelW + 24, VietText.width(keys), VietText.width(message?.text ?? "")) + 4
        let w = min(state.width - 4, wanted)
        let h = min(state.height - 2, entry.roles.count + 6)
        let x = (state.width - w) / 2
        let y = max(1, (state.height - h) / 2)
        canvas.box(x: x, y: y, width: w, height: h, style: Style(.dialog), title: title(entry.kind, lang),
                   titleStyle: Style(.dialogTitle, bold: true))
        let inputX = x + 2 + labelW, inputW = max(1, w - 4 - labelW)
        var cursor: Point?
        for (i, role) in entry.roles.enumerated() where y + 2 + i < y + h - 1 {
            let row = y + 2 + i
            let focused = i == entry.focus
            canvas.putPadded(labels[i], x: x + 2, y: row, width: labelW, style: Style(.dialog, bold: focused))
            let shown = min(entry.value(role).count, inputW - 1)
            canvas.putPadded(String(repeating: "•", count: shown), x: inputX, y: row, width: inputW,
                             style: Style(focused ? .inputFocused : .inputField))
            if focused { cursor = Point(x: inputX + shown, y: row) }
        }
        if h >= entry.roles.count + 6 {
            if let message { canvas.putPadded(message.text, x: x + 2, y: y + h - 3, width: w - 4, style: noteStyle(message)) }
            canvas.putPadded(keys, x: x + 2, y: y + h - 2, width: w - 4, style: Style(.dim))
        }
        return cursor
    }
}
