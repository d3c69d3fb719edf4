import DanVanCore

/// What sits on top of the panes and takes the keyboard.
enum Overlay: Equatable, Sendable {
    case menu(MenuState)
    /// The key list; `scroll` is the first line shown.
    case help(scroll: Int)
    /// File → Security (see Security/): the information and the passphrase step in progress.
    case security(SecurityScreen)
    /// A list of choices (the theme list).
    case picker(Picker)
    /// "A form holds unsaved text. Quit anyway?"
    case confirmQuit
    /// A list narrowed by typing: go to, the new cell, the new parent, the new status.
    case finder(Finder)
    /// A yes/no question before a destructive step (delete, discard a form).
    case confirm(Confirmation)
    /// A refused key: why, held on screen until Enter or Esc (see Refusal).
    case refused(Refusal)
}

struct Picker: Equatable, Sendable {
    enum Purpose: Equatable, Sendable { case theme }
    var purpose: Purpose
    var title: Strings.UI
    var options: [String]
    var cursor: Int
}

/// The message line under the panes.
struct StatusMessage: Equatable, Sendable {
    enum Kind: Sendable { case info, ok, warning, error }
    var text: String
    var kind: Kind
    init(_ text: String, _ kind: Kind) {
        self.text = text
        self.kind = kind
    }
}

enum Pane: Int, CaseIterable, Sendable {
    case tree, members, detail
    var context: KeyContext {
        switch self {
        case .tree: .tree
        case .members: .members
        case .detail: .detail
        }
    }
}

/// Size of the demo data the run loop should create (mapped to the exchange's scales).
public enum DemoSize: String, Sendable { case cell, district, city }
