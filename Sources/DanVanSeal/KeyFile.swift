import Crypto
import Foundation
import _CryptoExtras

/// The folder's `SEAL` file: its data key wrapped by a key derived from the passphrase with
/// scrypt (swift-crypto's `KDF.Scrypt`, memory-hard), and the scrypt parameters used. Its
/// presence is what makes a folder encrypted.
///
///     "DANVANKY" | version u32 | kdf u8 (1 = scrypt) | log2 N u8 | r u32 | p u32 | salt (32)
///     | wrapped key: nonce (12) | ciphertext (32) | tag (16), header bytes authenticated
///     | SHA-256 of everything before (32), so a damaged file is told from a wrong passphrase
public struct KeyFile: Equatable, Sendable {
    public static let name = "SEAL"
    static let magic: [UInt8] = Array("DANVANKY".utf8)
    static let version: UInt32 = 1

    public struct Parameters: Equatable, Sendable {
        public var log2N: UInt8
        public var r: UInt32
        public var p: UInt32
        /// 2^15 × 8 × 128 bytes = 32 MiB of memory per guess; about 0.1 s here (see README).
        public static let standard = Parameters(log2N: 15, r: 8, p: 1)
        public init(log2N: UInt8, r: UInt32, p: UInt32) {
            self.log2N = log2N
            self.r = r
            self.p = p
        }
    }

    public var parameters: Parameters
    var salt: [UInt8]
    var wrapped: [UInt8]

    /// Wraps `key` under `passphrase` with a fresh salt.
    public static func wrap(_ key: DataKey, passphrase: SecretBuffer, parameters: Parameters = .standard) throws -> KeyFile {
        var f = KeyFile(parameters: parameters, salt: randomBytes(32), wrapped: [])
        let kek = try f.derive(passphrase)
        f.wrapped = key.key.withUnsafeBytes { raw in
            Array(try! AES.GCM.seal(raw, using: kek, nonce: AES.GCM.Nonce(), authenticating: f.header).combined!)
        }
        return f
    }

    /// The data key, or `SealError.wrongPassphrase`.
    public func unwrap(passphrase: SecretBuffer) throws -> DataKey {
        let kek = try derive(passphrase)
        guard let box = try? AES.GCM.SealedBox(combined: wrapped),
              let raw = try? AES.GCM.open(box, using: kek, authenticating: header) else {
            throw SealError.wrongPassphrase
        }
        var bytes = [UInt8](raw)
        defer { for i in bytes.indices { bytes[i] = 0 } }
        return DataKey(key: SymmetricKey(data: bytes))
    }

    func derive(_ passphrase: SecretBuffer) throws -> SymmetricKey {
        do {
            return try KDF.Scrypt.deriveKey(from: passphrase.bytes, salt: salt, outputByteCount: 32,
                                            rounds: 1 << Int(parameters.log2N), blockSize: Int(parameters.r),
                                            parallelism: Int(parameters.p))
        } catch {
            throw SealError.damaged(KeyFile.name, "scrypt refused its parameters (N=2^\(parameters.log2N), r=\(parameters.r), p=\(parameters.p)): \(error)")
        }
    }

    var header: [UInt8] {
        var h = KeyFile.magic
        h.appendLE(KeyFile.version)
        h.append(1)
        h.append(parameters.log2N)
        h.appendLE(parameters.r)
        h.appendLE(parameters.p)
        h.append(contentsOf: salt)
        return h
    }

    public func encoded() -> [UInt8] {
        let body = header + wrapped
        return body + Array(SHA256.hash(data: body))
    }

    public static func decode(_ bytes: [UInt8]) throws -> KeyFile {
        func damaged(_ why: String) -> SealError { .damaged(name, why) }
        guard bytes.count >= 32, Array(bytes[0..<8]) == magic else { throw damaged("not a danvan key file") }
        let body = Array(bytes[0..<(bytes.count - 32)])
        guard Array(SHA256.hash(data: body)) == Array(bytes[(bytes.count - 32)...]) else { throw damaged("checksum mismatch") }
        var r = ByteReader(body, at: 8)
        guard let version = r.le(UInt32.self) else { throw damaged("cut short") }
        guard version <= KeyFile.version else { throw SealError.newerVersion(name, version) }
        guard let kdf = r.take(1), kdf == [1], let log2N = r.take(1)?.first, let rr = r.le(UInt32.self),
              let p = r.le(UInt32.self), let salt = r.take(32), r.remaining == 60, let wrapped = r.take(60) else {
            throw damaged("unknown key derivation or wrong length")
        }
        guard (10...22).contains(log2N), (1...64).contains(rr), (1...16).contains(p) else {
            throw damaged("implausible scrypt parameters N=2^\(log2N), r=\(rr), p=\(p)")
        }
        return KeyFile(parameters: Parameters(log2N: log2N, r: rr, p: p), salt: salt, wrapped: wrapped)
    }

    // MARK: In a folder

    public static func path(in folder: String) -> String { folder + "/" + name }

    public static func isEncrypted(_ folder: String, files: any SecretFiles = SecretFile.disk) -> Bool {
        files.exists(path(in: folder))
    }

    /// The folder's key file, or nil when the folder is not encrypted.
    public static func load(folder: String, files: any SecretFiles = SecretFile.disk) throws -> KeyFile? {
        let p = path(in: folder)
        let bytes: [UInt8]?
        do { bytes = try files.read(p) } catch let f as SecretFile.Failure { throw SealError.damaged(name, f.reason) }
        return try bytes.map(decode)
    }

    public func save(folder: String, files: any SecretFiles = SecretFile.disk) throws {
        try files.write(encoded(), to: KeyFile.path(in: folder), replace: true)
    }
}

func randomBytes(_ n: Int) -> [UInt8] {
    var g = SystemRandomNumberGenerator()
    return (0..<n).map { _ in UInt8.random(in: 0...255, using: &g) }
}
