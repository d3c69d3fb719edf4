import DanVanCore

/// A named thing a person can ask for, owned by the feature that runs it. Keys and menu items
/// are bound to commands (each feature's `bindings`, gathered by `Keymap`; `Menu.items`); the
/// reducer acts on commands, never on raw keys. `AppState.run(_:key:)` hands each command to
/// its feature's `run`.
public enum Command: Hashable, Sendable, Localized {
    case general(GeneralCommand)
    case menu(MenuCommand)
    case form(FormCommand)
    case tree(TreeCommand)
    case members(MembersCommand)
    case assignments(AssignmentsCommand)
    case search(SearchCommand)
    case dashboard(DashboardCommand)
    case review(ReviewCommand)
    case meeting(MeetingCommand)
    case records(RecordsCommand)
    case importing(ImportCommand)
    case security(SecurityCommand)
    case welcome(WelcomeCommand)

    /// The feature's own command.
    var owned: any FeatureCommand {
        switch self {
        case .general(let c): c
        case .menu(let c): c
        case .form(let c): c
        case .tree(let c): c
        case .members(let c): c
        case .assignments(let c): c
        case .search(let c): c
        case .dashboard(let c): c
        case .review(let c): c
        case .meeting(let c): c
        case .records(let c): c
        case .importing(let c): c
        case .security(let c): c
        case .welcome(let c): c
        }
    }

    var bi: BiText { owned.bi }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String { owned.hint(lang) }

    /// Every command of every feature, in `Keymap.features` order.
    static var allCases: [Command] { Keymap.features.flatMap { $0.commands } }
}

/// What a feature's command enum provides: its labels (vi/en), the word the hint bar shows,
/// its key bindings and the hint bar of the key contexts it owns. Its `run` is a
/// `mutating func run(_:)` on `AppState` in the feature's folder.
protocol FeatureCommand: Localized, CaseIterable, Hashable, Sendable {
    /// This command as the app-wide `Command`.
    var command: Command { get }
    /// The feature's name, above its keys in help.
    static var title: BiText { get }
    /// The short word the hint bar shows beside the key (the label unless shorter).
    func hint(_ lang: Lang) -> String
    /// The feature's keys: the keys of its screens and the keys that reach its commands.
    static var bindings: [Binding] { get }
    /// The hint bar of the key contexts the feature owns, in order.
    static var hints: [KeyContext: [Command]] { get }
}

extension FeatureCommand {
    func hint(_ lang: Lang) -> String { text(lang) }
    static var hints: [KeyContext: [Command]] { [:] }
    static var commands: [Command] { allCases.map(\.command) }
}


/// Builds a feature's bindings: `bind(context, keys, command)` where the command is the
/// feature's own (`.markPresent`) or any other (`.general(.help)`).
struct KeyBindings<C: FeatureCommand> {
    var list: [Binding] = []

    mutating func callAsFunction(_ context: KeyContext, _ keys: [Key], _ command: C) {
        callAsFunction(context, keys, command.command)
    }

    mutating func callAsFunction(_ context: KeyContext, _ keys: [Key], _ command: Command) {
        for k in keys { list.append(Binding(context: context, key: k, command: command)) }
    }

    static func make(_ body: (inout KeyBindings<C>) -> Void) -> [Binding] {
        var b = KeyBindings<C>()
        body(&b)
        return b.list
    }
}
