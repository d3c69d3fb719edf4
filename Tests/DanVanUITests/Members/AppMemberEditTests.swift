import Testing
import DanVanCore
@testable import DanVanUI

/// Adding, editing and changing the status of members through forms and finders.
@Suite struct AppMemberEditTests {
    /// The app with Chi bộ Khu phố 1 selected and the member list focused.
    func cell1() -> AppState {
        var app = Fixture.app()
        app.press(.down, .tab)
        #expect(app.selectedOrg == Fixture.cell1)
        return app
    }

    func focusField(_ app: inout AppState, _ key: String) {
        while app.form!.fields[app.form!.focus].key != key { app.press(.tab) }
    }

    @Test func addAMemberWithValidatedFieldsAndPickers() throws {
        var app = cell1()
        app.press(.char("i"))
        #expect(app.form?.title == .newMemberTitle)
        app.type("Hoàng Phủ Ngọc Tường")
        app.press(.tab)
        app.type("10.000.099")
        app.press(.tab)
        app.type("n")  // type-ahead: Nam
        #expect(app.form?.value("gender") == "nam")
        app.type("ữ")  // "nữ" folds to "nu": Nữ
        #expect(app.form?.value("gender") == "nu")
        app.press(.tab)
        app.type("31/02/1960")
        app.press(.tab)
        app.type("d")  // Dự bị
        #expect(app.form?.value("kind") == "du_bi")
        app.press(.tab)
        app.type("1/1/1950")
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form?.field("birth")?.error == .errDatePartial)  // a birth may be known to the month or year
        let s = app.screen.joined(separator: "\n")
        #expect(s.contains("! ngày sai (dd/mm/yyyy, mm/yyyy hoặc yyyy)"))
        #expect(app.form?.focus == 3)
        for _ in 0..<10 { app.press(.backspace) }
        app.type("01/02/1960")
        focusField(&app, "role")
        app.type("ph")  // Phó bí thư
        #expect(app.form?.value("role") == "pho_bi_thu")
        // Joined before birth: refused beside the field.
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form?.field("joined")?.error == .errDateOrder)
        focusField(&app, "joined")
        for _ in 0..<8 { app.press(.backspace) }
        app.type("1/1/1985")
        let effects = app.press(.function(2))
        guard case .commit(let ops, .memberAdded) = effects.first, case .addMember(let m) = ops.first else {
            Issue.record("expected addMember, got \(effects)")
            return
        }
        #expect(m.fullName == "Hoàng Phủ Ngọc Tường" && m.cardNo == "10.000.099" && m.gender == .female)
        #expect(m.birthDate == Fixture.day(1960, 2, 1) && m.joinedDate == Fixture.day(1985, 1, 1))
        #expect(m.kind == .probationary && m.role == .deputy && m.org == Fixture.cell1)
        try performCommit(&app, effects)
        #expect(app.form == nil)
        #expect(app.selectedMember == m.id)
        #expect(app.screen[22].contains("Đã lưu: Đã thêm đảng viên"))
        #expect(app.screen[2].contains("Hoàng Phủ Ngọc Tường") || app.screen[2].contains("Hoàng Phủ Ngọc"))
    }

    @Test func quickAddNeedsOnlyTheName() throws {
        var app = cell1()
        app.press(.char("+"))
        #expect(app.form?.fields.count == 1)
        #expect(app.press(.enter).isEmpty)
        #expect(app.form?.field("fullName")?.error == .errRequired)
        app.type("Lý Thị Mai")
        let effects = app.press(.enter)
        guard case .addMember(let m) = effects.first.flatMap({ if case .commit(let o, _) = $0 { o.first } else { nil } }) else {
            Issue.record("expected addMember, got \(effects)")
            return
        }
        #expect(m.fullName == "Lý Thị Mai" && m.cardNo == nil && m.status == .active)
    }

    /// The core's error names its field; the form finds the field that edits it.
    @Test func theFieldTheCoreNamesIsFoundOnTheForm() throws {
        var app = cell1()
        app.press(.char("i"))
        let f = try #require(app.form)
        #expect(FieldNames.index(of: .cardNo, in: f).map { f.fields[$0].key } == "card")
        #expect(FieldNames.index(of: .joinedDate, in: f).map { f.fields[$0].key } == "joined")
        #expect(FieldNames.index(of: .households, in: f) == nil)  // not on a member form
        #expect(FieldNames.index(of: nil, in: f) == nil)
    }

    @Test func aDuplicateCardIsShownBesideTheCardField() {
        var app = cell1()
        app.press(.char("i"))
        app.type("Lý Văn Tâm")
        app.press(.tab)
        app.type("10.000.002")  // Trần Thị Bình's
        #expect(app.press(.function(2)).isEmpty)
        let card = app.form?.field("card")
        #expect(card?.errorText?.contains("Số thẻ 10.000.002 đã thuộc về đảng viên Trần Thị Bình") == true)
        #expect(app.form?.fields[app.form!.focus].key == "card")
        #expect(app.screen.contains { $0.contains("! Số thẻ 10.000.002") })
        // Typing there clears it.
        app.press(.backspace)
        #expect(app.form?.field("card")?.errorText == nil)
    }

    @Test func editKeepsStatusAndHistoryAndEscOnChangesAsks() throws {
        var app = cell1()
        app.press(.down)  // Trần Thị Bình... whichever comes second
        let id = app.selectedMember!
        app.press(.char("e"))
        #expect(app.form?.title == .editMemberTitle)
        #expect(app.form?.value("fullName") == app.data.members[id]!.fullName)
        #expect(!app.form!.hasUnsavedText)
        app.press(.escape)  // nothing changed: closes at once
        #expect(app.form == nil)
        app.press(.char("e"))
        focusField(&app, "phone")
        app.type("0903 123 456")
        app.press(.escape)
        #expect(app.overlay == .confirm(Confirmation(purpose: .discardForm)))
        #expect(app.screen.contains { $0.contains("Biểu mẫu còn nội dung chưa lưu. Bỏ đi?") })
        app.press(.escape)  // Esc again does not discard: it means "stay"
        #expect(app.form?.value("phone") == "0903 123 456" && app.overlay == nil)
        let effects = app.press(.function(2))
        guard case .commit(let ops, .memberUpdated) = effects.first, case .updateMember(let m) = ops.first else {
            Issue.record("expected updateMember, got \(effects)")
            return
        }
        #expect(m.phone == "0903 123 456" && m.status == app.data.members[id]!.status)
        try performCommit(&app, effects)
        // Discarding needs y.
        app.press(.char("e"))
        app.type("x")
        app.press(.escape, .char("y"))
        #expect(app.form == nil && app.overlay == nil)
    }

    @Test func exemptNeedsADateAndAReason() throws {
        var app = cell1()
        let id = app.selectedMember!
        app.press(.char("s"))
        #expect(app.keyContext == .finder)
        #expect(app.screen.contains { $0.contains("Chuyển sinh hoạt sang chi bộ khác") })
        app.type("mien")
        app.press(.enter)
        #expect(app.form?.title == .exemptTitle)
        #expect(app.form?.value("date") == Fixture.today.vn)
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form?.field("note")?.error == .errRequired)
        // The cursor went to the refused reason: what is typed next goes there, not into the date.
        #expect(app.form?.focus == 1)
        app.type("Tuổi cao, sức yếu")
        let effects = app.press(.function(2))
        try performCommit(&app, effects)
        let m = app.data.members[id]!
        #expect(m.status == MemberStatus(kind: .exempt, date: Fixture.today, note: "Tuổi cao, sức yếu"))
        #expect(app.screen[22].contains("Đã đổi trạng thái"))
    }

    @Test func deceasedAndTransferredOutAndBackToActive() throws {
        var app = cell1()
        let id = app.selectedMember!
        app.press(.char("s"))
        app.type("tu tran")
        app.press(.enter)
        #expect(app.form?.fields.map(\.key) == ["date"])
        for _ in 0..<10 { app.press(.backspace) }
        app.type("2/3/2026")
        try performCommit(&app, app.press(.enter))
        #expect(app.data.members[id]!.status == MemberStatus(kind: .deceased, date: Fixture.day(2026, 3, 2)))
        // Back to active: no form.
        app.press(.char("s"))
        app.type("dang sinh")
        try performCommit(&app, app.press(.enter))
        #expect(app.data.members[id]!.status == .active)
        app.press(.char("s"))
        app.type("chuyen di")
        app.press(.enter)
        #expect(app.form?.title == .transferOutTitle)
        app.press(.tab)
        app.type("Đảng bộ Phường 3, Quận 5")
        try performCommit(&app, app.press(.enter))
        #expect(app.data.members[id]!.status.note == "Đảng bộ Phường 3, Quận 5")
    }

    @Test func transferToAnotherCellKeepsHistory() throws {
        var app = cell1()
        let id = app.selectedMember!
        app.press(.char("s"))
        app.press(.enter)  // the first entry: transfer to another cell
        #expect(app.keyContext == .finder)
        app.type("2")
        app.press(.enter)
        #expect(app.form?.title == .transferTitle)
        #expect(app.form?.value("cell") == String(Fixture.cell2.raw))
        app.press(.tab, .tab)
        app.type("theo nơi cư trú")
        try performCommit(&app, app.press(.function(2)))
        let m = app.data.members[id]!
        #expect(m.org == Fixture.cell2)
        #expect(m.history == [Transfer(from: Fixture.cell1, to: Fixture.cell2, date: Fixture.today, note: "theo nơi cư trú")])
        #expect(app.screen[22].contains("Đã chuyển sinh hoạt"))
        #expect(!app.memberRows.contains(id))
    }

    @Test func newMemberNeedsACell() {
        // A committee selected: the cells below it are offered (KeystrokeRulesTests).
        var app = Fixture.app()
        app.press(.tab, .char("i"))
        #expect(app.form == nil)
        guard case .finder(let f) = app.overlay else { Issue.record("no cell picker"); return }
        #expect(f.purpose == .cellForMember(quick: false))
    }

    @Test func aStoreRefusalLeavesTheFormAsItWasWithTheReason() {
        var app = cell1()
        app.press(.char("e"))
        focusField(&app, "card")
        for _ in 0..<12 { app.press(.backspace) }
        app.type("10.000.500")
        focusField(&app, "phone")
        app.type("0903")
        #expect(app.press(.function(2)).count == 1)
        // Another program took the card meanwhile: the store names the field.
        _ = app.reduce(.commitFailed("Số thẻ 10.000.500 đã thuộc về đảng viên Lê Thị Hạnh", field: .cardNo))
        #expect(app.form?.value("phone") == "0903" && app.form?.value("card") == "10.000.500")
        #expect(app.form?.fields[app.form!.focus].key == "card")
        #expect(app.form?.field("card")?.errorText == "Số thẻ 10.000.500 đã thuộc về đảng viên Lê Thị Hạnh")
        #expect(app.screen[22].contains("Không lưu được: Số thẻ 10.000.500"))
        // A disk error names no field: the form stays, the reason is on the status line.
        _ = app.reduce(.commitFailed("ghi thất bại (EIO)"))
        #expect(app.form?.value("phone") == "0903")
        #expect(app.screen[22].contains("Không lưu được: ghi thất bại (EIO)"))
        // Read-only: refused before anything is asked of the store.
        _ = app.reduce(.becameReadOnly)
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form != nil && app.screen[22].contains("chỉ đọc"))
    }
}
