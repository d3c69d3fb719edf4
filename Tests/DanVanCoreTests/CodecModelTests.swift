import Foundation
import Testing
@testable import DanVanCore

@Suite struct CodecModelTests {
    @Test func everyChangeRoundTrips() throws {
        var f = Fixtures(seed: 42)
        for round in 0..<40 {
            for change in f.everyChange() {
                let op = f.op(change)
                let bytes = OpCodec.encode(op)
                let back = try OpCodec.decode(bytes)
                #expect(back == op, "round \(round) \(change.name): \(String(decoding: bytes, as: UTF8.self))")
                // Byte-exact: the re-encoding is the original with its text in NFC.
                #expect(OpCodec.encode(back) == bytes.nfcText, "round \(round) \(change.name)")
            }
        }
    }

    @Test func opDecoderSharingTextsDecodesLikeOpCodec() throws {
        var f = Fixtures(seed: 77)
        let decoder = OpDecoder()
        for _ in 0..<20 {
            for change in f.everyChange() {
                let op = f.op(change)
                let bytes = OpCodec.encode(op)
                let back = try decoder.decode(bytes)
                #expect(back == op)
                #expect(OpCodec.encode(back) == bytes.nfcText)
            }
        }
        #expect(throws: CodecError.self) { try decoder.decode(Array(#"{"t":1}"#.utf8)) }
    }

    @Test func opNamesMatchChangeNames() {
        var f = Fixtures(seed: 1)
        let names = f.everyChange().map(\.name)
        #expect(names == OpKind.allCases.map(\.rawValue))
    }

    @Test func encodeIntoAppends() throws {
        var f = Fixtures(seed: 3)
        let op = f.op(.deleteMember(MemberID(5)))
        var out: [UInt8] = [1, 2, 3]
        OpCodec.encode(op, into: &out)
        #expect(Array(out.prefix(3)) == [1, 2, 3])
        #expect(Array(out.dropFirst(3)) == OpCodec.encode(op))
        let back = try out.withUnsafeBytes { try OpCodec.decode(UnsafeRawBufferPointer(rebasing: $0[3...])) }
        #expect(back == op)
    }

