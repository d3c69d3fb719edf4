@testable import DanVanCore
import Foundation
import Testing

/// Every figure of every report for the fixture's root and each child, counted by hand.
@Suite struct ReportBuildTests {
    typealias F = ReportFixture
    let state: State
    init() throws { state = try F.state() }

    func report(_ org: OrgID) -> Report { Report.build(state: state, org: org, year: F.year, now: F.now) }

    @Test func rootCounts() {
        let r = report(F.root)
        #expect(r.path == "Đảng bộ Quận Một")
        #expect(r.year == 2025)
        // Eligible: An, Bình, Tường, Giang, Hải, Lan. Exempt: Cường, Minh. Dung and Em nowhere.
        #expect(r.counts == Counts(eligible: 6, exempt: 2, assigned: 4, selfRegistered: 3))
        #expect(r.assignedTenths == 667)
        #expect(r.selfRegisteredTenths == 500)
        // Agrees with the core's own count.
        #expect(r.counts == state.counts(of: F.root, year: F.year))
    }

    @Test func rootChildren() {
        let r = report(F.root)
        #expect(r.children.map(\.org) == [F.c1, F.c2, F.sub])
        #expect(r.children.map(\.path) == [
            "Đảng bộ Quận Một / Chi bộ Khu phố 1", "Đảng bộ Quận Một / Chi bộ Khu phố 2",
            "Đảng bộ Quận Một / Đảng bộ Phường Bến Nghé",
        ])
        #expect(r.children[0].counts == Counts(eligible: 2, exempt: 1, assigned: 1, selfRegistered: 1))
        #expect(r.children[1].counts == Counts(eligible: 2, exempt: 0, assigned: 1, selfRegistered: 1))
        #expect(r.children[2].counts == Counts(eligible: 2, exempt: 1, assigned: 2, selfRegistered: 1))
        #expect(r.children.map(\.assignedTenths) == [500, 500, 1000])
        #expect(r.children.map(\.selfRegisteredTenths) == [500, 500, 500])
    }

    @Test func rootTargetGroupsPlacesEvaluations() {
        let r = report(F.root)
        #expect(r.byTargetGroup.map(\.group) == TargetGroup.allCases)
        func g(_ t: TargetGroup) -> [Int] {
            let f = r.byTargetGroup.first { $0.group == t }!
            return [f.assignments, f.members, f.households]
        }
        #expect(g(.hoDan) == [4, 4, 65])  // 101 (30), 107 (15), 111 (12), 112 (8)
        #expect(g(.thanhNien) == [1, 1, 10])
        #expect(g(.nongDan) == [1, 1, 5])  // 108 ends on 1 Jan; Em's 109 not counted
        #expect(g(.canBo) == [1, 1, 0])  // Hải's 110; Cường's 105 not counted
        #expect(g(.phuNu) == [0, 0, 0])  // 103 ended before the year
        for t in TargetGroup.allCases where ![.hoDan, .thanhNien, .nongDan, .canBo].contains(t) { #expect(g(t) == [0, 0, 0]) }
        #expect(r.byPlace == Report.PlaceFigures(workplace: 3, residence: 4))
        #expect(r.evaluations == Report.EvaluationFigures(outstanding: 1, good: 1, completed: 1, notCompleted: 1, notEvaluated: 3))
        #expect(r.notEvaluated.map(\.name) == ["Nguyễn Văn An", "Bùi Văn Hải", "Đặng Thị Lan"])
        #expect(r.notEvaluated.map(\.cell) == [
            "Chi bộ Khu phố 1", "Đảng bộ Phường Bến Nghé / Chi bộ 3", "Đảng bộ Phường Bến Nghé / Chi bộ 3",
        ])
    }

    @Test func rootMassesModelsMeetings() {
        let r = report(F.root)
        #expect(r.masses == Report.MassFigures(introduced: 2, inClass: 1, admitted: 1, introducedTotal: 4, inClassTotal: 3,
                                               admittedTotal: 2, records: 5))
        #expect(r.models.count(.kinhTe, .registered) == 1)
        #expect(r.models.count(.kinhTe, .recognized) == 1)
        #expect(r.models.count(.xayDungHeThongChinhTri, .commended) == 1)
        #expect(r.models.count(.quocPhongAnNinh, .registered) == 1)
        #expect(r.models.count(field: .vanHoaXaHoi) == 0)  // its model is of 2024
        #expect(ModelField.allCases.map { r.models.count(field: $0) } == [2, 0, 1, 1])
        #expect(ModelStage.allCases.map { r.models.count(stage: $0) } == [2, 1, 1])
        #expect(r.models.total == 4)
        // Expected = the roll on each meeting's date. C1: 2 meetings in 2025 (2024's left out), each
        // expecting An, Bình and Dung (transferred out only on 1 March) → 6; present An, An, Bình
        // (Cường exempt: apart). C2: 1 meeting on 10 March expecting Tường, Giang and Em (deceased
        // only on 1 April) → 3; present Tường, Em. C3: none.
        #expect(r.meetings.cells.map(\.org) == [F.c1, F.c2, F.c3])
        #expect(r.meetings.cells.map(\.cell) == ["Chi bộ Khu phố 1", "Chi bộ Khu phố 2", "Đảng bộ Phường Bến Nghé / Chi bộ 3"])
        #expect(r.meetings.cells.map { [$0.eligible, $0.held, $0.present, $0.expected] } == [[2, 2, 3, 6], [2, 1, 2, 3], [2, 0, 0, 0]])
        #expect(r.meetings.cells.map(\.attendanceTenths) == [500, 667, nil])
        #expect(r.meetings.held == 3 && r.meetings.present == 5 && r.meetings.expected == 9)
        #expect(r.meetings.attendanceTenths == 556)
    }

    @Test func subCommittee() {
        let r = report(F.sub)
        #expect(r.path == "Đảng bộ Quận Một / Đảng bộ Phường Bến Nghé")
        #expect(r.counts == Counts(eligible: 2, exempt: 1, assigned: 2, selfRegistered: 1))
        #expect(r.children.count == 1)
        #expect(r.children[0].path == "Đảng bộ Quận Một / Đảng bộ Phường Bến Nghé / Chi bộ 3")
        #expect(r.children[0].counts == r.counts)
        #expect(r.byTargetGroup.filter { $0.assignments > 0 }.map { [$0.assignments, $0.members, $0.households] } == [[1, 1, 0], [2, 2, 20]])
        #expect(r.byTargetGroup.filter { $0.assignments > 0 }.map(\.group) == [.canBo, .hoDan])
        #expect(r.byPlace == Report.PlaceFigures(workplace: 1, residence: 2))
        #expect(r.evaluations == Report.EvaluationFigures(outstanding: 0, good: 0, completed: 1, notCompleted: 0, notEvaluated: 2))
        #expect(r.notEvaluated.map(\.name) == ["Bùi Văn Hải", "Đặng Thị Lan"])
        #expect(r.notEvaluated.map(\.cell) == ["Chi bộ 3", "Chi bộ 3"])
        #expect(r.masses == Report.MassFigures(introduced: 1, inClass: 0, admitted: 0, introducedTotal: 2, inClassTotal: 1,
                                               admittedTotal: 1, records: 2))
        #expect(ModelField.allCases.map { r.models.count(field: $0) } == [0, 0, 1, 1])
        #expect(ModelStage.allCases.map { r.models.count(stage: $0) } == [1, 0, 1])
        #expect(r.meetings.cells.map(\.cell) == ["Chi bộ 3"])
        #expect(r.meetings.held == 0 && r.meetings.attendanceTenths == nil)
    }

    @Test func cellOne() {
        let r = report(F.c1)
        #expect(r.counts == Counts(eligible: 2, exempt: 1, assigned: 1, selfRegistered: 1))
        #expect(r.children.isEmpty)
        #expect(r.byTargetGroup.filter { $0.assignments > 0 }.map(\.group) == [.thanhNien, .hoDan])
        #expect(r.byTargetGroup.filter { $0.assignments > 0 }.map { [$0.assignments, $0.members, $0.households] } == [[1, 1, 10], [1, 1, 30]])
        #expect(r.byPlace == Report.PlaceFigures(workplace: 1, residence: 1))
        #expect(r.evaluations == Report.EvaluationFigures(outstanding: 1, good: 0, completed: 0, notCompleted: 0, notEvaluated: 1))
        #expect(r.notEvaluated == [Report.MemberRef(id: F.an, name: "Nguyễn Văn An", cell: "Chi bộ Khu phố 1")])
        #expect(r.masses == Report.MassFigures(introduced: 0, inClass: 0, admitted: 1, introducedTotal: 1, inClassTotal: 1,
                                               admittedTotal: 1, records: 2))
        #expect(r.models.total == 1 && r.models.count(.kinhTe, .recognized) == 1)
        #expect(r.meetings.cells.count == 1 && r.meetings.attendanceTenths == 500)
    }

    @Test func cellTwo() {
        let r = report(F.c2)
        #expect(r.counts == Counts(eligible: 2, exempt: 0, assigned: 1, selfRegistered: 1))
        #expect(r.byPlace == Report.PlaceFigures(workplace: 1, residence: 1))
        #expect(r.evaluations == Report.EvaluationFigures(outstanding: 0, good: 1, completed: 0, notCompleted: 1, notEvaluated: 0))
        #expect(r.notEvaluated.isEmpty)
        #expect(r.masses == Report.MassFigures(introduced: 1, inClass: 1, admitted: 0, introducedTotal: 1, inClassTotal: 1,
                                               admittedTotal: 0, records: 1))
        #expect(r.models.total == 1 && r.models.count(.kinhTe, .registered) == 1)
        #expect(r.meetings.held == 1 && r.meetings.present == 2 && r.meetings.expected == 3)
    }

    @Test func otherYears() {
        // 2024: An's 101 (eval tốt), Bình's 103, Tường's 108, Lan's 112 (xuất sắc) are in force.
        let r = Report.build(state: state, org: F.root, year: 2024, now: F.now)
        #expect(r.counts == Counts(eligible: 6, exempt: 2, assigned: 4, selfRegistered: 1))
        #expect(r.evaluations == Report.EvaluationFigures(outstanding: 1, good: 2, completed: 0, notCompleted: 0, notEvaluated: 1))
        #expect(r.notEvaluated.map(\.name) == ["Hoàng Phủ Ngọc Tường"])
        #expect(r.meetings.held == 1)
        #expect(r.models.total == 1)
        // 2026: Bình's 104 starts; 112 runs on; Hải's and An's open-ended ones too.
        let n = Report.build(state: state, org: F.root, year: 2026, now: F.now)
        #expect(n.counts == Counts(eligible: 6, exempt: 2, assigned: 5, selfRegistered: 3))
        #expect(n.counts == state.counts(of: F.root, year: 2026))
    }

    @Test func unknownOrgGivesEmptyReport() {
        let r = Report.build(state: state, org: OrgID(999), year: F.year, now: F.now)
        #expect(r.counts == Counts())
        #expect(r.children.isEmpty && r.meetings.cells.isEmpty && r.notEvaluated.isEmpty)
        #expect(r.assignedTenths == nil)
    }

    @Test func headline() {
        let h = report(F.root).headline
        #expect(h.sentences(.vi) == [
            "6 đảng viên đang sinh hoạt (trừ 2 đảng viên miễn sinh hoạt)",
            "4/6 đảng viên được phân công trực tiếp vận động quần chúng, đạt tỉ lệ 66,7%",
            "3/6 đảng viên tự nhận nhiệm vụ, đạt tỉ lệ 50,0%",
        ])
        #expect(h.sentences(.en) == [
            "6 active members (excluding 2 exempt)",
            "4 of 6 members assigned to mass mobilization (66.7%)",
            "3 of 6 members self-registered (50.0%)",
        ])
        let seed = Report.Headline(eligible: 2757, exempt: 144, assigned: 2757, selfRegistered: 532)
        #expect(seed.sentences(.vi)[2] == "532/2.757 đảng viên tự nhận nhiệm vụ, đạt tỉ lệ 19,3%")
        #expect(seed.sentences(.en)[2] == "532 of 2,757 members self-registered (19.3%)")
        let empty = Report.Headline(eligible: 0, exempt: 0, assigned: 0, selfRegistered: 0)
        #expect(empty.sentences(.vi)[1] == "0/0 đảng viên được phân công trực tiếp vận động quần chúng, đạt tỉ lệ —")
    }
}

