import Testing
import DanVanCore
@testable import DanVanUI

/// A screen a committee can read at 80×24: labels keep what tells units apart, the unit's
/// path is in the title bar, the finder shows parents, assignments show source and evaluation.
@Suite struct UnitLabelTests {
    @Test func labelsLoseTheSharedWordsAndTheMiddleNeverTheEnd() {
        #expect(UnitLabel.fit("Chi bộ ấp Tân Phú", width: 20) == "Chi bộ ấp Tân Phú")
        #expect(UnitLabel.fit("Chi bộ ấp Tân Phú", width: 13) == "CB ấp Tân Phú")
        #expect(UnitLabel.fit("Chi bộ ấp Tân Phú", width: 10) == "ấp Tân Phú")
        #expect(UnitLabel.fit("Chi bộ ấp Tân Phú", width: 8) == "ấp…Phú")
        #expect(UnitLabel.fit("Đảng bộ Phường Bến Nghé", width: 12) == "ĐB…Bến Nghé")
        #expect(UnitLabel.fit("Chi bộ Trường THPT Nguyễn Thị Minh Khai", width: 14) == "CB…Minh Khai")
        #expect(UnitLabel.middleCut("Tổdânphố12345", width: 7) == "Tổ…2345")
        for w in 0...30 {
            #expect(VietText.width(UnitLabel.fit("Chi bộ Khu phố 10 phường Tân Định", width: w)) <= w)
        }
    }

    /// Agency cells named after their district ("… huyện Củ Chi") under that district's
    /// committee: the repeated end goes first, so siblings stay apart.
    @Test func theEndRepeatingTheParentsNameGoesFirst() {
        let parent = "Đảng bộ huyện Củ Chi"
        #expect(UnitLabel.fit("Chi bộ Bưu điện huyện Củ Chi", width: 18, parent: parent) == "Chi bộ Bưu điện")
        #expect(UnitLabel.fit("Chi bộ Hạt Kiểm lâm huyện Củ Chi", width: 16, parent: parent) == "CB Hạt Kiểm lâm")
        #expect(UnitLabel.fit("Chi bộ Viện Kiểm sát nhân dân huyện Củ Chi", width: 16, parent: parent) == "CB…sát nhân dân")
        // Whole when it fits; a name that is only the shared end keeps it.
        #expect(UnitLabel.fit("Chi bộ Bưu điện huyện Củ Chi", width: 40, parent: parent) == "Chi bộ Bưu điện huyện Củ Chi")
        #expect(UnitLabel.fit("Chi bộ huyện Củ Chi", width: 12, parent: parent) == UnitLabel.fit("Chi bộ huyện Củ Chi", width: 12))
        #expect(UnitLabel.withoutParentsEnd("Chi bộ ấp Tân Phú", parent: "Đảng bộ xã Tân Phú Trung") == nil)
    }

    @Test func thePathKeepsTheUnitWholeAndShortensTheAncestors() {
        let s = Self.communes()
        #expect(UnitLabel.path(of: OrgID(21), state: s, width: 80) == "Đảng bộ huyện Củ Chi › Đảng bộ xã Tân Phú Trung › Chi bộ ấp Tân Phú")
        #expect(UnitLabel.path(of: OrgID(21), state: s, width: 56) == "ĐB huyện Củ Chi › ĐB xã Tân Phú Trung › CB ấp Tân Phú")
        #expect(UnitLabel.path(of: OrgID(21), state: s, width: 48) == "ĐB…Củ Chi › ĐB…Phú Trung › CB ấp Tân Phú")
        #expect(UnitLabel.path(of: OrgID(21), state: s, width: 34) == "ĐB…Chi › ĐB…Trung › CB ấp Tân Phú")
        #expect(UnitLabel.path(of: OrgID(21), state: s, width: 28) == "… › ĐB…Trung › CB ấp Tân Phú")
        #expect(UnitLabel.path(of: OrgID(21), state: s, width: 12) == "ấp Tân Phú")
    }

