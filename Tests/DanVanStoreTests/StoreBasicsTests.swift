import DanVanCore
import Foundation
import Testing
@testable import DanVanStore

struct StoreBasicsTests {
    @Test func commitsSurviveReopen() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 1)
        let store = try fs.open()
        #expect(store.isEmpty && store.lastSeq == 0)
        for n in [1, 3, 1, 5] { try store.commit(gen.batch(n)) }
        #expect(store.state == gen.state)
        #expect(store.lastSeq == 10)
        store.close()
        let again = try fs.open()
        #expect(again.state == gen.state)
        #expect(again.lastSeq == 10)
        #expect(again.recoveryNotice == nil)
    }

    @Test func refusedOpWritesNothing() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 2)
        let store = try fs.open()
        try store.commit(gen.batch(4))
        let before = fs.mutationCount
        let bad = gen.op(.deleteMember(MemberID(999_999)))
        #expect {
            try store.commit([gen.batch(1)[0], bad])
        } throws: { e in
            if case StoreError.rejected(let oe) = e { return oe.code == .unknownID }
            return false
        }
        #expect(fs.mutationCount == before)
        #expect(store.lastSeq == 4)
        #expect(!store.isReadOnly)
    }

    @Test func secondWriterIsRefusedNamingTheFirst() throws {
        let fs = MemoryFileSystem()
        let first = try fs.open()
        #expect {
            try fs.open()
        } throws: { e in
            guard case StoreError.locked(let holder) = e else { return false }
            return holder.contains("pid \(getpid())")
        }
        first.close()
        _ = try fs.open()
    }

    @Test func readOnlyOpenWorksBesideAWriterAndRefusesCommits() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 3)
        let writer = try fs.open()
        try writer.commit(gen.batch(5))
        let reader = try fs.open(readOnly: true)
        #expect(reader.state == gen.state)
        #expect(reader.isReadOnly)
        #expect {
            try reader.commit(gen.batch(1))
        } throws: { e in
            if case StoreError.readOnly = e { return StoreError.readOnly(reason: "x").message(.vi).contains("chỉ đọc") }
            return false
        }
        #expect(throws: StoreError.self) { try reader.checkpoint() }
        try writer.commit(gen.batch(1))
    }

    @Test func readOnlyOpenOfMissingFolderCreatesNothing() throws {
        let fs = MemoryFileSystem()
        let s = try fs.open(readOnly: true)
        #expect(s.isEmpty)
        #expect(!fs.directoryExists(folder))
    }

    @Test func seedFillsOnlyAnEmptyStore() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 4)
        _ = gen.batch(30)
        let store = try fs.open()
        try store.seed(with: gen.state)
        #expect(store.state == gen.state)
        #expect(!store.isEmpty)
        #expect(throws: StoreError.self) { try store.seed(with: gen.state) }
        try store.commit(gen.batch(3))
        store.close()
        let again = try fs.open()
        #expect(again.state == gen.state)
    }

    @Test func checkpointReplacesOldSegmentsAndKeepsState() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 5)
        let store = try fs.open()
        try store.commit(gen.batch(10))
        try store.checkpoint()
        try store.commit(gen.batch(4))
        try store.checkpoint()
        try store.commit(gen.batch(2))
        let files = try fs.list(folder)
        let logs = files.filter { $0.hasSuffix(".dvlog") }
        #expect(logs.count == 1 && logs[0].hasPrefix("log-\(hex16(15))-"), "\(logs)")
        #expect(files.filter { $0.hasSuffix(".dvsnap") } == [SnapshotFile.name(seq: 14)])
        #expect(store.snapshotSeq == 14)
        store.close()
        let again = try fs.open()
        #expect(again.state == gen.state)
        #expect(again.lastSeq == 16)
        #expect(try again.history(limit: 10).map(\.seq) == [15, 16])
    }

    /// A crash in the middle of a write: the unfinished record is set aside (kept in place
    /// after the segment's recorded end, and copied to a `.broken` file named by offset and
    /// time), the notice says it was never confirmed, and its seqs are not given out again.
    @Test func tornTailIsSetAsideReportedAndLogContinues() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 6)
        let store = try fs.open()
        try store.commit(gen.batch(3))
        let seg = folder + "/" + store.segmentName!
        fs.crash()
        let good = fs.contents(seg)!
        let whole = LogFormat.record(salt: good.u32(at: 12), seq: 4, count: 2, payload: Array(repeating: 0x33, count: 100))
        let torn = Array(whole[0..<60])
        fs.setContents(seg, good + torn)
        let again = try fs.open()
        #expect(again.state == gen.state)
        #expect(again.recoveryNotice?.contains("never confirmed as saved") == true, "\(again.recoveryNotice ?? "")")
        #expect(again.recoveryNotice?.contains("intact") == false)
        #expect(fs.contents(seg) == good + torn, "the torn bytes stay where they are")
        let broken = try fs.list(folder).filter { $0.hasSuffix(".broken") }
        #expect(broken.count == 1 && broken[0].hasPrefix("\(fileName(of: seg)).\(good.count).") && fs.contents(folder + "/" + broken[0]) == torn)
        try again.commit(gen.batch(2))
        #expect(again.lastSeq == 7, "seqs 4 and 5, claimed by the torn record, are skipped")
        again.close()
        let third = try fs.open()
        #expect(third.state == gen.state)
        #expect(third.recoveryNotice == nil)
    }

    @Test func networkFileSystemIsWarnedAbout() throws {
        let fs = MemoryFileSystem()
        try fs.createDirectory(folder)
        fs.networkName = "NFS"
        let s = try fs.open()
        #expect(s.networkFileSystemWarning?.contains("NFS") == true)
        let info = """
            22 1 0:21 / / rw,relatime shared:1 - ext4 /dev/vda rw
            40 22 0:35 / /mnt/share rw,relatime shared:2 - nfs4 server:/export rw
            41 22 0:36 / /mnt/smb rw - cifs //nas/x rw
            """
        #expect(PosixFileSystem.networkName(mountinfo: info, path: "/mnt/share/danvan") == "NFS")
        #expect(PosixFileSystem.networkName(mountinfo: info, path: "/mnt/smb") == "SMB/CIFS")
        #expect(PosixFileSystem.networkName(mountinfo: info, path: "/home/x") == nil)
        #expect(PosixFileSystem.networkName(mountinfo: info, path: "/mnt/shared") == nil)
    }

    @Test func commitsFromManyThreadsShareSyncs() throws {
        let fs = MemoryFileSystem()
        // A slow sync and a common start line: while one commit syncs, the other threads are
        // already waiting to commit, so even a loaded machine must group them.
        fs.syncDelay = 0.02
        let store = try fs.open()
        var setup = OpGenerator(seed: 8)
        try store.commit(setup.batch(3))
        let cell = setup.state.orgs.values.first { $0.level.isCell }!.id
        let before = fs.syncCount
        let threads = 4, each = 25
        // Real threads (not a pool that might run them one after another).
        let done = DispatchGroup()
        let ready = DispatchSemaphore(value: 0), go = DispatchSemaphore(value: 0)
        for t in 0..<threads {
            done.enter()
            Thread {
                ready.signal()
                go.wait()
                for i in 0..<each {
                    let m = Member(id: MemberID(UInt64(1_000 + t * 100 + i)), org: cell, fullName: "Người \(t)-\(i)")
                    try! store.commit([Op(time: 1, author: "t\(t)", change: .addMember(m))])
                }
                done.leave()
            }.start()
        }
        for _ in 0..<threads { ready.wait() }
        for _ in 0..<threads { go.signal() }
        done.wait()
        #expect(store.lastSeq == 3 + UInt64(threads * each))
        #expect(fs.syncCount - before < threads * each, "syncs: \(fs.syncCount - before)")
        store.close()
        let again = try fs.open()
        #expect(again.state == store.state)
        #expect(again.state.members.count == setup.state.members.count + threads * each)
    }

    @Test func automaticCheckpointAfterThreshold() throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: 9)
        let store = try fs.open()
        store.checkpointRecords = 10
        for _ in 0..<25 { try store.commit(gen.batch(1)) }
        store.close()  // waits for a running checkpoint
        #expect(store.snapshotSeq >= 10)
        let again = try fs.open()
        #expect(again.state == gen.state)
    }

    @Test func realFolderHasPrivateModesAndLock() throws {
        let dir = NSTemporaryDirectory() + "danvan-store-\(getpid())-\(UInt32.random(in: 0...UInt32.max))/data"
        defer { try? FileManager.default.removeItem(atPath: parentFolder(of: dir)) }
        var gen = OpGenerator(seed: 10)
        let store = try Store.open(dir)
        try store.commit(gen.batch(3))
        try store.checkpoint()
        try store.commit(gen.batch(3))
        func mode(_ p: String) -> Int { ((try? FileManager.default.attributesOfItem(atPath: p)[.posixPermissions]) as? Int) ?? -1 }
        #expect(mode(dir) == 0o700)
        for f in try FileManager.default.contentsOfDirectory(atPath: dir) { #expect(mode(dir + "/" + f) == 0o600, "\(f)") }
        #expect(throws: StoreError.self) { try Store.open(dir) }
        let ro = try Store.open(dir, readOnly: true)
        #expect(ro.state == gen.state)
        store.close()
        let again = try Store.open(dir)
        #expect(again.state == gen.state)
        #expect(again.lastSeq == 6)
    }
}

