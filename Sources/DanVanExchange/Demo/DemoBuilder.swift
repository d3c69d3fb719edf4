import DanVanCore

/// Accumulates generated entity tables; `Demo.generate` turns them into a `State` at once.
struct DemoBuilder {
    var rng: SeededGenerator
    let today: Day
    let todayNumber: Int
    var meetingMonths = 12

    var orgs: [Org] = []
    var members: [Member] = []
    var assignments: [Assignment] = []
    var persons: [OutstandingPerson] = []
    var models: [MobilizationModel] = []
    var meetings: [Meeting] = []
    var usedIDs = Set<UInt64>()
    var usedCards = Set<Int>()

    init(seed: UInt64, today: Day) {
        rng = SeededGenerator(seed: seed)
        self.today = today
        todayNumber = today.dayNumber
    }

    var year: Int { today.year }

    mutating func newID() -> UInt64 {
        while true {
            let id = rng.rawID()
            if usedIDs.insert(id).inserted { return id }
        }
    }

    mutating func addOrg(parent: OrgID?, name: String, level: OrgLevel, kind: UnitKind?) -> OrgID {
        let id = OrgID(newID())
        let term = level.isCell ? "2025–2027" : "2025–2030"
        orgs.append(Org(id: id, parent: parent, name: name, level: level, unitKind: kind, term: term))
        return id
    }

    // MARK: Tree

    /// One district committee: grassroots committees (some with partial committees) holding
    /// subordinate cells, plus grassroots cells directly under it.
    mutating func district(parent: OrgID?, name: String, urban: Bool, spec: DistrictSpec) {
        let root = addOrg(parent: parent, name: "Đảng bộ " + name, level: .higherCommittee, kind: nil)
        var places = DemoNames.placeNames
        rng.shuffle(&places)
        var localities: [String] = []

        // Committees: five district-wide ones, the rest communes / wards / a township.
        var committees: [(String, UnitKind, String)] = [  // name, kind, what its cells are called
            ("Đảng bộ Cơ quan Đảng " + name, .coQuan, "agency"),
            ("Đảng bộ Cơ quan Chính quyền " + name, .coQuan, "agency"),
            ("Đảng bộ Quân sự " + name, .lucLuongVuTrang, "Đại đội"),
            ("Đảng bộ Công an " + name, .lucLuongVuTrang, "Đội"),
            ("Đảng bộ Công ty Cổ phần Dịch vụ công ích " + name, .doanhNghiep, "Xí nghiệp"),
        ]
        let local = max(0, spec.committees - committees.count)
        for i in 0..<local {
            if urban {
                committees.append(("Đảng bộ Phường \(i + 1)", .phuong, "Khu phố"))
                localities.append("Phường \(i + 1), \(name)")
            } else if i == 0 {
                let p = places[i % places.count]
                committees.append(("Đảng bộ thị trấn " + p, .thiTran, "Khu phố"))
                localities.append("thị trấn \(p), \(name)")
            } else {
                let p = i < places.count ? places[i] : "Số \(i)"
                committees.append(("Đảng bộ xã " + p, .xa, "ấp"))
                localities.append("xã \(p), \(name)")
            }
        }
        committees = Array(committees.prefix(spec.committees))

        for (cname, kind, cellWord) in committees {
            let c = addOrg(parent: root, name: cname, level: .grassrootsCommittee, kind: kind)
            let n = rng.int(spec.cellsPerCommittee)
            let locality = kind == .xa || kind == .phuong || kind == .thiTran
                ? String(cname.dropFirst("Đảng bộ ".count)) + ", " + name : rng.pick(localities)
            var cellNames = subordinateNames(count: n, word: cellWord, kind: kind)
            var parents = Array(repeating: c, count: n)
            // About a quarter of the larger committees group some cells under partial committees.
            if n >= 8 && rng.chance(0.25) {
                let label = kind == .lucLuongVuTrang ? "Tiểu đoàn" : kind == .doanhNghiep ? "Nhà máy"
                    : kind == .coQuan ? "Khối" : "Khu vực"
                var at = 0
                for j in 1...2 {
                    let p = addOrg(parent: c, name: "Đảng bộ bộ phận \(label) \(j)", level: .partialCommittee, kind: kind)
                    for _ in 0..<rng.int(3...4) where at < n - 2 { parents[at] = p; at += 1 }
                }
            }
            rng.shuffle(&cellNames)
            for i in 0..<n {
                let cell = addOrg(parent: parents[i], name: "Chi bộ " + cellNames[i], level: .subordinateCell, kind: kind)
                fillCell(cell, kind: kind, size: rng.int(spec.membersPerCell), locality: locality,
                         unitName: kind == .coQuan || kind == .doanhNghiep || kind == .lucLuongVuTrang
                             ? cellNames[i] + ", " + String(cname.dropFirst("Đảng bộ ".count)) : cellNames[i] + ", " + locality)
            }
        }

        var units = DemoNames.grassrootsCells
        rng.shuffle(&units)
        for i in 0..<spec.grassrootsCells {
            let (unit, kind) = units[i % units.count]
            let unitName = (i < units.count ? unit : unit + " số \(i / units.count + 1)") + " " + name
            let cell = addOrg(parent: root, name: "Chi bộ " + unitName, level: .grassrootsCell, kind: kind)
            fillCell(cell, kind: kind, size: rng.int(spec.membersPerCell), locality: rng.pick(localities), unitName: unitName)
        }
    }

    private mutating func subordinateNames(count n: Int, word: String, kind: UnitKind) -> [String] {
        var out: [String] = []
        switch word {
        case "agency":
            for i in 0..<n { out.append(i < DemoNames.agencyUnits.count ? DemoNames.agencyUnits[i] : "Tổ công tác số \(i + 1)") }
        case "ấp":
            var hamlets = DemoNames.placeNames
            rng.shuffle(&hamlets)
            for i in 0..<n { out.append(i < hamlets.count ? "ấp " + hamlets[i] : "ấp \(i + 1)") }
        default:
            for i in 0..<n { out.append("\(word) \(i + 1)") }
        }
        return out
    }
}
