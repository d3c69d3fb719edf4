import Foundation
import Testing
@testable import DanVanSeal

struct BundleGateTests {
    let cell = Identity.generate()
    let committee = Identity.generate()
    let stranger = Identity.generate()
    let bundle = Array(#"{"format":"danvan-bundle","rootPath":"Đảng bộ Quận Một / Chi bộ 3"}"#.utf8)
    let path = "Đảng bộ Quận Một / Chi bộ 3"

    var trust: TrustList {
        var t = TrustList()
        t.trust(cell.publicIdentity, org: "Đảng bộ Quận Một / Chi bộ 3")
        return t
    }

    @Test func aSignedBundleFromATrustedKeyForItsSubtreeIsTaken() throws {
        let signed = SignedBundle.sign(bundle, by: cell, counter: 100)
        let o = try BundleGate.open(signed, identity: committee, allowUnsigned: false)
        #expect(o.payload == bundle && o.signer == cell.publicIdentity && o.counter == 100 && !o.wasEncrypted)
        try BundleGate.admit(signer: o.signer!, counter: o.counter, path: path, trust: trust)
        // A cell under the trusted subtree too, whatever the blanks around the separators.
        try BundleGate.admit(signer: o.signer!, counter: o.counter, path: "Đảng bộ Quận Một/Chi bộ 3 / Tổ 1", trust: trust)
    }

    @Test func everyChangedByteIsRefusedAsAltered() throws {
        let signed = SignedBundle.sign(bundle, by: cell, counter: 100)
        for i in 8..<signed.count {
            var b = signed
            b[i] ^= 0x20
            // A larger version number reads as a newer format, whose layout is not ours to check.
            let expected: BundleGate.Refusal = (8..<12).contains(i) && b[i] > signed[i] ? .newerVersion : .altered
            #expect(throws: expected, "byte \(i)") { try BundleGate.open(b, identity: committee, allowUnsigned: false) }
        }
        // Cut short, or with a byte added.
        #expect(throws: BundleGate.Refusal.altered) { try BundleGate.open(Array(signed.dropLast()), identity: nil, allowUnsigned: false) }
        #expect(throws: BundleGate.Refusal.altered) { try BundleGate.open(signed + [0], identity: nil, allowUnsigned: false) }
    }

    @Test func aSignerSwappedInTheEnvelopeIsAltered() throws {
        var signed = SignedBundle.sign(bundle, by: stranger, counter: 100)
        // Claim to be the trusted cell: the stranger's signature does not verify under its key.
        signed.replaceSubrange(12..<76, with: cell.publicIdentity.raw)
        #expect(throws: BundleGate.Refusal.altered) { try BundleGate.open(signed, identity: nil, allowUnsigned: false) }
    }

    @Test func aWrongSignerIsAnUnknownKey() throws {
        let o = try BundleGate.open(SignedBundle.sign(bundle, by: stranger, counter: 100), identity: nil, allowUnsigned: false)
        #expect(throws: BundleGate.Refusal.unknownKey(fingerprint: stranger.publicIdentity.fingerprint)) {
            try BundleGate.admit(signer: o.signer!, counter: o.counter, path: path, trust: trust)
        }
    }

