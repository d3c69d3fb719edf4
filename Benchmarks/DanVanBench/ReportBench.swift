import DanVanCore
import Foundation

// `swift run -c release danvan-bench report`: Report.build at city scale (~370k members,
// ~400k assignments) for the root, one district and one cell, median of several runs,
// plus the renderers on the root report. Target: a report in < 300 ms.
func reportBenchmark() throws {
    let year = 2025
    let t0 = DispatchTime.now()
    let state = try ReportBenchData.city(year: year, seed: 1)
    print("  state: \(state.orgs.count) units, \(state.members.count) members, \(state.assignments.count) assignments, "
          + "\(state.meetings.count) meetings, built in \(ReportBenchData.ms(since: t0)) ms")

    let root = state.sortedRoots[0]
    let district = state.sortedChildren(of: root)[0]
    let cell = state.subtree(of: district).first { state.orgs[$0]!.level.isCell }!
    for (label, org) in [("root", root), ("district", district), ("cell", cell)] {
        var times: [Double] = [], cpu: [Double] = []
        var report: Report?
        for _ in 0..<(label == "cell" ? 21 : 7) {
            let t = DispatchTime.now(), c = ReportBenchData.cpuMs()
            report = Report.build(state: state, org: org, year: year)
            times.append(ReportBenchData.msDouble(since: t))
            cpu.append(ReportBenchData.cpuMs() - c)
        }
        times.sort()
        cpu.sort()
        let r = report!
        func f(_ v: Double) -> String { String(format: "%.2f", v) }
        print("  build \(label): median \(f(times[times.count / 2])) ms wall, \(f(cpu[cpu.count / 2])) ms CPU (min \(f(cpu[0]))) "
              + "(wall min \(f(times[0])), max \(f(times[times.count - 1]))) — "
              + r.headline.sentences(.en)[1] + "; " + r.headline.sentences(.en)[2]
              + "; not evaluated \(r.notEvaluated.count), meetings \(r.meetings.held)")
    }
    let r = Report.build(state: state, org: root, year: year)
    for f in ReportFormat.allCases {
        let t = DispatchTime.now()
        let out = r.render(f, .vi)
        print("  render root \(f.rawValue): \(ReportBenchData.ms(since: t)) ms, \(out.utf8.count / 1024) KiB")
    }
}

