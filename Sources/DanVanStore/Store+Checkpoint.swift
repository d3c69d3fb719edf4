import DanVanCore
import DanVanSeal
import Foundation

extension Store {
    /// Writes the whole state as a new snapshot so the log can start afresh. Order, each
    /// step durable before the next: new log segment (listed in the manifest) → snapshot of
    /// a value copy of the state (written without blocking commits) → manifest naming the
    /// snapshot → old segments and snapshot removed. The live log is never cut in place.
    public func checkpoint() throws {
        try checkpoint(replacingWith: nil, automatic: false)
    }

    /// Fills an empty store with a whole state (demo data, a restored bundle), written as
    /// the snapshot through the checkpoint path.
    public func seed(with state: State) throws {
        try checkpoint(replacingWith: state, automatic: false)
    }

    /// Starts encrypting the folder with `key`, or stops (nil): from now on records are
    /// written so, and a checkpoint rewrites the snapshot and starts a new segment, after
    /// which the old files (the other way) are removed. The caller writes the key file before
    /// this when encrypting and removes it after this when decrypting, so that a crash at any
    /// point leaves a folder that opens (see `danvan passphrase`).
    public func reseal(with key: DataKey?) throws {
        cond.lock()
        while checkpointRunning { cond.wait() }
        drainLocked()
        if let r = refusal {
            cond.unlock()
            throw r
        }
        cipher = key
        cond.unlock()
        try checkpoint(replacingWith: nil, automatic: false, rewrite: true)
    }

    /// `rewrite`: write a snapshot even when nothing changed since the last one (the key changed).
    func checkpoint(replacingWith seed: State?, automatic: Bool, rewrite: Bool = false) throws {
        cond.lock()
        while checkpointRunning { cond.wait() }
        if automatic {
            autoCheckpointPending = false
            cond.broadcast()
        }
        if let r = refusal {
            cond.unlock()
            throw r
        }
        // From here on `close()` waits for us.
        checkpointRunning = true
        func bail(_ e: StoreError?) -> StoreError? {
            checkpointRunning = false
            cond.broadcast()
            cond.unlock()
            return e
        }
        drainLocked()
        if let f = failure { throw bail(f)! }
        if seed != nil {
            let s = published
            let empty = s.orgs.isEmpty && s.members.isEmpty && s.assignments.isEmpty && s.persons.isEmpty
                && s.models.isEmpty && s.meetings.isEmpty
            guard empty else { throw bail(.notEmpty)! }
        }
        // Seqs skipped after a torn record are covered too: the snapshot reaches the next seq.
        let seq = nextSeq - 1
        let snapshotState = seed ?? published
        let key = cipher
        if seed == nil && !rewrite && (manifest.snapshot?.seq == seq || (manifest.snapshot == nil && seq == 0)) {
            _ = bail(nil)
            return  // nothing new since the last snapshot
        }
        // 1. Commits after `seq` go to a new segment, listed before anything relies on it.
        do {
            if let seg = segment, seg.records > 0 { try rollLocked(firstSeq: nextSeq) }
        } catch {
            fail(error)
            throw bail(failure)!
        }
        let keepFrom = segment!.firstSeq
        // A seed must not race with commits: they would validate against the old state.
        if seed == nil { cond.unlock() }

        // 2. The snapshot, from the value copy.
        let name = SnapshotFile.name(seq: seq)
        let identity = SnapshotFile.identity(folder: manifest.folder!, previousSeq: manifest.snapshot?.seq ?? 0)
        // A rewrite of the same seq (the key changed) keeps the name: the file is replaced
        // whole (tmp, sync, rename), and either version is a valid snapshot of that seq.
        var error: Error?
        do {
            // Written as it is made, checksummed on the way; the header goes in last.
            try fs.writeAtomically(to: path(name), reserving: Envelope.headerSize(format: SnapshotFile.format)) { append in
                var length = identity.count, crc = CRC32C.checksum(identity)
                try append(identity)
                func out(_ piece: [UInt8]) throws {
                    length += piece.count
                    crc = CRC32C.update(crc, piece)
                    try append(piece)
                }
                // The body after the folder id is encrypted in an encrypted folder.
                var sealer = PayloadSeal.snapshotSealer(key, name: name)
                try StoreCodec.encodeSnapshot(snapshotState, seq: seq) { piece in
                    if sealer != nil { try sealer!.add(piece, emit: out) } else { try out(piece) }
                }
                try sealer?.finish(emit: out)
                return Envelope.header(format: SnapshotFile.format, version: SnapshotFile.version, length: length, checksum: crc)
            }
        } catch let e {
            error = e
        }
        if seed == nil { cond.lock() }
        if let error { fail(error) }
        // A commit may have failed meanwhile: a read-only store writes nothing more.
        if let f = failure { throw bail(f)! }
        // 3. The manifest switches to the new snapshot.
        var m = manifest
        let oldSnapshot = m.snapshot
        let oldSegments = m.segments.filter { $0.firstSeq < keepFrom }
        m.snapshot = .init(name: name, seq: seq)
        m.segments = m.segments.filter { $0.firstSeq >= keepFrom }
        do {
            try fs.writeAtomically([m.encoded()], to: path(Manifest.fileName))
        } catch {
            fail(error)
            throw bail(failure)!
        }
        manifest = m
        olderLog = (0, 0)
        if let seed {
            published = seed
            tail = seed
        }
        durableSeq = max(durableSeq, seq)
        cond.unlock()
        // 4. Only now are the old files garbage. Failing to remove them loses nothing.
        var removed = false
        for s in oldSegments { removed = (try? fs.remove(path(s.name))) != nil || removed }
        if let o = oldSnapshot, o.name != name { removed = (try? fs.remove(path(o.name))) != nil || removed }
        if removed { try? fs.syncDirectory(folder) }
        cond.lock()
        checkpointRunning = false
        cond.broadcast()
        cond.unlock()
    }

    /// Closes the current segment and starts one at `firstSeq`, listed in the manifest.
    /// Called with `cond` held and nothing pending.
    func rollLocked(firstSeq: UInt64) throws {
        let old = segment!
        let seg = try Store.createSegment(fs, folder: folder, firstSeq: firstSeq, folderID: manifest.folder!, previousSalt: old.salt)
        var m = manifest
        // The closed segment is sealed at its end: its high-water mark.
        if let i = m.segments.lastIndex(where: { $0.name == old.name }) {
            m.segments[i].sealed = .init(end: LogFormat.headerSize + old.bytes, next: firstSeq)
        }
        m.segments.append(.init(name: seg.name, firstSeq: firstSeq, salt: seg.salt))
        do {
            try fs.writeAtomically([m.encoded()], to: path(Manifest.fileName))
        } catch {
            seg.file.close()
            throw error
        }
        manifest = m
        olderLog.records += old.records
        olderLog.bytes += old.bytes
        segment?.file.close()
        segment = seg
    }
}