    @Test func aKnownKeyOutsideItsSubtreeIsRefused() throws {
        for other in ["Đảng bộ Quận Một / Chi bộ 4", "Đảng bộ Quận Một", "Đảng bộ Quận Hai / Chi bộ 3", "Đảng bộ Quận Một / Chi bộ 31"] {
            #expect(throws: BundleGate.Refusal.untrustedSubtree(fingerprint: cell.publicIdentity.fingerprint, path: other, allowed: [path])) {
                try BundleGate.admit(signer: cell.publicIdentity, counter: 5, path: other, trust: trust)
            }
        }
    }

    @Test func anOlderBundleThanOneTakenIsAReplayButTheSameOneAgainIsNot() throws {
        var t = trust
        BundleGate.record(signer: cell.publicIdentity, counter: 200, path: path, in: &t)
        try BundleGate.admit(signer: cell.publicIdentity, counter: 200, path: path, trust: t)
        try BundleGate.admit(signer: cell.publicIdentity, counter: 201, path: path, trust: t)
        #expect(throws: BundleGate.Refusal.replay(fingerprint: cell.publicIdentity.fingerprint, path: path, counter: 199, newest: 200)) {
            try BundleGate.admit(signer: cell.publicIdentity, counter: 199, path: path, trust: t)
        }
    }

    @Test func unsignedBytesAreRefusedUnlessAllowed() throws {
        #expect(throws: BundleGate.Refusal.unsigned) { try BundleGate.open(bundle, identity: committee, allowUnsigned: false) }
        let o = try BundleGate.open(bundle, identity: committee, allowUnsigned: true)
        #expect(o.signer == nil && o.payload == bundle)
    }

    @Test func aSealedBundleOpensOnlyForItsRecipient() throws {
        let signed = SignedBundle.sign(bundle, by: cell, counter: 300)
        let sealed = try SealedBundle.seal(signed, to: committee.publicIdentity)
        #expect(!String(decoding: sealed, as: UTF8.self).contains("Chi bộ"))
        let o = try BundleGate.open(sealed, identity: committee, allowUnsigned: false)
        #expect(o.payload == bundle && o.wasEncrypted && o.counter == 300)
        #expect(throws: BundleGate.Refusal.encryptedToAnotherKey(committee.publicIdentity.fingerprint)) {
            try BundleGate.open(sealed, identity: stranger, allowUnsigned: false)
        }
        // Changed on the way, anywhere after the recipient.
        for i in stride(from: 44, to: sealed.count, by: 7) {
            var b = sealed
            b[i] ^= 1
            #expect(throws: BundleGate.Refusal.undecryptable, "byte \(i)") { try BundleGate.open(b, identity: committee, allowUnsigned: false) }
        }
    }

    @Test func fingerprintsAreSixGroupsOfFourDigitsAndReadBackAsTyped() throws {
        let f = cell.publicIdentity.fingerprint
        #expect(f.range(of: #"^\d{4}( \d{4}){5}$"#, options: .regularExpression) != nil)
        #expect(f != committee.publicIdentity.fingerprint)
        #expect(Fingerprint.normalized(f.replacingOccurrences(of: " ", with: "-")) == f)
        #expect(Fingerprint.normalized("1234") == nil)
        #expect(trust.entry(fingerprint: f.replacingOccurrences(of: " ", with: ""))?.identity == cell.publicIdentity)
        #expect(try PublicIdentity(text: " " + cell.publicIdentity.text + "\n") == cell.publicIdentity)
        #expect(throws: (any Error).self) { try PublicIdentity(text: "danvan-key:AAAA") }
    }

    @Test func theTrustListAndIdentityKeepTheirFormInAFolderPlainOrSealed() throws {
        let dir = TempFolder()
        let key = DataKey.generate()
        let id = try IdentityFile.loadOrCreate(folder: dir.path, key: nil)
        #expect(try IdentityFile.loadOrCreate(folder: dir.path, key: nil).publicIdentity == id.publicIdentity)
        let t = trust
        try t.save(folder: dir.path, key: key)
        #expect(try TrustList.load(folder: dir.path, key: key) == t)
        #expect(throws: SealError.needsKey) { try TrustList.load(folder: dir.path, key: nil) }
        #expect(throws: SealError.damaged("trust", "does not decrypt with this folder's key")) { try TrustList.load(folder: dir.path, key: DataKey.generate()) }
        // A plain identity in an encrypted folder is sealed when next read (an interrupted `passphrase set`).
        #expect(try IdentityFile.load(folder: dir.path, key: key)?.publicIdentity == id.publicIdentity)
        #expect(throws: SealError.needsKey) { try IdentityFile.load(folder: dir.path, key: nil) }
        let attrs = try FileManager.default.attributesOfItem(atPath: dir.path + "/identity")
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
        let a = try SignCounter.next(folder: dir.path, key: key, now: Date(timeIntervalSince1970: 1000))
        let b = try SignCounter.next(folder: dir.path, key: key, now: Date(timeIntervalSince1970: 900))  // clock set back
        #expect(a == 1_000_000 && b == 1_000_001)
    }
}
