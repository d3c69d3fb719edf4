import DanVanCore
import DanVanSeal
import Testing
@testable import DanVanStore

/// Damaged folders: cut or flipped at every byte, missing files, gaps, ops that no longer
/// apply. The store opens to exactly the whole records or refuses, naming file and offset,
/// and changes nothing.
struct StoreDamageTests {
    /// A folder with six batches in one segment: its files, the record ends and the state
    /// after each batch. `closed`: the writer closed the folder (its segment sealed in the
    /// manifest); otherwise the files are as a crash left them (the segment still open).
    /// `encrypted`: record payloads sealed with `key` (the same loops hold for an encrypted folder).
    static func sample(closed: Bool = false, encrypted: Bool = false) throws -> (files: [String: [UInt8]], ends: [Int], states: [State]) {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 42)
        let store = try fs.open(key: encrypted ? key : nil)
        let seg = folder + "/" + store.segmentName!
        var ends: [Int] = []
        var states = [State()]
        for n in [2, 1, 3, 1, 2, 1] {
            try store.commit(gen.batch(n))
            ends.append(fs.contents(seg)!.count)
            states.append(gen.state)
        }
        if closed { store.close() } else { fs.crash() }
        var files: [String: [UInt8]] = [:]
        for name in try fs.list(folder) where name != "lock" { files[name] = fs.contents(folder + "/" + name) }
        return (files, ends, states)
    }

    static let key = DataKey.generate()

    /// The one log segment of a sample.
    static func segName(_ files: [String: [UInt8]]) -> String { files.keys.first { LogFormat.isSegmentName($0) }! }

    static func folderWith(_ files: [String: [UInt8]]) throws -> MemoryFileSystem {
        let fs = MemoryFileSystem()
        try fs.createDirectory(folder)
        for (n, b) in files { fs.setContents(folder + "/" + n, b) }
        return fs
    }

    static func snapshotOf(_ fs: MemoryFileSystem) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for n in try fs.list(folder) where n != "lock" { out[n] = fs.contents(folder + "/" + n) }
        return out
    }

    /// The log a crash left open, cut at every byte: whole records are read, a record cut
    /// part way is set aside with a notice. (A cut exactly at a record boundary of the open
    /// segment cannot be seen: nothing records how far it reached.)
    @Test(arguments: [false, true])
    func logCutAtEveryByte(encrypted: Bool) throws {
        let key = encrypted ? Self.key : nil
        let (files, ends, states) = try Self.sample(encrypted: encrypted)
        let segName = Self.segName(files)
        let seg = files[segName]!
        for cut in 0..<seg.count {
            var f = files
            f[segName] = Array(seg[0..<cut])
            let fs = try Self.folderWith(f)
            do {
                let s = try fs.open(key: key)
                let whole = ends.filter { $0 <= cut }.count
                #expect(s.state == states[whole], "cut at \(cut)")
                #expect((s.recoveryNotice != nil) == (!ends.contains(cut) && cut > LogFormat.headerSize), "cut at \(cut)")
            } catch let e as StoreError {
                #expect(cut < LogFormat.headerSize, "cut at \(cut): \(e)")
                #expect(e.isDamage)
                #expect(try Self.snapshotOf(fs) == f, "files changed after refusing")
            }
        }
    }

    /// The log of a folder closed cleanly (its end recorded in the manifest), cut at every
    /// byte: every cut is refused, at record boundaries too, naming the recorded end.
    @Test(arguments: [false, true])
    func sealedLogCutAtEveryByteIsRefused(encrypted: Bool) throws {
        let key = encrypted ? Self.key : nil
        let (files, ends, _) = try Self.sample(closed: true, encrypted: encrypted)
        let segName = Self.segName(files)
        let seg = files[segName]!
        #expect(seg.count == ends.last!)
        for cut in 0..<seg.count {
            var f = files
            f[segName] = Array(seg[0..<cut])
            let fs = try Self.folderWith(f)
            #expect {
                try fs.open(key: key)
            } throws: { e in
                guard case StoreError.damaged(let file, _, let d) = e, file == segName else { return false }
                if cut < LogFormat.headerSize { return true }
                return d == .shorterThanRecorded(recordedEnd: seg.count, found: cut)
            }
            #expect(try Self.snapshotOf(fs) == f, "files changed after refusing")
        }
    }

    /// A flipped bit anywhere in the log, the last acknowledged record included, refuses the
    /// open naming the file and the record; open or sealed segment alike.
    @Test(arguments: [false, true], [false, true])
    func logWithEveryByteFlipped(closed: Bool, encrypted: Bool) throws {
        let key = encrypted ? Self.key : nil
        let (files, _, _) = try Self.sample(closed: closed, encrypted: encrypted)
        let segName = Self.segName(files)
        let seg = files[segName]!
        for i in 0..<seg.count {
            var f = files
            f[segName]![i] ^= 0x10
            let fs = try Self.folderWith(f)
            do {
                _ = try fs.open(readOnly: true, key: key)
                Issue.record("flip at \(i) not caught")
            } catch let e as StoreError {
                guard case .damaged(let file, let offset, _) = e else { Issue.record("flip at \(i): \(e)"); continue }
                #expect(file == segName)
                #expect(offset <= max(i + 1, LogFormat.headerSize))
                #expect(try Self.snapshotOf(fs) == f)
            }
        }
    }

    @Test func manifestWithEveryByteFlippedOrCutIsRefused() throws {
        let (files, _, _) = try Self.sample()
        let man = files[Manifest.fileName]!
        for i in 0..<man.count {
            var f = files
            f[Manifest.fileName]![i] ^= 0x04
            let fs = try Self.folderWith(f)
            #expect(throws: StoreError.self, "flip at \(i)") { try fs.open() }
            #expect(try Self.snapshotOf(fs) == f)
        }
        for cut in 0..<man.count {
            var f = files
            f[Manifest.fileName] = Array(man[0..<cut])
            #expect(throws: StoreError.self) { try Self.folderWith(f).open() }
        }
    }

    static func expectDamage(_ fs: MemoryFileSystem, file: String, _ match: (Damage) -> Bool) {
        #expect {
            try fs.open()
        } throws: { e in
            guard case StoreError.damaged(let f, _, let d) = e else { return false }
            return f == file && match(d)
        }
    }

    @Test func missingSegmentMissingSnapshotAndDamagedSnapshot() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 5)
        let store = try fs.open()
        try store.commit(gen.batch(4))
        try store.checkpoint()
        try store.commit(gen.batch(2))
        store.close()
        let files = try Self.snapshotOf(fs)
        let m = try Manifest.decode(files[Manifest.fileName]!)
        let snap = SnapshotFile.name(seq: 4), seg = m.segments.last!.name
        #expect(m.segments.count == 1 && m.segments[0].firstSeq == 5)

        var f = files
        f[seg] = nil
        Self.expectDamage(try Self.folderWith(f), file: seg) { $0 == .missingFile }
        f = files
        f[snap] = nil
        Self.expectDamage(try Self.folderWith(f), file: snap) { $0 == .missingFile }
        f = files
        f[snap]![f[snap]!.count - 1] ^= 1
        Self.expectDamage(try Self.folderWith(f), file: snap) { $0 == .badChecksum }
        // A manifest that skips records: snapshot at 4, log starting at 7.
        f = files
        var skip = m
        skip.segments[0].firstSeq = 7
        f[Manifest.fileName] = skip.encoded()
        Self.expectDamage(try Self.folderWith(f), file: seg) { $0 == .sequenceGap(expected: 5, found: 7) }
        // Data files without a manifest are never taken for a fresh folder.
        f = files
        f[Manifest.fileName] = nil
        Self.expectDamage(try Self.folderWith(f), file: Manifest.fileName) { $0 == .manifestMissing }
    }

    @Test func opThatNoLongerAppliesStopsTheOpen() throws {
        let (files, ends, _) = try Self.sample()
        let segName = Self.segName(files)
        var seg = files[segName]!
        let salt = seg.u32(at: 12)
        let bad = Op(time: 1, author: "x", change: .deleteMember(MemberID(424_242)))
        seg += LogFormat.record(salt: salt, seq: 11, count: 1, payload: BatchCodec.encode([bad]))
        seg += LogFormat.record(salt: salt, seq: 12, count: 1, payload: BatchCodec.encode([bad]))
        var f = files
        f[segName] = seg
        let fs = try Self.folderWith(f)
        #expect {
            try fs.open()
        } throws: { e in
            guard case StoreError.damaged(let file, let off, .opDoesNotApply(let why)) = e else { return false }
            return file == segName && off == ends.last! && why.contains("424242")
        }
        #expect(try Self.snapshotOf(fs) == f)
    }

    @Test func messagesNameFileOffsetAndReasonInBothLanguages() {
        let e = StoreError.damaged(file: "log-1.dvlog", offset: 1234, reason: .badChecksum)
        #expect(e.message(.en).contains("log-1.dvlog") && e.message(.en).contains("1234") && e.message(.en).contains("checksum"))
        #expect(e.message(.vi).contains("byte 1234") && e.message(.vi).contains("tổng kiểm tra"))
        #expect(StoreError.locked(holder: "pid 7 on máy-1").message(.vi).contains("pid 7 on máy-1"))
    }
}

