@testable import DanVanApp
import DanVanCore
import DanVanSeal
import DanVanStore
@testable import DanVanUI
import Foundation
import Testing

/// File → Security through the run loop on the real store (in-memory file system): the same
/// `FolderPassphrase` work as `danvan passphrase`, driven by keys.
@Suite struct AppPassphraseTests {
    static let folder = "/data/danvan"
    static let name = "Nguyễn Thị Bí Mật"
    static let first = "ổi-xanh-Qz7#vườn"
    static let second = "na-dai-Wk4@ruộng"

    static func records() throws -> State {
        let cell = OrgID(1)
        return try State(orgs: [Org(id: cell, parent: nil, name: "Chi bộ Khu phố 9", level: .subordinateCell)],
                         members: [Member(id: MemberID(1), org: cell, fullName: name, cardNo: "79.000.123", phone: "0909 123 456")],
                         assignments: [])
    }

    static func secret(_ s: String) -> SecretBuffer { SecretBuffer(Array(s.utf8)) }

    /// Opens File → Security, then `keys`; the loop after the run.
    static func run(_ store: Store, security: SecurityInfo, _ keys: [Key]) -> (AppLoop, ScriptedTerminal) {
        var app = AppLoopTests.app(store, width: 100, height: 30)
        app.security = security
        let terminal = ScriptedTerminal(width: 100, height: 30, events: keys.map { .key($0) })
        let loop = AppLoop(app: app, terminal: terminal, records: store, services: AppLoopTests.services())
        loop.dispatch(.command(.security(.openSecurity)))
        loop.run(idleTurns: 1)
        return (loop, terminal)
    }

    static func typed(_ s: String) -> [Key] { s.map { .char($0) } }