    /// Two communes, each with a cell named "Chi bộ ấp Tân Phú", one with "… Tân Phú Hạ".
    static func communes() -> State {
        let orgs = [
            Org(id: OrgID(1), parent: nil, name: "Đảng bộ huyện Củ Chi", level: .higherCommittee),
            Org(id: OrgID(2), parent: OrgID(1), name: "Đảng bộ xã Tân Phú Trung", level: .grassrootsCommittee),
            Org(id: OrgID(3), parent: OrgID(1), name: "Đảng bộ xã Phước Vĩnh An", level: .grassrootsCommittee),
            Org(id: OrgID(21), parent: OrgID(2), name: "Chi bộ ấp Tân Phú", level: .subordinateCell),
            Org(id: OrgID(22), parent: OrgID(2), name: "Chi bộ ấp Tân Phú Hạ", level: .subordinateCell),
            Org(id: OrgID(31), parent: OrgID(3), name: "Chi bộ ấp Tân Phú", level: .subordinateCell),
        ]
        let members = [Member(id: MemberID(1), org: OrgID(21), fullName: "Nguyễn Văn Chín", cardNo: "01.000.001")]
        var a = Assignment(id: AssignmentID(1), member: MemberID(1), targetGroup: .hoDan, area: "Tổ 3", source: .selfRegistered,
                           from: Fixture.day(2026, 1, 5))
        a.evaluations[2026] = Evaluation(level: .good)
        let b = Assignment(id: AssignmentID(2), member: MemberID(1), targetGroup: .phuNu, from: Fixture.day(2026, 3, 1))
        return try! State(orgs: orgs, members: members, assignments: [a, b])
    }

    @Test func theTreeTellsTheCellsApartAndTheTitleBarNamesTheWholePath() {
        var app = Fixture.app(data: Self.communes())
        app.press(.down, .down, .right, .down)  // open Tân Phú Trung, onto its first cell
        #expect(app.selectedOrg == OrgID(21))
        expectScreen(app, """
             Tệp  Sửa  Xem  Cài đặt  Trợ giúp      ĐB…Củ Chi › ĐB…Phú Trung › CB ấp Tân Phú
             Tổ chức · 2026       │ Đảng viên (1)                    │ Phân công
             ▾ huyện Củ Chi   1/1 │ Số thẻ   Họ và tên     Trạng…  PC│ Nguyễn Văn Chín
               ▸ xã…Vĩnh An   0/0 │ 01.000.… Nguyễn Văn C…          2│ Số thẻ: 01.000.001
               ▾ xã…Phú Trung 1/1 │                                  │ Chức vụ: Đảng viên
                 · ấp Tân Phú 1/1 │                                  │ Trạng thái: Đang sin…
                 · ấp…Phú Hạ  0/0 │                                  │ Chi bộ: Chi bộ ấp Tâ…
                                  │                                  │ Các phân công (2)
                                  │                                  │ • Phụ nữ
                                  │                                  │  Phân công · chưa ĐG…
                                  │                                  │ • Hộ gia đình khu dâ…
                                  │                                  │  Tự nhận · HTT · 05/…
                                  │                                  │
                                  │                                  │
                                  │                                  │
                                  │                                  │
                                  │                                  │
                                  │                                  │
                                  │                                  │
                                  │                                  │
                                  │                                  │
                                  │                                  │

            F1 Giúp  F2 Phân công  F7 English  F8 Màu  F9 Menu  Tab Ô kế  q Thoát
            """)
    }

    @Test func goToShowsTheParentOfUnitsWithTheSameName() {
        var app = Fixture.app(data: Self.communes())
        app.press(.ctrl("g"))
        app.type("tan phu")
        guard case .finder(let f) = app.overlay else { Issue.record("no finder"); return }
        let cells = f.items.filter { $0.label == "Chi bộ ấp Tân Phú" }
        #expect(cells.map(\.detail) == ["ĐB…Củ Chi › ĐB xã Phước Vĩnh An", "ĐB…Củ Chi › ĐB xã Tân Phú Trung"])
        #expect(app.screen.contains { $0.contains("Chi bộ ấp Tân Phú") && $0.contains("Tân Phú Trung") })
        #expect(app.screen.contains { $0.contains("Chi bộ ấp Tân Phú") && $0.contains("Phước Vĩnh An") })
    }

    @Test func theAssignmentPaneShowsSourceAndEvaluationAt80x24() {
        var app = Fixture.app(data: Self.communes())
        app.press(.down, .down, .right, .down, .tab)
        let s = app.screen
        #expect(s.contains { $0.hasSuffix("│  Tự nhận · HTT · 05/…") })
        #expect(s.contains { $0.hasSuffix("│  Phân công · chưa ĐG…") })
        app.press(.char("]"))  // another year: no evaluation yet
        #expect(app.screen.contains { $0.hasSuffix("│  Tự nhận · chưa ĐG ·…") })
    }
}
