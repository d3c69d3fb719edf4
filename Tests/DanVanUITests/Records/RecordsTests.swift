import Testing
import DanVanCore
@testable import DanVanUI

/// Outstanding non-members and "Dân vận khéo" models: list, search, add, edit, delete.
@Suite struct RecordsTests {
    func commitOf(_ effects: [Effect]) -> Change? {
        guard effects.count == 1, case .commit(let ops, _) = effects[0], ops.count == 1 else { return nil }
        return ops[0]
    }

    @Test func addEditSearchAndDeleteANonMember() throws {
        var app = Fixture.app()
        app.press(.char("Q"))
        #expect(app.keyContext == .records)
        #expect(app.screen[1].hasPrefix(" Quần chúng ưu tú — Đảng bộ Phường Bến Nghé (0)"))
        app.press(.char("i"))
        #expect(app.form?.title == .newPersonTitle)
        app.type("Hoàng Thị Mai")
        app.press(.tab, .right)  // Chi bộ Khu phố 2
        app.press(.tab)
        app.type("dang thi an")  // the introducer, found without marks
        app.press(.tab)
        for _ in 0..<10 { app.press(.backspace) }
        app.type("1/3/2026")
        let add = app.press(.function(2))
        guard case .addPerson(let p) = commitOf(add) else { Issue.record("\(add)"); return }
        #expect(p.name == "Hoàng Thị Mai" && p.org == Fixture.cell2 && p.introducer == MemberID(16))
        #expect(p.introduced == Fixture.day(2026, 3, 1) && p.classDate == nil)
        try performCommit(&app, add)
        #expect(app.screen[4].hasPrefix("  Hoàng Thị Mai") && app.screen[4].contains("Chi bộ Khu phố 2"))
        #expect(app.screen[4].contains("Được giới thiệu"))
        // Edit: a class date before the introduction is refused by the core; the form stays.
        app.press(.char("e"))
        #expect(app.form?.value("introducer") == "Đặng Thị Ân")
        app.press(.tab, .tab, .tab, .tab)
        app.type("1/1/2026")
        let bad = app.press(.function(2))
        guard case .updatePerson(let q) = commitOf(bad) else { Issue.record("\(bad)"); return }
        var s = app.data
        #expect(throws: OpError.self) { try s.apply(.updatePerson(q)) }
        _ = app.reduce(.commitFailed("ngày học cảm tình Đảng trước ngày giới thiệu"))
        #expect(app.form?.value("class") == "1/1/2026" && app.status?.kind == .error)
        app.press(.backspace, .backspace, .backspace, .backspace)
        app.type("2027")
        try performCommit(&app, app.press(.function(2)))
        #expect(app.data.persons[p.id]?.classDate == Fixture.day(2027, 1, 1))
        // Search narrows the list; Esc clears.
        app.press(.char("/"))
        app.type("zzz")
        #expect(app.screen[1].contains("(0)"))
        app.press(.escape)
        #expect(app.screen[1].contains("(1)"))
        // Delete asks, with a different key.
        app.press(.char("D"))
        #expect(app.keyContext == .confirm)
        #expect(app.press(.char("D")).isEmpty)
        #expect(commitOf(app.press(.char("c"))) == .deletePerson(p.id))
    }

    @Test func modelsAddWithOwnerAndUnknownMemberIsMarked() throws {
        var app = Fixture.app(width: 160, height: 48, lang: .en)
        app.press(.char("K"))
        #expect(app.screen[1].hasPrefix(" Skilful-mobilization models — Đảng bộ Phường Bến Nghé (0)"))
        app.press(.insert)
        app.type("Tổ tự quản an ninh")
        app.press(.tab, .right, .right)  // Quốc phòng – an ninh
        app.press(.tab, .tab, .right)  // stage: recognized
        app.press(.tab, .tab)
        app.type("nobody here")
        #expect(app.press(.function(2)).isEmpty)
        #expect(app.form?.field("owner")?.error == .errNoSuchMember)
        for _ in 0..<11 { app.press(.backspace) }
        app.type("10.000.001")
        let add = app.press(.function(2))
        guard case .addModel(let m) = commitOf(add) else { Issue.record("\(add)"); return }
        #expect(m.name == "Tổ tự quản an ninh" && m.field == .quocPhongAnNinh && m.year == 2026 && m.stage == .recognized)
        #expect(m.org == Fixture.ward && m.ownerMember == MemberID(10))
        try performCommit(&app, add)
        #expect(app.screen.contains { $0.hasPrefix("  Tổ tự quản an ninh") && $0.contains("Recognized") })
        app.press(.escape)
        #expect(app.page == nil)
    }

    /// On a committee with more units than the form lists, editing a model keeps its unit.
    @Test func modelFormKeepsAUnitBeyondTheListedOnes() throws {
        let root = OrgID(1)
        var orgs = [Org(id: root, parent: nil, name: "Đảng bộ Quận", level: .higherCommittee)]
        for i in 0..<600 {
            orgs.append(Org(id: OrgID(UInt64(10 + i)), parent: root, name: "Chi bộ \(i)", level: .grassrootsCell))
        }
        let last = orgs.last!.id
        let m = MobilizationModel(id: ModelID(5), org: last, name: "Dân vận khéo", field: .kinhTe, year: 2025)
        let state = try State(orgs: orgs, members: [], assignments: [], persons: [], models: [m], meetings: [])
        let form = RecordForms.model(m, org: root, state: state, year: 2025)
        #expect(form.value("org") == String(last.raw))
    }
}
