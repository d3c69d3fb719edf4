import Testing
import DanVanCore
@testable import DanVanUI

/// `/` search in the member list, n / N, and Go to (Ctrl-G).
@Suite struct AppSearchTests {
    /// The fixture plus namesakes: "Nguyễn Thị …" with and without marks, "Đặng …".
    static func data() -> State {
        var s = Fixture.state()
        for (i, name) in ["Nguyễn Thị Hoa", "Nguyen Thi Lan", "Hoàng Thị Nguyệt", "Đặng Văn Hùng"].enumerated() {
            try! s.apply(.addMember(Member(id: MemberID(UInt64(30 + i)), org: Fixture.cell1, fullName: name,
                                           cardNo: "20.000.00\(i)")))
        }
        return s
    }

    func membersPane() -> AppState {
        var app = Fixture.app(data: Self.data())
        app.press(.tab)  // the root: the whole list
        return app
    }

    func names(_ app: AppState) -> [String] { app.memberRows.map { app.data.members[$0]!.fullName } }

    @Test func typingFiltersIgnoringCaseAndMarksExactMatchesFirst() {
        var app = membersPane()
        #expect(app.memberRows.count == 11)
        app.press(.char("/"))
        #expect(app.keyContext == .search)
        app.type("nguyen thi")
        // "Nguyen Thi Lan" is typed exactly (no marks) so it ranks first.
        #expect(names(app) == ["Nguyen Thi Lan", "Nguyễn Thị Hoa"])
        let screen = app.screen
        #expect(screen[1].contains("Đảng viên (2/11) /nguyen thi"))
        #expect(screen[22].contains("/Tìm: nguyen thi") && screen[22].contains("(2)"))
        #expect(screen[3].contains("Nguyen Thi L") && screen[4].contains("Nguyễn Thị H"))
        #expect(!screen[5].contains("Nguy"))
        // With the marks typed, the marked name comes first.
        for _ in 0..<10 { app.press(.backspace) }
        app.type("Nguyễn Thị")
        #expect(names(app) == ["Nguyễn Thị Hoa", "Nguyen Thi Lan"])
    }

    @Test func dangFindsĐặngAndTheQueryNarrowsAsItGrows() {
        var app = membersPane()
        app.press(.char("/"))
        app.type("d")
        let wide = app.memberRows.count
        app.type("ang")
        #expect(Set(names(app)) == ["Đặng Thị Ân", "Đặng Văn Hùng"])
        #expect(wide > app.memberRows.count)
        app.type(" v")
        #expect(names(app) == ["Đặng Văn Hùng"])
        // A card number matches too.
        for _ in 0..<6 { app.press(.backspace) }
        app.type("20.000.002")
        #expect(names(app) == ["Hoàng Thị Nguyệt"])
    }

    @Test func enterKeepsTheFilterEscClearsItAndKeepsTheSelection() {
        var app = membersPane()
        app.press(.char("/"))
        app.type("thi")
        let matches = app.memberRows
        app.press(.enter)
        #expect(app.keyContext == .members)
        #expect(app.memberRows == matches)
        app.press(.down)
        let chosen = app.selectedMember
        // n / N wrap through the matches.
        app.press(.char("n"))
        #expect(app.memberCursor == 2)
        app.press(.char("N"), .char("N"), .char("N"))
        #expect(app.memberCursor == matches.count - 1)
        app.press(.char("n"), .char("n"))
        #expect(app.selectedMember == chosen)
        app.press(.escape)
        #expect(app.filter == nil)
        #expect(app.memberRows.count == 11)
        #expect(app.selectedMember == chosen)
        #expect(app.screen[1].contains("Đảng viên (11)"))
        // n still finds the next "thi" in the whole list.
        let before = app.memberCursor
        app.press(.char("n"))
        let next = app.data.members[app.selectedMember!]!.fullName
        #expect(app.memberCursor != before)
        #expect(VietText.fold(next).contains("thi"))
    }

    @Test func escWhileTypingClearsAndNothingMatchingSaysSo() {
        var app = membersPane()
        app.press(.char("/"))
        app.type("zzz")
        #expect(app.memberRows.isEmpty)
        #expect(app.screen[22].contains("(0)"))
        app.press(.escape)
        #expect(app.filter == nil && app.memberRows.count == 11)
        #expect(app.keyContext == .members)
    }

    @Test func goToJumpsToAMemberAnywhereOpeningTheTree() {
        var app = Fixture.app(data: Self.data())
        app.press(.left)  // collapse the root: the cells are hidden
        #expect(app.treeRows.count == 1)
        app.press(.ctrl("g"))
        #expect(app.keyContext == .finder)
        app.type("dang van")
        guard case .finder(let f) = app.overlay else {
            Issue.record("no finder")
            return
        }
        #expect(f.items.first?.label == "Đặng Văn Hùng")
        #expect(app.screen.contains { $0.contains("Đặng Văn Hùng") && $0.contains("› CB Khu phố 1") })
        app.press(.enter)
        #expect(app.overlay == nil)
        #expect(app.selectedOrg == Fixture.cell1)
        #expect(app.treeRows.count == 3)
        #expect(app.focus == .members)
        #expect(app.selectedMember == MemberID(33))
    }

    @Test func goToANodeByNameAndByCardNumber() {
        var app = Fixture.app(data: Self.data())
        app.press(.ctrl("g"))
        app.type("khu pho 2")
        app.press(.enter)
        #expect(app.selectedOrg == Fixture.cell2)
        #expect(app.focus == .tree)
        app.press(.ctrl("g"))
        app.type("10.000.007")
        app.press(.down, .up, .enter)
        #expect(app.selectedMember == MemberID(16))
        // Esc closes without moving.
        app.press(.ctrl("g"))
        app.type("Trần")
        app.press(.escape)
        #expect(app.overlay == nil && app.selectedMember == MemberID(16))
    }
}
