import DanVanCore

/// Where a key is pressed: the pane or overlay that has the keyboard.
enum KeyContext: String, CaseIterable, Sendable {
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
    /// Full-screen pages (see `Page`), and `pages`: the bindings shared by those that do not take text.
    case pages
    case dashboard, review, meeting, quickAssign, records, recordSearch, meetings
    /// File → Import a roster: the file list (typing filters it) and the preview.
    case importFiles, importPreview
}

struct Binding: Sendable, Equatable {
    var context: KeyContext
    var key: Key
    var command: Command
}

/// The keymap, gathered from the features' bindings (each feature's `bindings`, beside its
/// commands). The help overlay and the hint bar read it, so what they show is what the keys do.
enum Keymap {
    /// Every feature's commands, in the order help lists their keys. A new feature is added here.
    static let features: [any FeatureCommand.Type] = [
        GeneralCommand.self, MenuCommand.self, FormCommand.self, TreeCommand.self, MembersCommand.self,
        AssignmentsCommand.self, SearchCommand.self, DashboardCommand.self, ReviewCommand.self,
        MeetingCommand.self, RecordsCommand.self, ImportCommand.self, SecurityCommand.self, WelcomeCommand.self,
    ]

    /// Each binding with the title of the feature that declares it.
    private static let owned: [(binding: Binding, title: BiText)] =
        features.flatMap { f in f.bindings.map { ($0, f.title) } }

    static let bindings: [Binding] = owned.map(\.binding)

    /// The hint bar of each context, from the feature that owns the context.
    static let hints: [KeyContext: [Command]] = {
        var h: [KeyContext: [Command]] = [:]
        for f in features { h.merge(f.hints) { first, _ in first } }
        return h
    }()

    private static let table: [KeyContext: [Key: Command]] = {
        var t: [KeyContext: [Key: Command]] = [:]
        // No two bindings share a context and key (tested), so the order does not matter here.
        for b in bindings where t[b.context]?[b.key] == nil { t[b.context, default: [:]][b.key] = b.command }
        return t
    }()

    /// The contexts whose shared keys apply under `context`'s own: the panes' under each pane,
    /// the pages' under each page that does not take text.
    static func shared(under context: KeyContext) -> KeyContext? {
        switch context {
        case .tree, .members, .detail: .panes
        case .dashboard, .review, .meeting, .records, .meetings, .importPreview: .pages
        default: nil
        }
    }

    /// Whether a shared key reaches `context`: its own use of the key wins, and letters and
    /// Backspace are the type-ahead's in the roll call and the review (PageFind).
    private static func sharedKeyReaches(_ key: Key, _ context: KeyContext) -> Bool {
        table[context]?[key] == nil && !(PageFind.contexts.contains(context) && PageFind.isTyping(key))
    }

    /// The command `key` means in `context`; a context's own bindings come before the shared ones.
    static func command(for key: Key, in context: KeyContext) -> Command? {
        if let c = table[context]?[key] { return c }
        if let s = shared(under: context), sharedKeyReaches(key, context) { return table[s]?[key] }
        return nil
    }

    /// The bindings that apply in `context`, grouped by command in table order (the context's
    /// own, then the shared ones), each with the title of the feature that binds it: what help shows.
    static func entries(for context: KeyContext) -> [(command: Command, keys: [Key], feature: BiText)] {
        var order: [Command] = []
        var keys: [Command: [Key]] = [:]
        var title: [Command: BiText] = [:]
        let contexts = [context] + (shared(under: context).map { [$0] } ?? [])
        for ctx in contexts {
            for (b, t) in owned where b.context == ctx {
                if ctx != context, !sharedKeyReaches(b.key, context) { continue }
                if keys[b.command] == nil { order.append(b.command) }
                keys[b.command, default: []].append(b.key)
                title[b.command] = title[b.command] ?? t
            }
        }
        return order.map { ($0, keys[$0]!, title[$0]!) }
    }

    /// The F-key bound to `command` in `context`, for the hint bar and menu items.
    static func functionKey(for command: Command, in context: KeyContext) -> Int? {
        for e in entries(for: context) where e.command == command {
            for k in e.keys { if case .function(let n) = k { return n } }
        }
        return nil
    }

    /// How a key is written in help: "F2", "a", "Tab", "Ctrl-S", "Esc".
    static func name(of key: Key, _ lang: Lang) -> String {
        switch key {
        case .char(" "): return Strings.Keys.spaceKey.text(lang)
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