@Suite struct ReportSizeLimitTests {
    @Test func bigListsKeepRecordOrder() throws {
        let s = try ReportFixture.state()
        let r = Report.build(state: s, org: ReportFixture.root, year: 2025, now: ReportFixture.now, unitLimit: 0, nameLimit: 0)
        // Child units stay sorted; below them units by id; names within a cell by id.
        #expect(r.children.map(\.org) == [ReportFixture.c1, ReportFixture.c2, ReportFixture.sub])
        #expect(r.notEvaluated.map(\.id) == [ReportFixture.an, ReportFixture.hai, ReportFixture.lan])
        // Same figures as the sorted build.
        let sorted = Report.build(state: s, org: ReportFixture.root, year: 2025, now: ReportFixture.now)
        #expect(r.counts == sorted.counts && r.evaluations == sorted.evaluations && r.meetings == sorted.meetings)
    }
}

@Suite struct ReportStrategyTests {
    /// The table scan (big subtrees) and the index walk (small ones) give the same report.
    @Test func scanAndWalkAgree() throws {
        let s = try ReportFixture.state()
        typealias F = ReportFixture
        for org in [F.root, F.c1, F.c2, F.sub, F.c3] {
            for year in [2024, 2025, 2026] {
                let walk = Report.build(state: s, org: org, year: year, now: F.now, unitLimit: 100, nameLimit: 100, scanShare: 0)
                let scan = Report.build(state: s, org: org, year: year, now: F.now, unitLimit: 100, nameLimit: 100,
                                        scanShare: 1_000_000)
                #expect(walk == scan, "org \(org) year \(year)")
            }
        }
        // And the figures are the hand-counted ones either way.
        let walk = Report.build(state: s, org: F.root, year: 2025, now: F.now, unitLimit: 100, nameLimit: 100, scanShare: 0)
        #expect(walk.counts == Counts(eligible: 6, exempt: 2, assigned: 4, selfRegistered: 3))
        #expect(walk.evaluations == Report.EvaluationFigures(outstanding: 1, good: 1, completed: 1, notCompleted: 1, notEvaluated: 3))
        #expect(walk.meetings.present == 5)
    }
}

