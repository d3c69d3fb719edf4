import Testing
import DanVanCore
@testable import DanVanUI

/// Issue 13, item 3: notes keep their line breaks through every edit, the member form sets
/// the family name, and a form opened and left is never "unsaved text".
@Suite struct AppMultilineTests {
    /// The app with a member whose notes hold line breaks, a tab-free multi-line text.
    func appWithNotes(_ notes: String) throws -> (AppState, MemberID) {
        var app = Fixture.app()
        app.press(.down, .tab)
        let id = app.selectedMember!
        var m = app.data.members[id]!
        m.notes = notes
        var s = app.data
        let op = Op.make(.updateMember(m))
        try s.apply(op)
        _ = app.reduce(.commitSucceeded(s, changes: [op.change], message: .saved))
        return (app, id)
    }

    func focusField(_ app: inout AppState, _ key: String) {
        while app.form!.fields[app.form!.focus].key != key { app.press(.tab) }
    }

    func saved(_ app: inout AppState) throws -> Member? {
        let effects = app.press(.function(2))
        guard case .commit(let ops, _) = effects.first, case .updateMember(let m) = ops.first else {
            Issue.record("no update: \(effects) \(app.status as Any)")
            return nil
        }
        try performCommit(&app, effects)
        return m
    }

    @Test func editingThePhoneKeepsTheNotesLineBreaks() throws {
        let notes = "Dòng một\nDòng hai\n\nDòng bốn"
        var (app, id) = try appWithNotes(notes)
        app.press(.char("e"))
        #expect(!app.form!.hasUnsavedText)  // line breaks in the notes are not "unsaved text"
        app.press(.escape)
        #expect(app.form == nil && app.overlay == nil)
        app.press(.char("e"))
        focusField(&app, "phone")
        app.type("0903 123 456")
        let m = try saved(&app)
        #expect(m?.phone == "0903 123 456" && m?.notes == notes)
        #expect(app.data.members[id]!.notes == notes)
    }

    @Test func enterStartsANewLineAndTheSaveKeySaves() throws {
        var (app, id) = try appWithNotes("")
        app.press(.char("e"))
        focusField(&app, "notes")
        app.type("Hộ ông Ba")
        app.press(.enter)
        // An input method's rewrite: "chăc", two backspaces, "ắc" → "chắc".
        app.type("chăc")
        app.press(.backspace, .backspace)
        app.type("ắc chắn")
        #expect(app.form?.focus == app.form?.fields.firstIndex { $0.key == "notes" })  // Enter did not leave
        app.press(.up, .end)
        app.type(" và bà Tư")
        _ = app.reduce(.paste("\r\nDán 1\r\nDán 2"))
        let m = try saved(&app)
        #expect(m?.notes == "Hộ ông Ba và bà Tư\nDán 1\nDán 2\nchắc chắn")
        #expect(app.data.members[id]!.notes == m?.notes)
        // The form draws the notes over several rows.
        app.press(.char("e"))
        focusField(&app, "notes")
        let screen = app.screen.joined(separator: "\n")
        #expect(screen.contains("Dán 2") && screen.contains("chắc chắn"))
    }

    @Test func backspaceAtALineStartJoinsLines() {
        var a = TextArea("ab\ncd")
        a.handle(.home)
        a.handle(.backspace)
        #expect(a.text == "abcd" && a.row == 0 && a.lines[0].cursor == 2)
        a.handle(.enter)
        #expect(a.text == "ab\ncd")
        a.handle(.up)
        a.handle(.end)
        a.handle(.delete)
        #expect(a.text == "abcd")
        var b = TextArea("x")  // one line: Up and Down leave the field
        #expect(!b.handle(.up) && !b.handle(.down))
    }

    @Test func familyNameFromTheForm() throws {
        var (app, id) = try appWithNotes("")
        var m = app.data.members[id]!
        m.fullName = "Y Moan Êban"
        var s = app.data
        let op = Op.make(.updateMember(m))
        try s.apply(op)
        _ = app.reduce(.commitSucceeded(s, changes: [op.change], message: .saved))
        // Renamed, the member moved in the list (sorted by the given name "Êban").
        app.press(.home)
        for _ in 0..<20 where app.selectedMember != id { app.press(.down) }
        #expect(app.selectedMember == id)
        app.press(.char("e"))
        focusField(&app, "given")
        app.type("Moan")
        focusField(&app, "family")
        app.type("Êban")
        let done = try saved(&app)
        #expect(done?.givenName == "Moan" && done?.familyName == "Êban")
        #expect(app.data.members[id]!.nameParts.middle == "Y")
        // A family name that is not words of the full name is refused beside the field.
        for _ in 0..<20 where app.selectedMember != id { app.press(.down) }
        app.press(.char("e"))
        focusField(&app, "family")
        for _ in 0..<4 { app.press(.backspace) }
        app.type("Eban")
        _ = app.press(.function(2))
        #expect(app.form?.field("family")?.errorText != nil)
    }
}
