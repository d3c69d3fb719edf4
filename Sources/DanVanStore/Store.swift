import DanVanCore
import DanVanSeal
import Foundation

/// The crash-safe store of one data folder (see DURABILITY.md). Every change is an op,
/// appended to a checksummed log and synced before `commit` returns; the state in memory
/// changes only after that. Checkpoints write the whole state as a snapshot and start a new
/// log segment. One process writes a folder at a time (flock); others may open it read-only.
///
/// Thread-safe: commits from several threads share one sync (group commit).
public final class Store: @unchecked Sendable {
    public let folder: String
    let fs: FileSystem
    /// Opened with `readOnly: true`.
    public let openedReadOnly: Bool
    /// Set when the data folder is on a network file system, whose locks and syncs can't be trusted.
    public let networkFileSystemWarning: String?
    /// Set when opening found (and set aside) a torn final record: say so to the user.
    public var recoveryNotice: String? { notice?.en }
    public func recoveryNotice(_ lang: Lang) -> String? { lang == .vi ? notice?.vi : notice?.en }
    let notice: (en: String, vi: String)?

    let cond = NSCondition()
    // Everything below is guarded by `cond`.
    var published: State
    /// The state with every accepted batch applied, durable or not: new batches validate against it.
    var tail: State
    var durableSeq: UInt64
    var nextSeq: UInt64
    var pending: [UInt8] = []
    var pendingState: State?
    var pendingLastSeq: UInt64 = 0
    var pendingRecords = 0
    var flushing = false
    var failure: StoreError?
    var closed = false
    var manifest: Manifest
    var segment: OpenSegment?
    var checkpointRunning = false
    /// An automatic checkpoint thread was started and has not begun yet: `close()` waits for it.
    var autoCheckpointPending = false
    var lock: FolderLock?
    /// The data key of an encrypted folder: record payloads and snapshots are sealed with it.
    var cipher: DataKey?
    var autoCheckpoint: Thread?
    /// The log in the sealed segments the manifest lists before the live one.
    var olderLog: (records: Int, bytes: Int) = (0, 0)

    /// Log size since the last snapshot that triggers an automatic checkpoint.
    public var checkpointBytes = 64 << 20
    public var checkpointRecords = 200_000

    /// The segment commits go to.
    final class OpenSegment {
        let name: String
        let firstSeq: UInt64
        let salt: UInt32
        let file: WritableFile
        var bytes: Int
        var records: Int
        init(name: String, firstSeq: UInt64, salt: UInt32, file: WritableFile, bytes: Int, records: Int) {
            self.name = name
            self.firstSeq = firstSeq
            self.salt = salt
            self.file = file
            self.bytes = bytes
            self.records = records
        }
    }

    /// False when a read-only open found no data folder there (nothing to export or report).
    public let hasData: Bool
    /// The seq after the last durable record (the next one, unless seqs were skipped).
    var durableNext: UInt64

    init(folder: String, fs: FileSystem, readOnly: Bool, recovered: Recovery, manifest: Manifest, segment: OpenSegment?,
         lock: FolderLock?, notice: (en: String, vi: String)?, network: String?, hasData: Bool = true, key: DataKey? = nil) {
        self.hasData = hasData
        self.folder = folder
        self.fs = fs
        self.openedReadOnly = readOnly
        self.published = recovered.state
        self.tail = recovered.state
        self.durableSeq = recovered.lastSeq
        self.nextSeq = segment?.firstSeq ?? recovered.nextSeq
        self.durableNext = segment?.firstSeq ?? recovered.nextSeq
        for g in recovered.segments {
            olderLog.records += g.records
            olderLog.bytes += max(0, g.validEnd - LogFormat.headerSize)
        }
        self.manifest = manifest
        self.segment = segment
        self.lock = lock
        self.notice = notice
        self.networkFileSystemWarning = network
        self.cipher = key
    }

    deinit { close() }

    // MARK: Reading

