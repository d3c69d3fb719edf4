import Testing
@testable import DanVanCore

/// The snapshot loader builds states itself (for speed); it must give exactly what
/// `State(orgs:members:…)` gives, indexes included, and refuse what it refuses.
@Suite struct CodecStateLoaderTests {
    /// Every stored property of the two states, compared one by one (a new index added to
    /// State shows up here without this test changing).
    func expectIdentical(_ a: State, _ b: State) {
        let ma = Mirror(reflecting: a), mb = Mirror(reflecting: b)
        #expect(ma.children.count == mb.children.count)
        for (ca, cb) in zip(ma.children, mb.children) {
            #expect(ca.label == cb.label)
            guard let ha = ca.value as? AnyHashable, let hb = cb.value as? AnyHashable else {
                Issue.record("State.\(ca.label ?? "?") is not Hashable; compare it here")
                continue
            }
            #expect(ha == hb, "State.\(ca.label ?? "?") differs")
        }
    }

    func load(_ t: EntityTables) throws -> State {
        var loader = StateLoader()
        for o in t.orgs { try loader.add(o, at: 0) }
        for m in t.members { try loader.add(m, at: 0) }
        for a in t.assignments { try loader.add(a, at: 0) }
        for p in t.persons { try loader.add(p, at: 0) }
        for m in t.models { try loader.add(m, at: 0) }
        for m in t.meetings { try loader.add(m, at: 0) }
        return try loader.finish()
    }

    @Test func loaderEqualsStateInit() throws {
        for seed in 0..<5 as Range<UInt64> {
            var f = Fixtures(seed: seed)
            let state = try f.state()
            let t = EntityTables(state: state)
            // Shuffled record order: indexes must still come out the same.
            var g = SeededRandom(seed: seed)
            let shuffled = EntityTables(orgs: t.orgs, members: t.members.shuffled(using: &g),
                                        assignments: t.assignments.shuffled(using: &g), persons: t.persons, models: t.models,
                                        meetings: t.meetings)
            let viaInit = try State(orgs: shuffled.orgs, members: shuffled.members, assignments: shuffled.assignments,
                                    persons: shuffled.persons, models: shuffled.models, meetings: shuffled.meetings)
            expectIdentical(try load(shuffled), viaInit)
            let (decoded, _) = try SnapshotCodec.decode(SnapshotCodec.encode(state, meta: SnapshotMeta(seq: 1, createdAt: 1)))
            expectIdentical(decoded, try State(orgs: t.orgs, members: t.members, assignments: t.assignments,
                                               persons: t.persons, models: t.models, meetings: t.meetings))
        }
    }

    @Test func cardKeysMatchTheCore() {
        var f = Fixtures(seed: 5)
        let samples = ["", " ", "a1 b2", "\tx\ny\r\u{B}\u{C}z ", "ABC", "0123 456", "đ12", "Ａ１", "a\u{A0}b", "x\u{85}y", "ß"]
        for s in samples + (0..<200).map({ _ in f.text() }) {
            #expect(State.cardKey(s) == State.unicodeCardKey(s), "\(s.debugDescription)")
        }
        #expect(State.cardKey(nil) == nil)
    }

    @Test func loaderRefusesWhatStateInitRefuses() throws {
        let org = Org(id: OrgID(1), parent: nil, name: "A", level: .grassrootsCell)
        let m1 = Member(id: MemberID(1), org: OrgID(1), fullName: "X", cardNo: "ab 1")
        let cases: [EntityTables] = [
            EntityTables(orgs: [org, org]),
            EntityTables(orgs: [Org(id: OrgID(2), parent: OrgID(9), name: "B", level: .grassrootsCell)]),
            EntityTables(orgs: [org], members: [m1, m1]),
            EntityTables(orgs: [org], members: [Member(id: MemberID(1), org: OrgID(5), fullName: "X")]),
            EntityTables(orgs: [org], members: [m1, Member(id: MemberID(2), org: OrgID(1), fullName: "Y", cardNo: "AB1")]),
            EntityTables(orgs: [org], members: [m1], assignments: [Assignment(id: AssignmentID(1), member: MemberID(3), targetGroup: .khac, from: Day(year: 2024, month: 1, day: 1)!)]),
            EntityTables(orgs: [org], persons: [OutstandingPerson(id: MassID(1), org: OrgID(4), name: "P")]),
            EntityTables(orgs: [org], models: [MobilizationModel(id: ModelID(1), org: OrgID(4), name: "M", field: .kinhTe, year: 2024)]),
            EntityTables(orgs: [org], meetings: [Meeting(id: MeetingID(1), org: OrgID(4), date: Day(year: 2024, month: 1, day: 1)!)]),
        ]
        for t in cases {
            #expect(throws: OpError.self) { try t.makeStateViaInit() }
            do {
                _ = try load(t)
                Issue.record("loader accepted \(t)")
            } catch let e as CodecError {
                #expect(e.kind == .inconsistent)
                #expect(e.reason.hasPrefix("the records do not fit together"))
            }
        }
    }
}

extension EntityTables {
    func makeStateViaInit() throws -> State {
        try State(orgs: orgs, members: members, assignments: assignments, persons: persons, models: models, meetings: meetings)
    }
}
