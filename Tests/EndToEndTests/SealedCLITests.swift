import Foundation
import Testing

/// `danvan passphrase`, `identity`, `trust` and signed bundles through the real binary.
@Suite(.serialized, .disabled(if: DanVanBinary.missing, "build danvan first: swift build --product danvan"))
struct SealedCLITests {
    func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) { try Child(args + ["--lang", "en"]).finish() }

    /// Every file of a folder, by name.
    static func files(_ dir: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for n in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where n != "lock" {
            out[n] = FileManager.default.contents(atPath: dir + "/" + n)
        }
        return out
    }

    @Test func passphraseSetChangeRemoveAndWrongPassphrases() throws {
        let dir = tempFolder("pass"), p1 = dir + ".p1", p2 = dir + ".p2", bad = dir + ".bad"
        defer { for p in [dir, p1, p2, bad] { try? FileManager.default.removeItem(atPath: p) } }
        #expect(try run(["demo", "--scale", "cell", "--data", dir]).status == 0)
        let members = try run(["export", "members", "--data", dir]).out
        // Names, phones and addresses from the data, to look for in the files.
        let rows = members.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let secrets = rows.flatMap { [String($0[1]), String($0[15])] }.filter { $0.count >= 6 }
        #expect(secrets.count > 20)
        try writePassphrase("mật khẩu chi bộ số một", to: p1)
        try writePassphrase("mật khẩu mới của chi bộ", to: p2)
        try writePassphrase("không phải mật khẩu này", to: bad)

        let set = try run(["passphrase", "set", "--data", dir, "--new-passphrase-file", p1])
        #expect(set.status == 0, "\(set.err)")
        for (name, bytes) in Self.files(dir) {
            for s in secrets where bytes.range(of: Data(s.utf8)) != nil { Issue.record("“\(s)” in \(name)") }
        }
        // Without a passphrase, or with a wrong one: its own code and message, nothing written.
        let before = Self.files(dir)
        let none = try run(["export", "members", "--data", dir])
        #expect(none.status == 1 && none.err.contains("is encrypted") && none.err.contains("--passphrase-file"), "\(none.err)")
        let wrong = try run(["export", "members", "--data", dir, "--passphrase-file", bad])
        #expect(wrong.status == 4 && wrong.err.contains("wrong passphrase"), "\(wrong.err)")
        let wrongOpen = try run(["compact", "--data", dir, "--passphrase-file", bad])
        #expect(wrongOpen.status == 4)
        #expect(Self.files(dir) == before, "a refused passphrase changed files")
        #expect(try run(["export", "members", "--data", dir, "--passphrase-file", p1]).out == members)
        let env = try Child(["export", "members", "--data", dir], environment: ["DANVAN_PASSPHRASE_FILE": p1]).finish()
        #expect(env.out == members, "\(env.err)")
        // A passphrase file others can read is refused.
        chmod(p1, 0o644)
        let open = try run(["export", "members", "--data", dir, "--passphrase-file", p1])
        #expect(open.status == 1 && open.err.contains("chmod 600"), "\(open.err)")
        chmod(p1, 0o600)

        // Change: one small file rewritten; the old passphrase no longer opens.
        let change = try run(["passphrase", "change", "--data", dir, "--passphrase-file", p1, "--new-passphrase-file", p2])
        #expect(change.status == 0, "\(change.err)")
        let after = Self.files(dir)
        #expect(Set(after.keys) == Set(before.keys))
        #expect(after.filter { before[$0.key] != $0.value }.keys.sorted() == ["SEAL"])
        #expect(try run(["export", "members", "--data", dir, "--passphrase-file", p1]).status == 4)
        #expect(try run(["export", "members", "--data", dir, "--passphrase-file", p2]).out == members)
        #expect(try run(["passphrase", "set", "--data", dir, "--new-passphrase-file", p1]).err.contains("already has a passphrase"))

        // Remove: the data in the clear again, opened with no passphrase.
        let remove = try run(["passphrase", "remove", "--data", dir, "--passphrase-file", p2])
        #expect(remove.status == 0, "\(remove.err)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/SEAL"))
        #expect(try run(["export", "members", "--data", dir]).out == members)
        #expect(try run(["check", "--data", dir]).out.contains("healthy"))
        // Too short a passphrase is refused, nothing changed.
        try writePassphrase("ngắn", to: bad)
        let short = try run(["passphrase", "set", "--data", dir, "--new-passphrase-file", bad])
        #expect(short.status == 1 && short.err.contains("too short"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/SEAL"))
    }

    /// A committee and a cell: every refusal has its own message, and changes nothing.
    @Test func bundlesAreImportedOnlyFromTrustedSignersForTheirSubtree() throws {
        let cell = tempFolder("cell"), committee = tempFolder("committee"), stranger = tempFolder("stranger")
        let work = tempFolder("bundles")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { for p in [cell, committee, stranger, work] { try? FileManager.default.removeItem(atPath: p) } }
        let path = "Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa"
        for d in [cell, committee, stranger] { #expect(try run(["demo", "--scale", "cell", "--data", d]).status == 0) }
        let id = try run(["identity", "--data", cell, "--public-key-file", work + "/cell.pub"])
        #expect(id.out.contains("Fingerprint"), "\(id.err)")
        let fingerprint = String(id.out.split(separator: "\n")[0].split(separator: ":")[1]).trimmingCharacters(in: .whitespaces)
        #expect(try run(["identity", "--data", committee, "--public-key-file", work + "/committee.pub"]).status == 0)
        #expect(try run(["identity", "--data", stranger, "--public-key-file", work + "/stranger.pub"]).status == 0)
        #expect(try run(["trust", "add", "--org", path, work + "/cell.pub", "--data", committee]).status == 0)
        let list = try run(["trust", "list", "--data", committee])
        #expect(list.out.contains(fingerprint) && list.out.contains(path))

        func export(_ from: String, _ org: String, _ name: String, _ extra: [String] = []) throws -> String {
            let file = work + "/" + name
            let r = try run(["export", "bundle", "--org", org, "--data", from, "-o", file] + extra)
            #expect(r.status == 0, "\(r.err)")
            return file
        }
        let old = try export(cell, path, "old.bundle")
        let sealed = try export(cell, path, "sealed.bundle", ["--to", work + "/committee.pub"])
        let toStranger = try export(cell, path, "stranger-key.bundle", ["--to", work + "/stranger.pub"])
        let whole = try export(cell, "Đảng bộ huyện Củ Chi", "whole.bundle")
        let forged = try export(stranger, path, "forged.bundle")
        var tampered = [UInt8](FileManager.default.contents(atPath: sealed)!)
        tampered[tampered.count / 2] ^= 0x01
        FileManager.default.createFile(atPath: work + "/tampered.bundle", contents: Data(tampered))
        var tamperedSigned = [UInt8](FileManager.default.contents(atPath: old)!)
        tamperedSigned[tamperedSigned.count / 2] ^= 0x01
        FileManager.default.createFile(atPath: work + "/tampered-signed.bundle", contents: Data(tamperedSigned))

        let before = Self.files(committee)
        func refused(_ file: String, _ message: String, _ extra: [String] = []) throws {
            let r = try run(["import", "bundle", file, "--data", committee] + extra)
            #expect(r.status == 1 && r.err.contains(message), "\(file): \(r.err)")
            #expect(Self.files(committee) == before, "\(file): refused, yet files changed")
        }
        try refused(work + "/tampered.bundle", "altered on the way")
        try refused(work + "/tampered-signed.bundle", "altered after it was signed")
        try refused(forged, "does not trust")
        try refused(forged, "does not trust", ["--dry-run"])
        try refused(whole, "not trusted for “Đảng bộ huyện Củ Chi”")
        try refused(toStranger, "encrypted to another key")
        let unsigned = work + "/unsigned.bundle"
        let signed = [UInt8](FileManager.default.contents(atPath: old)!)
        FileManager.default.createFile(atPath: unsigned, contents: Data(signed[92..<(signed.count - 64)]))
        try refused(unsigned, "not signed")

        // The newest is taken; the older one is then a replay.
        let ok = try run(["import", "bundle", sealed, "--data", committee])
        #expect(ok.status == 0, "\(ok.err)")
        let afterNewest = Self.files(committee)
        let replay = try run(["import", "bundle", old, "--data", committee])
        #expect(replay.status == 1 && replay.err.contains("a replay"), "\(replay.err)")
        #expect(Self.files(committee) == afterNewest)
        // The same bundle again changes nothing and is not a replay.
        #expect(try run(["import", "bundle", sealed, "--data", committee]).out.contains("Nothing changes"))
        // --trust-new takes an unknown signer for its subtree (scripts); removing trust refuses again.
        let stranger2 = try run(["import", "bundle", forged, "--data", committee, "--trust-new"])
        #expect(stranger2.status == 0 && stranger2.err.contains("Trusted key"), "\(stranger2.err)")
        #expect(try run(["trust", "remove", work + "/stranger.pub", "--data", committee]).status == 0)
        let again = try run(["import", "bundle", forged, "--data", committee])
        #expect(again.status == 1 && again.err.contains("does not trust"), "\(again.err)")
    }
}
