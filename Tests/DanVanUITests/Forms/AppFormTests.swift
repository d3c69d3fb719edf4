import Testing
import DanVanCore
@testable import DanVanUI

@Suite struct AppFormTests {
    /// The app with the assignment form open for Nguyễn Văn An, focus on "Địa bàn".
    func formOpen() -> AppState {
        var app = Fixture.app()
        app.press(.tab, .function(2), .tab)
        return app
    }

    @Test func inputMethodBackspaceBurstLeavesWhatThePersonSees() throws {
        var app = formOpen()
        #expect(app.form?.fields[app.form!.focus].key == "area")
        // Telex: "chắc" arrives as "chăc", two backspaces, "ắc".
        app.type("chăc")
        app.press(.backspace, .backspace)
        app.type("ắc")
        #expect(app.form?.value("area") == "chắc")
        #expect(app.screen.contains { $0.contains("Địa bàn") && $0.contains("chắc") })
    }

    @Test func decomposedInputIsStoredNFC() throws {
        var app = formOpen()
        for scalar in "Tổ Đặng".decomposedStringWithCanonicalMapping.unicodeScalars {
            app.press(.char(Character(scalar)))
        }
        let v = app.form!.value("area")
        #expect(v == "Tổ Đặng")
        #expect(v.unicodeScalars.elementsEqual("Tổ Đặng".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func savingCommitsAnAddAssignmentAndShowsSaved() throws {
        var app = formOpen()
        app.press(.backTab)  // target group: a choice field
        app.press(.right)  // → Trí thức
        app.press(.tab)
        app.type("Khu phố 3")
        app.press(.tab)
        app.type("25")
        app.press(.tab)
        app.type("Vận động  giữ gìn vệ sinh ")
        app.press(.tab, .left)  // place: residence → workplace
        app.press(.tab, .right)  // source: self-registered
        app.press(.tab)
        // Replace the default start date.
        for _ in 0..<10 { app.press(.backspace) }
        app.type("1/3/2026")
        app.press(.tab)
        app.type("31/12/2026")
        app.press(.tab)
        app.type("NQ 12-NQ/CB")
        let effects = app.press(.function(2))
        guard case .commit(let ops, let message) = effects.first, effects.count == 1, ops.count == 1,
              case .addAssignment(let a) = ops[0] else {
            Issue.record("expected one addAssignment commit, got \(effects)")
            return
        }
        #expect(message == .assignmentAdded)
        #expect(a.member == MemberID(10))
        #expect(a.targetGroup == .triThuc)
        #expect(a.area == "Khu phố 3")
        #expect(a.households == 25)
        #expect(a.content == "Vận động giữ gìn vệ sinh")
        #expect(a.place == .workplace)
        #expect(a.source == .selfRegistered)
        #expect(a.from == Fixture.day(2026, 3, 1))
        #expect(a.to == Fixture.day(2026, 12, 31))
        #expect(a.resolution == "NQ 12-NQ/CB")
        // The form stays until the store says the op is durable.
        #expect(app.form != nil)
        try performCommit(&app, effects)
        #expect(app.form == nil)
        #expect(app.screen[22].contains("Đã lưu: Đã thêm phân công"))
        #expect(app.screen.contains { $0.contains("Các phân công (3)") })
        #expect(app.screen.contains { $0.contains("• Trí thức") })
    }

    @Test func badFieldsGetTheirOwnMessagesAndNothingIsCommitted() {
        var app = formOpen()
        app.press(.tab)
        app.type("mười")
        app.press(.tab, .tab, .tab, .tab)
        for _ in 0..<10 { app.press(.backspace) }
        app.type("31/02/2026")
        let effects = app.press(.ctrl("s"))
        #expect(effects.isEmpty)
        #expect(app.form?.field("households")?.error == .errNumber)
        #expect(app.form?.field("from")?.error == .errDate)
        #expect(app.form?.focus == 2)  // the first bad field
        let s = app.screen.joined(separator: "\n")
        #expect(s.contains("phải là số nguyên không âm"))
        #expect(s.contains("ngày không hợp lệ"))
        #expect(app.screen[22].contains("Hãy sửa các ô được đánh dấu"))
        // Typing in the field clears its message.
        app.press(.backspace)
        #expect(app.form?.field("households")?.error == nil)
    }

