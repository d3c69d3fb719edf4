import Foundation

/// What `import bundle` checks before the bundle's own parser sees a byte, and after it has
/// read the bundle's root path. Pure: reads and writes no file, so every refusal is tested
/// without a folder.
public enum BundleGate {
    public enum Refusal: Error, Equatable, Sendable {
        /// Plain bundle bytes with no signature.
        case unsigned
        /// Changed after signing (or the named signer did not sign it).
        case altered
        /// Sealed to us but changed on the way.
        case undecryptable
        /// Sealed to another key (its fingerprint).
        case encryptedToAnotherKey(String)
        /// Signed by a key this folder does not know.
        case unknownKey(fingerprint: String)
        /// Signed by a known key that may not send this subtree.
        case untrustedSubtree(fingerprint: String, path: String, allowed: [String])
        /// Older than a bundle already taken from this key for this subtree.
        case replay(fingerprint: String, path: String, counter: UInt64, newest: UInt64)
        /// Written by a newer danvan.
        case newerVersion
    }

    public struct Opened: Sendable {
        /// The bundle bytes, for the bundle parser.
        public var payload: [UInt8]
        /// nil for an unsigned bundle (let through only when allowed).
        public var signer: PublicIdentity?
        public var counter: UInt64
        public var wasEncrypted: Bool
    }

    /// Takes the envelopes off: decrypts a sealed bundle with `identity`, checks the
    /// signature. Unsigned bytes come back with no signer when `allowUnsigned`.
    public static func open(_ bytes: [UInt8], identity: Identity?, allowUnsigned: Bool,
                            knownFingerprint: ([UInt8]) -> String? = { _ in nil }) throws(Refusal) -> Opened {
        var inner = bytes
        var sealed = false
        if SealedBundle.looksSealed(bytes) {
            sealed = true
            guard let identity else { throw .encryptedToAnotherKey(SealedBundle.recipientDigest(bytes).map(Fingerprint.of) ?? "?") }
            do { inner = try SealedBundle.open(bytes, with: identity, fingerprintOf: knownFingerprint) } catch {
                throw refusal(error)
            }
        }
        guard SignedBundle.looksSigned(inner) else {
            // A sealed bundle always holds a signed one: anything else inside was forged.
            if sealed { throw .altered }
            guard allowUnsigned else { throw .unsigned }
            return Opened(payload: inner, signer: nil, counter: 0, wasEncrypted: false)
        }
        do {
            let s = try SignedBundle.open(inner)
            return Opened(payload: s.payload, signer: s.signer, counter: s.counter, wasEncrypted: sealed)
        } catch { throw refusal(error) }
    }

    static func refusal(_ e: Error) -> Refusal {
        switch e as? SealError {
        case .encryptedToAnotherKey(let f): return .encryptedToAnotherKey(f)
        case .undecryptable: return .undecryptable
        case .newerVersion: return .newerVersion
        default: return .altered
        }
    }

    /// Whether the signer may send a bundle rooted at `path` with this counter.
    public static func admit(signer: PublicIdentity, counter: UInt64, path: String, trust: TrustList) throws(Refusal) {
        guard let entry = trust.entry(for: signer) else { throw .unknownKey(fingerprint: signer.fingerprint) }
        guard TrustList.covers(entry, path: path) else {
            throw .untrustedSubtree(fingerprint: signer.fingerprint, path: path, allowed: entry.orgs)
        }
        let newest = entry.seen[TrustList.normalize(path)] ?? 0
        // The same bundle again is let through (importing twice changes nothing); older is a replay.
        guard counter >= newest else {
            throw .replay(fingerprint: signer.fingerprint, path: path, counter: counter, newest: newest)
        }
    }

    /// Records that a bundle was taken (call before committing it: if the commit then fails,
    /// the same bundle is still let through, since only older ones are refused).
    public static func record(signer: PublicIdentity, counter: UInt64, path: String, in trust: inout TrustList) {
        guard let i = trust.keys.firstIndex(where: { $0.identity == signer }) else { return }
        let p = TrustList.normalize(path)
        trust.keys[i].seen[p] = max(trust.keys[i].seen[p] ?? 0, counter)
    }
}