    /// Everything the store holds, as of the last acknowledged commit.
    public var state: State { cond.withLock { published } }
    /// The sequence number of the last acknowledged op (0 when none).
    public var lastSeq: UInt64 { cond.withLock { durableSeq } }
    /// The sequence number the current snapshot covers (0 when there is none).
    public var snapshotSeq: UInt64 { cond.withLock { manifest.snapshot?.seq ?? 0 } }
    /// True when the store takes no commits: opened read-only, closed, or after a failed write.
    public var isReadOnly: Bool { cond.withLock { openedReadOnly || failure != nil || closed } }
    /// Why commits are refused, if they are.
    public var readOnlyReason: String? { cond.withLock { refusal.map { $0.message(.en) } } }
    public func readOnlyReason(_ lang: Lang) -> String? { cond.withLock { refusal.map { $0.message(lang) } } }
    /// No records at all.
    public var isEmpty: Bool {
        cond.withLock {
            published.orgs.isEmpty && published.members.isEmpty && published.assignments.isEmpty
                && published.persons.isEmpty && published.models.isEmpty && published.meetings.isEmpty
        }
    }

    /// The file name of the segment commits go to.
    var segmentName: String? { cond.withLock { segment?.name } }

    /// The key the data is encrypted with (nil for a plain folder); the package's run loop
    /// reads it to show the folder's security as it is.
    package var key: DataKey? { cond.withLock { cipher } }
    /// True when new records and snapshots are encrypted.
    public var isEncrypted: Bool { key != nil }

    /// Records and bytes in the log segment commits go to.
    public var logSize: (records: Int, bytes: Int) { cond.withLock { (segment?.records ?? 0, segment?.bytes ?? 0) } }
    /// Records and bytes of log since the snapshot, in every segment (each writer has its own).
    public var logSinceSnapshot: (records: Int, bytes: Int) {
        cond.withLock { (olderLog.records + (segment?.records ?? 0), olderLog.bytes + (segment?.bytes ?? 0)) }
    }

    var refusal: StoreError? {
        if closed { return .closed }
        if let failure { return failure }
        if openedReadOnly { return .readOnly(reason: "opened read-only") }
        return nil
    }

    var path: (String) -> String { { [folder] in folder + "/" + $0 } }

    // MARK: Closing

    /// Waits for a running checkpoint, closes the log and releases the folder lock.
    public func close() {
        cond.lock()
        while checkpointRunning || flushing || autoCheckpointPending { cond.wait() }
        drainLocked()
        if !closed {
            closed = true
            sealOnClose()
            segment?.file.close()
            segment = nil
            lock?.release()
            lock = nil
        }
        cond.unlock()
    }

    /// Makes the store read-only after a failed write or sync: the outcome on disk is
    /// unknown, so nothing is retried. Called with `cond` held.
    func fail(_ error: Error) {
        let e: StoreError
        if let io = error as? IOFailure { e = .io(io) } else if let s = error as? StoreError { e = s } else {
            e = .io(IOFailure("write", folder, "\(error)"))
        }
        if failure == nil { failure = e }
        tail = published
        pending = []
        pendingState = nil
        pendingRecords = 0
        nextSeq = durableNext
        cond.broadcast()
    }

    /// Records the end of this session's segment in the manifest (its high-water mark), so a
    /// later cut or an older copy of it is seen. Not after a failure (the outcome on disk is
    /// unknown: the next writer seals what it finds) nor when nothing was written. A failure
    /// here loses nothing: the next writer seals the segment. Called with `cond` held.
    func sealOnClose() {
        guard failure == nil, let seg = segment, seg.records > 0, lock != nil, lock?.lost() != true,
              let i = manifest.segments.lastIndex(where: { $0.name == seg.name }) else { return }
        var m = manifest
        m.segments[i].sealed = .init(end: LogFormat.headerSize + seg.bytes, next: durableNext)
        if (try? fs.writeAtomically([m.encoded()], to: path(Manifest.fileName))) != nil { manifest = m }
    }
}
