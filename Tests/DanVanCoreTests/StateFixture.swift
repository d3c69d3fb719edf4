@testable import DanVanCore

/// A small tree used across core tests:
/// Huyện (higher) ─ Xã A (grassroots committee) ─ Chi bộ thôn 1, Chi bộ thôn 2 (cells)
///                └ Chi bộ Trường (grassroots cell)
struct Fixture {
    static let huyen = OrgID(1), xa = OrgID(2), thon1 = OrgID(3), thon2 = OrgID(4), truong = OrgID(5)
    var state = State()
    var clock: Int64 = 1_700_000_000_000

    init() {
        for o in [
            Org(id: Self.huyen, parent: nil, name: "Đảng bộ huyện Yên Lạc", level: .higherCommittee),
            Org(id: Self.xa, parent: Self.huyen, name: "Đảng bộ xã Tam Hồng", level: .grassrootsCommittee, unitKind: .xa),
            Org(id: Self.thon1, parent: Self.xa, name: "Chi bộ thôn 1", level: .subordinateCell),
            Org(id: Self.thon2, parent: Self.xa, name: "Chi bộ thôn 2", level: .subordinateCell),
            Org(id: Self.truong, parent: Self.huyen, name: "Chi bộ Trường THPT", level: .grassrootsCell, unitKind: .donViSuNghiep),
        ] { try! apply(.addOrg(o)) }
    }

    mutating func op(_ c: Change) -> Op {
        clock += 1000
        return Op(time: clock, author: "test", change: c)
    }
    mutating func apply(_ c: Change) throws { try state.apply(op(c)) }

    @discardableResult
    mutating func member(_ id: UInt64, _ name: String, in org: OrgID, card: String? = nil, status: MemberStatus = .active) -> MemberID {
        let m = Member(id: MemberID(id), org: org, fullName: name, cardNo: card, status: status)
        try! apply(.addMember(m))
        return m.id
    }

    @discardableResult
    mutating func assign(_ id: UInt64, _ member: MemberID, from: String, to: String? = nil, source: Source = .assigned,
                         group: TargetGroup = .hoDan) -> AssignmentID {
        let a = Assignment(id: AssignmentID(id), member: member, targetGroup: group, source: source,
                           from: Day(iso: from)!, to: to.flatMap(Day.init(iso:)))
        try! apply(.addAssignment(a))
        return a.id
    }
}
