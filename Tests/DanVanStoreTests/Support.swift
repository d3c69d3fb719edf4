import DanVanCore
import DanVanSeal
@testable import DanVanStore

typealias SeededRNG = SeededGenerator

/// Makes random ops that apply to a state it tracks: org tree, members, assignments,
/// evaluations, transfers, status changes, deletions.
struct OpGenerator {
    var rng: SeededRNG
    var state = State()
    var clock: Int64 = 1_700_000_000_000
    var nextID: UInt64 = 1

    init(seed: UInt64) { rng = SeededRNG(seed: seed) }

    mutating func id() -> UInt64 {
        defer { nextID += 1 }
        return nextID
    }

    mutating func op(_ c: Change) -> Op {
        clock += 1000
        return Op(time: clock, author: "tester", change: c)
    }

    /// The next op, already applied to `state`.
    mutating func next() -> Op {
        while true {
            let c = change()
            let o = op(c)
            if (try? state.apply(o)) != nil { return o }
        }
    }

    /// A batch of `n` ops that applies as a whole.
    mutating func batch(_ n: Int) -> [Op] { (0..<n).map { _ in next() } }

    private mutating func pick<T>(_ xs: [T]) -> T? { xs.isEmpty ? nil : xs[Int.random(in: 0..<xs.count, using: &rng)] }

    mutating func change() -> Change {
        let committees = state.orgs.values.filter { !$0.level.isCell }.map(\.id).sorted()
        let cells = state.orgs.values.filter { $0.level.isCell }.map(\.id).sorted()
        let members = state.members.keys.sorted()
        let assignments = state.assignments.keys.sorted()
        let names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Phương"]
        let roll = Int.random(in: 0..<100, using: &rng)
        if committees.isEmpty {
            return .addOrg(Org(id: OrgID(id()), parent: nil, name: "Đảng bộ xã \(nextID)", level: .higherCommittee))
        }
        if cells.isEmpty || roll < 6 {
            return .addOrg(Org(id: OrgID(id()), parent: pick(committees), name: "Chi bộ thôn \(nextID)", level: .grassrootsCell))
        }
        if members.count < 3 || roll < 40 {
            let m = Member(id: MemberID(id()), org: pick(cells)!, fullName: pick(names)!, cardNo: "C\(nextID)",
                           birthDate: Day(year: 1950 + Int.random(in: 0..<50, using: &rng), month: 3, day: 7))
            return .addMember(m)
        }
        if roll < 60 {
            let a = Assignment(id: AssignmentID(id()), member: pick(members)!, targetGroup: pick(Array(TargetGroup.allCases))!,
                               area: "Tổ \(Int.random(in: 1...20, using: &rng))", households: Int.random(in: 1...30, using: &rng),
                               from: Day(year: 2024, month: 1, day: 1 + Int.random(in: 0..<28, using: &rng))!)
            return .addAssignment(a)
        }
        if roll < 68, let a = pick(assignments) {
            return .setEvaluation(a, year: 2025, Evaluation(level: pick(Array(EvaluationLevel.allCases))!, note: "ghi chú"))
        }
        if roll < 74, let a = pick(assignments) { return .endAssignment(a, on: Day(year: 2025, month: 12, day: 31)!) }
        if roll < 78, let a = pick(assignments) { return .deleteAssignment(a) }
        if roll < 84, let m = pick(members), var mem = state.members[m] {
            mem.phone = "09\(Int.random(in: 10_000_000...99_999_999, using: &rng))"
            return .updateMember(mem)
        }
        if roll < 90, let m = pick(members), let to = pick(cells) {
            return .transferMember(m, to: to, date: Day(year: 2025, month: 6, day: 1)!, note: "chuyển")
        }
        if roll < 95, let m = pick(members) {
            return .setMemberStatus(m, MemberStatus(kind: .exempt, date: Day(year: 2025, month: 2, day: 2), note: "tuổi cao"))
        }
        if let m = pick(members) { return .deleteMember(m) }
        return .addOrg(Org(id: OrgID(id()), parent: pick(committees), name: "Chi bộ \(nextID)", level: .grassrootsCell))
    }
}

let folder = "/data/danvan"

extension MemoryFileSystem {
    func open(readOnly: Bool = false, key: DataKey? = nil) throws -> Store {
        try Store.open(folder, readOnly: readOnly, fileSystem: self, key: key)
    }
}
