import DanVanCore
import DanVanStore
import Foundation
import Testing

/// The attacks on the data folder (issue 10) replayed through the real binary: a deleted
/// lock, swapped logs, FIFOs, devices and links in place of data files, wrong `--data`.
@Suite(.serialized, .disabled(if: DanVanBinary.missing, "build danvan first: swift build --product danvan"))
struct DataFolderAttackTests {
    /// Runs danvan and waits at most `seconds`: a hang is a failure, never a hung suite.
    func run(_ args: [String], seconds: Double = 20) throws -> (status: Int32, out: String, err: String) {
        let c = try Child(args)
        let deadline = Date().addingTimeInterval(seconds)
        while c.process.isRunning && Date() < deadline { usleep(10_000) }
        if c.process.isRunning {
            c.kill()
            Issue.record("danvan \(args.joined(separator: " ")) hung for \(seconds) s")
        }
        return c.finish()
    }

    func made(_ name: String, batches: Int = 5) throws -> String {
        let dir = tempFolder(name)
        let r = try run(["torture", "--batches", "\(batches)", "--data", dir, "--checkpoint-records", "100000"])
        #expect(r.status == 0, "\(r.err)")
        return dir
    }

    func members(_ dir: String) throws -> Int { try Store.open(dir, readOnly: true).state.members.count }

