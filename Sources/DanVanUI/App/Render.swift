import DanVanCore

/// A drawn screen and where the terminal cursor goes (nil: hidden).
public struct Frame: Equatable, Sendable {
    public var canvas: Canvas
    public var cursor: Point?
}

public struct Point: Equatable, Sendable {
    public var x: Int
    public var y: Int
    init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// Draws the whole screen for `state`. Pure: the same state always gives the same frame.
public func render(_ state: AppState) -> Frame {
    var canvas = Canvas(width: state.width, height: state.height)
    guard state.width > 0, state.height > 0 else { return Frame(canvas: canvas, cursor: nil) }
    if state.tooSmall {
        TooSmallView.draw(state, into: &canvas)
        return Frame(canvas: canvas, cursor: nil)
    }
    let layout = Layout(state)
    MenuBarView.drawBar(state, into: &canvas)
    var cursor: Point?
    if state.showsWelcome {
        WelcomeView.draw(state, layout: layout, into: &canvas)
    } else if let page = state.page {
        cursor = PageView.draw(page, state: state, into: &canvas)
    } else {
        PaneTitles.draw(state, layout: layout, into: &canvas)
        TreePane.draw(state, layout: layout, into: &canvas)
        MemberPane.draw(state, layout: layout, into: &canvas)
        DetailPane.draw(state, layout: layout, into: &canvas)
    }
    StatusView.draw(state, layout: layout, into: &canvas)
    HintBar.draw(state, layout: layout, into: &canvas)
    if let form = state.form {
        cursor = FormView.draw(form, state: state, into: &canvas)
    }
    switch state.overlay {
    case .menu(let m): MenuBarView.drawDropdown(m, state: state, into: &canvas); cursor = nil
    case .help(let scroll): HelpView.draw(state, scroll: scroll, into: &canvas); cursor = nil
    case .security(let s): cursor = SecurityView.draw(s, state: state, into: &canvas)
    case .picker(let p): PickerView.draw(p, state: state, into: &canvas); cursor = nil
    case .confirmQuit: ConfirmView.draw(state, into: &canvas); cursor = nil
    case .finder(let f): cursor = FinderView.draw(f, state: state, into: &canvas)
    case .confirm(let c): ConfirmationView.draw(c, state: state, into: &canvas); cursor = nil
    case .refused(let r): RefusalView.draw(r, state: state, into: &canvas); cursor = nil
    case nil: break
    }
    if state.keyContext == .search { cursor = SearchLine.draw(state, layout: layout, into: &canvas) }
    return Frame(canvas: canvas, cursor: cursor)
}

enum TooSmallView {
    static func draw(_ state: AppState, into canvas: inout Canvas) {
        let lines = [
            Strings.UI.enlargeWindow.text(state.lang),
            "≥ \(AppState.minWidth)×\(AppState.minHeight) (\(state.width)×\(state.height))",
        ]
        let top = max(0, (state.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            let t = VietText.truncate(l, to: state.width)
            canvas.put(t, x: max(0, (state.width - VietText.width(t)) / 2), y: top + i,
                       style: Style(i == 0 ? .statusWarning : .dim))
        }
    }
}

enum PaneTitles {
    static func draw(_ state: AppState, layout: Layout, into canvas: inout Canvas) {
        let y = 1
        for pane in Pane.allCases {
            let focused = state.focus == pane && state.form == nil
            let style = Style(focused ? .paneBorderFocused : .paneTitle, bold: focused)
            var title: String
            switch pane {
            case .tree: title = "\(Strings.UI.paneTree.text(state.lang)) · \(state.year)"
            case .members: title = SearchLine.membersTitle(state)
            case .detail: title = Strings.UI.paneDetail.text(state.lang)
            }
            canvas.putPadded(" " + title, x: layout.x(of: pane), y: y, width: layout.width(of: pane), style: style)
        }
        // Vertical rules between the panes.
        for y in 1..<(1 + 1 + layout.paneRows) {
            canvas.put("│", x: layout.membersX - 1, y: y, style: Style(.paneBorder))
            canvas.put("│", x: layout.detailX - 1, y: y, style: Style(.paneBorder))
        }
    }
}

enum StatusView {
    static func draw(_ state: AppState, layout: Layout, into canvas: inout Canvas) {
        let y = layout.statusRow
        canvas.fill(x: 0, y: y, width: state.width, height: 1, with: Cell(" ", style: Style(.status)))
        var right = ""
        if let marks = state.marksBadge { right = " " + marks + " " }
        if state.readOnly { right += " " + Strings.UI.readOnlyBadge.text(state.lang) + " " }
        let rightW = VietText.width(right)
        if !right.isEmpty {
            canvas.put(right, x: state.width - rightW, y: y, style: Style(.statusWarning, bold: true))
        }
        if let s = state.status {
            let role: StyleRole
            switch s.kind {
            case .info: role = .status
            case .ok: role = .statusOK
            case .warning: role = .statusWarning
            case .error: role = .statusError
            }
            canvas.put(" " + VietText.truncate(s.text, to: max(0, state.width - rightW - 2)), x: 0, y: y, style: Style(role))
        }
    }
}

enum HintBar {
    /// The commands the hint bar offers in a context, in order (the owning feature's `hints`;
    /// the panes share one bar).
    static func commands(for context: KeyContext) -> [Command] {
        Keymap.hints[Keymap.shared(under: context) == .panes ? .panes : context]
            ?? [.general(.help), .general(.closeOverlay)]
    }

    static func draw(_ state: AppState, layout: Layout, into canvas: inout Canvas) {
        let y = layout.hintRow
        canvas.fill(x: 0, y: y, width: state.width, height: 1, with: Cell(" ", style: Style(.hintText)))
        let context = state.keyContext
        var x = 0
        for c in commands(for: context) {
            let entry = Keymap.entries(for: context).first { $0.command == c }
            guard let keys = entry?.keys, let first = keys.first else { continue }
            // An F-key with a letter twin shows the F-key; otherwise the first key bound.
            var keyText = Keymap.name(of: first, state.lang)
            if case .function(let f) = first { keyText = "F\(f)" }
            if case .char = first, let f = Keymap.functionKey(for: c, in: context) { keyText = "F\(f)" }
            let label = c.hint(state.lang)
            let need = VietText.width(keyText) + VietText.width(label) + 2
            if x + need > state.width { break }
            x += canvas.put(keyText, x: x, y: y, style: Style(.hintKey, bold: true))
            x += canvas.put(" " + label, x: x, y: y, style: Style(.hintText))
            x += 2
        }
    }
}
