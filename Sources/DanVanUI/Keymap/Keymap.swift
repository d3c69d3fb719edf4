import DanVanCore

/// Where a key is pressed: the pane or overlay that has the keyboard.
public enum KeyContext: String, CaseIterable, Sendable {
    /// Any of the three panes (bindings shared by all of them).
    case panes
    case tree, members, detail
    case menu, help, picker, confirm, welcome
    /// A refused key's message, holding the keys typed after it (Refusal).
    case refused
    /// A form whose focused field takes text; `formChoice` when it is a list of choices.
    case form, formChoice
    /// Typing a member-list search (`/`); a list to pick from by typing (go to, cells, parents).
    case search, finder
    /// Full-screen pages (see `Page`).
    case dashboard, review, meeting, quickAssign, records, recordSearch, meetings
    /// File → Import a roster: the file list (typing filters it) and the preview.
    case importFiles, importPreview
}

public struct Binding: Sendable, Equatable {
    public var context: KeyContext
    public var key: Key
    public var command: Command
}

/// The one table that binds keys to commands. The help overlay and the hint bar read it,
/// so what they show is what the keys do. F-keys always have a letter twin (some terminals
/// eat F-keys) and Esc+digit reaches them too (the terminal turns Esc 2 into F2).
public enum Keymap {
    public static let bindings: [Binding] = {
        var b: [Binding] = []
        func bind(_ ctx: KeyContext, _ keys: [Key], _ cmd: Command) {
            for k in keys { b.append(Binding(context: ctx, key: k, command: cmd)) }
        }
        // Shared by the panes.
        bind(.panes, [.function(1), .char("?")], .help)
        bind(.panes, [.function(2), .char("a")], .newAssignment)
        bind(.panes, [.function(7), .char("l")], .switchLanguage)
        bind(.panes, [.function(8), .char("t")], .chooseTheme)
        bind(.panes, [.function(9), .function(10), .char("m")], .openMenu)
        bind(.panes, [.char("q"), .ctrl("q")], .quit)
        bind(.panes, [.tab], .nextPane)
        bind(.panes, [.backTab], .prevPane)
        bind(.panes, [.up, .char("k")], .moveUp)
        bind(.panes, [.down, .char("j")], .moveDown)
        bind(.panes, [.pageUp], .pageUp)
        bind(.panes, [.pageDown], .pageDown)
        bind(.panes, [.home], .moveHome)
        bind(.panes, [.end], .moveEnd)
        bind(.panes, [.char("[")], .previousYear)
        bind(.panes, [.char("]")], .nextYear)
        bind(.panes, [.char("b")], .openDashboard)
        bind(.panes, [.char("r")], .openReview)
        bind(.panes, [.char("h")], .startMeeting)
        bind(.panes, [.char("Q")], .openPersons)
        bind(.panes, [.char("K")], .openModels)
        // Tree pane.
        bind(.tree, [.right, .char("+")], .expandNode)
        bind(.tree, [.left, .char("-")], .collapseNode)
        bind(.tree, [.enter, .char(" ")], .toggleNode)
        bind(.tree, [.char("n")], .newOrg)
        // Member list.
        bind(.members, [.enter, .right], .activate)
        bind(.members, [.left], .prevPane)
        // Detail pane.
        bind(.detail, [.left], .prevPane)
        bind(.detail, [.enter], .newAssignment)
        // Menu bar.
        bind(.menu, [.left], .menuLeft)
        bind(.menu, [.right], .menuRight)
        bind(.menu, [.up], .moveUp)
        bind(.menu, [.down], .moveDown)
        bind(.menu, [.home], .moveHome)
        bind(.menu, [.end], .moveEnd)
        bind(.menu, [.enter], .activate)
        bind(.menu, [.escape, .function(9), .function(10)], .closeOverlay)
        bind(.menu, [.ctrl("q")], .quit)
        // Help overlay.
        bind(.help, [.escape, .char("?"), .function(1), .enter, .char("q")], .closeOverlay)
        bind(.help, [.up, .char("k")], .moveUp)
        bind(.help, [.down, .char("j")], .moveDown)
        bind(.help, [.pageUp], .pageUp)
        bind(.help, [.pageDown], .pageDown)
        bind(.help, [.home], .moveHome)
        bind(.help, [.end], .moveEnd)
        // A list to choose from (themes).
        bind(.picker, [.up], .moveUp)
        bind(.picker, [.down], .moveDown)
        bind(.picker, [.home], .moveHome)
        bind(.picker, [.end], .moveEnd)
        bind(.picker, [.enter], .activate)
        bind(.picker, [.escape], .closeOverlay)
        // Yes / no question (c/k: có/không).
        bind(.confirm, [.char("y"), .char("c"), .char("Y"), .char("C")], .confirmYes)
        bind(.confirm, [.char("n"), .char("k"), .char("N"), .char("K"), .escape], .confirmNo)
        // A refusal closes with Enter or Esc only: letters typed after it are held, not run.
        bind(.refused, [.enter, .escape], .closeOverlay)
        bind(.refused, [.ctrl("q")], .quit)
        // Welcome screen.
        bind(.welcome, [.up, .char("k")], .moveUp)
        bind(.welcome, [.down, .char("j")], .moveDown)
        bind(.welcome, [.enter], .activate)
        bind(.welcome, [.char("n")], .newOrg)
        bind(.welcome, [.char("d")], .openDemo)
        bind(.welcome, [.function(1), .char("?")], .help)
        bind(.welcome, [.function(7), .char("l")], .switchLanguage)
        bind(.welcome, [.function(8), .char("t")], .chooseTheme)
        bind(.welcome, [.function(9), .function(10), .char("m")], .openMenu)
        bind(.welcome, [.char("q"), .ctrl("q")], .quit)
        // Forms: keys not bound here go to the focused text field.
        for ctx in [KeyContext.form, .formChoice] {
            bind(ctx, [.tab, .down, .enter], .nextField)
            bind(ctx, [.backTab, .up], .prevField)
            bind(ctx, [.function(2), .ctrl("s")], .saveForm)
            bind(ctx, [.escape], .closeOverlay)
            bind(ctx, [.ctrl("q")], .quit)
        }
        bind(.formChoice, [.right, .char(" ")], .pickNext)
        bind(.formChoice, [.left], .pickPrevious)
        bindEditing(bind)
        PageKeys.bind(into: &b)
        return b
    }()

