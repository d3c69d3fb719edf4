import DanVanCore
import DanVanSeal
@testable import DanVanStore
import Testing

/// `FolderPassphrase` (what `danvan passphrase` and File → Security run) on the in-memory file
/// system: its key file, identity and trust list go through the same seam as the data, so a
/// power cut is tried at every write of the whole step, not only of the data's rewrite.
@Suite struct FolderPassphraseTests {
    static let passphrase = "ổi-xanh-Qz7#vườn"
    static let cheap = KeyFile.Parameters(log2N: 10, r: 8, p: 1)

    static func secret(_ s: String = passphrase) -> SecretBuffer { SecretBuffer(Array(s.utf8)) }

    /// A folder with data, an identity and a trust list; its identity.
    static func filled(_ fs: MemoryFileSystem, gen: inout OpGenerator) throws -> (Store, Identity) {
        let store = try fs.open()
        try EncryptedStoreTests.fill(store, gen: &gen)
        try store.checkpoint()
        try store.commit(gen.batch(2))
        let id = try IdentityFile.loadOrCreate(folder: folder, key: nil, files: store.secretFiles)
        var trust = TrustList()
        _ = trust.trust(Identity.generate().publicIdentity, org: "Huyện A / Chi bộ B")
        try trust.save(folder: folder, key: nil, files: store.secretFiles)
        return (store, id)
    }

    /// Opens the folder as danvan does after a restart: with the key when it has a key file.
    static func reopen(_ fs: MemoryFileSystem) throws -> (Store, DataKey?) {
        let files = FileSystemSecretFiles(fs: fs)
        let key = KeyFile.isEncrypted(folder, files: files)
            ? try FolderPassphrase.unlock(folder: folder, passphrase: secret(), files: files) : nil
        return (try fs.open(key: key), key)
    }

    @Test func aCrashAtEveryWriteOfSetLeavesAFolderThatOpensWithAllItsData() throws {
        var n = 1
        while n < 300 {
            let fs = MemoryFileSystem()
            var gen = OpGenerator(seed: 21)
            let (store, id) = try Self.filled(fs, gen: &gen)
            fs.crash(atMutation: n)
            let finished = (try? FolderPassphrase.set(store, to: Self.secret(), parameters: Self.cheap)) != nil
            store.close()
            fs.restart()
            let (again, key) = try Self.reopen(fs)
            #expect(again.state == gen.state, "crash at mutation \(n)")
            #expect(try IdentityFile.load(folder: folder, key: key, files: again.secretFiles)?.publicIdentity == id.publicIdentity)
            #expect(try TrustList.load(folder: folder, key: key, files: again.secretFiles).keys.count == 1)
            if key != nil { try EncryptedStoreTests.expectNoPlaintext(fs, "crash at mutation \(n), opened with the key") }
            again.close()
            if finished {
                #expect(key != nil)
                break
            }
            n += 1
        }
        #expect(n > 5 && n < 300)
    }

    @Test func aCrashAtEveryWriteOfRemoveLeavesAFolderThatOpensWithAllItsData() throws {
        var n = 1
        while n < 300 {
            let fs = MemoryFileSystem()
            var gen = OpGenerator(seed: 22)
            let (plain, id) = try Self.filled(fs, gen: &gen)
            let key = try FolderPassphrase.set(plain, to: Self.secret(), parameters: Self.cheap)
            fs.crash(atMutation: n)
            let finished = (try? FolderPassphrase.remove(plain, key: key)) != nil
            plain.close()
            fs.restart()
            let (again, reopenedKey) = try Self.reopen(fs)
            #expect(again.state == gen.state, "crash at mutation \(n)")
            #expect(try IdentityFile.load(folder: folder, key: reopenedKey, files: again.secretFiles)?.publicIdentity == id.publicIdentity)
            again.close()
            if finished {
                #expect(reopenedKey == nil)
                break
            }
            n += 1
        }
        #expect(n > 5 && n < 300)
    }

    @Test func eachRefusalHasItsOwnReasonAndChangesNothing() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 23)
        let (store, _) = try Self.filled(fs, gen: &gen)
        defer { store.close() }
        #expect(throws: FolderPassphrase.Refusal.tooShort(characters: 4)) { try FolderPassphrase.set(store, to: Self.secret("ngắn"), parameters: Self.cheap) }
        #expect(throws: FolderPassphrase.Refusal.notEncrypted(folder: folder)) {
            try FolderPassphrase.unlock(folder: folder, passphrase: Self.secret(), files: store.secretFiles)
        }
        #expect(!KeyFile.isEncrypted(folder, files: store.secretFiles))
        let key = try FolderPassphrase.set(store, to: Self.secret(), parameters: Self.cheap)
        #expect(throws: FolderPassphrase.Refusal.alreadyEncrypted(folder: folder)) { try FolderPassphrase.set(store, to: Self.secret()) }
        let seal = fs.contents(folder + "/" + KeyFile.name)
        #expect(throws: FolderPassphrase.Refusal.tooShort(characters: 7)) {
            try FolderPassphrase.change(folder: folder, key: key, to: Self.secret("bảy ký7"), files: store.secretFiles)
        }
        #expect(fs.contents(folder + "/" + KeyFile.name) == seal)
        #expect(throws: FolderPassphrase.Refusal.wrongPassphrase) {
            try FolderPassphrase.unlock(folder: folder, passphrase: Self.secret("không phải nó"), files: store.secretFiles)
        }
        #expect(FolderPassphrase.Refusal.wrongPassphrase.message(.en) == "wrong current passphrase; nothing changed.")
    }
}
