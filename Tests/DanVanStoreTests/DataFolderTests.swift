import DanVanCore
import Testing
@testable import DanVanStore

/// The data folder's identity, its upgrade from the previous format, special files, a lost
/// lock, a full disk and failed checkpoints (issue 10), on the in-memory file system.
struct DataFolderTests {
    // MARK: Identity

    /// Every segment and snapshot names the folder; the manifest names every segment's salt.
    @Test func filesNameTheirFolderAndPredecessor() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 1)
        let s = try fs.open()
        try s.commit(gen.batch(3))
        try s.checkpoint()
        try s.commit(gen.batch(2))
        s.close()
        let m = try Manifest.decode(fs.contents(folder + "/" + Manifest.fileName)!)
        let id = try #require(m.folder)
        for seg in m.segments {
            let h = try LogFormat.readHeader(fs.contents(folder + "/" + seg.name)!, file: seg.name)
            #expect(h.folder == id && h.salt == seg.salt)
        }
        #expect(m.segments.last?.sealed != nil, "closed cleanly: its end is recorded")
        let snap = fs.contents(folder + "/" + m.snapshot!.name)!
        let range = try Envelope.open(snap, format: SnapshotFile.format, supported: SnapshotFile.version, file: "")
        #expect(Array(snap[range.lowerBound..<(range.lowerBound + 16)]) == id.bytes)
    }

    /// A snapshot or a log from another folder put in place of this one's is refused.
    @Test func filesOfAnotherFolderAreRefused() throws {
        func make(_ seed: UInt64) throws -> MemoryFileSystem {
            let fs = MemoryFileSystem()
            var gen = OpGenerator(seed: seed)
            let s = try fs.open()
            try s.commit(gen.batch(3))
            try s.checkpoint()
            try s.commit(gen.batch(1))
            s.close()
            return fs
        }
        let a = try make(1), b = try make(2)
        let snap = SnapshotFile.name(seq: 3)
        a.setContents(folder + "/" + snap, b.contents(folder + "/" + snap)!)
        #expect {
            try a.open()
        } throws: { e in
            guard case StoreError.damaged(let f, _, .foreignFile(let en, _)) = e else { return false }
            return f == snap && en.contains("another data folder")
        }
    }

    // MARK: The previous format

    /// A folder written by the previous danvan (version 1 manifest, segment and snapshot,
    /// no identity) is read as it is, and upgraded at the next open for writing: its segments
    /// sealed, a version 2 segment started, and a version 2 snapshot at the next checkpoint.
    @Test func previousFormatIsReadAndUpgraded() throws {
        let fs = MemoryFileSystem()
        try fs.createDirectory(folder)
        var gen = OpGenerator(seed: 4)
        let first = gen.batch(3)
        let stateAt3 = gen.state
        var snapPayload: [UInt8] = []
        try StoreCodec.encodeSnapshot(stateAt3, seq: 3) { snapPayload += $0 }
        fs.setContents(folder + "/" + SnapshotFile.name(seq: 3), Envelope.wrap(format: SnapshotFile.format, version: 1, payload: snapPayload))
        _ = first
        let salt: UInt32 = 0xABCD_0123
        var seg = LogFormat.v1Header(salt: salt, firstSeq: 4)
        var seq: UInt64 = 4
        for n in [2, 1, 3] {
            let ops = gen.batch(n)
            seg += LogFormat.v1Record(salt: salt, seq: seq, count: UInt32(n), payload: BatchCodec.encode(ops))
            seq += UInt64(n)
        }
        let segName = LogFormat.v1SegmentName(firstSeq: 4)
        fs.setContents(folder + "/" + segName, seg)
        let v1 = Envelope.wrap(format: Manifest.format, version: 1,
                               payload: Array("snapshot \(SnapshotFile.name(seq: 3)) 3\nsegment \(segName) 4\n".utf8))
        fs.setContents(folder + "/" + Manifest.fileName, v1)

        #expect(try fs.open(readOnly: true).state == gen.state)
        #expect(fs.contents(folder + "/" + Manifest.fileName) == v1, "a read-only open changes nothing")
        let w = try fs.open()
        #expect(w.state == gen.state && w.lastSeq == 9)
        let m = try Manifest.decode(fs.contents(folder + "/" + Manifest.fileName)!)
        #expect(m.version == 2 && m.folder != nil)
        #expect(m.segments.first == .init(name: segName, firstSeq: 4, salt: salt, sealed: .init(end: seg.count, next: 10)))
        try w.commit(gen.batch(2))
        try w.checkpoint()
        w.close()
        let again = try fs.open()
        #expect(again.state == gen.state)
        let m2 = try Manifest.decode(fs.contents(folder + "/" + Manifest.fileName)!)
        let snap = fs.contents(folder + "/" + m2.snapshot!.name)!
        #expect(try Envelope.openVersioned(snap, format: SnapshotFile.format, supported: 2, file: "").version == 2)
        #expect(fs.contents(folder + "/" + segName) == nil, "the old segment went at the checkpoint")
    }

    // MARK: Special files

    /// A FIFO (or a directory, a device, a link) where MANIFEST, the snapshot or a log
    /// belongs is named for what it is, never taken for a missing file.
    @Test(arguments: [FileKind.fifo, .directory, .device, .symlink])
    func specialFilesAreNamed(kind: FileKind) throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 2)
        let s = try fs.open()
        try s.commit(gen.batch(2))
        try s.checkpoint()
        try s.commit(gen.batch(2))
        s.close()
        let m = try Manifest.decode(fs.contents(folder + "/" + Manifest.fileName)!)
        for name in [Manifest.fileName, m.snapshot!.name, m.segments.last!.name] {
            let keep = fs.contents(folder + "/" + name)!
            fs.setKind(folder + "/" + name, kind)
            for readOnly in [true, false] {
                #expect {
                    try fs.open(readOnly: readOnly)
                } throws: { e in
                    guard case StoreError.damaged(let f, _, .notARegularFile(let k)) = e else { return false }
                    return f == name && k == kind && (e as? StoreError)?.isDamage == true
                }
            }
            let report = Inspection.inspect(folder, fileSystem: fs)
            #expect(report.lines(.en).joined().contains(kind.name(.en)), "\(name)")
            fs.setContents(folder + "/" + name, keep)
            fs.setKind(folder + "/" + name, .regular)
        }
    }

    /// A folder holding other files and no manifest is not taken for a data folder: nothing
    /// is written into it, not even the lock file.
    @Test func aFolderOfOtherFilesIsRefused() throws {
        let fs = MemoryFileSystem()
        try fs.createDirectory(folder)
        fs.setContents(folder + "/thư.docx", [1, 2, 3])
        for readOnly in [true, false] {
            #expect {
                try fs.open(readOnly: readOnly)
            } throws: { e in
                guard case StoreError.notADataFolder(_, let ex) = e else { return false }
                return ex == ["thư.docx"] && (e as! StoreError).message(.vi).contains("không phải thư mục dữ liệu danvan")
            }
        }
        #expect(try fs.list(folder) == ["thư.docx"])
        #expect(!Inspection.inspect(folder, fileSystem: fs).healthy)
        // An empty folder, or one holding only danvan's settings, is fine.
        try fs.createDirectory("/data/empty")
        fs.setContents("/data/empty/" + Settings.fileName, Array("{}".utf8))
        #expect(try Store.open("/data/empty", fileSystem: fs).isEmpty)
    }

    // MARK: The lock

    /// The folder moved away under a writer: the next commit writes nothing and the store
    /// turns read-only with the reason; the close does not seal anything.
    @Test func aLostLockMakesTheStoreReadOnly() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 3)
        let s = try fs.open()
        try s.commit(gen.batch(2))
        let seg = folder + "/" + s.segmentName!
        let before = fs.contents(seg)!
        fs.loseLock(folder)
        #expect {
            try s.commit(gen.batch(1))
        } throws: { e in
            if case StoreError.folderLost = e { return true }
            return false
        }
        #expect(s.isReadOnly && s.readOnlyReason(.vi)?.contains("di chuyển") == true)
        #expect(fs.contents(seg) == before)
    }

    // MARK: A full disk, failed checkpoints

    /// A write that fails part way (a full disk): the partial record is cut off again, so
    /// the next open finds no torn tail, names no internal file, and takes writes.
    @Test func aFailedWriteLeavesNoTornTailAndTheFolderOpensAgain() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 8)
        let s = try fs.open()
        try s.commit(gen.batch(2))
        let acked = gen.state
        fs.fail(.write, onCall: 1)
        #expect(throws: StoreError.self) { try s.commit(gen.batch(50)) }
        s.close()
        fs.clearFaults()
        let again = try fs.open()
        #expect(again.state == acked)
        #expect(again.recoveryNotice == nil)
        #expect(try fs.list(folder).allSatisfy { !$0.hasSuffix(".broken") && !$0.hasSuffix(".tmp") })
        gen.state = acked
        try again.commit(gen.batch(1))
    }

    /// A checkpoint whose snapshot write fails leaves no temporary snapshot behind, and a
    /// temporary file left by a crash is removed at the next open.
    @Test func aFailedCheckpointLeavesNoTemporaryFile() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 9)
        let s = try fs.open()
        try s.commit(gen.batch(20))
        let tmpBefore = try fs.list(folder).filter { $0.hasSuffix(".tmp") }
        #expect(tmpBefore.isEmpty)
        // Fail the sync of the snapshot: the roll's syncs come first (segment, folder, manifest, folder).
        fs.fail(.sync, onCall: 5)
        #expect(throws: StoreError.self) { try s.checkpoint() }
        #expect(try fs.list(folder).filter { $0.hasSuffix(".tmp") } == [])
        s.close()
        fs.clearFaults()
        fs.setContents(folder + "/" + SnapshotFile.name(seq: 99) + ".tmp", [UInt8](repeating: 7, count: 1000))
        fs.setContents(folder + "/notmine.tmp", [1])
        let again = try fs.open()
        #expect(again.state == gen.state)
        #expect(try fs.list(folder).filter { $0.hasSuffix(".tmp") } == ["notmine.tmp"], "only danvan's own temporary files go")
    }
}

struct ReadOnlyMediaTests {
    /// The errors of a folder that cannot be written at all are told apart, so the
    /// application can open it read-only instead of refusing it.
    @Test func readOnlyMediaErrorsAreRecognised() {
        #expect(StoreError.io(IOFailure("open", "/media/cd/lock", "Read-only file system", code: 30)).isReadOnlyMedia)
        #expect(StoreError.io(IOFailure("open", "/x/lock", "Permission denied", code: 13)).isReadOnlyMedia)
        #expect(!StoreError.io(IOFailure("write", "/x/log", "No space left on device", code: 28)).isReadOnlyMedia)
        #expect(!StoreError.locked(holder: "pid 1").isReadOnlyMedia)
    }
}
