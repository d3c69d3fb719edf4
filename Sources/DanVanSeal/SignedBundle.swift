import Crypto
import Foundation

/// A bundle's bytes in a signed envelope. The bundle inside is untouched (its own parser
/// reads it after the envelope is checked):
///
///     "DANVANSB" | version u32 | signer public key (64) | counter u64 | length u64 | bundle
///     | Ed25519 signature (64) over everything before it
///
/// The counter grows with every bundle a folder signs (milliseconds since 1970, and never
/// less than the last one plus one): a committee refuses a bundle older than one it already
/// took from the same key for the same subtree (a replay).
public struct SignedBundle: Sendable {
    static let magic: [UInt8] = Array("DANVANSB".utf8)
    static let version: UInt32 = 1

    public let signer: PublicIdentity
    public let counter: UInt64
    public let payload: [UInt8]

    public static func looksSigned(_ bytes: [UInt8]) -> Bool { bytes.starts(with: magic) }

    public static func sign(_ payload: [UInt8], by id: Identity, counter: UInt64) -> [UInt8] {
        var out = magic
        out.appendLE(version)
        out.append(contentsOf: id.publicIdentity.raw)
        out.appendLE(counter)
        out.appendLE(UInt64(payload.count))
        out.append(contentsOf: payload)
        // Ed25519 signing cannot fail for a well-formed key.
        out.append(contentsOf: try! id.signingKey.signature(for: out))
        return out
    }

    /// Checks the signature against the key the envelope names. `notSigned` when these are
    /// not a signed bundle at all; `badSignature` when anything was changed after signing.
    public static func open(_ bytes: [UInt8]) throws -> SignedBundle {
        guard looksSigned(bytes) else { throw SealError.notSigned }
        var r = ByteReader(bytes, at: 8)
        guard let version = r.le(UInt32.self), version >= 1 else { throw SealError.badSignature }
        guard version <= self.version else { throw SealError.newerVersion("bundle", version) }
        guard let keyBytes = r.take(64), let counter = r.le(UInt64.self), let len = r.le(UInt64.self),
              len <= UInt64(r.remaining), r.remaining - Int(len) == 64 else {
            throw SealError.badSignature
        }
        let signed = bytes[0..<(r.at + Int(len))]
        let signature = bytes[(r.at + Int(len))...]
        guard let signer = try? PublicIdentity(signing: Array(keyBytes[0..<32]), agreement: Array(keyBytes[32..<64])),
              let pk = try? Curve25519.Signing.PublicKey(rawRepresentation: signer.signing),
              pk.isValidSignature(signature, for: signed) else {
            throw SealError.badSignature
        }
        return SignedBundle(signer: signer, counter: counter, payload: Array(bytes[r.at..<(r.at + Int(len))]))
    }
}

/// A signed bundle encrypted to one recipient, so that a lost stick reveals nothing:
///
///     "DANVANSX" | version u32 | recipient digest (32) | ephemeral X25519 public key (32)
///     | AES-GCM box of the signed bundle: nonce (12) | ciphertext | tag (16)
///
/// The AES-256 key is HKDF-SHA256 of the X25519 shared secret, salted with both public keys;
/// the header is authenticated.
public enum SealedBundle {
    static let magic: [UInt8] = Array("DANVANSX".utf8)
    static let version: UInt32 = 1
    static let info = Array("danvan sealed bundle v1".utf8)

    public static func looksSealed(_ bytes: [UInt8]) -> Bool { bytes.starts(with: magic) }

    public static func seal(_ signed: [UInt8], to recipient: PublicIdentity) throws -> [UInt8] {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let theirs = try Curve25519.KeyAgreement.PublicKey(rawRepresentation: recipient.agreement)
        let shared = try ephemeral.sharedSecretFromKeyAgreement(with: theirs)
        var header = magic
        header.appendLE(version)
        header.append(contentsOf: recipient.digest)
        header.append(contentsOf: ephemeral.publicKey.rawRepresentation)
        let key = shared.hkdfDerivedSymmetricKey(using: SHA256.self, salt: Array(ephemeral.publicKey.rawRepresentation) + recipient.agreement,
                                                 sharedInfo: info, outputByteCount: 32)
        let box = try AES.GCM.seal(signed, using: key, nonce: AES.GCM.Nonce(), authenticating: header)
        return header + Array(box.combined!)
    }

    /// The digest of the key a sealed bundle is for.
    public static func recipientDigest(_ bytes: [UInt8]) -> [UInt8]? {
        guard looksSealed(bytes), bytes.count >= 44 else { return nil }
        return Array(bytes[12..<44])
    }

    /// The signed bundle inside; `encryptedToAnotherKey` (naming it when we know it) or
    /// `undecryptable` when it was changed on the way.
    public static func open(_ bytes: [UInt8], with id: Identity, fingerprintOf: ([UInt8]) -> String?) throws -> [UInt8] {
        var r = ByteReader(bytes, at: 8)
        guard let version = r.le(UInt32.self), version >= 1, let digest = r.take(32), let eph = r.take(32) else {
            throw SealError.undecryptable
        }
        guard version <= self.version else { throw SealError.newerVersion("bundle", version) }
        let me = id.publicIdentity
        guard digest == me.digest else {
            throw SealError.encryptedToAnotherKey(fingerprintOf(digest) ?? Fingerprint.of(digest))
        }
        guard let theirs = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: eph),
              let shared = try? id.agreementKey.sharedSecretFromKeyAgreement(with: theirs) else {
            throw SealError.undecryptable
        }
        let key = shared.hkdfDerivedSymmetricKey(using: SHA256.self, salt: eph + me.agreement, sharedInfo: info, outputByteCount: 32)
        guard let box = try? AES.GCM.SealedBox(combined: bytes[r.at...]),
              let plain = try? AES.GCM.open(box, using: key, authenticating: Array(bytes[0..<r.at])) else {
            throw SealError.undecryptable
        }
        return Array(plain)
    }
}
