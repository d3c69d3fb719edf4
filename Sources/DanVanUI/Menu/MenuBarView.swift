import DanVanCore

enum MenuBarView {
    /// Column where each menu title starts on the bar.
    static func titleX(_ lang: Lang) -> [Int] {
        var x = 1
        return Menu.allCases.map { m in
            defer { x += VietText.width(m.text(lang)) + 2 }
            return x
        }
    }

    static func drawBar(_ state: AppState, into canvas: inout Canvas) {
        canvas.fill(x: 0, y: 0, width: state.width, height: 1, with: Cell(" ", style: Style(.menuBar)))
        var open: Menu?
        if case .menu(let m) = state.overlay { open = m.menu }
        let xs = titleX(state.lang)
        for m in Menu.allCases {
            let title = m.text(state.lang)
            let x = xs[m.rawValue]
            let selected = open == m
            canvas.put(" " + title + " ", x: x - 1, y: 0, style: Style(selected ? .menuSelected : .menuBar))
            // The hotkey letter (the first one) stands out.
            if !selected {
                let at = m.hotkeyOffset(state.lang)
                let dx = VietText.width(String(Array(title).prefix(at)))
                canvas.restyle(x: x + dx, y: 0, width: 1, style: Style(.menuHotkey, underline: true))
            }
        }
        TitleLine.draw(state, from: (xs.last ?? 0) + VietText.width(Menu.help.text(state.lang)) + 2, into: &canvas)
    }

    static func itemKeyHint(_ c: Command, _ lang: Lang) -> String {
        for ctx in [KeyContext.tree, .panes] {
            if let e = Keymap.entries(for: ctx).first(where: { $0.command == c }) {
                if let f = Keymap.functionKey(for: c, in: ctx) {
                    let letter = e.keys.first { if case .char = $0 { true } else { false } }
                    return "F\(f)" + (letter.map { ", " + Keymap.name(of: $0, lang) } ?? "")
                }
                return e.keys.prefix(2).map { Keymap.name(of: $0, lang) }.joined(separator: ", ")
            }
        }
        return ""
    }

    static func drawDropdown(_ m: MenuState, state: AppState, into canvas: inout Canvas) {
        let lang = state.lang
        let items = m.menu.items
        let labels = items.map { $0.text(lang) }
        let hints = items.map { itemKeyHint($0, lang) }
        let labelW = labels.map { VietText.width($0) }.max() ?? 0
        let hintW = hints.map { VietText.width($0) }.max() ?? 0
        let w = min(state.width, labelW + hintW + 6)
        var x = titleX(lang)[m.menu.rawValue] - 1
        if x + w > state.width { x = max(0, state.width - w) }
        let h = min(items.count + 2, state.height - 1)
        canvas.box(x: x, y: 1, width: w, height: h, style: Style(.menuItem))
        for i in items.indices where i < h - 2 {
            let y = 2 + i
            let style = Style(i == m.item ? .menuSelected : .menuItem)
            let inner = w - 2
            let hint = hints[i]
            let text = " " + VietText.pad(labels[i], to: max(0, inner - VietText.width(hint) - 3)) + " " + hint + " "
            canvas.putPadded(text, x: x + 1, y: y, width: inner, style: style)
        }
    }
}