    @Test func endBeforeStartIsRefused() {
        var app = formOpen()
        app.press(.tab, .tab, .tab, .tab, .tab, .tab)
        #expect(app.form?.fields[app.form!.focus].key == "to")
        app.type("1/1/2020")
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form?.field("to")?.error == .errDateOrder)
    }

    @Test func emptyStartDateIsRequired() {
        var app = formOpen()
        app.press(.tab, .tab, .tab, .tab, .tab)
        for _ in 0..<10 { app.press(.backspace) }
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form?.field("from")?.error == .errRequired)
    }

    @Test func enterOnTheLastFieldSaves() {
        var app = formOpen()
        app.fillContent()
        app.press(.backTab, .backTab)  // wraps to the last field
        #expect(app.form?.focus == app.form!.fields.count - 1)
        let effects = app.press(.enter)
        #expect(effects.count == 1)
    }

    @Test func failedCommitKeepsTheFormAndSaysWhy() {
        var app = formOpen()
        app.type("Tổ 9")
        _ = app.press(.function(2))
        _ = app.reduce(.commitFailed("đĩa đầy (ENOSPC)"))
        #expect(app.form?.value("area") == "Tổ 9")
        #expect(app.screen[22].contains("Không lưu được: đĩa đầy (ENOSPC)"))
    }

    @Test func pasteGoesIntoTheFocusedField() {
        var app = formOpen()
        _ = app.reduce(.paste("Ấp Bình\nTây"))
        #expect(app.form?.value("area") == "Ấp Bình Tây")
    }

    @Test func newAssignmentNeedsASelectedMember() {
        var s = State()
        try! s.apply(.addOrg(Org(id: OrgID(1), parent: nil, name: "Chi bộ Trống", level: .grassrootsCell)))
        var app = Fixture.app(data: s)
        app.press(.function(2))
        #expect(app.form == nil)
        #expect(app.screen[22].contains("Hãy chọn một đảng viên trước"))
    }

    @Test func welcomeCreatesAnOrganization() throws {
        var app = Fixture.app(data: State())
        #expect(app.keyContext == .welcome)
        app.press(.enter)
        #expect(app.form?.title == .newOrgTitle)
        // Nothing typed: the name is required.
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form?.field("name")?.error == .errRequired)
        app.type("Đảng bộ Phường Bến Thành")
        app.press(.tab, .right)  // level: higher committee → grassroots committee
        app.press(.tab)
        app.type("ph")  // unit kind by type-ahead: Phường
        app.press(.tab)
        app.type("2025–2030")
        app.press(.tab)
        app.type("Đảng bộ Quận 1")  // the superior line of its documents
        app.press(.tab)
        app.type("Quận 1")
        app.press(.tab)
        app.type("Lê Văn Tám")
        let effects = app.press(.enter)  // Enter on the last field saves
        guard case .commit(let ops, _) = effects.first, case .addOrg(let org) = ops.first else {
            Issue.record("expected addOrg, got \(effects)")
            return
        }
        #expect(org.name == "Đảng bộ Phường Bến Thành")
        #expect(org.level == .grassrootsCommittee)
        #expect(org.parent == nil)
        #expect(org.unitKind == .phuong && org.term == "2025–2030")
        #expect(org.letterhead == "Đảng bộ Quận 1" && org.placeName == "Quận 1" && org.signer == "Lê Văn Tám")
        try performCommit(&app, effects)
        #expect(!app.showsWelcome)
        #expect(app.screen[2].contains("ĐB…Bến Thành") && app.screen[2].contains("0/0"))
        #expect(app.selectedOrg == org.id)
    }

    @Test func newNodeUnderTheSelectedCommittee() throws {
        var app = Fixture.app()
        app.press(.char("n"))
        app.type("Chi bộ Khu phố 3")
        let effects = app.press(.function(2))
        guard case .commit(let ops, _) = effects.first, case .addOrg(let org) = ops.first else {
            Issue.record("expected addOrg, got \(effects)")
            return
        }
        #expect(org.parent == Fixture.ward)
        #expect(org.level == .partialCommittee)  // the first level allowed under a grassroots committee
        try performCommit(&app, effects)
        #expect(app.treeRows.count == 4)
        #expect(app.selectedOrg == org.id)
    }

    @Test func failedSeedSaysWhy() {
        var app = Fixture.app(data: State())
        _ = app.press(.char("d"))
        _ = app.reduce(.effectFailed("không ghi được thư mục"))
        #expect(!app.busy)
        #expect(app.screen[22].contains("không ghi được thư mục"))
    }
}
