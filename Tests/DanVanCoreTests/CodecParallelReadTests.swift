import Foundation
import Testing
@testable import DanVanCore

/// The two-thread read of big documents must give exactly what the one-thread read gives:
/// the same state, or the same error at the same offset, on any input.
@Suite struct CodecParallelReadTests {
    enum Outcome: Equatable {
        /// The state and its indexes written out (`State ==` compares the records only).
        case state(State, indexes: String)
        case error(offset: Int, reason: String)
        case declined
    }

    static func outcome(_ bytes: [UInt8], inTwo: Bool) -> Outcome {
        do {
            let got = try bytes.withUnsafeBytes { buf -> (version: Int, state: State)? in
                inTwo ? try DocumentCodec.decodeStateInTwo(buf, format: SnapshotCodec.format, supportedVersion: 1) { _, _ in false }
                    : try DocumentCodec.decodeStateInOne(buf, format: SnapshotCodec.format, supportedVersion: 1) { _, _ in false }
            }
            guard let got else { return .declined }
            return .state(got.state, indexes: indexes(of: got.state))
        } catch let e as CodecError {
            return .error(offset: e.offset, reason: e.reason)
        } catch {
            return .error(offset: -1, reason: "\(error)")
        }
    }

    static func indexes(of s: State) -> String {
        var out = "roots \(s.roots)\n"
        for id in s.orgs.keys.sorted() {
            out += "\(id.raw): children \(s.children(of: id)) members \(s.directMembers(of: id))\n"
        }
        for id in s.members.keys.sorted() { out += "\(id.raw): assignments \(s.assignmentIDs(of: id))\n" }
        return out
    }

    func snapshot(seed: UInt64) throws -> [UInt8] {
        var f = Fixtures(seed: seed)
        return SnapshotCodec.encode(try f.state(), meta: SnapshotMeta(seq: 9, createdAt: 1))
    }

    @Test func sameStateAsOneThread() throws {
        var f = Fixtures(seed: 21)
        let state = try f.state()
        #expect(!state.assignments.isEmpty && !state.meetings.isEmpty)
        let bytes = SnapshotCodec.encode(state, meta: SnapshotMeta(seq: 9, createdAt: 1))
        let two = Self.outcome(bytes, inTwo: true)
        #expect(two == .state(state, indexes: Self.indexes(of: state)))
        #expect(two == Self.outcome(bytes, inTwo: false))
    }

    /// Every truncation and many flipped bytes: the two reads agree (or the split declines).
    @Test func damageGivesTheSameErrorAsOneThread() throws {
        let bytes = try snapshot(seed: 22)
        var checked = 0
        func agree(_ damaged: [UInt8]) {
            let two = Self.outcome(damaged, inTwo: true)
            if two != .declined {
                #expect(two == Self.outcome(damaged, inTwo: false))
                checked += 1
            }
        }
        for cut in stride(from: 0, to: bytes.count, by: 61) { agree(Array(bytes[..<cut])) }
        var g = SeededGenerator(seed: 5)
        for i in stride(from: 0, to: bytes.count, by: 31) {
            var d = bytes
            d[i] ^= UInt8(1 + g.next() % 255)
            agree(d)
        }
        #expect(checked > bytes.count / 60)
    }