/// Who holds the folder, in the person's language.
@Suite struct LockHolderTextTests {
    @Test func theHolderIsDescribedInVietnamese() {
        let raw = "pid 42 on may-bi-thu, since 2026-11-23 08:00:00 +07:00\n"
        #expect(Store.describeHolder(raw, .vi) == "tiến trình 42 trên máy may-bi-thu, từ 2026-11-23 08:00:00 +07:00")
        #expect(Store.describeHolder(raw, .en) == "pid 42 on may-bi-thu, since 2026-11-23 08:00:00 +07:00")
        #expect(StoreError.locked(holder: raw).message(.vi)
                == "Thư mục dữ liệu đang được mở bởi tiến trình 42 trên máy may-bi-thu, từ 2026-11-23 08:00:00 +07:00. Hãy đóng chương trình đó, hoặc mở ở chế độ chỉ đọc.")
        // Something else in the lock file is shown as it is.
        #expect(Store.describeHolder("bithu@may1", .vi) == "bithu@may1")
    }
}

/// Reopening right after closing: a lock this process still holds for an instant (a child
/// being started keeps a copy of it until it runs its program) is waited for; anyone else's
/// lock is refused at once.
@Suite struct LockReopenTests {
    @Test func ourOwnLockGoneAMomentLaterIsWaitedFor() throws {
        let fs = MemoryFileSystem()
        try fs.createDirectory("/d")
        nonisolated(unsafe) let held = try fs.lock(folder: "/d", info: Store.lockInfo())
        let release = Thread { usleep(150_000); held.release() }
        release.start()
        let started = Date()
        let store = try Store.open("/d", fileSystem: fs)
        defer { store.close() }
        #expect(Date().timeIntervalSince(started) >= 0.1)
    }

    @Test func anotherProcesssLockIsRefusedAtOnce() throws {
        let fs = MemoryFileSystem()
        try fs.createDirectory("/d")
        let held = try fs.lock(folder: "/d", info: "pid 1 on other-host, since 2026-12-06 08:00:00 +07:00\n")
        defer { held.release() }
        let started = Date()
        #expect(throws: StoreError.self) { try Store.open("/d", fileSystem: fs) }
        #expect(Date().timeIntervalSince(started) < 0.5)
    }
}
