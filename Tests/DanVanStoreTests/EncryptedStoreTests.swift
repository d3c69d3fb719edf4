import DanVanCore
import DanVanSeal
import Foundation
import Testing
@testable import DanVanStore

/// An encrypted folder: the same store, with record payloads and snapshot bodies sealed
/// under a data key. (Damage loops: StoreDamageTests, run on both kinds.)
struct EncryptedStoreTests {
    static let secrets = ["Nguyễn Thị Huyền Trang", "0912 345 678", "điều trị ung thư phổi", "Chi bộ khu phố Bảy"]

    /// Commits members whose name, phone and note are the `secrets`.
    static func fill(_ store: Store, gen: inout OpGenerator) throws {
        try store.commit(gen.batch(6))
        let cell = gen.state.orgs.values.first { $0.level.isCell }!.id
        let m = Member(id: MemberID(900_001), org: cell, fullName: secrets[0], phone: secrets[1], notes: secrets[2])
        try store.commit(Op(time: 1_700_000_000_000, author: "thư ký", change: .addMember(m)))
        try gen.state.apply(Op(time: 1_700_000_000_000, author: "thư ký", change: .addMember(m)))
        try store.commit(Op(time: 1_700_000_001_000, author: "thư ký",
                            change: .addOrg(Org(id: OrgID(900_002), parent: gen.state.orgs[cell]!.parent, name: secrets[3], level: .grassrootsCell))))
        try gen.state.apply(Op(time: 1_700_000_001_000, author: "thư ký",
                               change: .addOrg(Org(id: OrgID(900_002), parent: gen.state.orgs[cell]!.parent, name: secrets[3], level: .grassrootsCell))))
    }

    /// Every secret, as UTF-8 and in pieces long enough to mean something, absent from every file.
    static func expectNoPlaintext(_ fs: MemoryFileSystem, _ context: String = "") throws {
        for name in try fs.list(folder) {
            let bytes = fs.contents(folder + "/" + name) ?? []
            for s in secrets {
                let needle = Array(s.utf8)
                for piece in [needle, Array(needle.prefix(8)), Array(needle.suffix(8))] where contains(bytes, piece) {
                    Issue.record("\(context): “\(String(decoding: piece, as: UTF8.self))” found in \(name)")
                }
            }
        }
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, hay.count >= needle.count else { return false }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return true }
        return false
    }

    @Test func noNamePhoneOrNoteAppearsInAnyFileOfAnEncryptedFolder() throws {
        let fs = MemoryFileSystem()
        let key = DataKey.generate()
        var gen = OpGenerator(seed: 7)
        let store = try fs.open(key: key)
        try Self.fill(store, gen: &gen)
        try Self.expectNoPlaintext(fs, "log")
        try store.checkpoint()
        try store.commit(gen.batch(3))
        try Self.expectNoPlaintext(fs, "snapshot and log")
        store.close()
        #expect(try fs.open(key: key).state == gen.state)
        // The control: the same data unencrypted does show them (the search works).
        let plain = MemoryFileSystem()
        var g2 = OpGenerator(seed: 7)
        let s2 = try plain.open()
        try Self.fill(s2, gen: &g2)
        s2.close()
        let all = try plain.list(folder).flatMap { plain.contents(folder + "/" + $0) ?? [] }
        #expect(Self.contains(all, Array(Self.secrets[0].utf8)))
    }

    @Test func anEncryptedFolderOpensOnlyWithItsKey() throws {
        let fs = MemoryFileSystem()
        let key = DataKey.generate()
        var gen = OpGenerator(seed: 8)
        let store = try fs.open(key: key)
        try store.commit(gen.batch(4))
        try store.checkpoint()
        try store.commit(gen.batch(2))
        store.close()
        let files = try StoreDamageTests.snapshotOf(fs)
        #expect { try fs.open(readOnly: true) } throws: { e in if case StoreError.encrypted = e { true } else { false } }
        #expect { try fs.open(readOnly: true, key: DataKey.generate()) } throws: { e in
            guard case StoreError.damaged(_, _, .undecodable(let why)) = e else { return false }
            return why.contains("does not decrypt")
        }
        #expect(try StoreDamageTests.snapshotOf(fs) == files, "a refused open changed files")
        let again = try fs.open(key: key)
        #expect(again.state == gen.state)
        #expect(try again.history(limit: 10).count == 2)
    }

    /// A record moved to another place in the log (same folder, same key) does not open: its
    /// seal is bound to its sequence number.
    @Test func aRecordSealIsBoundToItsSequenceNumber() throws {
        let key = DataKey.generate()
        var sealed = PayloadSeal.seal([UInt8](repeating: 0, count: LogFormat.recordHeaderSize) + [1, 2, 3], key: key, seq: 5, count: 1)
        LogFormat.seal(&sealed, salt: 9, seq: 5, count: 1)
        let rec = LogRecord(seq: 6, count: 1, offset: 0, payload: LogFormat.recordHeaderSize..<(sealed.count - LogFormat.trailerSize))
        var plain = false
        #expect(throws: StoreError.self) { try PayloadSeal.decodeBatch(sealed, rec, key: key, file: "x", plain: &plain) }
    }

    @Test func resealEncryptsAndDecryptsAFolderWithItsData() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 9)
        let store = try fs.open()
        try Self.fill(store, gen: &gen)
        try store.checkpoint()
        try store.commit(gen.batch(2))
        let key = DataKey.generate()
        try store.reseal(with: key)
        try Self.expectNoPlaintext(fs, "after set")
        try store.commit(gen.batch(2))
        store.close()
        #expect { try fs.open(readOnly: true) } throws: { e in if case StoreError.encrypted = e { true } else { false } }
        let s2 = try fs.open(key: key)
        #expect(s2.state == gen.state)
        try s2.reseal(with: nil)
        s2.close()
        #expect(try fs.open().state == gen.state)
    }

    /// A power cut at every step of `passphrase set` (the key file is written first, so the
    /// folder is opened with the key afterwards) and of `remove` (the key file goes last):
    /// the folder opens with every acknowledged op, and once opened holds no plaintext.
    @Test(arguments: [true, false])
    func aCrashAnywhereInResealLeavesAFolderThatOpens(encrypting: Bool) throws {
        let key = DataKey.generate()
        var n = 1
        while true {
            let fs = MemoryFileSystem()
            var gen = OpGenerator(seed: 11)
            let store = try fs.open(key: encrypting ? nil : key)
            try Self.fill(store, gen: &gen)
            try store.checkpoint()
            try store.commit(gen.batch(2))
            fs.crash(atMutation: n)
            let finished = (try? store.reseal(with: encrypting ? key : nil)) != nil
            store.close()
            fs.restart()
            let again = try fs.open(key: key)
            #expect(again.state == gen.state, "crash at mutation \(n)")
            try Self.expectNoPlaintext(fs, "after a crash at mutation \(n) and an open with the key")
            again.close()
            #expect(try fs.open(key: key).state == gen.state)
            if finished { break }
            n += 1
            #expect(n < 200)
            if n >= 200 { break }
        }
    }
}
