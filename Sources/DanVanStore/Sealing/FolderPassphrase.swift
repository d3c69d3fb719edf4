import DanVanCore
import DanVanSeal

/// Setting, changing and removing a data folder's passphrase: the one code both
/// `danvan passphrase` and File → Security run. Callers get the passphrases (asked twice,
/// from a file, from the screen) and wipe them; this checks and does the work, in an order
/// that leaves a folder that opens whatever step a crash stops it at.
public enum FolderPassphrase {
    public static let minimumLength = 8

    /// Why nothing was changed.
    public enum Refusal: Error, Equatable, Sendable {
        case alreadyEncrypted(folder: String)
        case notEncrypted(folder: String)
        case tooShort(characters: Int)
        /// The current passphrase given does not unlock the folder.
        case wrongPassphrase
        /// The folder is open read-only (another danvan holds it, or read-only media).
        case readOnly

        public func message(_ lang: Lang) -> String {
            let vi = lang == .vi
            switch self {
            case .alreadyEncrypted(let f): return vi ? "thư mục dữ liệu \(f) đã có mật khẩu." : "the data folder \(f) already has a passphrase."
            case .notEncrypted(let f): return vi ? "thư mục dữ liệu \(f) chưa có mật khẩu." : "the data folder \(f) has no passphrase."
            case .tooShort(let n):
                return vi ? "mật khẩu quá ngắn (\(n) ký tự); cần ít nhất \(minimumLength); không thay đổi gì."
                          : "the passphrase is too short (\(n) characters); at least \(minimumLength); nothing changed."
            case .wrongPassphrase: return vi ? "sai mật khẩu hiện tại; không thay đổi gì." : "wrong current passphrase; nothing changed."
            case .readOnly: return vi ? "thư mục dữ liệu đang mở chỉ đọc; không thay đổi gì." : "the data folder is open read-only; nothing changed."
            }
        }
    }

    /// Refuses a new passphrase shorter than `minimumLength` characters.
    public static func check(_ passphrase: SecretBuffer) throws {
        let length = String(decoding: passphrase.bytes, as: UTF8.self).count
        guard length >= minimumLength else { throw Refusal.tooShort(characters: length) }
    }

    /// The data key of the encrypted `folder`, unlocked by `passphrase`.
    public static func unlock(folder: String, passphrase: SecretBuffer, files: any SecretFiles = SecretFile.disk) throws -> DataKey {
        guard let file = try KeyFile.load(folder: folder, files: files) else { throw Refusal.notEncrypted(folder: folder) }
        do { return try file.unwrap(passphrase: passphrase) } catch SealError.wrongPassphrase { throw Refusal.wrongPassphrase }
    }

    /// Encrypts the folder `store` holds under a new random data key wrapped by `passphrase`;
    /// the key. Key file first: from then on the folder opens only with the passphrase,
    /// whatever state the rewrite stops in (an open finishes it).
    @discardableResult
    /// `parameters`: the key derivation's cost (tests use a cheap one).
    public static func set(_ store: Store, to passphrase: SecretBuffer, parameters: KeyFile.Parameters = .standard) throws -> DataKey {
        let files = store.secretFiles
        guard !store.isReadOnly else { throw Refusal.readOnly }
        guard !KeyFile.isEncrypted(store.folder, files: files) else { throw Refusal.alreadyEncrypted(folder: store.folder) }
        try check(passphrase)
        let key = DataKey.generate()
        try KeyFile.wrap(key, passphrase: passphrase, parameters: parameters).save(folder: store.folder, files: files)
        try FolderSecrets.reseal(folder: store.folder, from: nil, to: key, files: files)
        try store.reseal(with: key)
        return key
    }

    /// Wraps the folder's data key under a new passphrase: only the key file is rewritten.
    /// The caller holds the folder's lock (an open store, or `Store.lockFolder`).
    public static func change(folder: String, key: DataKey, to passphrase: SecretBuffer,
                              files: any SecretFiles = SecretFile.disk) throws {
        guard KeyFile.isEncrypted(folder, files: files) else { throw Refusal.notEncrypted(folder: folder) }
        try check(passphrase)
        try KeyFile.wrap(key, passphrase: passphrase).save(folder: folder, files: files)
    }

    /// Writes the data of the folder `store` holds (opened with `key`) back in the clear. Data
    /// first, key file last: until it goes, the folder still opens with the passphrase (and an
    /// open then encrypts again; remove once more).
    public static func remove(_ store: Store, key: DataKey) throws {
        let files = store.secretFiles
        guard !store.isReadOnly else { throw Refusal.readOnly }
        guard KeyFile.isEncrypted(store.folder, files: files) else { throw Refusal.notEncrypted(folder: store.folder) }
        try store.reseal(with: nil)
        try FolderSecrets.reseal(folder: store.folder, from: key, to: nil, files: files)
        try files.remove(KeyFile.path(in: store.folder))
    }
}

extension SealError {
    /// The person's words for this refusal.
    public func message(_ lang: Lang) -> String {
        let vi = lang == .vi
        switch self {
        case .wrongPassphrase: return vi ? "sai mật khẩu" : "wrong passphrase"
        case .damaged(let file, let why): return vi ? "tệp \(file) bị hỏng: \(why)" : "\(file) is damaged: \(why)"
        case .newerVersion(let file, let v):
            return vi ? "\(file) do phiên bản danvan mới hơn ghi (phiên bản \(v)); hãy cập nhật danvan"
                      : "\(file) was written by a newer danvan (version \(v)); update danvan"
        case .needsKey: return vi ? "thư mục dữ liệu đã mã hóa; cần mật khẩu" : "the data folder is encrypted; it needs its passphrase"
        case .badKey(let why): return vi ? "không phải khóa công khai danvan: \(why)" : "not a danvan public key: \(why)"
        default: return "\(self)"
        }
    }
}
