import DanVanCore

/// Text typed into a passphrase field. It never prints: its description, debug text and
/// mirror show only one • per character, so a test failure or a dump of the state does not
/// reveal it either.
public struct TypedSecret: Equatable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    var characters: [Character] = []

    init() {}
    init(_ text: String) { characters = Array(text) }

    var isEmpty: Bool { characters.isEmpty }
    var count: Int { characters.count }
    /// The bytes handed to the key derivation (UTF-8, as the CLI reads a passphrase).
    public var utf8: [UInt8] { Array(String(characters).utf8) }

    public var description: String { String(repeating: "•", count: characters.count) }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}

/// What the person asked for on File → Security.
public enum PassphraseKind: Equatable, Sendable {
    case set, change, remove
}

/// The work File → Security asks the run loop for; the secrets go with it and nowhere else.
public enum PassphraseRequest: Equatable, Sendable {
    case set(new: TypedSecret)
    /// `current` unlocks the folder; only the key file is rewritten.
    case change(current: TypedSecret, new: TypedSecret)
    case remove(current: TypedSecret)

    public var kind: PassphraseKind {
        switch self {
        case .set: .set
        case .change: .change
        case .remove: .remove
        }
    }
}

/// The masked fields of one passphrase step: the current passphrase (change, remove) and the
/// new one twice (set, change).
struct PassphraseEntry: Equatable, Sendable {
    enum Role: Equatable, Sendable { case current, new, again }

    var kind: PassphraseKind
    var roles: [Role]
    var values: [TypedSecret]
    var focus = 0

    init(_ kind: PassphraseKind) {
        self.kind = kind
        switch kind {
        case .set: roles = [.new, .again]
        case .change: roles = [.current, .new, .again]
        case .remove: roles = [.current]
        }
        values = Array(repeating: TypedSecret(), count: roles.count)
    }

    func value(_ role: Role) -> TypedSecret { roles.firstIndex(of: role).map { values[$0] } ?? TypedSecret() }

    mutating func type(_ c: Character) { values[focus].characters.append(c) }
    mutating func backspace() { if !values[focus].isEmpty { values[focus].characters.removeLast() } }
    mutating func clearField() { values[focus] = TypedSecret() }

    /// Empties `roles` and puts the focus on the first of them.
    mutating func clear(_ cleared: [Role]) {
        for (i, r) in roles.enumerated() where cleared.contains(r) { values[i] = TypedSecret() }
        if let first = roles.firstIndex(where: { cleared.contains($0) }) { focus = first }
    }

    /// The request when every field is filled and the new passphrase was typed the same
    /// twice; otherwise why not, with the focus on the field to fix (a mismatch empties both).
    mutating func submitted() -> Submission {
        if let i = values.firstIndex(where: \.isEmpty) {
            focus = i
            return .refused(roles[i] == .current ? .emptyCurrent : .emptyNew)
        }
        if roles.contains(.again), value(.new) != value(.again) {
            clear([.new, .again])
            return .refused(.mismatch)
        }
        switch kind {
        case .set: return .request(.set(new: value(.new)))
        case .change: return .request(.change(current: value(.current), new: value(.new)))
        case .remove: return .request(.remove(current: value(.current)))
        }
    }

    enum Submission {
        case request(PassphraseRequest)
        case refused(Strings.Seal)
    }
}

/// File → Security: the information, and the step in progress.
struct SecurityScreen: Equatable, Sendable {
    enum Step: Equatable, Sendable {
        /// "Write the data back unencrypted?" before the current passphrase is asked.
        case confirmRemove
        case entry(PassphraseEntry)
        /// The run loop is doing the work.
        case working(PassphraseKind)
    }

    /// The first line of the information shown.
    var scroll = 0
    var step: Step?
    /// The outcome of the last step, or why it was refused.
    var note: StatusMessage?

    init(scroll: Int = 0, step: Step? = nil, note: StatusMessage? = nil) {
        self.scroll = scroll
        self.step = step
        self.note = note
    }
}
