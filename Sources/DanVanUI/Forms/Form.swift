import DanVanCore

/// One choice of a list field: a stable code and its label in each language.
struct Choice: Equatable, Sendable, Localized {
    var code: String
    var bi: BiText
    init(code: String, _ label: BiText) {
        self.code = code
        bi = label
    }
    /// A catalogue value (its code and labels).
    init<C: Coded>(_ value: C) {
        self.init(code: value.code, BiText(value.vi, value.en))
    }
    /// Every value of a catalogue, in catalogue order.
    static func all<C: Coded>(_ type: C.Type) -> [Choice] {
        C.allCases.map(Choice.init)
    }
}

/// A labeled field: free text (edited by grapheme) or one of a fixed list of choices.
struct FormField: Equatable, Sendable {
    enum Input: Equatable, Sendable {
        case text(TextField)
        /// Notes, decisions: line breaks kept (`TextArea`).
        case multiline(TextArea)
        case choice([Choice], Int)
    }
    var key: String
    var label: Strings.UI
    var input: Input
    var required: Bool
    /// Set by validation; shown under the field in the person's language.
    var error: Strings.UI?
    /// A refusal from the records (an `OpError` naming this field), shown like `error`.
    var errorText: String?
    /// The text the field opened with, to tell whether anything was typed.
    var initialText: String
    /// The choice the field opened with (a changed choice is unsaved work too).
    var initialChoice = 0
    /// Letters typed on a choice field to jump to a choice (see Form+TypeAhead).
    var typedAhead = ""
    /// Multi-line text shown on one line (a page's summary of the minutes): breaks as ` ¶ `.
    static let lineMark = " ¶ "
    static func oneLine(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineMark)
    }

    init(key: String, label: Strings.UI, text: String = "", required: Bool = false) {
        self.key = key
        self.label = label
        let field = TextField(text)
        input = .text(field)
        self.required = required
        // As the field holds it, so opening and leaving a form is never "unsaved text".
        initialText = field.text
    }

    /// A multi-line text field (Enter: new line).
    init(key: String, label: Strings.UI, multilineText text: String, required: Bool = false) {
        self.key = key
        self.label = label
        let area = TextArea(text)
        input = .multiline(area)
        self.required = required
        initialText = area.text
    }

    /// Rows the field takes in the form.
    var rows: Int { if case .multiline = input { 3 } else { 1 } }

    init(key: String, label: Strings.UI, choices: [Choice], selected: Int = 0) {
        self.key = key
        self.label = label
        input = .choice(choices, max(0, min(selected, choices.count - 1)))
        required = true
        initialText = ""
        initialChoice = max(0, min(selected, choices.count - 1))
    }

    var isChoice: Bool { if case .choice = input { true } else { false } }

    /// The NFC text, surrounding spaces removed (a choice gives its code).
    var value: String {
        switch input {
        case .text(let f): VietText.clean(f.text)
        case .multiline(let a): VietText.cleanMultiline(a.text)
        case .choice(let cs, let i): cs.isEmpty ? "" : cs[i].code
        }
    }

    var isDirty: Bool {
        switch input {
        case .text(let f): return f.text != initialText
        case .multiline(let a): return a.text != initialText
        case .choice(_, let i): return i != initialChoice
        }
    }
}

/// What the form is for: decides how its values become ops.
enum FormPurpose: Equatable, Sendable {
    case newAssignment(MemberID)
    case newOrg(parent: OrgID?)
    /// Forms of the full-screen pages (see `PageForm`).
    case page(PageForm)
    /// The editing workflows (members, nodes, assignment edits; see EditPurpose).
    case edit(EditPurpose)
}

/// A dialog of labeled fields with one focused; the reducer moves focus and feeds keys,
/// the purpose-specific builders (AssignmentForm, OrgForm) validate and make ops.
struct Form: Equatable, Sendable {
    var purpose: FormPurpose
    var title: Strings.UI
    /// A title made when the form opened (the batch assignment names its members); shown
    /// instead of `title` when set.
    var titleText: String?
    var fields: [FormField]
    var focus: Int = 0

    init(purpose: FormPurpose, title: Strings.UI, fields: [FormField]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
    }

    var hasUnsavedText: Bool { fields.contains { $0.isDirty } }
    var focusedIsChoice: Bool { fields.indices.contains(focus) && fields[focus].isChoice }

