import DanVanCore

enum HelpView {
    /// The help text for the context under the overlay: the keys of each feature under its
    /// title (`isTitle`), the context's own features first.
    static func lines(_ state: AppState) -> [(keys: String, what: String, isTitle: Bool)] {
        var under = state
        under.overlay = nil
        let context = under.keyContext
        var out: [(String, String, Bool)] = []
        // Letters there are the type-ahead, not commands (PageFind).
        if PageFind.contexts.contains(context) {
            out.append((Strings.Keys.findKeys.text(state.lang), Strings.Keys.findHelp.text(state.lang), false))
        }
        let entries = Keymap.entries(for: context)
        var titles: [BiText] = []
        for e in entries where !titles.contains(e.feature) { titles.append(e.feature) }
        for t in titles {
            out.append((t.text(state.lang), "", true))
            for e in entries where e.feature == t {
                out.append((e.keys.map { Keymap.name(of: $0, state.lang) }.joined(separator: ", "),
                            e.command.text(state.lang), false))
            }
        }
        let hotkeys = Menu.allCases.map { String($0.hotkey(state.lang)).uppercased() }.joined(separator: " ")
        out.append((Strings.Keys.altLetter.text(state.lang), Strings.Keys.openMenuWith.text(state.lang) + " " + hotkeys, false))
        return out
    }

    static func lineCount(_ state: AppState) -> Int { lines(state).count }

    static func title(_ state: AppState) -> String {
        var under = state
        under.overlay = nil
        let where_: String
        switch under.keyContext {
        case .tree: where_ = Strings.UI.paneTree.text(state.lang)
        case .members: where_ = Strings.UI.paneMembers.text(state.lang)
        case .detail: where_ = Strings.UI.paneDetail.text(state.lang)
        case .form, .formChoice: where_ = state.form?.title.text(state.lang) ?? ""
        case .welcome: where_ = Strings.UI.welcomeTitle.text(state.lang)
        default: where_ = state.page?.title(state.lang) ?? Strings.UI.helpGlobal.text(state.lang)
        }
        return Strings.UI.helpTitle.text(state.lang) + " — " + where_
    }

    static func draw(_ state: AppState, scroll: Int, into canvas: inout Canvas) {
        let all = lines(state)
        let w = min(state.width - 4, 76)
        let h = min(state.height - 2, all.count + 4)
        let x = (state.width - w) / 2
        let y = max(1, (state.height - h) / 2)
        canvas.box(x: x, y: y, width: w, height: h, style: Style(.dialog), title: title(state),
                   titleStyle: Style(.dialogTitle, bold: true))
        let keyW = min(w / 2, (all.filter { !$0.isTitle }.map { VietText.width($0.keys) }.max() ?? 0) + 2)
        let room = h - 3
        let start = max(0, min(scroll, all.count - room))
        for (i, l) in all.dropFirst(start).prefix(room).enumerated() {
            if l.isTitle {
                canvas.putPadded(l.keys, x: x + 2, y: y + 1 + i, width: w - 4, style: Style(.dialogTitle, bold: true))
                continue
            }
            canvas.putPadded(l.keys, x: x + 2, y: y + 1 + i, width: keyW, style: Style(.hintKey, bold: true))
            canvas.putPadded(l.what, x: x + 2 + keyW, y: y + 1 + i, width: w - keyW - 4, style: Style(.dialog))
        }
        canvas.putPadded(Strings.UI.helpClose.text(state.lang), x: x + 2, y: y + h - 2, width: w - 4, style: Style(.dim))
        // Keys out of sight are announced on the frame, so nothing hides below the fold.
        let below = all.count - start - room
        if below > 0 {
            let more = " ↓ " + Strings.Notice.moreBelow.text(state.lang) + " \(below) "
            canvas.put(more, x: x + w - 2 - VietText.width(more), y: y + h - 1, style: Style(.dialogTitle, bold: true))
        }
        if start > 0 {
            let more = " ↑ \(start) "
            canvas.put(more, x: x + w - 2 - VietText.width(more), y: y, style: Style(.dialogTitle, bold: true))
        }
    }
}