    func segments(_ dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".dvlog") }.sorted()
    }

    // MARK: 1. The lock

    /// Deleting (or renaming) the `lock` file while a writer runs no longer lets a second
    /// writer in: the lock is on the folder itself. The first writer's work is all there.
    @Test func deletingOrRenamingTheLockFileKeepsTheSecondWriterOut() throws {
        let dir = tempFolder("lockdel")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try Child(["torture", "--data", dir])
        defer { first.kill() }
        #expect(first.line()?.hasPrefix("ready") == true)
        var acked: Set<UInt64> = []
        for _ in 0..<5 { if let l = first.line(), let n = StoreProcessTests.ack(l) { acked.insert(n) } }
        try FileManager.default.removeItem(atPath: dir + "/lock")
        let second = try run(["torture", "--batches", "3", "--data", dir, "--lang", "en"])
        #expect(second.status == 3, "a second writer got in after the lock file was deleted: \(second.err)")
        #expect(second.err.contains("in use"), "\(second.err)")
        // A lock file made anew by hand, then renamed: still no way in.
        try Data("stale?".utf8).write(to: URL(fileURLWithPath: dir + "/lock"))
        #expect(try run(["torture", "--batches", "1", "--data", dir]).status == 3)
        try FileManager.default.moveItem(atPath: dir + "/lock", toPath: dir + "/lock.old")
        #expect(try run(["torture", "--batches", "1", "--data", dir]).status == 3)
        for _ in 0..<5 { if let l = first.line(), let n = StoreProcessTests.ack(l) { acked.insert(n) } }
        first.kill()
        while let l = first.line() { if let n = StoreProcessTests.ack(l) { acked.insert(n) } }
        let check = try run(["check", "--data", dir, "--lang", "en"])
        #expect(check.status == 0 && check.out.contains("Status:"), "\(check.out)")
        let state = try Store.open(dir, readOnly: true).state
        for n in acked { #expect(state.members[MemberID(n * 10)] != nil, "acknowledged batch \(n) lost") }
    }

    /// The folder moved away under a running writer: it stops writing (nothing lands in a
    /// folder it no longer guards) and says why; what it acknowledged is in the moved folder.
    @Test func movingTheFolderUnderAWriterStopsIt() throws {
        let dir = tempFolder("moved"), moved = dir + "-moved"
        defer { for d in [dir, moved] { try? FileManager.default.removeItem(atPath: d) } }
        let first = try Child(["torture", "--data", dir, "--lang", "en"])
        defer { first.kill() }
        #expect(first.line()?.hasPrefix("ready") == true)
        var acked: Set<UInt64> = []
        for _ in 0..<3 { if let l = first.line(), let n = StoreProcessTests.ack(l) { acked.insert(n) } }
        try FileManager.default.moveItem(atPath: dir, toPath: moved)
        let deadline = Date().addingTimeInterval(20)
        while first.process.isRunning && Date() < deadline { if let l = first.line(), let n = StoreProcessTests.ack(l) { acked.insert(n) } }
        let r = first.finish()
        #expect(r.status != 0)
        #expect(r.err.contains("moved, deleted or replaced"), "\(r.err)")
        for l in r.out.split(separator: "\n") { if let n = StoreProcessTests.ack(String(l)) { acked.insert(n) } }
        let state = try Store.open(moved, readOnly: true).state
        for n in acked { #expect(state.members[MemberID(n * 10)] != nil, "acknowledged batch \(n) lost") }
        #expect(!FileManager.default.fileExists(atPath: dir + "/MANIFEST"))
    }

    // MARK: 2. The tail of the log

    /// One flipped bit in the last acknowledged record: `check` says so with the record's
    /// offset and exits 2 (never "healthy"); the app refuses to open it rather than drop it.
    @Test func aFlippedBitInTheLastRecordIsReportedNotDropped() throws {
        let dir = try made("lastflip")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let seg = dir + "/" + (try segments(dir).last!)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: seg)))
        bytes[bytes.count - 20] ^= 0x04
        try Data(bytes).write(to: URL(fileURLWithPath: seg))
        let r = try run(["check", "--data", dir, "--lang", "en"])
        #expect(r.status == 2, "\(r.out)")
        #expect(r.out.contains("written whole but fails its checksum") && !r.out.contains("healthy"), "\(r.out)")
        let w = try run(["torture", "--batches", "1", "--data", dir, "--lang", "en"])
        #expect(w.status == 2, "\(w.err)")
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: seg))) == bytes, "nothing rewritten")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".broken") }.isEmpty)
    }

    /// A closed log cut exactly at a record boundary leaves a trace: the manifest recorded
    /// where it ended.
    @Test func aLogCutAtARecordBoundaryIsSeen() throws {
        let dir = try made("cutboundary", batches: 4)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let seg = dir + "/" + (try segments(dir).last!)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: seg)))
        // The last record of batch 4 (4 % 3 + 1 = 2 members): find its start by the end mark before it.
        let mark: [UInt8] = Array("DVR!".utf8)
        var ends: [Int] = []
        for i in 4...bytes.count where Array(bytes[(i - 4)..<i]) == mark { ends.append(i) }
        #expect(ends.last == bytes.count)
        for cut in ends.dropLast() {
            try Data(bytes[0..<cut]).write(to: URL(fileURLWithPath: seg))
            let r = try run(["check", "--data", dir, "--lang", "en"])
            #expect(r.status == 2 && r.out.contains("shorter than when it was closed"), "cut at \(cut): \(r.out)")
        }
    }

    /// A torn write after a kill: set aside with a notice that does not claim more than it
    /// knows, kept under a name of its own (offset and time) each time, seqs not reused.
    @Test func tornWritesAreKeptEachUnderItsOwnName() throws {
        let dir = try made("torn", batches: 3)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for round in 0..<2 {
            // A writer that dies in the middle of a record: the record's first bytes, then nothing.
            let w = try Child(["torture", "--data", dir])
            #expect(w.line()?.hasPrefix("ready") == true)
            _ = w.line()
            w.kill()
            let seg = dir + "/" + (try segments(dir).last!)
            let h = try FileHandle(forWritingTo: URL(fileURLWithPath: seg))
            h.seekToEndOfFile()
            h.write(Data([40, 0, 0, 0, 1, 0, 0, 0, 99, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]))
            try h.close()
            let c = try run(["check", "--data", dir, "--lang", "en"])
            #expect(c.status == 0 && c.out.contains("Warning") && c.out.contains("usable"), "round \(round): \(c.out)")
            let compact = try run(["compact", "--data", dir, "--lang", "en"])
            #expect(compact.status == 0, "\(compact.err)")
            #expect(compact.out.contains("never confirmed as saved") && !compact.out.contains("intact"), "\(compact.out)")
        }
        let broken = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".broken") }
        #expect(broken.count == 2, "\(broken)")
    }

    // MARK: 3. Identity

    /// The live log replaced by a sibling copy's, by an older copy of itself, or by another
    /// folder's: refused with the reason, never opened as healthy.
    @Test func logsFromSiblingsOlderCopiesAndOtherFoldersAreRefused() throws {
        let a = try made("ida", batches: 3)
        let b = a + "-sibling", old = a + "-old", other = try made("idother", batches: 3)
        defer { for d in [a, b, old, other] { try? FileManager.default.removeItem(atPath: d) } }
        try FileManager.default.copyItem(atPath: a, toPath: b)
        #expect(try run(["torture", "--batches", "2", "--data", a]).status == 0)
        try FileManager.default.copyItem(atPath: a, toPath: old)
        #expect(try run(["torture", "--batches", "2", "--data", a]).status == 0)
        #expect(try run(["torture", "--batches", "2", "--data", b]).status == 0)
        let live = try segments(a).last!
        let good = try Data(contentsOf: URL(fileURLWithPath: a + "/" + live))
        func swapped(_ from: String, _ expect: String) throws {
            try Data(contentsOf: URL(fileURLWithPath: from)).write(to: URL(fileURLWithPath: a + "/" + live))
            let r = try run(["check", "--data", a, "--lang", "en"])
            #expect(r.status == 2 && r.out.contains(expect), "\(from): \(r.out)")
            #expect(try run(["export", "members", "--data", a]).status == 2)
            try good.write(to: URL(fileURLWithPath: a + "/" + live))
        }
        try swapped(b + "/" + (try segments(b).last!), "another copy of this folder")
        try swapped(old + "/" + (try segments(old).last!), "another copy of this folder")
        try swapped(other + "/" + (try segments(other).last!), "another data folder")
        #expect(try run(["check", "--data", a]).status == 0)

        // An older copy of the live segment itself, taken while its writer was running, put
        // back after that writer closed the folder: a rollback, reported.
        let w = try Child(["torture", "--batches", "300", "--data", a, "--checkpoint-records", "100000"])
        #expect(w.line()?.hasPrefix("ready") == true)
        for _ in 0..<3 { _ = w.line() }
        let running = try segments(a).last!
        let copy = try Data(contentsOf: URL(fileURLWithPath: a + "/" + running))
        #expect(w.finish().status == 0)
        try copy.write(to: URL(fileURLWithPath: a + "/" + running))
        let r = try run(["check", "--data", a, "--lang", "en"])
        #expect(r.status == 2 && r.out.contains("shorter than when it was closed") && r.out.contains("older copy"), "\(r.out)")
    }

    // MARK: 7, 19. Wrong --data

    @Test func aWrongDataFolderIsRefused() throws {
        let dir = tempFolder("wrong")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data("hello".utf8).write(to: URL(fileURLWithPath: dir + "/notes.txt"))
        // A folder of other things: not taken for a data folder, nothing written into it.
        for args in [["torture", "--batches", "1"], ["export", "members"], ["demo", "--scale", "cell"], ["check"]] {
            let r = try run(args + ["--data", dir, "--lang", "en"])
            #expect(r.status == 2, "\(args[0]): \(r.out) \(r.err)")
            #expect((r.out + r.err).contains("not a danvan data folder") && (r.out + r.err).contains("notes.txt"), "\(args[0]): \(r.err)")
            #expect(r.out.isEmpty || args[0] == "check")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["notes.txt"])
        // A regular file as --data; a folder that does not exist, for export.
        let file = dir + "/notes.txt"
        let c = try run(["check", "--data", file, "--lang", "en"])
        #expect(c.status == 2 && c.out.contains("is a regular file, not a data folder"), "\(c.out)")
        let e = try run(["export", "members", "--data", dir + "/missing", "--lang", "en"])
        #expect(e.status == 2 && e.out.isEmpty && e.err.contains("holds no danvan data"), "\(e.err)")
    }

    /// `demo --force` moves only danvan's own files aside; the user's other files stay.
    @Test func demoForceMovesOnlyDanvansFiles() throws {
        let dir = try made("demoforce", batches: 2)
        let parent = parentPath(dir), name = URL(fileURLWithPath: dir).lastPathComponent
        defer {
            try? FileManager.default.removeItem(atPath: dir)
            for b in (try? FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(name + ".replaced-") }) ?? [] {
                try? FileManager.default.removeItem(atPath: parent + "/" + b)
            }
        }
        // A danvan data folder the user also keeps a file in.
        try Data("mine".utf8).write(to: URL(fileURLWithPath: dir + "/ghichu.txt"))
        let r = try run(["demo", "--scale", "cell", "--force", "--data", dir, "--lang", "en"])
        #expect(r.status == 0, "\(r.err)")
        #expect(try String(contentsOfFile: dir + "/ghichu.txt", encoding: .utf8) == "mine")
        let backups = try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(name + ".replaced-") }
        #expect(backups.count == 1)
        let moved = try FileManager.default.contentsOfDirectory(atPath: parent + "/" + backups[0])
        #expect(moved.contains("MANIFEST") && !moved.contains("ghichu.txt"), "\(moved)")
        #expect(try members(parent + "/" + backups[0]) > 0)
    }

    // MARK: 10, 14, 18. FIFOs, devices, directories and links

    /// Each data file replaced by a FIFO, a device node, a directory or a symbolic link:
    /// check, export, log and a writer each refuse at once with exit 2 and name what it is.
    @Test func specialFilesInPlaceOfDataFilesAreNamedAndNeverHang() throws {
        let dir = try made("special", batches: 3)
        let outside = dir + "-outside"
        defer { for d in [dir, outside] { try? FileManager.default.removeItem(atPath: d) } }
        #expect(try run(["compact", "--data", dir]).status == 0)
        #expect(try run(["torture", "--batches", "1", "--data", dir]).status == 0)
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        let snap = try FileManager.default.contentsOfDirectory(atPath: dir).first { $0.hasSuffix(".dvsnap") }!
        let targets = ["MANIFEST", snap, try segments(dir).last!]
        let kinds: [(String, String, (String) throws -> Void)] = [
            ("fifo", "named pipe (FIFO)", { p in #expect(mkfifo(p, 0o600) == 0) }),
            ("device", "device node", { p in #expect(mknod(p, S_IFCHR | 0o600, dev_t(1 << 8 | 3)) == 0, "mknod needs root") }),
            ("directory", "a directory", { p in try FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: false) }),
            ("symlink", "symbolic link", { p in
                try FileManager.default.copyItem(atPath: dir + "/.keep-" + URL(fileURLWithPath: p).lastPathComponent, toPath: outside + "/copy")
                try FileManager.default.createSymbolicLink(atPath: p, withDestinationPath: outside + "/copy")
            }),
        ]
        for target in targets {
            let path = dir + "/" + target
            try FileManager.default.copyItem(atPath: path, toPath: dir + "/.keep-" + target)
            for (kind, words, make) in kinds {
                try FileManager.default.removeItem(atPath: path)
                try make(path)
                for args in [["check"], ["export", "members"], ["log"], ["torture", "--batches", "1"]] {
                    let r = try run(args + ["--data", dir, "--lang", "en"], seconds: 10)
                    #expect(r.status == 2, "\(target) as \(kind), \(args[0]): \(r.out) \(r.err)")
                    #expect((r.out + r.err).contains(target) && (r.out + r.err).contains(words), "\(target) as \(kind), \(args[0]): \(r.out) \(r.err)")
                }
                try? FileManager.default.removeItem(atPath: outside + "/copy")
            }
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.moveItem(atPath: dir + "/.keep-" + target, toPath: path)
        }
        #expect(try run(["check", "--data", dir]).status == 0)
    }

    /// A symlinked `lock` no longer truncates the file it points to; the writer refuses.
    @Test func aSymlinkedLockIsNotFollowed() throws {
        let dir = try made("symlock", batches: 1)
        let outside = dir + "-precious.txt"
        defer { for d in [dir, outside] { try? FileManager.default.removeItem(atPath: d) } }
        try Data("precious".utf8).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.removeItem(atPath: dir + "/lock")
        try FileManager.default.createSymbolicLink(atPath: dir + "/lock", withDestinationPath: outside)
        let r = try run(["torture", "--batches", "1", "--data", dir, "--lang", "en"])
        #expect(r.status != 0 && r.err.contains("symbolic link"), "\(r.err)")
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "precious")
    }

    // MARK: 23. Repair

    /// One flipped bit in a segment header: `check --repair` puts it right from the header
    /// checksum and loses nothing, instead of dropping the whole segment.
    @Test func repairFixesAFlippedHeaderBitWithoutLosingRecords() throws {
        let dir = try made("hdrbit", batches: 6)
        let parent = parentPath(dir), name = URL(fileURLWithPath: dir).lastPathComponent
        defer {
            try? FileManager.default.removeItem(atPath: dir)
            for b in (try? FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(name + ".backup-") }) ?? [] {
                try? FileManager.default.removeItem(atPath: parent + "/" + b)
            }
        }
        let before = try members(dir)
        let seg = dir + "/" + (try segments(dir).last!)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: seg)))
        bytes[13] ^= 0x08  // inside the salt
        try Data(bytes).write(to: URL(fileURLWithPath: seg))
        #expect(try run(["check", "--data", dir]).status == 2)
        let r = try run(["check", "--repair", "--yes", "--data", dir, "--lang", "en"])
        #expect(r.status == 0 && r.out.contains("loses: Nothing"), "\(r.out)")
        #expect(try members(dir) == before)
    }
}