    @Test func opSchemaIsAsDocumented() {
        let op = Op(time: 1_700_000_000_000, author: "bí thư",
                    change: .moveOrg(OrgID(3), to: OrgID(1)))
        #expect(String(decoding: OpCodec.encode(op), as: UTF8.self) == #"{"t":1700000000000,"by":"bí thư","op":"moveOrg","id":3,"to":1}"#)
        let m = Member(id: MemberID(7), org: OrgID(3), fullName: "Nguyễn Văn An", cardNo: "",
                       birthDate: Day(year: 1980, month: 1, day: 2), history: [Transfer(from: OrgID(1), to: OrgID(3), date: Day(year: 2020, month: 5, day: 1)!)])
        var w = JSONWriter()
        m.writeJSON(to: &w)
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"id":7,"org":3,"cardNo":"","fullName":"Nguyễn Văn An","birthDate":"1980-01-02","kind":"chinh_thuc","status":{"kind":"dang_sinh_hoat"},"role":"dang_vien","history":[{"from":1,"to":3,"date":"2020-05-01"}]}"#)
        let a = Assignment(id: AssignmentID(9), member: MemberID(7), targetGroup: .hoDan, households: 12, from: Day(year: 2024, month: 1, day: 1)!,
                           evaluations: [2025: Evaluation(level: .good), 2024: Evaluation(level: .outstanding, note: "x")])
        w = JSONWriter()
        a.writeJSON(to: &w)
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"id":9,"member":7,"targetGroup":"ho_dan","households":12,"place":"noi_cu_tru","source":"phan_cong","from":"2024-01-01","evaluations":{"2024":{"level":"xuat_sac","note":"x"},"2025":{"level":"tot"}}}"#)
        let meeting = Meeting(id: MeetingID(5), org: OrgID(3), date: Day(year: 2025, month: 1, day: 5)!,
                              attendance: [MemberID(8): Attendance(kind: .excused, reason: "ốm"), MemberID(7): Attendance(kind: .present)])
        w = JSONWriter()
        meeting.writeJSON(to: &w)
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"id":5,"org":3,"date":"2025-01-05","kind":"thuong_ky","attendance":[{"member":7,"kind":"co_mat"},{"member":8,"kind":"vang_co_ly_do","reason":"ốm"}]}"#)
    }

    func decodeError(_ text: String) -> CodecError? {
        do {
            _ = try OpCodec.decode(Array(text.utf8))
            Issue.record("decoded: \(text)")
            return nil
        } catch let e as CodecError {
            return e
        } catch {
            Issue.record("not a CodecError: \(error)")
            return nil
        }
    }

    @Test func unknownKeysAreSkipped() throws {
        let text = #"{"future":{"a":[1,2,{"b":null}]},"t":5,"by":"x","op":"addOrg","org":{"id":1,"name":"A","level":"dang_bo_cap_tren","colour":"red","x":[]},"extra":1.5e3}"#
        let op = try OpCodec.decode(Array(text.utf8))
        #expect(op == Op(time: 5, author: "x", change: .addOrg(Org(id: OrgID(1), parent: nil, name: "A", level: .higherCommittee))))
    }

    @Test func keysInAnyOrderAndNulls() throws {
        let text = #"{"to":null,"id":4,"op":"moveOrg","by":"","t":-1}"#
        #expect(try OpCodec.decode(Array(text.utf8)) == Op(time: -1, author: "", change: .moveOrg(OrgID(4), to: nil)))
        let clear = #"{"t":1,"by":"a","op":"setAttendance","id":2,"member":3,"attendance":null}"#
        #expect(try OpCodec.decode(Array(clear.utf8)) == Op(time: 1, author: "a", change: .setAttendance(MeetingID(2), MemberID(3), nil)))
    }

    @Test func missingRequiredKeysAreNamed() {
        #expect(decodeError(#"{"by":"x","op":"deleteOrg","id":1}"#)?.reason.contains("\"t\"") == true)
        #expect(decodeError(#"{"t":1,"by":"x","op":"deleteOrg"}"#)?.reason == "missing required key \"id\" in a deleteOrg op")
        #expect(decodeError(#"{"t":1,"by":"x","op":"addMember","member":{"id":1,"org":2,"kind":"du_bi","status":{"kind":"tu_tran"},"role":"bi_thu"}}"#)?
            .reason == "missing required key \"fullName\" in a member")
        let e = decodeError(#"{"t":1,"by":"x","op":"setMemberStatus","id":1,"status":{"date":"2020-01-01"}}"#)
        #expect(e?.reason == "missing required key \"kind\" in a member status")
        #expect(e?.offset == 55)  // the status object
    }

    @Test func unknownCodesAreNamed() {
        let e = decodeError(#"{"t":1,"by":"x","op":"addOrg","org":{"id":1,"name":"A","level":"tinh_uy"}}"#)
        #expect(e?.reason == "unknown level code \"tinh_uy\"")
        #expect(decodeError(#"{"t":1,"by":"x","op":"renameOrg","id":1}"#)?.reason == "unknown op \"renameOrg\"")
        #expect(decodeError(#"{"t":1,"by":"x","op":"addAssignment","assignment":{"id":1,"member":1,"targetGroup":"ho_dan","place":"nha","source":"tu_nhan","from":"2024-01-01"}}"#)?
            .reason == "unknown place code \"nha\"")
    }

    @Test func duplicateAttendanceIsRejected() {
        let e = decodeError(#"{"t":1,"by":"x","op":"addMeeting","meeting":{"id":1,"org":2,"date":"2025-01-01","kind":"chuyen_de","attendance":[{"member":3,"kind":"vang"},{"member":3,"kind":"co_mat"}]}}"#)
        #expect(e?.reason.contains("listed twice") == true)
    }

    @Test func badEvaluationYearIsRejected() {
        let e = decodeError(#"{"t":1,"by":"x","op":"addAssignment","assignment":{"id":1,"member":1,"targetGroup":"ho_dan","place":"noi_cu_tru","source":"tu_nhan","from":"2024-01-01","evaluations":{"năm":{"level":"tot"}}}}"#)
        #expect(e?.reason.contains("not a year") == true)
    }
}

@Suite struct CodecAppendTests {
    /// Appending many small ops to one large buffer must not copy or zero-fill the whole buffer each time.
    @Test func appendingToALargeLogStaysLinear() throws {
        var log: [UInt8] = Array(repeating: 0x20, count: 4_000_000)
        let op = Op(time: 1, author: "a", change: .deleteOrg(OrgID(1)))
        let one = OpCodec.encode(op)
        let clock = ContinuousClock()
        let took = clock.measure {
            for _ in 0..<5_000 { OpCodec.encode(op, into: &log) }
        }
        #expect(log.count == 4_000_000 + 5_000 * one.count)
        #expect(Array(log.suffix(one.count)) == one)
        // Copying the log each time would be 5k × 4 MB; appending takes milliseconds.
        #expect(took < .seconds(3))
    }
}
