import DanVanCore
import DanVanSeal
import Foundation

extension Store {
    /// Opens (creating if missing) the data folder. Writers take the folder lock and throw
    /// `StoreError.locked` naming the holder when another process has it; a torn final
    /// record is set aside in a `.broken` file and reported in `recoveryNotice`; any other
    /// damage throws `StoreError.damaged` and changes nothing. An encrypted folder (one with a
    /// `SEAL` key file) needs its data `key` (see DanVanSeal's `KeyFile`), else `.encrypted`.
    public static func open(_ folder: String, readOnly: Bool = false, key: DataKey? = nil) throws -> Store {
        try open(folder, readOnly: readOnly, fileSystem: PosixFileSystem(), key: key)
    }

    /// The same, on any file system (tests pass a `MemoryFileSystem`).
    public static func open(_ folder: String, readOnly: Bool = false, fileSystem fs: FileSystem, key: DataKey? = nil) throws -> Store {
        let network = fs.directoryExists(folder) ? fs.networkFileSystem(folder).map(networkWarning) : nil
        if key == nil && fs.fileExists(folder + "/" + KeyFile.name) { throw StoreError.encrypted }
        if readOnly { return try openReadOnly(folder, fs: fs, network: network, key: key) }

        do { try fs.createDirectory(folder) } catch let e as IOFailure { throw StoreError.io(e) }
        let lock = try fs.lock(folder + "/lock", info: lockInfo())
        do {
            var rec = try Recovery.run(fs, folder: folder, key: key)
            var notice: (en: String, vi: String)?
            if let t = rec.torn {
                notice = try setAside(t, fs: fs, folder: folder, validEnd: rec.segments.last!.validEnd)
            }
            let manifest: Manifest
            let segment: OpenSegment
            if rec.fresh {
                (manifest, segment) = try startFresh(fs, folder: folder)
                rec.state = State()
            } else {
                manifest = rec.manifest!
                let last = rec.segments.last!
                let file = try fs.openAppend(folder + "/" + last.name)
                segment = OpenSegment(name: last.name, firstSeq: last.firstSeq, salt: last.salt, file: file,
                                      bytes: last.validEnd - LogFormat.headerSize, records: last.records)
            }
            removeLeftovers(fs, folder: folder)
            let network = network ?? fs.networkFileSystem(folder).map(networkWarning)
            let store = Store(folder: folder, fs: fs, readOnly: false, recovered: rec, manifest: manifest, segment: segment,
                              lock: lock, notice: notice, network: network, key: key)
            // Unencrypted files in an encrypted folder: a `passphrase set` stopped half-way.
            // Rewrite them now rather than leave personal data in the clear.
            if rec.sawPlain { try store.checkpoint(replacingWith: nil, automatic: false, rewrite: true) }
            return store
        } catch let e as IOFailure {
            lock.release()
            throw StoreError.io(e)
        } catch {
            lock.release()
            throw error
        }
    }

    static func openReadOnly(_ folder: String, fs: FileSystem, network: String?, key: DataKey?) throws -> Store {
        try readingBesideWriter(fs, folder: folder) {
            let rec = try Recovery.run(fs, folder: folder, key: key)
            let manifest = rec.manifest ?? Manifest(snapshot: nil, segments: [])
            return Store(folder: folder, fs: fs, readOnly: true, recovered: rec, manifest: manifest, segment: nil,
                         lock: nil, notice: nil, network: network, key: key)
        }
    }

    /// Runs a read of the folder that a writer may be changing under us (it checkpoints and
    /// removes old files): damage counts only when the manifest stayed the same across the
    /// read; otherwise read again, backing off a little, since a busy writer may move on again.
    static func readingBesideWriter<T>(_ fs: FileSystem, folder: String, _ read: () throws -> T) throws -> T {
        let manifestPath = folder + "/" + Manifest.fileName
        var attempt = 0
        while true {
            attempt += 1
            let before = try? fs.read(manifestPath)
            do {
                return try read()
            } catch let e as StoreError where e.isDamage && attempt < 50 {
                if (try? fs.read(manifestPath)) == before { throw e }
                usleep(useconds_t(min(attempt, 10) * 2_000))
            }
        }
    }

    /// Copies a torn final record to `<segment>.<offset>.broken`, then cuts it off so new
    /// records follow whole ones. Returns the notice for the user.
    static func setAside(_ t: Recovery.Torn, fs: FileSystem, folder: String, validEnd: Int) throws -> (en: String, vi: String) {
        let broken = "\(t.file).\(t.offset).broken"
        try fs.writeAtomically([t.bytes], to: folder + "/" + broken)
        try fs.truncate(folder + "/" + t.file, to: validEnd)
        let vi = "Thay đổi cuối cùng đang được ghi khi danvan dừng đột ngột chưa ghi xong (\(t.bytes.count) byte ở byte \(t.offset) của \(t.file)); nó chưa từng được báo là đã lưu và đã được để riêng trong \(broken). Mọi thay đổi đã lưu vẫn nguyên vẹn."
        return (en: "The last change being written when danvan stopped was incomplete (\(t.bytes.count) bytes at byte \(t.offset) of \(t.file), \(t.reason)); it was never confirmed as saved and has been set aside in \(broken). Every saved change is intact.", vi: vi)
    }

    static func startFresh(_ fs: FileSystem, folder: String) throws -> (Manifest, OpenSegment) {
        let seg = try createSegment(fs, folder: folder, firstSeq: 1)
        let m = Manifest(snapshot: nil, segments: [.init(name: seg.name, firstSeq: 1)])
        try fs.writeAtomically([m.encoded()], to: folder + "/" + Manifest.fileName)
        return (m, seg)
    }

    /// A new segment, durable (header synced, folder entry synced) before anyone relies on it.
    static func createSegment(_ fs: FileSystem, folder: String, firstSeq: UInt64) throws -> OpenSegment {
        let name = LogFormat.segmentName(firstSeq: firstSeq)
        let salt = UInt32.random(in: 1...UInt32.max)
        let file = try fs.create(folder + "/" + name)
        do {
            try file.write(LogFormat.header(salt: salt, firstSeq: firstSeq))
            try file.sync()
            try fs.syncDirectory(folder)
        } catch {
            file.close()
            throw error
        }
        return OpenSegment(name: name, firstSeq: firstSeq, salt: salt, file: file, bytes: 0, records: 0)
    }

    /// Temporary files of an interrupted atomic write are never referenced: drop them.
    static func removeLeftovers(_ fs: FileSystem, folder: String) {
        guard let names = try? fs.list(folder) else { return }
        for n in names where n.hasSuffix(".tmp") { try? fs.remove(folder + "/" + n) }
    }

    /// Takes the folder's writer lock without opening the data (for `danvan check`).
    public static func lockFolder(_ folder: String, fileSystem fs: FileSystem = PosixFileSystem()) throws -> FolderLock {
        try fs.lock(folder + "/lock", info: lockInfo())
    }

    static func lockInfo() -> String {
        let host = ProcessInfo.processInfo.hostName
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm:ss ZZZZZ"
        return "pid \(getpid()) on \(host), since \(f.string(from: Date()))\n"
    }

    static func networkWarning(_ kind: String) -> String {
        "The data folder is on a network file system (\(kind)): file locks and syncs may not be honoured there, so two programs could write at once or saved changes could be lost. Keep the data on a local disk."
    }
}