    func field(_ key: String) -> FormField? { fields.first { $0.key == key } }
    func value(_ key: String) -> String { field(key)?.value ?? "" }

    mutating func setError(_ key: String, _ error: Strings.UI?) {
        if let i = fields.firstIndex(where: { $0.key == key }) { fields[i].error = error }
    }
    var hasErrors: Bool { fields.contains { $0.error != nil || $0.errorText != nil } }

    mutating func clearErrors() {
        for i in fields.indices {
            fields[i].error = nil
            fields[i].errorText = nil
        }
    }

    /// Marks empty required text fields, and text over its limit (`TextLimit`).
    mutating func checkRequired() {
        for i in fields.indices where fields[i].required && fields[i].value.isEmpty {
            fields[i].error = Strings.UI.errRequired
        }
        for i in fields.indices where !fields[i].isChoice {
            let limit: Int
            if case .multiline = fields[i].input { limit = TextLimit.text }
            else { limit = Form.nameKeys.contains(fields[i].key) ? TextLimit.name : TextLimit.line }
            if VietText.problem(in: fields[i].value, limit: limit) != nil { fields[i].error = Strings.UI.errTooLong }
        }
    }
    static let nameKeys: Set<String> = ["fullName", "given", "family", "card", "name"]

    /// After a refusal the cursor goes to the first refused field, so what is typed next
    /// corrects it (never the field that happened to be focused).
    mutating func focusFirstError() {
        guard let i = fields.firstIndex(where: { $0.error != nil || $0.errorText != nil }) else { return }
        if fields.indices.contains(focus) { fields[focus].typedAhead = "" }
        focus = i
    }

    mutating func focusNext() {
        if fields.indices.contains(focus) { fields[focus].typedAhead = "" }
        focus = (focus + 1) % max(1, fields.count)
    }
    mutating func focusPrevious() {
        if fields.indices.contains(focus) { fields[focus].typedAhead = "" }
        focus = (focus + fields.count - 1) % max(1, fields.count)
    }

    /// Opens a choice field on the choice with `code` (when there is one), as if it had
    /// opened so: choosing it is not unsaved work.
    mutating func preselect(_ key: String, code: String) {
        guard let i = fields.firstIndex(where: { $0.key == key }), case .choice(let cs, _) = fields[i].input,
              let j = cs.firstIndex(where: { $0.code == code }) else { return }
        fields[i].input = .choice(cs, j)
        fields[i].initialChoice = j
    }

    /// Moves a choice field's selection by `step`, wrapping.
    mutating func pick(_ step: Int) {
        guard fields.indices.contains(focus), case .choice(let cs, let i) = fields[focus].input, !cs.isEmpty else { return }
        fields[focus].input = .choice(cs, (i + step + cs.count) % cs.count)
    }

    /// Gives a key to the focused text field. False when the field did not use it.
    mutating func type(_ key: Key, lang: Lang = .vi) -> Bool {
        if fields.indices.contains(focus), fields[focus].isChoice { return typeAhead(key, lang: lang) }
        guard fields.indices.contains(focus) else { return false }
        let used: Bool
        switch fields[focus].input {
        case .text(var f):
            used = f.handle(key)
            fields[focus].input = .text(f)
        case .multiline(var a):
            used = a.handle(key)
            fields[focus].input = .multiline(a)
        case .choice: return false
        }
        if used {
            fields[focus].error = nil
            fields[focus].errorText = nil
        }
        return used
    }

    /// Inserts pasted text into the focused text field (line breaks become spaces, except
    /// in a multi-line field).
    mutating func paste(_ text: String) {
        if fields.indices.contains(focus), case .multiline(var a) = fields[focus].input {
            a.paste(text)
            fields[focus].input = .multiline(a)
            fields[focus].error = nil
            fields[focus].errorText = nil
            return
        }
        for ch in text { _ = type(.char(ch.isNewline ? " " : ch)) }
    }

    /// True when the focused field is multi-line and takes `key` itself (Enter for a new
    /// line, Up/Down inside it) before the form's own bindings.
    mutating func multilineTakes(_ key: Key) -> Bool {
        guard fields.indices.contains(focus), case .multiline = fields[focus].input,
              key == .enter || key == .up || key == .down else { return false }
        return type(key)
    }
}
