import DanVanCore

/// One choice of a list field: a stable code and its label in each language.
public struct Choice: Equatable, Sendable, Localized {
    public var code: String
    public var vi: String
    public var en: String
    public init(code: String, vi: String, en: String) {
        self.code = code
        self.vi = vi
        self.en = en
    }
    /// Every value of a catalogue, in catalogue order.
    public static func all<C: Coded>(_ type: C.Type) -> [Choice] {
        C.allCases.map { Choice(code: $0.code, vi: $0.vi, en: $0.en) }
    }
}

/// A labeled field: free text (edited by grapheme) or one of a fixed list of choices.
public struct FormField: Equatable, Sendable {
    public enum Input: Equatable, Sendable {
        case text(TextField)
        case choice([Choice], Int)
    }
    public var key: String
    public var label: Strings.UI
    public var input: Input
    public var required: Bool
    /// Set by validation; shown under the field in the person's language.
    public var error: Strings.UI?
    /// A refusal from the records (an `OpError` naming this field), shown like `error`.
    public var errorText: String?
    /// The text the field opened with, to tell whether anything was typed.
    var initialText: String
    /// The choice the field opened with (a changed choice is unsaved work too).
    var initialChoice = 0
    /// Letters typed on a choice field to jump to a choice (see Form+TypeAhead).
    var typedAhead = ""
    /// A field of several lines (minutes content, opinions, decisions): one editing line
    /// shows each break as ` ¶ `; Enter adds a break instead of moving on (Tab moves on).
    public var multiline = false

    /// The one-line form of multi-line text, and back.
    static let lineMark = " ¶ "
    static func oneLine(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineMark)
    }

    public init(key: String, label: Strings.UI, text: String = "", required: Bool = false) {
        self.key = key
        self.label = label
        input = .text(TextField(text))
        self.required = required
        initialText = VietText.nfc(text)
    }

    public init(key: String, label: Strings.UI, choices: [Choice], selected: Int = 0) {
        self.key = key
        self.label = label
        input = .choice(choices, max(0, min(selected, choices.count - 1)))
        required = true
        initialText = ""
        initialChoice = max(0, min(selected, choices.count - 1))
    }

    /// A multi-line field with its text (breaks written as `\n`).
    public init(key: String, label: Strings.UI, lines: String) {
        self.init(key: key, label: label, text: FormField.oneLine(lines))
        multiline = true
    }

    public var isChoice: Bool { if case .choice = input { true } else { false } }

    /// The NFC text, surrounding spaces removed (a choice gives its code).
    public var value: String {
        switch input {
        case .text(let f) where multiline:
            // Each line cleaned on its own; empty lines at either end dropped.
            Array(f.text.split(separator: "¶", omittingEmptySubsequences: false).map { VietText.clean(String($0)) }
                .drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed()).joined(separator: "\n")
        case .text(let f): VietText.clean(f.text)
        case .choice(let cs, let i): cs.isEmpty ? "" : cs[i].code
        }
    }

    public var isDirty: Bool {
        switch input {
        case .text(let f): return VietText.nfc(f.text) != initialText
        case .choice(_, let i): return i != initialChoice
        }
    }
}

/// What the form is for: decides how its values become ops.
public enum FormPurpose: Equatable, Sendable {
    case newAssignment(MemberID)
    case newOrg(parent: OrgID?)
    /// Forms of the full-screen pages (see `PageForm`).
    case page(PageForm)
    /// The editing workflows (members, nodes, assignment edits; see EditPurpose).
    case edit(EditPurpose)
}

/// A dialog of labeled fields with one focused; the reducer moves focus and feeds keys,
/// the purpose-specific builders (AssignmentForm, OrgForm) validate and make ops.
public struct Form: Equatable, Sendable {
    public var purpose: FormPurpose
    public var title: Strings.UI
    public var fields: [FormField]
    public var focus: Int = 0

    public init(purpose: FormPurpose, title: Strings.UI, fields: [FormField]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
    }

    public var hasUnsavedText: Bool { fields.contains { $0.isDirty } }
    public var focusedIsChoice: Bool { fields.indices.contains(focus) && fields[focus].isChoice }

    public func field(_ key: String) -> FormField? { fields.first { $0.key == key } }
    public func value(_ key: String) -> String { field(key)?.value ?? "" }

    public mutating func setError(_ key: String, _ error: Strings.UI?) {
        if let i = fields.firstIndex(where: { $0.key == key }) { fields[i].error = error }
    }
    public var hasErrors: Bool { fields.contains { $0.error != nil || $0.errorText != nil } }

    public mutating func clearErrors() {
        for i in fields.indices {
            fields[i].error = nil
            fields[i].errorText = nil
        }
    }

    /// Marks empty required text fields.
    public mutating func checkRequired() {
        for i in fields.indices where fields[i].required && fields[i].value.isEmpty {
            fields[i].error = Strings.UI.errRequired
        }
    }

    public mutating func focusNext() {
        if fields.indices.contains(focus) { fields[focus].typedAhead = "" }
        focus = (focus + 1) % max(1, fields.count)
    }
    public mutating func focusPrevious() {
        if fields.indices.contains(focus) { fields[focus].typedAhead = "" }
        focus = (focus + fields.count - 1) % max(1, fields.count)
    }

    /// Moves a choice field's selection by `step`, wrapping.
    public mutating func pick(_ step: Int) {
        guard fields.indices.contains(focus), case .choice(let cs, let i) = fields[focus].input, !cs.isEmpty else { return }
        fields[focus].input = .choice(cs, (i + step + cs.count) % cs.count)
    }

    /// Gives a key to the focused text field. False when the field did not use it.
    public mutating func type(_ key: Key) -> Bool {
        if fields.indices.contains(focus), fields[focus].isChoice { return typeAhead(key) }
        guard fields.indices.contains(focus), case .text(var f) = fields[focus].input else { return false }
        let used = f.handle(key)
        fields[focus].input = .text(f)
        if used {
            fields[focus].error = nil
            fields[focus].errorText = nil
        }
        return used
    }

    /// Inserts pasted text into the focused text field (line breaks become spaces, or
    /// breaks in a multi-line field).
    public mutating func paste(_ text: String) {
        let multi = fields.indices.contains(focus) && fields[focus].multiline
        for ch in text {
            if ch.isNewline && multi { breakLine() } else { _ = type(.char(ch.isNewline ? " " : ch)) }
        }
    }

    /// Enter in a multi-line field: a line break there. False when the field is not one.
    public mutating func breakLine() -> Bool {
        guard fields.indices.contains(focus), fields[focus].multiline else { return false }
        for ch in FormField.lineMark { _ = type(.char(ch)) }
        return true
    }
}
