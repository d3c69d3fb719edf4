import DanVanSeal
import DanVanStore
import DanVanUI

extension SecurityInfo {
    /// What File → Security shows for `folder` (opened with `key` when encrypted). Makes
    /// nothing: a folder with no identity yet says so.
    public static func of(folder: String, key: DataKey?, files: any SecretFiles = SecretFile.disk) -> SecurityInfo {
        let id = try? IdentityFile.load(folder: folder, key: key, files: files)
        let trust = (try? TrustList.load(folder: folder, key: key, files: files)) ?? TrustList()
        return SecurityInfo(folder: folder, encrypted: key != nil, fingerprint: id?.publicIdentity.fingerprint,
                            trusted: trust.keys.map { .init(fingerprint: $0.fingerprint, orgs: $0.orgs) })
    }
}

extension Store {
    public func security() -> SecurityInfo? { .of(folder: folder, key: key, files: secretFiles) }

    /// File → Security's work, through the same `FolderPassphrase` code as `danvan passphrase`.
    /// The typed text is copied into wiped memory at once.
    public func changePassphrase(_ request: PassphraseRequest) throws -> SecurityInfo {
        ProcessGuard.keepSecretsOutOfCoreDumps()
        func secret(_ t: TypedSecret) -> SecretBuffer {
            var bytes = t.utf8
            defer { for i in bytes.indices { bytes[i] = 0 } }
            return SecretBuffer(bytes)
        }
        let files = secretFiles
        switch request {
        case .set(let typed):
            let new = secret(typed)
            defer { new.wipe() }
            let key = try FolderPassphrase.set(self, to: new)
            return .of(folder: folder, key: key, files: files)
        case .change(let typedCurrent, let typedNew):
            let current = secret(typedCurrent), new = secret(typedNew)
            defer {
                current.wipe()
                new.wipe()
            }
            guard !isReadOnly else { throw FolderPassphrase.Refusal.readOnly }
            let key = try FolderPassphrase.unlock(folder: folder, passphrase: current, files: files)
            try FolderPassphrase.change(folder: folder, key: key, to: new, files: files)
            return .of(folder: folder, key: key, files: files)
        case .remove(let typedCurrent):
            let current = secret(typedCurrent)
            defer { current.wipe() }
            let key = try FolderPassphrase.unlock(folder: folder, passphrase: current, files: files)
            try FolderPassphrase.remove(self, key: key)
            return .of(folder: folder, key: nil, files: files)
        }
    }
}
