import DanVanCore

/// File → Security: keys that set, change or remove the passphrase, and the run loop's answers.
extension AppState {
    mutating func run(_ command: SecurityCommand) -> [Effect] {
        switch command {
        case .openSecurity: overlay = .security(SecurityScreen())
        }
        return []
    }

    /// Handles `key` when File → Security is open and the key is the screen's own; nil for
    /// the keys the keymap handles there (scrolling, closing, the menus).
    mutating func pressedOnSecurity(_ key: Key) -> [Effect]? {
        guard case .security(var screen) = overlay else { return nil }
        var effects: [Effect] = []
        switch screen.step {
        case nil:
            guard let info = security else { return nil }
            let remove = key == .char("x") || key == .char("X") || key == .delete
            guard key == .enter || (remove && info.encrypted) else { return nil }
            screen.note = nil
            if readOnly {
                screen.note = StatusMessage(Strings.UI.readOnlyRefused.text(lang), .error)
            } else if remove {
                screen.step = .confirmRemove
            } else {
                screen.step = .entry(PassphraseEntry(info.encrypted ? .change : .set))
            }
        case .confirmRemove:
            switch Keymap.command(for: key, in: .confirm) {
            case .general(.confirmYes): screen.step = .entry(PassphraseEntry(.remove))
            case .general(.confirmNo):
                screen.step = nil
                screen.note = StatusMessage(Strings.Seal.cancelled.text(lang), .info)
            default: break
            }
        case .entry(var entry):
            switch key {
            case .escape:
                // Dropping the step drops what was typed.
                screen.step = nil
                screen.note = StatusMessage(Strings.Seal.cancelled.text(lang), .info)
            case .tab, .down: entry.focus = (entry.focus + 1) % entry.roles.count
            case .backTab, .up: entry.focus = (entry.focus + entry.roles.count - 1) % entry.roles.count
            case .backspace: entry.backspace()
            case .ctrl("u"): entry.clearField()
            case .enter where entry.focus < entry.roles.count - 1: entry.focus += 1
            case .enter:
                switch entry.submitted() {
                case .refused(let why): screen.note = StatusMessage(why.text(lang), .error)
                case .request(let request):
                    // The secrets leave the state with the effect.
                    effects = [.passphrase(request)]
                    busy = true
                    screen.note = StatusMessage(Self.working(request.kind).text(lang), .info)
                }
            case .char(let c) where Self.typable(c): entry.type(c)
            default: break
            }
            if case .entry = screen.step { screen.step = effects.isEmpty ? .entry(entry) : .working(entry.kind) }
        case .working:
            break
        }
        overlay = .security(screen)
        return effects
    }

    /// A paste into a passphrase field (a password manager); true when the screen took it.
    mutating func pastedOnSecurity(_ text: String) -> Bool {
        guard case .security(var screen) = overlay else { return false }
        guard case .entry(var entry) = screen.step else { return true }
        for c in text where Self.typable(c) { entry.type(c) }
        screen.step = .entry(entry)
        overlay = .security(screen)
        return true
    }

    /// The run loop set, changed or removed the passphrase; `info` is the folder as it is now.
    mutating func passphraseChanged(_ info: SecurityInfo, _ kind: PassphraseKind) {
        busy = false
        security = info
        let done: Strings.Seal = switch kind {
        case .set: .doneSet
        case .change: .doneChange
        case .remove: .doneRemove
        }
        let note = StatusMessage(done.text(lang), .ok)
        overlay = .security(SecurityScreen(note: note))
        status = note
    }

    /// The run loop refused (wrong current passphrase, too short, a failed write): the same
    /// step again, empty, with the reason; the focus on the current passphrase when it was wrong.
    mutating func passphraseRefused(_ message: String, _ kind: PassphraseKind, currentWrong: Bool) {
        busy = false
        var entry = PassphraseEntry(kind)
        if !currentWrong, let new = entry.roles.firstIndex(of: .new) { entry.focus = new }
        overlay = .security(SecurityScreen(step: .entry(entry), note: StatusMessage(message, .error)))
        status = StatusMessage(message, .error)
    }

    static func working(_ kind: PassphraseKind) -> Strings.Seal {
        switch kind {
        case .set: .workingSet
        case .change: .workingChange
        case .remove: .workingRemove
        }
    }

    static func typable(_ c: Character) -> Bool {
        !c.isNewline && !c.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