    /// Every byte of every file in the folder, by name.
    static func files(_ fs: MemoryFileSystem) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for n in try fs.list(folder) { out[n] = fs.contents(folder + "/" + n) }
        return out
    }

    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let t = Array(text.utf8)
        guard bytes.count >= t.count else { return false }
        return (0...(bytes.count - t.count)).contains { bytes[$0..<($0 + t.count)].elementsEqual(t) }
    }

    /// No frame the terminal was given shows a passphrase typed.
    static func expectNoSecretDrawn(_ terminal: ScriptedTerminal, _ secrets: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for frame in terminal.frames {
            let text = frame.lines.joined(separator: "\n")
            for s in secrets {
                // Any four characters in a row of the passphrase would be too many.
                let chars = Array(s)
                for i in 0...(chars.count - 4) where text.contains(String(chars[i..<(i + 4)])) {
                    Issue.record("“\(String(chars[i..<(i + 4)]))” of a passphrase drawn", sourceLocation: sourceLocation)
                    return
                }
            }
        }
    }

    @Test func setEncryptsTheFolderWhichReopensOnlyWithTheNewPassphrase() throws {
        let fs = MemoryFileSystem()
        let store = try Store.open(Self.folder, fileSystem: fs)
        try store.seed(with: Self.records())
        #expect(try Self.files(fs).values.contains { Self.contains($0, Self.name) }, "the plain folder holds the name")

        // An identity and a trusted key, made before: kept, and sealed with the new key.
        let id = try IdentityFile.loadOrCreate(folder: Self.folder, key: nil, files: store.secretFiles)
        var trust = TrustList()
        _ = trust.trust(Identity.generate().publicIdentity, org: "Huyện Bí Mật / Chi bộ Khu phố 9")
        try trust.save(folder: Self.folder, key: nil, files: store.secretFiles)
        let plain = SecurityInfo.of(folder: Self.folder, key: nil, files: store.secretFiles)
        #expect(!plain.encrypted && plain.fingerprint == id.publicIdentity.fingerprint && plain.trusted.count == 1)
        #expect(try Self.files(fs).values.contains { Self.contains($0, "Huyện Bí Mật") })
        let (loop, terminal) = Self.run(store, security: plain,
                                        [.enter] + Self.typed(Self.first) + [.enter] + Self.typed(Self.first) + [.enter])
        #expect(loop.app.security == SecurityInfo(folder: Self.folder, encrypted: true, fingerprint: plain.fingerprint, trusted: plain.trusted))
        #expect(loop.app.overlay == .security(SecurityScreen(note: StatusMessage(Strings.Seal.doneSet.text(.vi), .ok))))
        #expect(!loop.app.busy)
        #expect(terminal.frames.last!.lines.joined().contains("Mã hóa: CÓ"))
        Self.expectNoSecretDrawn(terminal, [Self.first])

        // No file of the folder holds the member's name or phone any more.
        let after = try Self.files(fs)
        #expect(after.keys.contains(KeyFile.name))
        for (n, bytes) in after {
            #expect(!Self.contains(bytes, Self.name), "the name is in \(n)")
            #expect(!Self.contains(bytes, "0909 123 456"), "the phone is in \(n)")
            #expect(!Self.contains(bytes, "Huyện Bí Mật"), "the trusted subtree is in \(n)")
        }
        // A change made after `set` is written encrypted too.
        try store.commitOps([Op(time: 1, author: "t", change: .addOrg(Org(id: OrgID(2), parent: nil, name: "Chi bộ Bí Danh", level: .grassrootsCell)))])
        #expect(!(try Self.files(fs)).values.contains { Self.contains($0, "Chi bộ Bí Danh") })
        let files = store.secretFiles
        store.close()

        // The folder opens with the new passphrase only.
        #expect(throws: StoreError.self) { try Store.open(Self.folder, fileSystem: fs) }
        #expect(throws: FolderPassphrase.Refusal.wrongPassphrase) {
            try FolderPassphrase.unlock(folder: Self.folder, passphrase: Self.secret("không phải nó"), files: files)
        }
        let key = try FolderPassphrase.unlock(folder: Self.folder, passphrase: Self.secret(Self.first), files: files)
        let reopened = try Store.open(Self.folder, fileSystem: fs, key: key)
        defer { reopened.close() }
        #expect(reopened.state.members.values.map(\.fullName) == [Self.name])
        #expect(reopened.state.orgs.count == 2)
    }

    /// An encrypted store (set through the shared code), its files and the key.
    static func encrypted() throws -> (MemoryFileSystem, Store) {
        let fs = MemoryFileSystem()
        let store = try Store.open(folder, fileSystem: fs)
        try store.seed(with: records())
        try FolderPassphrase.set(store, to: secret(first))
        return (fs, store)
    }

    @Test func aWrongCurrentPassphraseIsRefusedWithItsOwnMessageAndChangesNothing() throws {
        let (fs, store) = try Self.encrypted()
        defer { store.close() }
        let info = SecurityInfo.of(folder: Self.folder, key: nil, files: store.secretFiles)
        let before = try Self.files(fs)
        let (loop, terminal) = Self.run(store, security: SecurityInfo(folder: info.folder, encrypted: true, fingerprint: nil, trusted: []),
                                        [.enter] + Self.typed("Zq-sai-rồi-9") + [.enter]
                                            + Self.typed(Self.second) + [.enter] + Self.typed(Self.second) + [.enter])
        let message = FolderPassphrase.Refusal.wrongPassphrase.message(.vi)
        #expect(message == "sai mật khẩu hiện tại; không thay đổi gì.")
        var entry = PassphraseEntry(.change)
        entry.focus = 0
        #expect(loop.app.overlay == .security(SecurityScreen(step: .entry(entry), note: StatusMessage(message, .error))))
        #expect(terminal.frames.last!.lines.contains { $0.contains(message) })
        #expect(try Self.files(fs) == before)
        Self.expectNoSecretDrawn(terminal, ["Zq-sai-rồi-9", Self.second])
    }

    @Test func changeRewrapsOnlyTheKeyAndRemoveWritesTheDataBackInTheClear() throws {
        let (fs, store) = try Self.encrypted()
        let info = SecurityInfo(folder: Self.folder, encrypted: true, fingerprint: nil, trusted: [])
        let before = try Self.files(fs)
        let (changed, _) = Self.run(store, security: info, [.enter] + Self.typed(Self.first) + [.enter]
                                        + Self.typed(Self.second) + [.enter] + Self.typed(Self.second) + [.enter])
        #expect(changed.app.status == StatusMessage(Strings.Seal.doneChange.text(.vi), .ok))
        let after = try Self.files(fs)
        #expect(after.filter { before[$0.key] != $0.value }.keys.sorted() == [KeyFile.name])
        let files = store.secretFiles
        #expect(throws: FolderPassphrase.Refusal.wrongPassphrase) {
            try FolderPassphrase.unlock(folder: Self.folder, passphrase: Self.secret(Self.first), files: files)
        }
        _ = try FolderPassphrase.unlock(folder: Self.folder, passphrase: Self.secret(Self.second), files: files)

        // Remove: the question, then the current passphrase.
        let (removed, terminal) = Self.run(store, security: changed.app.security!,
                                           [.char("x"), .char("c")] + Self.typed(Self.second) + [.enter])
        #expect(removed.app.security?.encrypted == false)
        #expect(removed.app.status == StatusMessage(Strings.Seal.doneRemove.text(.vi), .ok))
        #expect(terminal.frames.contains { $0.lines.joined().contains(Strings.Seal.confirmRemove.text(.vi)) })
        #expect(fs.contents(Self.folder + "/" + KeyFile.name) == nil)
        #expect(try Self.files(fs).values.contains { Self.contains($0, Self.name) })
        store.close()
        let plain = try Store.open(Self.folder, fileSystem: fs)
        defer { plain.close() }
        #expect(plain.state.members.values.map(\.fullName) == [Self.name])
    }

    @Test func aReadOnlyFolderIsNotEncryptedFromTheScreen() throws {
        let fs = MemoryFileSystem()
        let writer = try Store.open(Self.folder, fileSystem: fs)
        try writer.seed(with: Self.records())
        defer { writer.close() }
        let reader = try Store.open(Self.folder, readOnly: true, fileSystem: fs)
        defer { reader.close() }
        // Even asked for directly, the shared code refuses a store opened read-only.
        #expect(throws: FolderPassphrase.Refusal.readOnly) { try reader.changePassphrase(.set(new: TypedSecret(Self.first))) }
        #expect(fs.contents(Self.folder + "/" + KeyFile.name) == nil)
    }

    @Test func aFailedWriteOfTheKeyFileIsRefusedAndLeavesThePlainFolderAsItWas() throws {
        let fs = MemoryFileSystem()
        let store = try Store.open(Self.folder, fileSystem: fs)
        defer { store.close() }
        try store.seed(with: Self.records())
        let before = try Self.files(fs)
        fs.fail(.rename, onCall: 1)
        let (loop, terminal) = Self.run(store, security: SecurityInfo.of(folder: Self.folder, key: nil, files: store.secretFiles),
                                        [.enter] + Self.typed(Self.first) + [.enter] + Self.typed(Self.first) + [.enter])
        guard case .security(let screen) = loop.app.overlay, case .entry(let entry) = screen.step else {
            Issue.record("the set step is not asked again")
            return
        }
        #expect(entry == PassphraseEntry(.set))
        #expect(screen.note?.kind == .error && screen.note?.text.contains(KeyFile.name) == true, "\(String(describing: screen.note))")
        #expect(loop.app.security?.encrypted == false && !loop.app.busy && !loop.app.readOnly)
        #expect(try Self.files(fs) == before, "a refused set left files behind")
        Self.expectNoSecretDrawn(terminal, [Self.first])
    }

    /// A step that fails at any write, sync or rename of set, change or remove: the screen then
    /// shows the folder as it really is (encrypted or not), never the state before the step.
    @Test(arguments: [MemoryFileSystem.Fault.write, .sync, .rename])
    func aStepThatFailsAnywhereShowsTheFolderAsItIs(fault: MemoryFileSystem.Fault) throws {
        for kind in ["set", "change", "remove"] {
            // Each write point in turn, until the step no longer reaches the failing call.
            for n in 1...40 {
                let fs = MemoryFileSystem()
                let store = try Store.open(Self.folder, fileSystem: fs)
                defer { store.close() }
                try store.seed(with: Self.records())
                var keys: [Key]
                if kind == "set" {
                    keys = [.enter] + Self.typed(Self.first) + [.enter] + Self.typed(Self.first) + [.enter]
                } else {
                    _ = try FolderPassphrase.set(store, to: Self.secret(Self.first))
                    keys = kind == "change"
                        ? [.enter] + Self.typed(Self.first) + [.enter] + Self.typed(Self.second) + [.enter] + Self.typed(Self.second) + [.enter]
                        : [.char("x"), .char("c")] + Self.typed(Self.first) + [.enter]
                }
                fs.fail(fault, onCall: n)
                let shown = SecurityInfo.of(folder: Self.folder, key: store.isEncrypted ? store.key : nil, files: store.secretFiles)
                let (loop, _) = Self.run(store, security: shown, keys)
                #expect(loop.app.security?.encrypted == store.isEncrypted, "\(kind), \(fault) #\(n)")
                if loop.app.status?.kind == .ok { break }
                #expect(n < 40, "\(kind) never succeeded")
            }
        }
    }
}