    private static let table: [KeyContext: [Key: Command]] = {
        var t: [KeyContext: [Key: Command]] = [:]
        for b in bindings where t[b.context]?[b.key] == nil { t[b.context, default: [:]][b.key] = b.command }
        return t
    }()

    /// The command `key` means in `context`; a pane's own bindings come before the shared ones.
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        if let c = table[context]?[key] { return c }
        switch context {
        case .tree, .members, .detail: return table[.panes]?[key]
        default: return nil
        }
    }

    /// The bindings that apply in `context`, grouped by command in table order: what help shows.
    public static func entries(for context: KeyContext) -> [(command: Command, keys: [Key])] {
        var order: [Command] = []
        var keys: [Command: [Key]] = [:]
        let contexts: [KeyContext] = [.tree, .members, .detail].contains(context) ? [context, .panes] : [context]
        for ctx in contexts {
            for b in bindings where b.context == ctx {
                // A pane binding hides a shared one on the same key.
                if ctx == .panes, table[context]?[b.key] != nil { continue }
                if keys[b.command] == nil { order.append(b.command) }
                keys[b.command, default: []].append(b.key)
            }
        }
        return order.map { ($0, keys[$0]!) }
    }

    /// The F-key bound to `command` in `context`, for the hint bar and menu items.
    public static func functionKey(for command: Command, in context: KeyContext) -> Int? {
        for e in entries(for: context) where e.command == command {
            for k in e.keys { if case .function(let n) = k { return n } }
        }
        return nil
    }

    /// How a key is written in help: "F2", "a", "Tab", "Ctrl-S", "Esc".
    public static func name(of key: Key, _ lang: Lang) -> String {
        switch key {
        case .char(" "): return lang == .vi ? "Dấu cách" : "Space"
        case .char(let c): return String(c)
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n) (Esc \(n % 10))"
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .alt(let c): return "Alt-" + String(c).uppercased()
        }
    }
}
