import Foundation
import Testing
@testable import DanVanSeal

struct KeyFileTests {
    @Test func theRightPassphraseUnwrapsTheSameKeyAndAWrongOneIsTold() throws {
        let key = DataKey.generate()
        let file = try KeyFile.wrap(key, passphrase: secret("chi bộ 3 — mật khẩu"), parameters: fastKDF)
        let back = try KeyFile.decode(file.encoded())
        #expect(back == file)
        let opened = try back.unwrap(passphrase: secret("chi bộ 3 — mật khẩu"))
        // Same key: a record sealed with one opens with the other.
        var rec: [UInt8] = []
        Array("Nguyễn Văn An".utf8).withUnsafeBytes { key.sealRecord($0, context: [1, 2], into: &rec) }
        let plain = try rec.withUnsafeBytes { try opened.openRecord($0, context: [1, 2]) }
        #expect(String(decoding: plain, as: UTF8.self) == "Nguyễn Văn An")
        #expect(throws: SealError.wrongPassphrase) { try back.unwrap(passphrase: secret("chi bộ 3 — mật khẩu ")) }
        #expect(throws: SealError.wrongPassphrase) { try back.unwrap(passphrase: secret("")) }
    }

    @Test func aDamagedKeyFileIsDamageNotAWrongPassphrase() throws {
        let bytes = try KeyFile.wrap(DataKey.generate(), passphrase: secret("x"), parameters: fastKDF).encoded()
        for i in bytes.indices {
            var b = bytes
            b[i] ^= 0x40
            #expect(throws: (any Error).self) { try KeyFile.decode(b) }
            if let f = try? KeyFile.decode(b) { Issue.record("byte \(i) flipped still decodes: \(f)") }
        }
        #expect(throws: SealError.damaged("SEAL", "not a danvan key file")) { try KeyFile.decode(Array(bytes.prefix(20))) }
    }

    @Test func aChangeOfPassphraseRewrapsTheSameDataKey() throws {
        let key = DataKey.generate()
        let a = try KeyFile.wrap(key, passphrase: secret("cũ"), parameters: fastKDF)
        let b = try KeyFile.wrap(try a.unwrap(passphrase: secret("cũ")), passphrase: secret("mới"), parameters: fastKDF)
        #expect(a.salt != b.salt)
        #expect(throws: SealError.wrongPassphrase) { try b.unwrap(passphrase: secret("cũ")) }
        let k2 = try b.unwrap(passphrase: secret("mới"))
        var rec: [UInt8] = []
        [UInt8]([1, 2, 3]).withUnsafeBytes { k2.sealRecord($0, context: [], into: &rec) }
        #expect(try rec.withUnsafeBytes { try key.openRecord($0, context: []) } == [1, 2, 3])
    }

    /// The time of an open with them is measured by the store benchmark (release build): a
    /// debug build of BoringSSL on a busy machine says little.
    @Test func theStandardParametersAreRecordedAndUsed() throws {
        let file = try KeyFile.wrap(DataKey.generate(), passphrase: secret("pass"))
        #expect(file.parameters == .standard)
        let back = try KeyFile.decode(file.encoded())
        #expect(back.parameters == KeyFile.Parameters(log2N: 15, r: 8, p: 1))
        _ = try back.unwrap(passphrase: secret("pass"))
    }
}

struct DataKeyTests {
    @Test func aRecordOpensOnlyWithItsContextAndUnchanged() throws {
        let key = DataKey.generate()
        var rec: [UInt8] = []
        Array("0912 345 678".utf8).withUnsafeBytes { key.sealRecord($0, context: [9, 9, 9], into: &rec) }
        #expect(rec.withUnsafeBytes { DataKey.isSealedRecord($0) })
        #expect(String(decoding: rec, as: UTF8.self).contains("0912") == false)
        #expect(throws: SealError.undecryptable) { try rec.withUnsafeBytes { try key.openRecord($0, context: [9, 9, 8]) } }
        #expect(throws: SealError.undecryptable) { try rec.withUnsafeBytes { try DataKey.generate().openRecord($0, context: [9, 9, 9]) } }
        for i in 4..<rec.count {
            var b = rec
            b[i] ^= 1
            #expect(throws: SealError.undecryptable) { try b.withUnsafeBytes { try key.openRecord($0, context: [9, 9, 9]) } }
        }
    }

    @Test(arguments: [0, 1, 1000, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 17])
    func aSnapshotRoundTripsInChunksOfAnySize(size: Int) throws {
        let key = DataKey.generate()
        var plain = [UInt8](repeating: 0, count: size)
        for i in plain.indices { plain[i] = UInt8(truncatingIfNeeded: i &* 31 &+ i >> 9) }
        var sealer = key.snapshotSealer(context: [7])
        var body: [UInt8] = []
        // Uneven pieces, as the snapshot encoder hands them over.
        var at = 0, step = 1
        while at < plain.count {
            let n = min(step, plain.count - at)
            try sealer.add(Array(plain[at..<(at + n)])) { body += $0 }
            at += n
            step = step * 3 + 7
        }
        try sealer.finish { body += $0 }
        #expect(body.withUnsafeBytes { DataKey.isSealedSnapshot($0) })
        #expect(try body.withUnsafeBytes { try key.openSnapshot($0, context: [7]) } == plain)
        #expect(throws: SealError.undecryptable) { try body.withUnsafeBytes { try key.openSnapshot($0, context: [8]) } }
        // Cut off at a chunk boundary or anywhere else: refused, never a shorter plaintext.
        for cut in [body.count - 1, 4 + 4 + 28 + min(size, 1 << 20)] where cut < body.count {
            #expect(throws: SealError.undecryptable) { try Array(body.prefix(cut)).withUnsafeBytes { try key.openSnapshot($0, context: [7]) } }
        }
    }
}
