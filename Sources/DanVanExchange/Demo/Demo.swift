import DanVanCore

/// How much demo data to make.
public enum DemoScale: String, CaseIterable, Sendable {
    /// One grassroots cell (chi bộ cơ sở) of about 25 members under a root committee.
    case cell
    /// A district committee: about 30 grassroots organizations, 160 cells, 2,900 members.
    case district
    /// A city committee with 24 districts and about 370,000 members.
    case city
}

/// Realistic, deterministic demo data: the same seed (and day) gives the same state.
public enum Demo {
    public static func generate(scale: DemoScale, seed: UInt64) -> State {
        generate(scale: scale, seed: seed, today: Day.today())
    }

    /// `today` anchors every generated date (assignments in force this year, evaluations of
    /// last year, recent meetings).
    public static func generate(scale: DemoScale, seed: UInt64, today: Day) -> State {
        var b = DemoBuilder(seed: seed, today: today)
        switch scale {
        case .cell:
            b.meetingMonths = 12
            let root = b.addOrg(parent: nil, name: "Đảng bộ huyện Củ Chi", level: .higherCommittee, kind: nil)
            let cell = b.addOrg(parent: root, name: "Chi bộ ấp Phú Hòa", level: .grassrootsCell, kind: .xa)
            b.fillCell(cell, kind: .xa, size: b.rng.int(23...27), locality: "ấp Phú Hòa, xã Phú Hòa Đông, huyện Củ Chi",
                       unitName: "ấp Phú Hòa")
        case .district:
            b.meetingMonths = 12
            b.district(parent: nil, name: "huyện Củ Chi", urban: false, spec: .district)
        case .city:
            b.meetingMonths = 2
            let root = b.addOrg(parent: nil, name: "Đảng bộ thành phố Hồ Chí Minh", level: .higherCommittee, kind: nil)
            for (name, urban) in DemoNames.cityDistricts {
                b.district(parent: root, name: name, urban: urban, spec: .city)
            }
        }
        do {
            return try State(orgs: b.orgs, members: b.members, assignments: b.assignments, persons: b.persons,
                             models: b.models, meetings: b.meetings)
        } catch {
            fatalError("demo generator produced invalid data: \(error)")  // a bug, covered by tests
        }
    }
}

/// The sizes of one generated district.
struct DistrictSpec {
    var committees: Int
    var grassrootsCells: Int
    var cellsPerCommittee: ClosedRange<Int>
    var membersPerCell: ClosedRange<Int>

    /// 15 đảng bộ cơ sở holding ~145 chi bộ trực thuộc, 15 chi bộ cơ sở, ~2,900 members.
    static let district = DistrictSpec(committees: 15, grassrootsCells: 15, cellsPerCommittee: 7...12, membersPerCell: 9...27)
    /// A city district: ~565 cells, ~15,300 members (24 of them make ~370,000).
    static let city = DistrictSpec(committees: 25, grassrootsCells: 15, cellsPerCommittee: 18...26, membersPerCell: 14...40)
}
