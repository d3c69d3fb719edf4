import Foundation

/// The folder's `identity` file (mode 0600): its two private keys (64 bytes) in a
/// `ProtectedFile`, so in an encrypted folder they are sealed under the data key and a
/// change of passphrase leaves the file as it is.
public enum IdentityFile {
    public static let name = "identity"
    static let file = ProtectedFile(name: name, magic: Array("DANVANID".utf8), version: 1)

    /// The folder's identity, made (and saved) on first use. Two processes making it at once
    /// agree: the file is created only if absent, then read back.
    public static func loadOrCreate(folder: String, key: DataKey?, files: any SecretFiles = SecretFile.disk) throws -> Identity {
        if let id = try load(folder: folder, key: key, files: files) { return id }
        var secret = Identity.generate().secret
        defer { for i in secret.indices { secret[i] = 0 } }
        try file.save(secret, folder: folder, key: key, replace: false, files: files)
        guard let id = try load(folder: folder, key: key, files: files) else { throw SealError.damaged(name, "vanished after it was made") }
        return id
    }

    /// The identity, or nil when the folder has none yet.
    public static func load(folder: String, key: DataKey?, files: any SecretFiles = SecretFile.disk) throws -> Identity? {
        guard var secret = try file.load(folder: folder, key: key, files: files) else { return nil }
        defer { for i in secret.indices { secret[i] = 0 } }
        return try Identity(secret: secret)
    }

    public static func save(_ id: Identity, folder: String, key: DataKey?) throws {
        var secret = id.secret
        defer { for i in secret.indices { secret[i] = 0 } }
        try file.save(secret, folder: folder, key: key)
    }
}
