import Crypto
import Foundation

/// The public half of a data folder's identity: an Ed25519 key that signs its bundles and an
/// X25519 key that bundles sent to it are encrypted to. 64 bytes, exchanged as text
/// (`danvan-key:` + base64) and recognised by a fingerprint a person can read over the phone.
public struct PublicIdentity: Equatable, Hashable, Sendable {
    public let signing: [UInt8]    // 32 bytes, Ed25519
    public let agreement: [UInt8]  // 32 bytes, X25519

    public init(signing: [UInt8], agreement: [UInt8]) throws {
        guard signing.count == 32, agreement.count == 32,
              (try? Curve25519.Signing.PublicKey(rawRepresentation: signing)) != nil,
              (try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: agreement)) != nil else {
            throw SealError.badKey("not two 32-byte Curve25519 keys")
        }
        self.signing = signing
        self.agreement = agreement
    }

    public var raw: [UInt8] { signing + agreement }

    public static let textPrefix = "danvan-key:"

    /// `danvan-key:<base64 of the 64 bytes>`, one line.
    public var text: String { PublicIdentity.textPrefix + Data(raw).base64EncodedString() }

    /// Reads the text form (surrounding blanks and line ends ignored).
    public init(text: String) throws {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.hasPrefix(PublicIdentity.textPrefix),
              let data = Data(base64Encoded: String(t.dropFirst(PublicIdentity.textPrefix.count))), data.count == 64 else {
            throw SealError.badKey("expected “\(PublicIdentity.textPrefix)” and 64 bytes in base64")
        }
        let b = [UInt8](data)
        try self.init(signing: Array(b[0..<32]), agreement: Array(b[32..<64]))
    }

    /// SHA-256 of the 64 public bytes: what a sealed bundle names as its recipient.
    public var digest: [UInt8] { Array(SHA256.hash(data: raw)) }

    /// 24 decimal digits in six groups of four ("4821 0937 …"), about 80 bits of the digest:
    /// short enough to read over the phone, long enough that nobody can make a key to match.
    public var fingerprint: String { Fingerprint.of(digest) }
}

public enum Fingerprint {
    static func of(_ digest: [UInt8]) -> String {
        var digits = ""
        for half in 0..<2 {
            var v: UInt64 = 0
            for b in digest[(half * 8)..<(half * 8 + 8)] { v = v << 8 | UInt64(b) }
            let s = String(v % 1_000_000_000_000)
            digits += String(repeating: "0", count: 12 - s.count) + s
        }
        return grouped(digits)
    }

    static func grouped(_ d: String) -> String {
        let c = Array(d)
        return stride(from: 0, to: c.count, by: 4).map { String(c[$0..<min($0 + 4, c.count)]) }.joined(separator: " ")
    }

    /// The digits of a fingerprint as typed (spaces, dashes and dots ignored), or nil when it
    /// is not 24 digits.
    public static func normalized(_ s: String) -> String? {
        let d = s.filter { !" -.\t".contains($0) }
        guard d.count == 24, d.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return grouped(d)
    }
}

/// A folder's private identity. Made on first use and kept in the folder's `identity` file.
public struct Identity: @unchecked Sendable {  // immutable keys
    let signingKey: Curve25519.Signing.PrivateKey
    let agreementKey: Curve25519.KeyAgreement.PrivateKey

    public static func generate() -> Identity {
        Identity(signingKey: .init(), agreementKey: .init())
    }

    init(signingKey: Curve25519.Signing.PrivateKey, agreementKey: Curve25519.KeyAgreement.PrivateKey) {
        self.signingKey = signingKey
        self.agreementKey = agreementKey
    }

    /// 64 secret bytes (the two private keys); callers wipe them.
    var secret: [UInt8] { Array(signingKey.rawRepresentation) + Array(agreementKey.rawRepresentation) }

    init(secret: [UInt8]) throws {
        guard secret.count == 64 else { throw SealError.damaged(IdentityFile.name, "the key is \(secret.count) bytes, not 64") }
        signingKey = try .init(rawRepresentation: secret[0..<32])
        agreementKey = try .init(rawRepresentation: secret[32..<64])
    }

    public var publicIdentity: PublicIdentity {
        // Both keys come from swift-crypto, so they are well formed.
        try! PublicIdentity(signing: Array(signingKey.publicKey.rawRepresentation),
                            agreement: Array(agreementKey.publicKey.rawRepresentation))
    }
}