    /// Unusual but valid layouts are declined (and read on one thread) or read alike.
    @Test func unusualLayouts() throws {
        let meta = #""format":"danvan-snapshot","version":1,"seq":1,"createdAt":1"#
        let org = #"{"id":1,"name":"Chi bộ 1","level":"chi_bo_co_so","unitKind":"khac"}"#
        let member = #"{"id":2,"org":1,"fullName":"Lê Văn An","kind":"chinh_thuc","status":{"kind":"dang_sinh_hoat"},"role":"dang_vien"}"#
        let assignment = #"{"id":3,"member":2,"targetGroup":"khac","place":"noi_cu_tru","source":"phan_cong","from":"2025-01-01"}"#
        let docs = [
            "{\(meta),\"orgs\":[\(org)],\"members\":[\(member)],\"assignments\":[\(assignment)]}",
            "{\(meta),\"orgs\":[\(org)],\"assignments\":[\(assignment)],\"members\":[\(member)]}",
            "{\(meta),\"orgs\":[\(org)],\"members\":[\(member)],\"note\":\"x\",\"assignments\":[\(assignment)]}",
            "{\(meta),\"orgs\":[\(org)],\"members\":[\(member)],\"members\":[],\"assignments\":[\(assignment)]}",
            "{\(meta),\"orgs\":[\(org)],\"members\":[\(member)],\"assignments\":[\(assignment)],\"assignments\":[\(assignment)]}",
            "{\(meta),\"members\":[\(member)],\"orgs\":[\(org)]}",
            "{\(meta),\"orgs\":[\(org)],\"members\":[\(member)]} x",
            "{\(meta),\"orgs\":[\(org)],\"members\":[\(member)],\"assignments\":[{\"id\":3,\"member\":99}]}",
            // Split, with tables and header keys after the assignments, and errors on either side.
            "{\(meta),\"orgs\":[\(org)],\"members\":[\(member)],\"assignments\":[\(assignment)],\"persons\":[],\"note\":1,\"meetings\":[]}",
            "{\(meta),\"orgs\":[\(org)],\"members\":[\(member)],\"assignments\":[\(assignment)],\"meetings\":[{\"id\":4}]}",
            "{\(meta),\"orgs\":[\(org)],\"members\":[\(member)],\"assignments\":[{\"id\":3}],\"meetings\":[{\"id\":4}]}",
            "{\(meta),\"orgs\":[\(org)],\"members\":[{\"id\":2}],\"assignments\":[{\"id\":3}]}",
            "{\(meta),\"orgs\":[\(org)],\"members\":[\(member)],\"assignments\":[\(assignment)]} x",
            "{\(meta),\"orgs\":[\(org)],\"members\":[\(member)],\"assignments\":[\(assignment)],\"orgs\":[]}",
            "{\(meta),\"orgs\":[{\"id\":1,\"parent\":7,\"name\":\"x\",\"level\":\"chi_bo_co_so\",\"unitKind\":\"khac\"}],\"members\":[\(member)],\"assignments\":[{\"id\":3}]}",
        ]
        var split = 0
        for doc in docs {
            let bytes = Array(doc.utf8)
            let two = Self.outcome(bytes, inTwo: true), one = Self.outcome(bytes, inTwo: false)
            if two != .declined {
                split += 1
                #expect(two == one, "\(doc)")
            }
        }
        #expect(split >= 8)
    }
}

/// The streamed two-thread writer gives exactly the bytes of the one-piece writer.
@Suite struct CodecStreamWriteTests {
    @Test func streamedBytesEqualOnePiece() throws {
        var f = Fixtures(seed: 23)
        let state = try f.state()
        let meta = SnapshotMeta(seq: 4, createdAt: 5, appVersion: "t")
        let whole = SnapshotCodec.encode(state, meta: meta)
        for chunkSize in [1, 100, 1000, 1 << 20] {
            var pieces: [[UInt8]] = []
            try SnapshotCodec.encode(state, meta: meta, chunkSize: chunkSize) { pieces.append($0) }
            #expect(Array(pieces.joined()) == whole)
            if chunkSize == 100 { #expect(pieces.count > 10) }  // the orgs and members come in pieces
        }
        var empty: [UInt8] = []
        try SnapshotCodec.encode(State(), meta: meta) { empty += $0 }
        #expect(empty == SnapshotCodec.encode(State(), meta: meta))
    }

    @Test func anErrorFromTheSinkStopsTheWriting() throws {
        var f = Fixtures(seed: 24)
        let state = try f.state()
        struct Full: Error {}
        var calls = 0
        #expect(throws: Full.self) {
            try SnapshotCodec.encode(state, meta: SnapshotMeta(seq: 1, createdAt: 1), chunkSize: 50) { _ in
                calls += 1
                if calls == 3 { throw Full() }
            }
        }
        #expect(calls == 3)
    }
}
