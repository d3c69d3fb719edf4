import DanVanCore
import Foundation

extension Store {
    /// Saves a batch of ops, all or nothing. The ops are checked against the current state
    /// first (nothing is written if one is refused: `StoreError.rejected`); then the batch is
    /// appended as one log record and synced; only then does `state` change. Commits from
    /// several threads at once share one sync. After a failed write or sync the store is
    /// read-only and this and every later commit throw.
    public func commit(_ ops: [Op]) throws {
        guard !ops.isEmpty else { return }
        // The log record is built around the encoded ops in place. A large batch (an import)
        // is encoded on another core while this one validates it.
        let room = LogFormat.recordHeaderSize
        let encoding = ops.count >= Store.parallelEncodingOps ? BackgroundJob { BatchCodec.encode(ops, headerRoom: room) } : nil
        var record = encoding == nil ? BatchCodec.encode(ops, headerRoom: room) : []
        cond.lock()
        if let r = refusal {
            cond.unlock()
            throw r
        }
        var next = tail
        do { try next.apply(batch: ops) } catch {
            cond.unlock()
            if let e = error as? OpError { throw StoreError.rejected(e) }
            throw error
        }
        if let encoding { record = (try? encoding.wait().get()) ?? BatchCodec.encode(ops, headerRoom: room) }
        let seq = nextSeq
        let last = seq + UInt64(ops.count) - 1
        // Encrypted under the lock: the seal is bound to the record's sequence number.
        if let key = cipher { record = PayloadSeal.seal(record, key: key, seq: seq, count: UInt32(ops.count)) }
        LogFormat.seal(&record, salt: segment!.salt, seq: seq, count: UInt32(ops.count))
        if pending.isEmpty { swap(&pending, &record) } else { pending.append(contentsOf: record) }
        pendingRecords += 1
        pendingState = next
        pendingLastSeq = last
        nextSeq = last + 1
        tail = next
        // Group commit: whoever finds no flush running writes and syncs everything pending.
        while durableSeq < last && failure == nil && !closed {
            if flushing { cond.wait() } else { flushLocked() }
        }
        let ok = durableSeq >= last
        let error = failure
        let wantCheckpoint = ok && needsCheckpoint
        if wantCheckpoint { autoCheckpointPending = true }
        cond.unlock()
        guard ok else { throw error ?? StoreError.closed }
        if wantCheckpoint { startAutoCheckpoint() }
    }

    /// More segments than this since the snapshot trigger a checkpoint (each open makes one).
    static let checkpointSegments = 32

    /// Batches of this many ops or more are encoded on a second thread while validated.
    static let parallelEncodingOps = 1024

    /// Convenience for one op.
    public func commit(_ op: Op) throws { try commit([op]) }

    /// Writes and syncs every pending record. Called with `cond` held and no flush running;
    /// releases it during the I/O so more commits can queue for the next sync.
    func flushLocked() {
        guard !pending.isEmpty, let seg = segment, let st = pendingState else { return }
        flushing = true
        let bytes = pending
        let last = pendingLastSeq
        let records = pendingRecords
        pending = []
        pendingState = nil
        pendingRecords = 0
        cond.unlock()
        var error: Error?
        var written = false
        do {
            // Another writer may hold the folder now at this path (it was moved or replaced):
            // write nothing more into a folder we no longer guard.
            if lock?.lost() == true { throw StoreError.folderLost(folder: folder) }
            written = true
            try seg.file.write(bytes)
            try seg.file.sync()
        } catch let e {
            error = e
            // A write that failed part way (a full disk) left bytes that were never confirmed:
            // cut them off so the space comes back and the next open finds no torn tail. After
            // a failed sync the bytes may be anywhere on the way to the disk: leave them.
            if written, e is IOFailure, (e as? IOFailure)?.operation == "write" {
                try? fs.truncate(path(seg.name), to: LogFormat.headerSize + seg.bytes)
            }
        }
        cond.lock()
        flushing = false
        if let error {
            fail(error)
        } else {
            durableSeq = last
            durableNext = last + 1
            published = st
            seg.bytes += bytes.count
            seg.records += records
        }
        cond.broadcast()
    }

    /// Waits until nothing is pending or being written. Called with `cond` held.
    func drainLocked() {
        while failure == nil && (flushing || !pending.isEmpty) {
            if flushing { cond.wait() } else { flushLocked() }
        }
    }

    var needsCheckpoint: Bool {
        guard let seg = segment, !checkpointRunning, !autoCheckpointPending, failure == nil, !closed else { return false }
        // Every writer starts a segment of its own, so count them all, and their number too.
        return seg.bytes + olderLog.bytes >= checkpointBytes || seg.records + olderLog.records >= checkpointRecords
            || manifest.segments.count > Store.checkpointSegments
    }

    /// Checkpoints on a background thread; commits go on meanwhile into the new segment.
    func startAutoCheckpoint() {
        let t = Thread { [self] in try? self.checkpoint(replacingWith: nil, automatic: true) }
        t.name = "danvan-checkpoint"
        t.start()
    }
}