struct RepairTests {
    @Test func checkExplainsAndRepairCutsAfterBackingUp() throws {
        let (files, ends, states) = try StoreDamageTests.sample(closed: true)
        var f = files
        let seg = StoreDamageTests.segName(files)
        f[seg]![ends[2] + 30] ^= 0x01  // inside the 4th record, good ones follow
        let fs = try StoreDamageTests.folderWith(f)
        let report = Inspection.inspect(folder, fileSystem: fs)
        #expect(!report.healthy)
        let text = report.lines(.en).joined(separator: "\n")
        #expect(text.contains(seg) && text.contains("byte \(ends[2])"), "\(text)")
        let plan = try #require(try Inspection.planRepair(folder, fileSystem: fs))
        // Records 4, 5 and 6 (seqs 7 on) are lost; the 5th and 6th are still readable.
        #expect(plan.loss(.en).contains("from seq 7"), "\(plan.loss(.en))")
        #expect(plan.loss(.en).contains("2 readable records"), "\(plan.loss(.en))")
        let backup = try Inspection.backup(folder, fileSystem: fs)
        try Inspection.repair(plan, folder: folder, fileSystem: fs)
        #expect(Inspection.inspect(folder, fileSystem: fs).healthy)
        let s = try fs.open()
        #expect(s.state == states[3])
        #expect(s.lastSeq == 6)
        var gen = OpGenerator(seed: 1)
        gen.state = s.state
        gen.nextID = 10_000
        try s.commit(gen.batch(2))
        s.close()
        #expect(try fs.open().state == gen.state)
        // The backup holds the damaged files exactly.
        for (name, bytes) in f { #expect(fs.contents(backup + "/" + name) == bytes) }
    }

    @Test func damagedSnapshotIsNotCutAway() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 3)
        let store = try fs.open()
        try store.commit(gen.batch(4))
        try store.checkpoint()
        store.close()
        let snap = folder + "/" + SnapshotFile.name(seq: 4)
        var b = fs.contents(snap)!
        b[b.count / 2] ^= 0x20
        fs.setContents(snap, b)
        #expect(throws: RepairRefusal.self) { try Inspection.planRepair(folder, fileSystem: fs) }
        #expect(!Inspection.inspect(folder, fileSystem: fs).healthy)
    }
}
