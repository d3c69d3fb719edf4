import Testing
import DanVanCore
@testable import DanVanUI

/// Finding 6 in the application: a node name holding "/" (the path separator) is refused
/// beside the name field, for a new node and an edited one; nothing is committed.
@Suite struct AppOrgNameTests {
    @Test func aNameWithASlashIsRefusedInTheEditForm() {
        var app = Fixture.app(width: 140, data: AppOrgEditTests.data())
        app.press(.down, .char("e"))
        #expect(app.form?.title == .editOrgTitle)
        for _ in 0..<20 { app.press(.backspace) }
        app.type("Chi bộ Khu phố 30/4")
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form?.field("name")?.errorText?.contains("“/”") == true)
        #expect(app.form?.fields[app.form!.focus].key == "name")
        for _ in 0..<4 { app.press(.backspace) }
        app.type("30-4")
        let effects = app.press(.function(2))
        guard case .commit(let ops, _) = effects.first, case .updateOrg(let o) = ops.first else {
            Issue.record("expected updateOrg, got \(effects)")
            return
        }
        #expect(o.name == "Chi bộ Khu phố 30-4")
    }

    @Test func aNewNodeNamedWithASlashIsRefused() {
        var app = Fixture.app(width: 140, data: AppOrgEditTests.data())
        app.press(.char("n"))
        guard app.form?.title == .newOrgTitle else {
            Issue.record("no new-node form: \(String(describing: app.form?.title))")
            return
        }
        app.type("Chi bộ A / Chi bộ B")
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form?.field("name")?.errorText != nil)
    }
}
