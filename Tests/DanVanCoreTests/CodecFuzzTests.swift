import Testing
@testable import DanVanCore

/// Damaged input must give a clean `CodecError` (or, when the damage happens to leave valid
/// JSON, a value), never a crash, a hang or another kind of error.
@Suite struct CodecFuzzTests {
    enum Outcome { case value, codecError }

    func outcome(_ body: () throws -> Void) -> Outcome? {
        do {
            try body()
            return .value
        } catch is CodecError {
            return .codecError
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    func sampleOp() -> [UInt8] {
        let m = Member(id: MemberID(123_456), org: OrgID(77), fullName: "Nguyễn \"Thị\" Đặng\\ 😀", cardNo: "0123",
                       givenName: "Đặng\\ 😀", gender: .female, birthDate: Day(year: 1970, month: 2, day: 3),
                       joinedDate: Day(year: 1999, month: 5, day: 19), kind: .full,
                       status: MemberStatus(kind: .exempt, date: Day(year: 2024, month: 1, day: 1), note: "Tuổi cao\n"),
                       role: .deputy, residence: "Tổ 5, Phường Bến Nghé", workplace: "UBND", phone: "090",
                       notes: "tab\tx\u{1}", history: [Transfer(from: OrgID(1), to: OrgID(77), date: Day(year: 2010, month: 1, day: 2)!, note: "chuyển")])
        return OpCodec.encode(Op(time: 1_700_000_000_000, author: "bí thư", change: .addMember(m)))
    }

    func sampleSnapshot() throws -> [UInt8] {
        var s = State()
        try s.apply(.addOrg(Org(id: OrgID(1), parent: nil, name: "Đảng bộ xã", level: .grassrootsCommittee, unitKind: .xa)))
        try s.apply(.addOrg(Org(id: OrgID(2), parent: OrgID(1), name: "Chi bộ ấp 1", level: .subordinateCell)))
        try s.apply(.addMember(Member(id: MemberID(3), org: OrgID(2), fullName: "Lê Văn Tám", cardNo: "A1")))
        try s.apply(.addAssignment(Assignment(id: AssignmentID(4), member: MemberID(3), targetGroup: .nongDan, area: "Ấp 1",
                                              households: 10, from: Day(year: 2024, month: 1, day: 1)!,
                                              evaluations: [2024: Evaluation(level: .good)])))
        try s.apply(.addPerson(OutstandingPerson(id: MassID(5), org: OrgID(2), name: "Trần B", introducer: MemberID(3))))
        try s.apply(.addModel(MobilizationModel(id: ModelID(6), org: OrgID(2), name: "Mô hình", field: .kinhTe, year: 2024)))
        try s.apply(.addMeeting(Meeting(id: MeetingID(7), org: OrgID(2), date: Day(year: 2025, month: 1, day: 5)!,
                                        attendance: [MemberID(3): Attendance(kind: .present)])))
        return SnapshotCodec.encode(s, meta: SnapshotMeta(seq: 9, createdAt: 10))
    }

    @Test func everyTruncationOfAnOpFails() {
        let bytes = sampleOp()
        for n in 0..<bytes.count {
            #expect(outcome { _ = try OpCodec.decode(Array(bytes[..<n])) } == .codecError, "prefix \(n)")
        }
        #expect(outcome { _ = try OpCodec.decode(bytes) } == .value)
    }

    @Test func byteFlipsOfAnOpNeverCrash() {
        let bytes = sampleOp()
        let decoder = OpDecoder()
        var g = SeededRandom(seed: 11)
        var errors = 0
        for i in bytes.indices {
            for mask: UInt8 in [0x01, 0x20, 0x80, 0xFF, UInt8.random(in: 1...255, using: &g)] {
                var b = bytes
                b[i] ^= mask
                let plain = outcome { _ = try OpCodec.decode(b) }
                if plain == .codecError { errors += 1 }
                // The shared-text decoder must agree, damage or not.
                #expect(outcome { _ = try decoder.decode(b) } == plain)
            }
        }
        #expect(errors > bytes.count)  // most damage is caught
    }

    @Test func everyTruncationOfASnapshotFails() throws {
        let bytes = try sampleSnapshot()
        for n in 0..<bytes.count {
            #expect(outcome { _ = try SnapshotCodec.decode(Array(bytes[..<n])) } == .codecError, "prefix \(n)")
        }
    }

    @Test func byteFlipsOfASnapshotNeverCrash() throws {
        let bytes = try sampleSnapshot()
        var g = SeededRandom(seed: 12)
        for i in bytes.indices {
            for mask: UInt8 in [0x01, 0x80, UInt8.random(in: 1...255, using: &g)] {
                var b = bytes
                b[i] ^= mask
                _ = outcome { _ = try SnapshotCodec.decode(b) }
            }
        }
        // Random multi-byte damage, including inserted quotes, brackets and backslashes.
        let specials: [UInt8] = Array("\"\\{}[],:0e-u".utf8) + [0x00, 0xC3, 0xE1, 0xF0, 0xCC]
        for _ in 0..<2000 {
            var b = bytes
            for _ in 0..<Int.random(in: 1...4, using: &g) {
                b[Int.random(in: 0..<b.count, using: &g)] = specials.randomElement(using: &g)!
            }
            _ = outcome { _ = try SnapshotCodec.decode(b) }
        }
    }

    @Test func deepNestingIsRefusedNotOverflowed() {
        let deep = Array(String(repeating: "[", count: 100_000).utf8)
        #expect(outcome { try JSONReader.read(deep) { r in try r.skipValue() } } == .codecError)
        let unknown = Array((#"{"t":1,"by":"x","op":"deleteOrg","id":1,"x":"# + String(repeating: "{\"a\":", count: 10_000)).utf8)
        #expect(outcome { _ = try OpCodec.decode(unknown) } == .codecError)
    }

    @Test func garbageIsRejected() {
        var g = SeededRandom(seed: 13)
        for n in 0..<300 {
            let b = (0..<n).map { _ in UInt8.random(in: 0...255, using: &g) }
            #expect(outcome { _ = try OpCodec.decode(b) } == .codecError)
            #expect(outcome { _ = try SnapshotCodec.decode(b) } == .codecError)
        }
    }
}
