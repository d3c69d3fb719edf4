import Foundation
import Testing
@testable import DanVanCore

@Suite struct CodecSnapshotTests {
    func snapshotError(_ bytes: [UInt8]) -> CodecError? {
        do {
            _ = try SnapshotCodec.decode(bytes)
            Issue.record("decoded: \(String(decoding: bytes.prefix(200), as: UTF8.self))")
            return nil
        } catch let e as CodecError {
            return e
        } catch {
            Issue.record("not a CodecError: \(error)")
            return nil
        }
    }

    @Test func roundTripEqualsStateAndBytesAreStable() throws {
        var f = Fixtures(seed: 7)
        let state = try f.state()
        let meta = SnapshotMeta(seq: 12345, createdAt: 1_700_000_000_123, appVersion: "0.1")
        let bytes = SnapshotCodec.encode(state, meta: meta)
        let (back, backMeta) = try SnapshotCodec.decode(bytes)
        #expect(back == state)
        #expect(backMeta == meta)
        #expect(SnapshotCodec.encode(back, meta: backMeta) == bytes.nfcText)
        // Indexes are rebuilt: queries work on the loaded state.
        #expect(back.sortedRoots == state.sortedRoots)
        #expect(back.children(of: OrgID(1)) == state.children(of: OrgID(1)))
        #expect(back.assignmentIDs(of: MemberID(100)) == state.assignmentIDs(of: MemberID(100)))
    }

    @Test func equalStatesBuiltInDifferentOrderEncodeIdentically() throws {
        var f = Fixtures(seed: 8)
        let state = try f.state()
        let t = EntityTables(state: state)
        let shuffled = try State(orgs: t.orgs, members: t.members.reversed(), assignments: t.assignments.reversed(),
                                 persons: t.persons.reversed(), models: t.models, meetings: t.meetings.reversed())
        let meta = SnapshotMeta(seq: 1, createdAt: 2)
        #expect(SnapshotCodec.encode(shuffled, meta: meta) == SnapshotCodec.encode(state, meta: meta))
    }

    @Test func emptyStateRoundTrips() throws {
        let bytes = SnapshotCodec.encode(State(), meta: SnapshotMeta(seq: 0, createdAt: 0))
        #expect(String(decoding: bytes, as: UTF8.self)
            == #"{"format":"danvan-snapshot","version":1,"counts":{"orgs":0,"members":0,"assignments":0},"seq":0,"createdAt":0,"orgs":[],"members":[],"assignments":[],"persons":[],"models":[],"meetings":[]}"#)
        let (s, m) = try SnapshotCodec.decode(bytes)
        #expect(s == State() && m == SnapshotMeta(seq: 0, createdAt: 0))
    }

    @Test func newerVersionIsToldApartFromDamage() {
        let e = snapshotError(Array(#"{"format":"danvan-snapshot","version":2,"seq":1,"createdAt":1,"orgs":[{"id":1,"shape":"new"}]}"#.utf8))
        #expect(e?.kind == .newerVersion(found: 2, supported: 1))
        #expect(e?.reason.contains("newer") == true)
    }

    @Test func wrongFormatIsNamed() {
        let e = snapshotError(Array(#"{"format":"danvan-bundle","version":1,"orgs":[]}"#.utf8))
        #expect(e?.kind == .wrongFormat(found: "danvan-bundle"))
        #expect(snapshotError(Array(#"{"version":1,"orgs":[]}"#.utf8))?.kind == .wrongFormat(found: ""))
        #expect(snapshotError(Array("[1,2]".utf8))?.kind == .wrongFormat(found: ""))
        #expect(snapshotError(Array(#"{"format":"danvan-snapshot","version":1,"seq":1,"createdAt":1}x"#.utf8))?.kind == .malformed)
    }

    @Test func missingHeaderKeysAreNamed() {
        #expect(snapshotError(Array(#"{"format":"danvan-snapshot","version":1,"createdAt":1}"#.utf8))?.reason.contains("\"seq\"") == true)
        #expect(snapshotError(Array(#"{"format":"danvan-snapshot","seq":1,"createdAt":1}"#.utf8))?.reason.contains("\"version\"") == true)
    }

    @Test func inconsistentRecordsAreReported() {
        let text = #"{"format":"danvan-snapshot","version":1,"seq":1,"createdAt":1,"orgs":[],"members":[{"id":1,"org":9,"fullName":"A","kind":"du_bi","status":{"kind":"tu_tran"},"role":"bi_thu"}]}"#
        let e = snapshotError(Array(text.utf8))
        #expect(e?.kind == .inconsistent)
        #expect(e?.reason.contains("9") == true)
    }

    @Test func repeatedLongTextsAreSharedButNeverMixedUp() throws {
        // Same length, same first and last eight bytes, different middle: the cache must compare all of it.
        let a = "Tổ dân phố 5, khu AAA phố 3, phường 7", b = "Tổ dân phố 5, khu BBB phố 3, phường 7"
        var orgs = [Org(id: OrgID(1), parent: nil, name: a, level: .higherCommittee)]
        for i in 2...40 { orgs.append(Org(id: OrgID(UInt64(i)), parent: OrgID(1), name: i % 2 == 0 ? a : b, level: .grassrootsCell, term: i % 3 == 0 ? a : b)) }
        let state = try State(orgs: orgs, members: [], assignments: [])
        let (back, _) = try SnapshotCodec.decode(SnapshotCodec.encode(state, meta: SnapshotMeta(seq: 1, createdAt: 1)))
        #expect(back == state)
        for o in back.orgs.values where o.id.raw > 1 {
            #expect(Array(o.name.utf8) == Array((o.id.raw % 2 == 0 ? a : b).utf8))
        }
    }

    @Test func absurdCountHintsAreHarmless() throws {
        let text = #"{"format":"danvan-snapshot","version":1,"counts":{"orgs":18446744073709551615,"members":999999999999,"assignments":1,"x":2},"seq":3,"createdAt":4,"orgs":[]}"#
        let (s, _) = try SnapshotCodec.decode(Array(text.utf8))
        #expect(s.orgs.isEmpty)
    }

    @Test func unknownHeaderAndTableKeysAreSkipped() throws {
        let text = #"{"format":"danvan-snapshot","version":1,"seq":3,"createdAt":4,"host":"x","orgs":[{"id":1,"name":"A","level":"dang_bo_cap_tren"}],"tags":[{"id":1}]}"#
        let (s, m) = try SnapshotCodec.decode(Array(text.utf8))
        #expect(s.orgs.count == 1 && m.seq == 3 && m.createdAt == 4)
    }

    @Test func documentsCarryOtherFormatsAndHeaders() throws {
        var f = Fixtures(seed: 9)
        let state = try f.state()
        let tables = EntityTables(state: state)
        let bytes = DocumentCodec.encode(format: "danvan-bundle", version: 3, tables: tables) { w in w.field("source", "Chi bộ 1") }
        #expect(bytes == DocumentCodec.encode(format: "danvan-bundle", version: 3, state: state) { w in w.field("source", "Chi bộ 1") })
        var source = ""
        let (version, back) = try DocumentCodec.decode(bytes, format: "danvan-bundle", supportedVersion: 3) { k, r in
            guard k == "source" else { return false }
            source = try r.readString()
            return true
        }
        #expect(version == 3 && source == "Chi bộ 1")
        #expect(back.orgs == tables.orgs && back.members == tables.members && back.meetings == tables.meetings)
        #expect(try back.makeState() == state)
    }
}
