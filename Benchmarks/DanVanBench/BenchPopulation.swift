import DanVanCore

/// A plain synthetic population for benchmarks that only need many realistic names
/// (cells of 25 members under one root). Demo data has the full realistic shape.
func benchPopulation(members count: Int, seed: UInt64) -> State {
    var rng = BenchRNG(seed: seed)
    let families = ["Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hoàng Phủ"]
    let middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thị Thu", "Quang", "Thanh", "Thị Kim"]
    let givens = ["An", "Bình", "Cường", "Dũng", "Hoa", "Hà", "Hương", "Lan", "Linh", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến", "Ánh", "Đạt", "Hùng"]
    var orgs = [Org(id: OrgID(1), parent: nil, name: "Đảng bộ thành phố", level: .higherCommittee)]
    var members: [Member] = []
    members.reserveCapacity(count)
    var cell = OrgID(0)
    for i in 0..<count {
        if i % 25 == 0 {
            cell = OrgID(UInt64(orgs.count + 1))
            orgs.append(Org(id: cell, parent: OrgID(1), name: "Chi bộ \(orgs.count)", level: .grassrootsCell))
        }
        let name = "\(families[Int(rng.next() % UInt64(families.count))]) \(middles[Int(rng.next() % UInt64(middles.count))]) \(givens[Int(rng.next() % UInt64(givens.count))])"
        members.append(Member(id: MemberID(UInt64(1_000_000 + i)), org: cell, fullName: name, cardNo: String(10_000_000 + i)))
    }
    return try! State(orgs: orgs, members: members, assignments: [])
}

typealias BenchRNG = SeededGenerator
