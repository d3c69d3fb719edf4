import DanVanCore

enum WelcomeView {
    static func draw(_ state: AppState, layout: Layout, into canvas: inout Canvas) {
        let lang = state.lang
        let w = min(state.width - 4, 56)
        let h = 9 + (state.readOnly ? 1 : 0)
        let x = (state.width - w) / 2
        let y = max(1, (state.height - h) / 2)
        canvas.box(x: x, y: y, width: w, height: h, style: Style(.dialog), title: Strings.UI.welcomeTitle.text(lang),
                   titleStyle: Style(.dialogTitle, bold: true))
        var row = y + 2
        if state.readOnly {
            canvas.putPadded(" " + Strings.UI.welcomeReadOnly.text(lang), x: x + 1, y: row, width: w - 2, style: Style(.statusWarning))
            row += 1
        }
        canvas.putPadded(" " + Strings.UI.welcomeIntro.text(lang), x: x + 1, y: row, width: w - 2, style: Style(.dialog))
        row += 2
        let keys = ["n", "d", "q"]
        for (i, choice) in WelcomeChoice.allCases.enumerated() {
            let selected = i == state.welcomeCursor
            let text = "  \(selected ? "▸" : " ") \(choice.label.text(lang))"
            canvas.putPadded(text, x: x + 1, y: row, width: w - 6, style: Style(selected ? .menuSelected : .dialog))
            canvas.putPadded("[\(keys[i])]", x: x + w - 5, y: row, width: 3, style: Style(.hintKey))
            row += 1
        }
    }
}

enum FormView {
    /// Draws the form dialog; returns where the cursor goes (in the focused text field).
    static func draw(_ form: Form, state: AppState, into canvas: inout Canvas) -> Point? {
        let lang = state.lang
        let labelW = (form.fields.map { VietText.width($0.label.text(lang)) }.max() ?? 0) + 2
        let errors = form.fields.filter { $0.error != nil || $0.errorText != nil }.count
        let w = min(state.width - 2, 72)
        let h = min(state.height - 2, form.fields.count + errors + 4)
        let x = (state.width - w) / 2
        let y = max(1, (state.height - h) / 2)
        canvas.box(x: x, y: y, width: w, height: h, style: Style(.dialog), title: form.title.text(lang),
                   titleStyle: Style(.dialogTitle, bold: true))
        let inputX = x + 2 + labelW
        let inputW = max(4, w - labelW - 4)
        var row = y + 1
        var cursor: Point?
        // Scroll so the focused field is visible on short terminals.
        let room = h - 3
        var lines: [(field: Int, isError: Bool)] = []
        for (i, f) in form.fields.enumerated() {
            lines.append((i, false))
            if f.error != nil || f.errorText != nil { lines.append((i, true)) }
        }
        let focusLine = lines.firstIndex { $0.field == form.focus && !$0.isError } ?? 0
        let start = max(0, min(focusLine - room + 2, lines.count - room))
        for (field, isError) in lines.dropFirst(start).prefix(room) {
            let f = form.fields[field]
            let focused = field == form.focus
            if isError {
                canvas.putPadded("  ! " + (f.error?.text(lang) ?? f.errorText ?? ""), x: inputX - 2, y: row, width: inputW + 2, style: Style(.fieldError))
                row += 1
                continue
            }
            let mark = f.required ? "*" : " "
            canvas.putPadded(f.label.text(lang) + mark, x: x + 2, y: row, width: labelW,
                             style: Style(f.error != nil || f.errorText != nil ? .fieldError : .dialog, bold: focused))
            switch f.input {
            case .text(let tf):
                let cx = tf.render(into: &canvas, x: inputX, y: row, width: inputW, focused: focused)
                if focused { cursor = Point(x: cx, y: row) }
            case .choice(let choices, let index):
                let label = choices.isEmpty ? "" : choices[index].text(lang)
                let text = "‹ " + VietText.truncate(label, to: inputW - 4) + " ›"
                canvas.putPadded(text, x: inputX, y: row, width: inputW, style: Style(focused ? .inputFocused : .inputField))
            }
            row += 1
        }
        canvas.putPadded(Strings.UI.formHint.text(lang), x: x + 2, y: y + h - 2, width: w - 4, style: Style(.dim))
        return cursor
    }
}

enum HelpView {
    /// The help text for the context under the overlay.
    static func lines(_ state: AppState) -> [(keys: String, what: String)] {
        var under = state
        under.overlay = nil
        let context = under.keyContext
        var out: [(String, String)] = []
        for e in Keymap.entries(for: context) {
            out.append((e.keys.map { Keymap.name(of: $0, state.lang) }.joined(separator: ", "), e.command.text(state.lang)))
        }
        let hotkeys = Menu.allCases.map { String($0.hotkey(state.lang)).uppercased() }.joined(separator: " ")
        out.append((state.lang == .vi ? "Alt/Esc + chữ" : "Alt/Esc + letter",
                    (state.lang == .vi ? "Mở thực đơn " : "Open menu ") + hotkeys))
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
        let keyW = min(w / 2, (all.map { VietText.width($0.keys) }.max() ?? 0) + 2)
        let room = h - 3
        let start = max(0, min(scroll, all.count - room))
        for (i, l) in all.dropFirst(start).prefix(room).enumerated() {
            canvas.putPadded(l.keys, x: x + 2, y: y + 1 + i, width: keyW, style: Style(.hintKey, bold: true))
            canvas.putPadded(l.what, x: x + 2 + keyW, y: y + 1 + i, width: w - keyW - 4, style: Style(.dialog))
        }
        canvas.putPadded(Strings.UI.helpClose.text(state.lang), x: x + 2, y: y + h - 2, width: w - 4, style: Style(.dim))
    }
}

enum PickerView {
    static func draw(_ p: Picker, state: AppState, into canvas: inout Canvas) {
        let w = min(state.width - 4, max(30, (p.options.map { VietText.width($0) }.max() ?? 0) + 8))
        let h = min(state.height - 2, p.options.count + 2)
        let x = (state.width - w) / 2
        let y = max(1, (state.height - h) / 2)
        canvas.box(x: x, y: y, width: w, height: h, style: Style(.dialog), title: p.title.text(state.lang),
                   titleStyle: Style(.dialogTitle, bold: true))
        let room = h - 2
        let start = max(0, min(p.cursor - room + 1, p.options.count - room))
        for (i, name) in p.options.enumerated().dropFirst(start).prefix(room) {
            let current = name == state.themeName ? "• " : "  "
            canvas.putPadded(" " + current + name, x: x + 1, y: y + 1 + i - start, width: w - 2,
                             style: Style(i == p.cursor ? .menuSelected : .dialog))
        }
    }
}

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
