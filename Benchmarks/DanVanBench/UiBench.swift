import DanVanCore
import DanVanUI
import Foundation

// Key-to-frame time (reduce + render + diff against the previous frame) on a 300k-member
// city at 160×48: moving down a row, paging, selecting a node of 5,000 members, expanding
// a node. Target: median < 8 ms, worst < 16 ms.
func uiBenchmark() throws {
    let t0 = DispatchTime.now().uptimeNanoseconds
    let state = try UiBenchData.city()
    let t1 = DispatchTime.now().uptimeNanoseconds
    print("  dataset: \(state.orgs.count) nodes, \(state.members.count) members, \(state.assignments.count) assignments"
          + " (built in \(UiBenchData.ms(t1 - t0)) ms)")
    let tt = DispatchTime.now().uptimeNanoseconds
    _ = state.tally(year: 2026)
    print("  tally of the year (once per change of the records): \(UiBenchData.ms(DispatchTime.now().uptimeNanoseconds - tt)) ms")
    let t1b = DispatchTime.now().uptimeNanoseconds
    var app = AppState(data: state, lang: .vi, width: 160, height: 48, today: Day(year: 2026, month: 6, day: 1)!)
    let t2 = DispatchTime.now().uptimeNanoseconds
    print("  opening (tree, tally, sorted list of all 300k under the root): \(UiBenchData.ms(t2 - t1b)) ms")
    var frame = render(app).canvas

    func measure(_ name: String, _ count: Int, _ keys: (Int) -> [Key]) {
        var times: [UInt64] = []
        var parts: [UInt64] = [0, 0, 0]
        for i in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            for k in keys(i) { _ = app.reduce(.key(k)) }
            let reduced = DispatchTime.now().uptimeNanoseconds
            let next = render(app).canvas
            let rendered = DispatchTime.now().uptimeNanoseconds
            let runs = next.changes(since: frame)
            frame = next
            let end = DispatchTime.now().uptimeNanoseconds
            times.append(end - start)
            parts[0] += reduced - start
            parts[1] += rendered - reduced
            parts[2] += end - rendered
            precondition(runs.count >= 0)
        }
        let split = parts.map { UiBenchData.ms($0 / UInt64(count)) }
        times.sort()
        let median = times[times.count / 2], p95 = times[times.count * 95 / 100], worst = times.last!
        let verdict = median < 8_000_000 && worst < 16_000_000 ? "ok" : "OVER TARGET"
        print("  \(name): median \(UiBenchData.ms(median)) ms, p95 \(UiBenchData.ms(p95)) ms, worst \(UiBenchData.ms(worst)) ms over \(count) keys — \(verdict) (mean reduce \(split[0]) + render \(split[1]) + diff \(split[2]) ms)")
    }

    // Members pane on the root: 300k rows.
    _ = app.reduce(.key(.tab))
    frame = render(app).canvas
    measure("move down a row (300k list)", 500) { _ in [.down] }
    measure("page down (300k list)", 200) { _ in [.pageDown] }
    measure("page up (300k list)", 200) { _ in [.pageUp] }
    // Back to the tree: each Down selects the next committee of 5,000 members.
    _ = app.reduce(.key(.backTab))
    frame = render(app).canvas
    measure("select a node of 5,000 members", UiBenchData.committees - 1) { _ in [.down] }
    _ = app.reduce(.key(.home))
    frame = render(app).canvas
    // Collapse and expand the root (60 committees) on its row, then a committee (10 cells).
    measure("collapse/expand the root node", 100) { i in [i % 2 == 0 ? .left : .right] }
    _ = app.reduce(.key(.down))
    frame = render(app).canvas
    measure("expand/collapse a committee", 100) { i in [i % 2 == 0 ? .right : .left] }
}

enum UiBenchData {
    static let committees = 60
    static let cellsPerCommittee = 10
    static let membersPerCell = 500

    static func ms(_ ns: UInt64) -> String { String(format: "%.2f", Double(ns) / 1_000_000) }

    /// A deterministic city: one root, 60 ward committees of 10 cells of 500 members each.
    static func city() throws -> State {
        let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
        let middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Hoàng Phương", "Xuân", "Kim"]
        let given = ["An", "Anh", "Ánh", "Bảo", "Bình", "Chi", "Cường", "Dũng", "Duy", "Đạt", "Giang", "Hà", "Hải", "Hạnh",
                     "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc",
                     "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tú", "Uyên", "Vân", "Yến"]
        var rng = UInt64(0x9E37_79B9)
        func next() -> Int {
            rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: rng >> 33)
        }
        var orgs = [Org(id: OrgID(1), parent: nil, name: "Đảng bộ Thành phố", level: .higherCommittee)]
        var members: [Member] = []
        var assignments: [Assignment] = []
        members.reserveCapacity(committees * cellsPerCommittee * membersPerCell)
        var mid: UInt64 = 1_000_000, aid: UInt64 = 5_000_000
        let groups = TargetGroup.allCases
        for c in 0..<committees {
            let cid = OrgID(UInt64(100 + c))
            orgs.append(Org(id: cid, parent: OrgID(1), name: "Đảng bộ Phường \(c + 1)", level: .grassrootsCommittee))
            for k in 0..<cellsPerCommittee {
                let cell = OrgID(UInt64(10_000 + c * 100 + k))
                orgs.append(Org(id: cell, parent: cid, name: "Chi bộ Khu phố \(k + 1)", level: .subordinateCell))
                for _ in 0..<membersPerCell {
                    mid += 1
                    let name = "\(family[next() % family.count]) \(middle[next() % middle.count]) \(given[next() % given.count])"
                    let r = next() % 100
                    let status: MemberStatus = r < 4 ? MemberStatus(kind: .exempt) : r < 6 ? MemberStatus(kind: .transferredOut) : .active
                    members.append(Member(id: MemberID(mid), org: cell, fullName: name, cardNo: String(mid), status: status))
                    for _ in 0..<(next() % 3) {
                        aid += 1
                        assignments.append(Assignment(id: AssignmentID(aid), member: MemberID(mid), targetGroup: groups[next() % groups.count],
                                                      area: "Tổ \(next() % 40 + 1)", from: Day(year: 2022 + next() % 5, month: 1, day: 1)!))
                    }
                }
            }
        }
        return try State(orgs: orgs, members: members, assignments: assignments)
    }
}
