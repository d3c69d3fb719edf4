import Foundation
@testable import DanVanCore

typealias SeededRandom = SeededGenerator

/// Random model values covering the awkward cases: Vietnamese text, NFD text, quotes,
/// backslashes, control characters, emoji, nil and set optionals, extreme ids.
struct Fixtures {
    var g: SeededRandom
    init(seed: UInt64) { g = SeededRandom(seed: seed) }

    static let pieces: [String] = [
        "Nguyễn", "Văn", "Đặng", "Thị", "Hoàng Phủ", "Ngọc", "Trần", "Phường Bến Nghé", "Tổ dân phố 5", "Ấp Mỹ Hòa",
        "Nguye\u{302}\u{303}n", "D\u{323}a\u{306}\u{300}ng", "Vie\u{323}\u{302}t Nam", "a\u{301}o",  // NFD: must come back NFC
        "\"quoted\"", "back\\slash", "tab\there", "new\nline", "bell\u{7}", "nul\u{0}", "\u{1F}", "😀", "👨‍👩‍👧", "₫ 2.757",
        "2025–2030", "“ngoặc”", "…", "/", "A", "",
    ]

    mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &g) }
    mutating func bool() -> Bool { Bool.random(using: &g) }
    mutating func text(nonEmpty: Bool = false) -> String {
        var s = ""
        for _ in 0..<int(nonEmpty ? 1...4 : 0...4) {
            if !s.isEmpty { s += " " }
            s += Fixtures.pieces.randomElement(using: &g)!
        }
        return nonEmpty && s.isEmpty ? "X" : s
    }
    mutating func maybeText() -> String? { bool() ? text() : nil }
    mutating func id<T>() -> ID<T> {
        switch int(0...9) {
        case 0: return ID(0)
        case 1: return ID(ID<T>.maxRaw)
        case 2: return ID(UInt64.max)
        default: return ID(UInt64(int(1...1_000_000)))
        }
    }
    mutating func maybeID<T>() -> ID<T>? { bool() ? id() : nil }
    mutating func day() -> Day {
        let y = int(1800...9999), m = int(1...12)
        return Day(year: y, month: m, day: int(1...Day.daysIn(month: m, year: y)))!
    }
    mutating func maybeDay() -> Day? { bool() ? day() : nil }
    mutating func pick<C: Coded>(_ t: C.Type = C.self) -> C { C.allCases.randomElement(using: &g)! }
    mutating func maybe<C: Coded>(_ t: C.Type = C.self) -> C? { bool() ? pick(C.self) : nil }

    mutating func org() -> Org {
        Org(id: id(), parent: maybeID(), name: text(nonEmpty: true), level: pick(), unitKind: maybe(), term: text())
    }
    mutating func status() -> MemberStatus { MemberStatus(kind: pick(), date: maybeDay(), note: text()) }
    mutating func member() -> Member {
        Member(id: id(), org: id(), fullName: text(nonEmpty: true), cardNo: maybeText(), givenName: maybeText(),
               gender: maybe(), birthDate: maybeDay(), joinedDate: maybeDay(), fullMemberDate: maybeDay(), kind: pick(),
               status: status(), role: pick(), residence: text(), workplace: text(), phone: text(), notes: text(),
               history: (0..<int(0...3)).map { _ in Transfer(from: id(), to: id(), date: day(), note: text()) })
    }
    mutating func evaluation() -> Evaluation { Evaluation(level: pick(), note: text()) }
    mutating func assignment() -> Assignment {
        var evals: [Int: Evaluation] = [:]
        for _ in 0..<int(0...3) { evals[int(0...3) == 0 ? [Int.min, Int.max, 0, -1].randomElement(using: &g)! : int(-5...9999)] = evaluation() }
        return Assignment(id: id(), member: id(), targetGroup: pick(), area: text(),
                          households: bool() ? int(Int.min...Int.max) : nil, content: text(), place: pick(),
                          source: pick(), from: day(), to: maybeDay(), resolution: text(), evaluations: evals)
    }
    mutating func person() -> OutstandingPerson {
        OutstandingPerson(id: id(), org: id(), name: text(nonEmpty: true), introducer: maybeID(), introduced: maybeDay(),
                          classDate: maybeDay(), admitted: maybeDay(), notes: text())
    }
    mutating func model() -> MobilizationModel {
        MobilizationModel(id: id(), org: id(), name: text(nonEmpty: true), field: pick(), year: int(-100...100_000),
                          stage: pick(), ownerMember: maybeID(), description: text())
    }
    mutating func attendance() -> Attendance { Attendance(kind: pick(), reason: text()) }
    mutating func meeting() -> Meeting {
        var att: [MemberID: Attendance] = [:]
        for _ in 0..<int(0...4) { att[id()] = attendance() }
        return Meeting(id: id(), org: id(), date: day(), kind: pick(), attendance: att, notes: text(), decisions: text())
    }

    /// One random value of every `Change` case, in declaration order.
    mutating func everyChange() -> [Change] {
        [
            .addOrg(org()), .updateOrg(org()), .moveOrg(id(), to: maybeID()), .deleteOrg(id()),
            .addMember(member()), .updateMember(member()), .setMemberStatus(id(), status()),
            .transferMember(id(), to: id(), date: day(), note: text()), .deleteMember(id()),
            .addAssignment(assignment()), .updateAssignment(assignment()), .endAssignment(id(), on: day()),
            .setEvaluation(id(), year: int(Int.min...Int.max), bool() ? evaluation() : nil), .deleteAssignment(id()),
            .addPerson(person()), .updatePerson(person()), .deletePerson(id()),
            .addModel(model()), .updateModel(model()), .deleteModel(id()),
            .addMeeting(meeting()), .updateMeeting(meeting()), .setAttendance(id(), id(), bool() ? attendance() : nil),
            .deleteMeeting(id()),
        ]
    }

    mutating func op(_ change: Change) -> Op {
        Op(time: Int64.random(in: Int64.min...Int64.max, using: &g), author: text(), change: change)
    }

    /// A small consistent state: a tree, cells with members, assignments, and one of everything else.
    mutating func state() throws -> State {
        var s = State()
        let root = Org(id: OrgID(1), parent: nil, name: "Huyện ủy \(text(nonEmpty: true))", level: .higherCommittee,
                       unitKind: .khac, term: "2025–2030")
        try s.apply(.addOrg(root))
        for c in 0..<3 {
            let cell = OrgID(UInt64(10 + c))
            try s.apply(.addOrg(Org(id: cell, parent: root.id, name: "Chi bộ \(c) \(text())", level: .grassrootsCell,
                                    unitKind: maybe())))
            for m in 0..<4 {
                let mid = MemberID(UInt64(100 + c * 10 + m))
                try s.apply(.addMember(Member(id: mid, org: cell, fullName: "\(text(nonEmpty: true)) \(m)",
                                              cardNo: bool() ? "C\(c)\(m)" : nil, gender: maybe(), kind: pick(),
                                              residence: text(), workplace: text(), notes: text())))
                try s.apply(.addAssignment(Assignment(id: AssignmentID(UInt64(1000 + c * 10 + m)), member: mid,
                                                      targetGroup: pick(), area: text(), households: int(0...50),
                                                      content: text(), place: pick(), source: pick(), from: Day(year: 2024, month: 1, day: 1)!,
                                                      evaluations: [2024: evaluation()])))
            }
            try s.apply(.addPerson(OutstandingPerson(id: MassID(UInt64(50 + c)), org: cell, name: text(nonEmpty: true),
                                                     introducer: MemberID(UInt64(100 + c * 10)))))
            try s.apply(.addModel(MobilizationModel(id: ModelID(UInt64(70 + c)), org: cell, name: text(nonEmpty: true),
                                                    field: pick(), year: 2024, ownerMember: MemberID(UInt64(101 + c * 10)))))
            try s.apply(.addMeeting(Meeting(id: MeetingID(UInt64(90 + c)), org: cell, date: Day(year: 2025, month: 1, day: 5)!,
                                            attendance: [MemberID(UInt64(100 + c * 10)): Attendance(kind: .present),
                                                         MemberID(UInt64(102 + c * 10)): Attendance(kind: .excused, reason: text())],
                                            notes: text())))
        }
        return s
    }
}

extension Array where Element == UInt8 {
    /// The JSON text with all its strings normalized to NFC (what a round trip must give back).
    var nfcText: [UInt8] { Array(String(decoding: self, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8) }
}