@Suite struct ReportWidthTests {
    @Test func displayWidthMatchesVietText() {
        for s in ["", "Nguyễn Văn Đặng", "Chi bộ “Khu phố 1” – số 2…", "Nguye\u{0302}\u{0303}n", "漢字 ok", "tab\there", "—", "a\u{200B}b"] {
            #expect(Report.displayWidth(s) == VietText.width(s), "\(s)")
        }
        #expect(Report.displayWidth("Nguye\u{0302}\u{0303}n") == 6)
    }
}

@Suite struct ReportIDTableTests {
    @Test func agreesWithADictionary() {
        var rng = SystemRandomNumberGenerator()
        var table = IDTable(capacity: 5_000)
        var dict: [UInt64: Int32] = [:]
        for i in 0..<5_000 {
            // Random 53-bit ids, plus a run of small sequential ones that share high bits.
            let k = i < 1_000 ? UInt64(i + 1) : UInt64.random(in: 1...(1 << 53) - 1, using: &rng)
            table.set(k, Int32(i))
            dict[k] = Int32(i)
        }
        for (k, v) in dict { #expect(table.get(k) == v) }
        table.set(7, 99)  // overwrite
        #expect(table.get(7) == 99)
        for k: UInt64 in [(1 << 53) + 5, 1_000_001] where dict[k] == nil { #expect(table.get(k) == -1) }
        #expect(IDTable(capacity: 0).get(42) == -1)
    }
}
