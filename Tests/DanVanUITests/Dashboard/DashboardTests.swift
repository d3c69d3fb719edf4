import Testing
import DanVanCore
@testable import DanVanUI

/// The dashboard: figures of a small hand-built state, bars, refresh on change, year keys.
@Suite struct DashboardTests {
    /// The fixture plus a workplace assignment for Bình evaluated "good" in 2026.
    func data() -> State {
        var s = Fixture.state()
        try! s.apply(.addAssignment(Assignment(id: AssignmentID(103), member: MemberID(11), targetGroup: .hoDan, households: 30,
                                               place: .workplace, from: Fixture.day(2026, 3, 1))))
        try! s.apply(.setEvaluation(AssignmentID(103), year: 2026, Evaluation(level: .good)))
        return s
    }

    @Test func barsUseEighthBlocks() {
        #expect(DashboardView.bar(1, of: 4, width: 20) == "█████")
        #expect(DashboardView.bar(1, of: 3, width: 10) == "███▍")  // 26,7 eighths → 27
        #expect(DashboardView.bar(0, of: 3, width: 10) == "")
        #expect(DashboardView.bar(5, of: 5, width: 7) == "███████")
        #expect(DashboardView.bar(1, of: 0, width: 7) == "")
        #expect(DashboardView.bar(1, of: 80, width: 10) == "▏")
    }

    @Test func figuresOfTheWardAt80x24() {
        var app = Fixture.app(data: data())
        app.press(.char("b"))
        guard case .dashboard(let d) = app.page else { Issue.record("no dashboard"); return }
        #expect(d.org == Fixture.ward)
        #expect(app.keyContext == .dashboard)
        let s = app.screen
        #expect(s[1].hasPrefix(" Bảng số liệu — Đảng bộ Phường Bến Nghé · 2026"))
        #expect(s[2] == " 4 đảng viên đang sinh hoạt (trừ 1 đảng viên miễn sinh hoạt)")
        #expect(s[3] == " 2/4 đảng viên được phân công trực tiếp vận động quần chúng, đạt tỉ lệ 50,0%")
        #expect(s[4] == " 1/4 đảng viên tự nhận nhiệm vụ, đạt tỉ lệ 25,0%")
        // Bars: label, eighth blocks, fraction and percent; 2/4 fills half the bar.
        let assigned = s[6], selfReg = s[7]
        #expect(assigned.hasPrefix(" Được phân công") && assigned.hasSuffix("2/4   50,0%"))
        #expect(selfReg.hasPrefix(" Tự nhận nhiệm vụ") && selfReg.hasSuffix("1/4   25,0%"))
        let full = assigned.filter { $0 == "█" }.count, quarter = selfReg.filter { $0 == "█" }.count
        #expect(full > 0 && full == 2 * quarter)
        #expect(s[9] == " Đối tượng vận động (phân công · đảng viên · hộ)")
        #expect(s[10].hasPrefix(" Đoàn viên, thanh niên") && s[10].hasSuffix("1 · 1 ĐV · 0 hộ"))
        #expect(s[11].hasPrefix(" Hộ gia đình khu dân cư") && s[11].hasSuffix("2 · 2 ĐV · 42 hộ"))
        #expect(s[14].hasPrefix(" Nơi công tác") && s[14].hasSuffix("1   33,3%"))
        #expect(s[15].hasPrefix(" Nơi cư trú") && s[15].hasSuffix("2   66,7%"))
        #expect(s[17] == " Đánh giá năm 2026")
        #expect(s[19].hasPrefix(" Hoàn thành tốt") && s[19].hasSuffix("1   33,3%"))
        #expect(s[21].hasPrefix(" Không hoàn thành") && s[21].hasSuffix("0    0,0%"))
        for line in s { #expect(VietText.width(line) <= 80) }
        // The child table is further down: scroll to the end.
        app.press(.end)
        let e = app.screen
        #expect(e.contains { $0.hasPrefix(" Chưa đánh giá") && $0.hasSuffix("2   66,7%") })
        let unit = e.first { $0.contains("Chi bộ Khu phố 1") }
        #expect(unit != nil)
        #expect(unit?.hasSuffix("2         2  100,0%         1   50,0%") == true)
        #expect(e.contains { $0.contains("Chi bộ Khu phố 2") && $0.hasSuffix("2         0    0,0%         0    0,0%") })
        #expect(e.contains { $0.hasPrefix(" Buổi sinh hoạt: 0") })
        #expect(e[1].hasSuffix("/\(DashboardView.lines(d.report!, width: 80, lang: .vi).count)"))
    }

    @Test func englishAndALargerWindow() {
        var app = Fixture.app(width: 160, height: 48, lang: .en, data: data())
        app.press(.char("b"))
        let s = app.screen
        #expect(s[1].hasPrefix(" Dashboard — Đảng bộ Phường Bến Nghé · 2026"))
        #expect(s[3] == " 2 of 4 members assigned to mass mobilization (50.0%)")
        #expect(s.contains { $0.hasPrefix(" Assigned") && $0.hasSuffix("2/4   50.0%") })
        // Everything fits: the child table shows without scrolling.
        #expect(s.contains { $0.hasPrefix(" Unit") && $0.contains("Eligible") && $0.contains("Self-reg.") })
        #expect(s.contains { $0.contains("Chi bộ Khu phố 2") && $0.hasSuffix("0.0%") })
        #expect(s[47].contains("Help") && s[47].contains("Previous year"))
    }

    @Test func refreshesWhenDataChangesAndFollowsTheYear() throws {
        var app = Fixture.app(data: data())
        app.press(.char("b"))
        // Tran Thi Binh is assigned; add one for Đặng Thị Ân (id 16) the way the run loop would.
        let add = Change.addAssignment(Assignment(id: AssignmentID(200), member: MemberID(16), targetGroup: .phuNu,
                                                   source: .selfRegistered, from: Fixture.day(2026, 5, 1)))
        try performCommit(&app, [.commit([add], message: .assignmentAdded)])
        #expect(app.screen[3].hasPrefix(" 3/4 đảng viên được phân công"))
        #expect(app.screen[4].hasPrefix(" 2/4 đảng viên tự nhận"))
        app.press(.char("["))
        #expect(app.year == 2025)
        #expect(app.screen[1].contains("Bến Nghé · 2025"))
        // 2025: only An's household assignment was in force.
        #expect(app.screen[3].hasPrefix(" 1/4 đảng viên được phân công"))
        app.press(.escape)
        #expect(app.page == nil)
        #expect(app.keyContext == .tree)
    }

    @Test func openedFromTheViewMenuForTheSelectedNode() {
        var app = Fixture.app(data: data())
        app.press(.down)  // Chi bộ Khu phố 1
        app.press(.alt("x"))
        let item = Menu.view.items.firstIndex(of: .dashboard(.openDashboard))!
        for _ in 0..<item { app.press(.down) }
        app.press(.enter)
        guard case .dashboard(let d) = app.page else { Issue.record("no dashboard"); return }
        #expect(d.org == Fixture.cell1)
        #expect(app.screen[3].hasPrefix(" 2/2 đảng viên được phân công"))
        // A cell has no child table.
        app.press(.end)
        #expect(!app.screen.contains { $0.contains("Đơn vị trực thuộc") })
    }
}
