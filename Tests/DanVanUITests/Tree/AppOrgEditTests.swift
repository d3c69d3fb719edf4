import Testing
import DanVanCore
@testable import DanVanUI

/// Editing, moving and deleting nodes of the tree.
@Suite struct AppOrgEditTests {
    /// The fixture with an empty committee beside the ward, to move things into.
    static func data() -> State {
        var s = Fixture.state()
        try! s.apply(.addOrg(Org(id: OrgID(4), parent: Fixture.ward, name: "Đảng bộ bộ phận Khối 2", level: .partialCommittee)))
        return s
    }

    @Test func editNameLevelUnitKindAndTerm() throws {
        var app = Fixture.app(width: 140, data: Self.data())
        app.press(.down)  // Chi bộ Khu phố 1
        app.press(.char("e"))
        #expect(app.form?.title == .editOrgTitle)
        #expect(app.form?.value("name") == "Chi bộ Khu phố 1")
        // Only the levels allowed under a grassroots committee are offered.
        guard case .choice(let levels, _) = app.form?.field("level")?.input else {
            Issue.record("no level field")
            return
        }
        #expect(levels.map(\.code) == [OrgLevel.partialCommittee.code, OrgLevel.subordinateCell.code])
        for _ in 0..<20 { app.press(.backspace) }
        app.type("Chi bộ Khu phố Một")
        app.press(.tab, .tab)
        app.type("ph")  // Phường
        app.press(.tab)
        app.type("2025–2030")
        let effects = app.press(.function(2))
        guard case .commit(let ops, .orgUpdated) = effects.first, case .updateOrg(let o) = ops.first else {
            Issue.record("expected updateOrg, got \(effects)")
            return
        }
        #expect(o.name == "Chi bộ Khu phố Một" && o.level == .subordinateCell && o.unitKind == .phuong && o.term == "2025–2030")
        try performCommit(&app, effects)
        #expect(app.screen.contains { $0.contains("Khu phố Một") })
    }

    @Test func aCellWithMembersCannotBecomeACommittee() {
        var app = Fixture.app(data: Self.data())
        app.press(.down, .char("e"), .tab, .left)
        #expect(app.form?.value("level") == OrgLevel.partialCommittee.code)
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form != nil)
        #expect(app.screen[22].contains("còn đảng viên nên phải là chi bộ"))
    }

    @Test func moveACellUnderAnotherCommitteeAndUndoIt() throws {
        var app = Fixture.app(data: Self.data())
        app.press(.down, .down)  // Chi bộ Khu phố 2
        #expect(app.selectedOrg == Fixture.cell2)
        app.press(.char("M"))
        guard case .finder(let f) = app.overlay else {
            Issue.record("no finder")
            return
        }
        // Its own parent is not offered; committees that may hold a cell are.
        #expect(f.items.map(\.label) == ["Đảng bộ bộ phận Khối 2"])
        let effects = app.press(.enter)
        try performCommit(&app, effects)
        #expect(app.data.orgs[Fixture.cell2]?.parent == OrgID(4))
        #expect(app.screen[22].contains("Đã lưu: Đã chuyển tổ chức"))
        try performCommit(&app, app.press(.ctrl("z")))
        #expect(app.data.orgs[Fixture.cell2]?.parent == Fixture.ward)
    }

    @Test func deleteOnlyAnEmptyNodeAfterConfirmation() throws {
        var app = Fixture.app(data: Self.data())
        app.press(.down)
        // Not empty: refused at once, no question.
        #expect(app.press(.delete).isEmpty)
        #expect(app.overlay == nil)
        #expect(app.screen[22].contains("còn 0 tổ chức, 3 đảng viên"))
        app.press(.end)  // the empty committee
        #expect(app.selectedOrg == OrgID(4))
        #expect(app.press(.char("D")).isEmpty)
        #expect(app.overlay == .confirm(Confirmation(purpose: .deleteOrg(OrgID(4)))))
        #expect(app.screen.contains { $0.contains("Xóa tổ chức Đảng bộ bộ phận Khối 2?") })
        // The key that started it does not confirm it.
        #expect(app.press(.char("D")).isEmpty)
        #expect(app.overlay != nil)
        app.press(.char("n"))
        #expect(app.overlay == nil && app.data.orgs[OrgID(4)] != nil)
        app.press(.delete)
        let effects = app.press(.char("c"))
        try performCommit(&app, effects)
        #expect(app.data.orgs[OrgID(4)] == nil)
        #expect(app.treeRows.count == 3)
        #expect(app.screen[22].contains("Đã xóa tổ chức"))
    }
}
