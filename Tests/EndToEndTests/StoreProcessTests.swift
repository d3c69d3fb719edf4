import DanVanCore
import DanVanSeal
import DanVanStore
import Foundation
import Testing

/// The real `danvan` binary, built next to this test bundle.
enum DanVanBinary {
    static let path: String? = {
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("danvan").path)
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/danvan").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
    static var missing: Bool { path == nil }
}

/// A child `danvan` process whose output we read line by line.
final class Child {
    let process = Process()
    let out = Pipe()
    let err = Pipe()
    var buffer: [UInt8] = []

    init(_ args: [String], environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: DanVanBinary.path!)
        process.arguments = args
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// The next whole line, or nil at the end of the output.
    func line() -> String? {
        while true {
            if let nl = buffer.firstIndex(of: 10) {
                let l = String(decoding: buffer[..<nl], as: UTF8.self)
                buffer.removeSubrange(...nl)
                return l
            }
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty {
                if buffer.isEmpty { return nil }
                defer { buffer = [] }
                return String(decoding: buffer, as: UTF8.self)
            }
            buffer += chunk
        }
    }

    /// Everything left on stdout and stderr after the process ended.
    func finish() -> (status: Int32, out: String, err: String) {
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: buffer + o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

/// A passphrase file as scripts keep one: mode 0600, one line.
func writePassphrase(_ p: String, to path: String) throws {
    FileManager.default.createFile(atPath: path, contents: Data((p + "\n").utf8), attributes: [.posixPermissions: 0o600])
}

func tempFolder(_ name: String) -> String {
    NSTemporaryDirectory() + "danvan-e2e-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
}

private let noBinary = "the danvan binary is not built next to the tests (.build/debug/danvan): run `swift build` first"

@Suite(.serialized)
struct StoreProcessTests {
    /// Batch n of the torture command adds members n*10 … n*10 + n%3.
    static func batchSize(_ n: UInt64) -> Int { 1 + Int(n % 3) }

    static func ack(_ line: String) -> UInt64? {
        let parts = line.split(separator: " ")
        guard parts.count == 3, parts[0] == "ack" else { return nil }
        return UInt64(parts[1])
    }

    /// `encrypted`: the same on a folder with a passphrase (records and snapshots encrypted).
    @Test(.enabled(if: !DanVanBinary.missing, Comment(rawValue: noBinary)), arguments: [false, true])
    func killedWithSIGKILLKeepsEveryAcknowledgedBatchWhole(encrypted: Bool) throws {
        let folder = tempFolder("kill")
        let passFile = folder + ".pass"
        defer { try? FileManager.default.removeItem(atPath: folder); try? FileManager.default.removeItem(atPath: passFile) }
        var pass: [String] = []
        var key: DataKey?
        if encrypted {
            try writePassphrase("mật khẩu thử nghiệm", to: passFile)
            let set = try Child(["passphrase", "set", "--data", folder, "--new-passphrase-file", passFile]).finish()
            #expect(set.status == 0, "\(set.err)")
            pass = ["--passphrase-file", passFile]
            key = try KeyFile.load(folder: folder)!.unwrap(passphrase: SecretBuffer(Array("mật khẩu thử nghiệm".utf8)))
        }
        var rng = SystemRandomNumberGenerator()
        var acked: Set<UInt64> = []
        for round in 0..<30 {
            // Small checkpoint threshold: kills land in checkpoints too.
            let child = try Child(["torture", "--data", folder, "--checkpoint-records", "25"] + pass)
            guard child.line()?.hasPrefix("ready") == true else {
                Issue.record("round \(round): the child did not start: \(child.finish().err)")
                return
            }
            // Let it run for a random number of acknowledgements or a random moment, then kill.
            let target = Int.random(in: 1...60, using: &rng)
            let deadline = Date().addingTimeInterval(Double.random(in: 0.005...0.2, using: &rng))
            var seen = 0
            while seen < target && Date() < deadline, let l = child.line() {
                if let n = Self.ack(l) {
                    acked.insert(n)
                    seen += 1
                }
            }
            child.kill()
            // Lines it printed before dying were acknowledged too.
            while let l = child.line() { if let n = Self.ack(l) { acked.insert(n) } }

            let members = try Store.open(folder, readOnly: true, key: key).state.members
            for n in acked {
                for j in 0..<Self.batchSize(n) {
                    #expect(members[MemberID(n * 10 + UInt64(j))] != nil, "round \(round): acknowledged batch \(n) lost member \(j)")
                }
            }
            for n in Set(members.keys.map { $0.raw / 10 }) {
                let present = (0..<Self.batchSize(n)).filter { members[MemberID(n * 10 + UInt64($0))] != nil }.count
                #expect(present == Self.batchSize(n), "round \(round): batch \(n) is half there (\(present) ops)")
            }
        }
        #expect(acked.count > 30)
        // The folder takes a writer afterwards.
        let store = try Store.open(folder, key: key)
        #expect(!store.isReadOnly)
    }

    @Test(.enabled(if: !DanVanBinary.missing, Comment(rawValue: noBinary)))
    func secondProcessGetsExitCode3NamingTheFirst() throws {
        let folder = tempFolder("lock")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try Child(["torture", "--data", folder])
        defer { first.kill() }
        #expect(first.line()?.hasPrefix("ready") == true)
        let r = try Child(["compact", "--data", folder, "--lang", "en"]).finish()
        #expect(r.status == 3, "compact: \(r.err)")
        #expect(r.err.contains("pid \(first.process.processIdentifier)"), "compact: \(r.err)")
        // `check` reads the folder beside its writer, saying who that is.
        let c = try Child(["check", "--data", folder, "--lang", "vi"]).finish()
        #expect(c.status == 0, "check: \(c.out) \(c.err)")
        #expect(c.out.contains("đang được mở để ghi bởi tiến trình \(first.process.processIdentifier) trên máy") && c.out.contains("Tình trạng: tốt"), "\(c.out)")
        #expect(try Child(["check", "--repair", "--data", folder]).finish().status == 3)
        // Reading beside the writer works.
        let log = try Child(["log", "--data", folder, "--limit", "3", "--lang", "vi"]).finish()
        #expect(log.status == 0, "\(log.err)")
    }

    @Test(.enabled(if: !DanVanBinary.missing, Comment(rawValue: noBinary)))
    func checkLogCompactAndRepairFromTheCommandLine() throws {
        let folder = tempFolder("cli")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
            try Child(args + ["--data", folder, "--lang", "en"]).finish()
        }
        #expect(try run(["torture", "--batches", "6"]).status == 0)
        var r = try run(["log", "--limit", "2"])
        #expect(r.status == 0)
        #expect(r.out.contains("torture  Add member Thử 6-0 to Chi bộ thử"), "\(r.out)")
        #expect(r.out.split(separator: "\n").count == 2, "\(r.out)")
        r = try run(["check"])
        #expect(r.status == 0 && r.out.contains("healthy"), "\(r.out)")

        // Damage in the first record, good ones after it: check says where, exits 2, changes nothing.
        let name = try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".dvlog") }!
        let url = URL(fileURLWithPath: folder + "/" + name)
        var bytes = try [UInt8](Data(contentsOf: url))
        bytes[segmentHeaderSize + 30] ^= 0xFF
        try Data(bytes).write(to: url)
        r = try run(["check"])
        #expect(r.status == 2 && r.out.contains("\(name), byte \(segmentHeaderSize)"), "\(r.out)")
        #expect(try run(["log"]).status == 2)
        #expect(try run(["compact"]).status == 2)
        #expect(try [UInt8](Data(contentsOf: url)) == bytes)
        // Without --yes and without a "y" on stdin nothing is cut.
        r = try run(["check", "--repair"])
        #expect(r.status == 2 && r.out.contains("Nothing was changed"), "\(r.out)")
        #expect(try [UInt8](Data(contentsOf: url)) == bytes)
        r = try run(["check", "--repair", "--yes"])
        #expect(r.status == 0 && r.out.contains("backed up") && r.out.contains("loses"), "\(r.out)")
        let backups = try FileManager.default.contentsOfDirectory(atPath: parentPath(folder))
            .filter { $0.hasPrefix(URL(fileURLWithPath: folder).lastPathComponent + ".backup-") }
        #expect(backups.count == 2)
        for b in backups { try? FileManager.default.removeItem(atPath: parentPath(folder) + "/" + b) }
        #expect(try run(["torture", "--batches", "2"]).status == 0)
        r = try run(["compact"])
        #expect(r.status == 0, "\(r.err)")
        r = try run(["check"])
        #expect(r.status == 0 && r.out.contains("Snapshot: snap-"), "\(r.out)")
        #expect(try run(["log", "--limit", "0"]).status == 1)
        #expect(try run(["check", "--yes"]).status == 1)
    }
}

func parentPath(_ p: String) -> String { URL(fileURLWithPath: p).deletingLastPathComponent().path }

/// The size of a version 2 log segment header (LogFormat.headerSize, internal to the store).
let segmentHeaderSize = 64
