import DanVanCore

/// Type-ahead in the roll call and the annual review: letters typed there find a member by
/// name (no need for diacritics) and put the cursor on them; they are never commands, so a
/// name typed by mistake records nothing. Backspace edits the name, Esc clears it.
enum PageFind {
    static let contexts: Set<KeyContext> = [.meeting, .review]

    /// Keys that belong to the type-ahead in those contexts.
    static func isTyping(_ key: Key) -> Bool {
        switch key {
        case .char(let c): c.isLetter || c == " "
        case .backspace: true
        default: false
        }
    }

    /// What the roll call and the review do first with a command: Esc clears a name being
    /// typed (and does nothing else), any command ends the type-ahead, and moving keys move
    /// the cursor over `count` rows. True when the command was used up here.
    static func took(_ command: Command, find: inout String, cursor: inout Int, count: Int, scroll: (Command) -> Int?) -> Bool {
        if command == .general(.closeOverlay), !find.isEmpty {
            find = ""
            return true
        }
        find = ""
        guard let step = scroll(command) else { return false }
        cursor = max(0, min(count - 1, cursor + step))
        return true
    }

    /// The text edited by `key`; nil when the key does not edit it.
    static func edited(_ text: String, by key: Key) -> String? {
        switch key {
        case .backspace: return text.isEmpty ? nil : String(text.dropLast())
        case .char(let c) where c == " ": return text.isEmpty ? nil : text + " "
        case .char(let c) where !c.isNewline && !(c.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false):
            return text + String(c)
        default: return nil
        }
    }
}

extension AppState {
    /// Gives a key no binding took to the roll call's or the review's type-ahead.
    mutating func typeIntoFind(_ key: Key) {
        switch page {
        case .meeting(var m) where m.focus == .list && m.pending == nil:
            guard let text = PageFind.edited(m.find, by: key) else { return }
            m.find = text
            if let id = findMember(text, in: m.roster), let i = m.roster.firstIndex(of: id) { m.cursor = i }
            page = .meeting(m)
        case .review(var r) where r.pendingClear == nil:
            guard let text = PageFind.edited(r.find, by: key), let review = r.review else { return }
            r.find = text
            let members = review.rows.map(\.member)
            if let id = findMember(text, in: members), let row = members.firstIndex(of: id),
               let i = r.lines.firstIndex(where: { $0.row == row }) {
                r.cursor = i
            }
            page = .review(r)
        default: break
        }
    }

    /// The best match of `text` among `members` (nil when none, or nothing typed).
    func findMember(_ text: String, in members: [MemberID]) -> MemberID? {
        guard !VietText.clean(text).isEmpty else { return nil }
        return MemberSearch(state: data, members: members).find(text).first
    }

    /// What the page's header shows on the right: the name being found, or how to find one.
    func findLabel(_ text: String, in members: [MemberID]) -> (text: String, role: StyleRole) {
        let t = { (s: Strings.Keys) in s.text(self.lang) }
        if text.isEmpty { return (t(.findHint), .dim) }
        if findMember(text, in: members) == nil { return ("\(t(.findPrompt)) \(text) — \(t(.findNone))", .statusWarning) }
        return ("\(t(.findPrompt)) \(text)", .title)
    }
}

/// The type-ahead at the right end of a page's title line; the hint only where it does
/// not cover the title.
enum PageFindView {
    static func draw(_ label: (text: String, role: StyleRole), title: String, state: AppState, into canvas: inout Canvas) {
        let text = VietText.truncate(label.text, to: max(0, state.width / 2 - 2)) + " "
        let x = state.width - VietText.width(text)
        if label.role == .dim, x < VietText.width(title) + 3 { return }
        canvas.put(text, x: max(0, x), y: 1, style: Style(label.role, bold: label.role != .dim))
    }
}
