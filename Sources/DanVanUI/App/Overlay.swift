import DanVanCore

/// What sits on top of the panes and takes the keyboard.
public enum Overlay: Equatable, Sendable {
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

public struct Picker: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable { case theme }
    public var purpose: Purpose
    public var title: Strings.UI
    public var options: [String]
    public var cursor: Int
}

/// The message line under the panes.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable { case info, ok, warning, error }
    public var text: String
    public var kind: Kind
    public init(_ text: String, _ kind: Kind) {
        self.text = text
        self.kind = kind
    }
}

public enum Pane: Int, CaseIterable, Sendable {
    case tree, members, detail
    public var context: KeyContext {
        switch self {
        case .tree: .tree
        case .members: .members
        case .detail: .detail
        }
    }
}

/// Size of the demo data the run loop should create (mapped to the exchange's scales).
public enum DemoSize: String, Sendable { case cell, district, city }
