import Crypto
import Foundation

/// The framing of the module's small files (identity, trust list): in the clear in a plain
/// folder, sealed under the data key in an encrypted one.
///
///     magic (8) | version u32 | mode u8 (0 plain, 1 sealed) | payload, or its AES-GCM box
///     (nonce | ciphertext | tag, header authenticated) | SHA-256 of all before
///
/// The trailing hash tells a damaged file from one sealed under another key.
struct ProtectedFile {
    var name: String
    var magic: [UInt8]
    var version: UInt32

    func header(sealed: Bool) -> [UInt8] {
        var h = magic
        h.appendLE(version)
        h.append(sealed ? 1 : 0)
        return h
    }

    func encode(_ payload: [UInt8], key: DataKey?) -> [UInt8] {
        let h = header(sealed: key != nil)
        let body = h + (key.map { $0.seal(payload, aad: h) } ?? payload)
        return body + Array(SHA256.hash(data: body))
    }

    /// The payload and whether it was stored sealed. Callers wipe secret payloads.
    func decode(_ bytes: [UInt8], key: DataKey?) throws -> (payload: [UInt8], sealed: Bool) {
        func damaged(_ why: String) -> SealError { .damaged(name, why) }
        let hl = magic.count + 5
        guard bytes.count >= hl + 32, Array(bytes[0..<magic.count]) == magic else { throw damaged("not a danvan \(name) file") }
        let body = Array(bytes[0..<(bytes.count - 32)])
        guard Array(SHA256.hash(data: body)) == Array(bytes[(bytes.count - 32)...]) else { throw damaged("checksum mismatch") }
        var r = ByteReader(body, at: magic.count)
        guard let v = r.le(UInt32.self), v >= 1 else { throw damaged("bad version") }
        guard v <= version else { throw SealError.newerVersion(name, v) }
        let mode = r.take(1)![0]
        let rest = r.take(r.remaining)!
        switch mode {
        case 0: return (rest, false)
        case 1:
            guard let key else { throw SealError.needsKey }
            do { return (try key.open(rest, aad: Array(body[0..<hl])), true) } catch {
                throw damaged("does not decrypt with this folder's key")
            }
        default: throw damaged("unknown mode \(mode)")
        }
    }

    /// Reads `folder/name`: nil when absent. A file whose mode does not match the folder's
    /// (a `passphrase set` or `remove` that stopped half-way) is rewritten to match.
    func load(folder: String, key: DataKey?, files: any SecretFiles = SecretFile.disk) throws -> [UInt8]? {
        let path = folder + "/" + name
        let bytes: [UInt8]?
        do { bytes = try files.read(path) } catch let f as SecretFile.Failure { throw SealError.damaged(name, f.reason) }
        guard let bytes else { return nil }
        let (payload, sealed) = try decode(bytes, key: key)
        if (key != nil) != sealed { try save(payload, folder: folder, key: key, files: files) }
        return payload
    }

    @discardableResult
    func save(_ payload: [UInt8], folder: String, key: DataKey?, replace: Bool = true,
              files: any SecretFiles = SecretFile.disk) throws -> Bool {
        do { return try files.write(encode(payload, key: key), to: folder + "/" + name, replace: replace) } catch let f as SecretFile.Failure {
            throw SealError.damaged(name, f.description)
        }
    }
}