/// A deterministic city-sized state (the shape of the demo's city: 24 districts of ~565
/// cells, ~27 members a cell) made without the exchange module's generator.
enum ReportBenchData {
    static func ms(since t: DispatchTime) -> Int { Int(msDouble(since: t)) }
    /// CPU time of this thread: on a machine shared with other builds, wall time mostly
    /// measures the queue.
    static func cpuMs() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
    }
    static func msDouble(since t: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e6
    }

    struct SplitMix64 {
        var s: UInt64
        mutating func next() -> UInt64 {
            s &+= 0x9E37_79B9_7F4A_7C15
            var z = s
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(next() % UInt64(r.count)) }
        mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
    }

    static let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
    static let middle = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Thu", "Quốc", "Xuân"]
    static let given = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Lan", "Linh", "Mai", "Nam", "Phúc",
                        "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến", "Ánh", "Ẩn", "Đạt"]

    static func city(year: Int, seed: UInt64) throws -> State {
        var g = SplitMix64(s: seed)
        var nextID: UInt64 = 1
        func id() -> UInt64 { defer { nextID += 1 }; return nextID }
        var orgs: [Org] = [], members: [Member] = [], assignments: [Assignment] = []
        var persons: [OutstandingPerson] = [], models: [MobilizationModel] = [], meetings: [Meeting] = []
        members.reserveCapacity(380_000)
        assignments.reserveCapacity(420_000)
        let groups = TargetGroup.allCases, levels = EvaluationLevel.allCases
        let fields = ModelField.allCases, stages = ModelStage.allCases
        func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

        func fillCell(_ cell: OrgID) {
            var active: [MemberID] = []
            for _ in 0..<g.int(14...40) {
                let mid = MemberID(id())
                let name = "\(family[g.int(0...family.count - 1)]) \(middle[g.int(0...middle.count - 1)]) \(given[g.int(0...given.count - 1)])"
                let roll = g.int(0...99)
                let status: MemberStatus = roll < 90 ? .active
                    : roll < 95 ? MemberStatus(kind: .exempt) : roll < 98 ? MemberStatus(kind: .transferredOut) : MemberStatus(kind: .deceased)
                members.append(Member(id: mid, org: cell, fullName: name, status: status))
                if status.kind == .active { active.append(mid) }
                guard g.chance(88) else { continue }
                for k in 0..<(g.chance(12) ? 2 : 1) {
                    let from = k == 0 && g.chance(15) ? day(year - 2, g.int(1...12), 1) : day(year - (g.chance(50) ? 1 : 0), g.int(1...12), g.int(1...28))
                    let to: Day? = g.chance(10) ? day(year - 1, 12, 31) : (g.chance(20) ? day(year + 1, 6, 30) : nil)
                    var evals: [Int: Evaluation] = [:]
                    if g.chance(70) { evals[year] = Evaluation(level: levels[g.int(0...3)]) }
                    if g.chance(50) { evals[year - 1] = Evaluation(level: levels[g.int(0...3)]) }
                    assignments.append(Assignment(
                        id: AssignmentID(id()), member: mid, targetGroup: groups[g.int(0...groups.count - 1)],
                        households: g.chance(80) ? g.int(0...60) : nil, place: g.chance(40) ? .workplace : .residence,
                        source: g.chance(20) ? .selfRegistered : .assigned, from: from, to: to.map { max($0, from) },
                        evaluations: evals))
                }
            }
            for _ in 0..<g.int(0...4) {
                let intro = day(year - g.int(0...2), g.int(1...12), g.int(1...28))
                let cls: Day? = g.chance(60) ? day(intro.year + 1, intro.month, intro.day) : nil
                let adm: Day? = cls != nil && g.chance(50) ? day(cls!.year, 12, 28) : nil
                persons.append(OutstandingPerson(id: MassID(id()), org: cell, name: "Quần chúng \(nextID)",
                                                 introduced: intro, classDate: cls, admitted: adm))
            }
            if g.chance(40) {
                models.append(MobilizationModel(id: ModelID(id()), org: cell, name: "Mô hình \(nextID)",
                                                field: fields[g.int(0...3)], year: year - g.int(0...1), stage: stages[g.int(0...2)]))
            }
            for month in [10, 11] {
                var att: [MemberID: Attendance] = [:]
                att.reserveCapacity(active.count)
                for m in active { att[m] = Attendance(kind: g.chance(90) ? .present : (g.chance(50) ? .excused : .absent)) }
                meetings.append(Meeting(id: MeetingID(id()), org: cell, date: day(year, month, 5), attendance: att))
            }
        }

        let root = OrgID(id())
        orgs.append(Org(id: root, parent: nil, name: "Đảng bộ thành phố Hồ Chí Minh", level: .higherCommittee))
        for d in 1...24 {
            let district = OrgID(id())
            orgs.append(Org(id: district, parent: root, name: "Đảng bộ quận \(d)", level: .higherCommittee))
            for c in 1...25 {
                let committee = OrgID(id())
                orgs.append(Org(id: committee, parent: district, name: "Đảng bộ phường \(c)", level: .grassrootsCommittee))
                for k in 1...g.int(18...26) {
                    let cell = OrgID(id())
                    orgs.append(Org(id: cell, parent: committee, name: "Chi bộ khu phố \(k)", level: .subordinateCell))
                    fillCell(cell)
                }
            }
            for c in 1...15 {
                let cell = OrgID(id())
                orgs.append(Org(id: cell, parent: district, name: "Chi bộ cơ quan \(c)", level: .grassrootsCell))
                fillCell(cell)
            }
        }
        return try State(orgs: orgs, members: members, assignments: assignments, persons: persons, models: models,
                         meetings: meetings)
    }
}
