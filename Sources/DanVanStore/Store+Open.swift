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
    /// `besideOtherFiles`: start a data folder even where other files are (`demo --force`,
    /// which has just moved the old data aside from a folder the user keeps other files in).
    public static func open(_ folder: String, readOnly: Bool = false, fileSystem fs: FileSystem, key: DataKey? = nil,
                            besideOtherFiles: Bool = false) throws -> Store {
        if let k = fs.kind(folder), k != .directory, !(k == .symlink && fs.directoryExists(folder)) {
            throw StoreError.notAFolder(path: folder, kind: k)
        }
        let network = fs.directoryExists(folder) ? fs.networkFileSystem(folder).map(networkWarning) : nil
        if key == nil && fs.fileExists(folder + "/" + KeyFile.name) { throw StoreError.encrypted }
        if readOnly { return try openReadOnly(folder, fs: fs, network: network, key: key) }

        // Nothing is written (not even the lock file) into a folder that is not danvan's.
        if !besideOtherFiles, fs.directoryExists(folder), fs.kind(folder + "/" + Manifest.fileName) == nil,
           let names = try? fs.list(folder), !DataFolder.foreign(names).isEmpty {
            throw StoreError.notADataFolder(folder: folder, examples: DataFolder.foreign(names))
        }
        do { try fs.createDirectory(folder) } catch let e as IOFailure { throw StoreError.io(e) }
        let lock: FolderLock
        lock = try takeLock(fs, folder)
        do {
            let rec = try Recovery.run(fs, folder: folder, key: key)
            if rec.fresh && !rec.foreign.isEmpty && !besideOtherFiles {
                throw StoreError.notADataFolder(folder: folder, examples: rec.foreign)
            }
            removeLeftovers(fs, folder: folder)
            let (manifest, segment, notice) = try startSession(fs, folder: folder, rec)
            let network = network ?? fs.networkFileSystem(folder).map(networkWarning)
            var recovered = rec
            if rec.fresh { recovered.state = State() }
            let store = Store(folder: folder, fs: fs, readOnly: false, recovered: recovered, manifest: manifest, segment: segment,
                              lock: lock, notice: notice, network: network, key: key)
            // Unencrypted files in an encrypted folder: a `passphrase set` stopped half-way.
            // Rewrite them now rather than leave personal data in the clear.
            if rec.sawPlain { try store.checkpoint(replacingWith: nil, automatic: false, rewrite: true) }
            if key != nil { store.removeUnreferencedFiles() }
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
            if rec.fresh && !rec.foreign.isEmpty { throw StoreError.notADataFolder(folder: folder, examples: rec.foreign) }
            let manifest = rec.manifest ?? Manifest(folder: nil, snapshot: nil, segments: [])
            return Store(folder: folder, fs: fs, readOnly: true, recovered: rec, manifest: manifest, segment: nil,
                         lock: nil, notice: nil, network: network, hasData: !rec.fresh, key: key)
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
            let before = fs.kind(manifestPath) == .regular ? try? fs.read(manifestPath) : nil
            do {
                return try read()
            } catch let e as StoreError where e.isDamage && attempt < 50 {
                let after = fs.kind(manifestPath) == .regular ? try? fs.read(manifestPath) : nil
                if after == before { throw e }
                usleep(useconds_t(min(attempt, 10) * 2_000))
            }
        }
    }

    /// Every writer gets a segment of its own: the one it finds open is sealed (its end and
    /// next seq recorded in the manifest, the high-water mark a cut or rolled-back copy is
    /// measured against; a torn tail stays in place after the end, and its seqs are skipped),
    /// and a new one is started and listed. An empty segment left by the last writer is
    /// replaced. A folder of earlier danvan is upgraded here: it gets its id, and its
    /// segments are listed with their salts, sealed.
    static func startSession(_ fs: FileSystem, folder: String, _ rec: Recovery) throws -> (Manifest, OpenSegment, (en: String, vi: String)?) {
        guard var m = rec.manifest else {
            // An empty segment left by a crash before the first manifest is nobody's.
            for n in (try? fs.list(folder)) ?? [] where LogFormat.isSegmentName(n) { try? fs.remove(folder + "/" + n) }
            let id = FolderID.random()
            let seg = try createSegment(fs, folder: folder, firstSeq: 1, folderID: id, previousSalt: 0)
            let m = Manifest(folder: id, snapshot: nil, segments: [.init(name: seg.name, firstSeq: 1, salt: seg.salt)])
            try fs.writeAtomically([m.encoded()], to: folder + "/" + Manifest.fileName)
            return (m, seg, nil)
        }
        if m.folder == nil { m.folder = FolderID.random() }
        for (i, found) in rec.segments.enumerated() {
            m.segments[i].salt = found.salt
            if m.segments[i].sealed == nil && i < rec.segments.count - 1 {
                m.segments[i].sealed = .init(end: found.validEnd, next: m.segments[i + 1].firstSeq)
            }
        }
        var notice: (en: String, vi: String)?
        let lastIndex = m.segments.count - 1
        let last = rec.segments[lastIndex]
        if m.segments[lastIndex].sealed == nil {
            if let t = rec.torn { notice = setAside(t, fs: fs, folder: folder) }
            m.segments[lastIndex].sealed = .init(end: last.validEnd, next: rec.nextSeq)
        }
        var dropped: String?
        if last.records == 0, rec.torn == nil, last.bytesAfterSeal == 0, m.segments[lastIndex].sealed?.next == last.firstSeq {
            dropped = m.segments.removeLast().name
        }
        let firstSeq = m.segments.last?.sealed?.next ?? last.firstSeq
        let seg = try createSegment(fs, folder: folder, firstSeq: firstSeq, folderID: m.folder!, previousSalt: m.segments.last?.salt ?? 0)
        m.segments.append(.init(name: seg.name, firstSeq: firstSeq, salt: seg.salt))
        do { try fs.writeAtomically([m.encoded()], to: folder + "/" + Manifest.fileName) } catch {
            seg.file.close()
            try? fs.remove(folder + "/" + seg.name)
            throw error
        }
        if let d = dropped { try? fs.remove(folder + "/" + d) }
        return (m, seg, notice)
    }

    /// Copies a torn final record to `<segment>.<offset>.<time>.broken` (never over an
    /// earlier one). Its bytes also stay where they are, after the end the manifest records
    /// for the segment, so the copy is a convenience: when it cannot be made (a full disk)
    /// the open goes on. Returns the notice for the user, which says what is known and no more.
    static func setAside(_ t: Recovery.Torn, fs: FileSystem, folder: String, now: Date = Date()) -> (en: String, vi: String) {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyyMMdd'T'HHmmss"
        var broken = "\(t.file).\(t.offset).\(f.string(from: now)).broken"
        var k = 1
        while fs.kind(folder + "/" + broken) != nil {
            k += 1
            broken = "\(t.file).\(t.offset).\(f.string(from: now))-\(k).broken"
        }
        let copied = (try? fs.writeAtomically([t.bytes], to: folder + "/" + broken)) != nil
        let whereEn = copied ? "a copy is in \(broken), and the bytes stay in \(t.file) after its recorded end"
            : "the bytes stay in \(t.file) after its recorded end (no copy could be written)"
        let whereVi = copied ? "bản sao nằm trong \(broken), và các byte vẫn được giữ trong \(t.file) sau điểm kết thúc đã ghi nhận"
            : "các byte vẫn được giữ trong \(t.file) sau điểm kết thúc đã ghi nhận (không ghi được bản sao)"
        if t.certain {
            // A file that simply ends inside a record could also have been cut later.
            let cutEn = t.reason == "cut short" ? " A log file cut short after it was written would look the same: if this file was cut or copied, check that your last change is there." : ""
            let cutVi = t.reason == "cut short" ? " Một tệp nhật ký bị cắt ngắn sau khi ghi cũng trông như vậy: nếu tệp này từng bị cắt hay sao chép, hãy kiểm tra thay đổi cuối cùng của bạn còn không." : ""
            return (en: "The last change being written when danvan stopped was not finished (\(t.bytes.count) bytes at byte \(t.offset) of \(t.file), \(t.reason)); it was never confirmed as saved and is not applied; \(whereEn). Its sequence numbers are not reused.\(cutEn)",
                    vi: "Thay đổi cuối cùng đang được ghi khi danvan dừng đột ngột chưa ghi xong (\(t.bytes.count) byte ở byte \(t.offset) của \(t.file)); nó chưa từng được báo là đã lưu và không được áp dụng; \(whereVi). Số thứ tự của nó không được dùng lại.\(cutVi)")
        }
        return (en: "The last record of \(t.file) cannot be read (\(t.bytes.count) bytes at byte \(t.offset), \(t.reason)). Most likely it is a change cut off when danvan stopped, but this log was written by an earlier danvan, whose format cannot tell that apart from a saved change damaged later: check whether your last change before that stop is there. It is not applied; \(whereEn).",
                vi: "Không đọc được bản ghi cuối của \(t.file) (\(t.bytes.count) byte ở byte \(t.offset)). Nhiều khả năng đó là thay đổi bị cắt khi danvan dừng đột ngột, nhưng nhật ký này do bản danvan cũ ghi, không phân biệt được với một thay đổi đã lưu rồi bị hỏng: hãy kiểm tra thay đổi cuối cùng trước lần dừng đó còn không. Nó không được áp dụng; \(whereVi).")
    }

    /// A new segment, durable (header synced, folder entry synced) before anyone relies on it.
    static func createSegment(_ fs: FileSystem, folder: String, firstSeq: UInt64, folderID: FolderID, previousSalt: UInt32) throws -> OpenSegment {
        var salt = UInt32.random(in: 1...UInt32.max)
        while salt == previousSalt { salt = UInt32.random(in: 1...UInt32.max) }
        let name = LogFormat.segmentName(firstSeq: firstSeq, salt: salt)
        let file = try fs.create(folder + "/" + name)
        do {
            try file.write(LogFormat.header(salt: salt, firstSeq: firstSeq, folder: folderID, previousSalt: previousSalt))
            try file.sync()
            try fs.syncDirectory(folder)
        } catch {
            file.close()
            try? fs.remove(folder + "/" + name)
            throw error
        }
        return OpenSegment(name: name, firstSeq: firstSeq, salt: salt, file: file, bytes: 0, records: 0)
    }

    /// Temporary files of an interrupted atomic write are never referenced: drop them.
    static func removeLeftovers(_ fs: FileSystem, folder: String) {
        guard let names = try? fs.list(folder) else { return }
        for n in names where n.hasSuffix(".tmp") && DataFolder.isOwn(n) { try? fs.remove(folder + "/" + n) }
    }

    /// Takes the folder's writer lock without opening the data (for `danvan check --repair`).
    public static func lockFolder(_ folder: String, fileSystem fs: FileSystem = PosixFileSystem()) throws -> FolderLock {
        try takeLock(fs, folder)
    }

    /// Takes the writer lock. A lock this process let go of a moment ago can still be held by
    /// a child it is starting (between fork and exec a child holds copies of every descriptor,
    /// close-on-exec ones too): that copy goes within moments, so it is waited for, up to 2 s.
    /// Anyone else's lock is refused at once.
    static func takeLock(_ fs: FileSystem, _ folder: String) throws -> FolderLock {
        let ours = "pid \(getpid()) on "
        var waits = 0
        while true {
            do {
                return try fs.lock(folder: folder, info: lockInfo())
            } catch StoreError.locked(let holder) where holder.hasPrefix(ours) && waits < 200 {
                waits += 1
                usleep(10_000)
            } catch let e as IOFailure {
                throw StoreError.io(e)
            }
        }
    }

    /// The lock file's "pid 42 on host, since 2026-…" in the person's language.
    public static func describeHolder(_ raw: String, _ lang: Lang) -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard lang == .vi, text.hasPrefix("pid "), let on = text.range(of: " on "), let since = text.range(of: ", since ") else { return text }
        let pid = text[text.index(text.startIndex, offsetBy: 4)..<on.lowerBound]
        let host = text[on.upperBound..<since.lowerBound]
        return "tiến trình \(pid) trên máy \(host), từ \(text[since.upperBound...])"
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
