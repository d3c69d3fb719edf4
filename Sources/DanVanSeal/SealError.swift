/// Why a sealed artefact (key file, identity, bundle envelope, encrypted record) was refused.
/// Each case is its own refusal so that callers can give each its own message.
public enum SealError: Error, Equatable, Sendable {
    /// The passphrase does not unwrap the folder's key.
    case wrongPassphrase
    /// A file of ours that is not what it should be (file, reason).
    case damaged(String, String)
    /// Written by a newer danvan.
    case newerVersion(String, UInt32)
    /// The bytes are not a signed bundle at all.
    case notSigned
    /// The signature does not match: the bundle was altered after signing, or the signer was forged.
    case badSignature
    /// Encrypted to another key (its fingerprint).
    case encryptedToAnotherKey(String)
    /// Encrypted to us, but does not decrypt: altered on the way.
    case undecryptable
    /// A key given as text or file that is not a danvan public key.
    case badKey(String)
    /// The folder is encrypted and needs its key.
    case needsKey
}
