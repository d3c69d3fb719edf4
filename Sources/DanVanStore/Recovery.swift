import DanVanCore
import DanVanSeal

/// Rebuilds the state from a data folder: the snapshot the manifest names, then every log
/// record after its sequence number, in order. A torn final record is reported, never
/// applied; anything else wrong stops with the file, the byte offset and the reason.
/// Recovery only reads: setting the torn tail aside is the caller's job.
struct Recovery {
    struct Segment {
        var name: String
        var firstSeq: UInt64
        var salt: UInt32
        var validEnd: Int
        var records: Int
        var ops: UInt64
    }
    struct Torn {
        var file: String
        var offset: Int
        var bytes: [UInt8]
        var reason: String
    }

    var manifest: Manifest?
    var state = State()
    var snapshotSeq: UInt64 = 0
    var lastSeq: UInt64 = 0
    var segments: [Segment] = []
    var torn: Torn?
    /// No data yet (no manifest, and nothing that looks like data).
    var fresh = false
    /// A key was given and some file the manifest names is not encrypted (a `passphrase set`
    /// that stopped half-way): the opener rewrites the data.
    var sawPlain = false

    /// Called for every replayed op with its sequence number and the state before it.
    typealias OpHook = (UInt64, Op, State) -> Void

    static func run(_ fs: FileSystem, folder: String, key: DataKey? = nil, onOp: OpHook? = nil) throws -> Recovery {
        var r = Recovery()
        let manifestPath = folder + "/" + Manifest.fileName
        guard fs.directoryExists(folder) else {
            r.fresh = true
            return r
        }
        guard fs.fileExists(manifestPath) else {
            // A crash before the first manifest leaves at most an empty segment: that is fresh.
            for name in try listing(fs, folder) {
                if SnapshotFile.isName(name) { throw StoreError.damaged(file: Manifest.fileName, offset: 0, reason: .manifestMissing) }
                if LogFormat.isSegmentName(name) {
                    let bytes = try read(fs, folder, name)
                    if bytes.count > LogFormat.headerSize {
                        throw StoreError.damaged(file: Manifest.fileName, offset: 0, reason: .manifestMissing)
                    }
                }
            }
            r.fresh = true
            return r
        }
        let manifest = try Manifest.decode(try read(fs, folder, Manifest.fileName))
        r.manifest = manifest

        if let snap = manifest.snapshot {
            let (state, seq, plain) = try loadSnapshot(fs, folder: folder, name: snap.name, key: key)
            r.sawPlain = r.sawPlain || plain
            guard seq == snap.seq else {
                throw StoreError.damaged(file: snap.name, offset: 0, reason: .sequenceGap(expected: snap.seq, found: seq))
            }
            r.state = state
            r.snapshotSeq = seq
            r.lastSeq = seq
        }

        var expected = manifest.segments[0].firstSeq
        guard expected <= r.snapshotSeq + 1 else {
            throw StoreError.damaged(file: manifest.segments[0].name, offset: 16,
                                     reason: .sequenceGap(expected: r.snapshotSeq + 1, found: expected))
        }
        for (i, seg) in manifest.segments.enumerated() {
            let isLast = i == manifest.segments.count - 1
            guard seg.firstSeq == expected else {
                throw StoreError.damaged(file: seg.name, offset: 16, reason: .sequenceGap(expected: expected, found: seg.firstSeq))
            }
            guard fs.fileExists(folder + "/" + seg.name) else {
                throw StoreError.damaged(file: seg.name, offset: 0, reason: .missingFile)
            }
            let bytes = try read(fs, folder, seg.name)
            let snapSeq = r.snapshotSeq
            // A second thread checks and decodes the records while this one applies them, in order.
            let feed = Handoff<[(LogRecord, [Op])]>(limit: 16)
            let decoding = BackgroundJob { () -> (SegmentScan, UInt64, Bool) in
                defer { feed.finish() }
                return try decodeRecords(bytes, seg, isLast: isLast, after: snapSeq, key: key, into: feed)
            }
            do {
                while let decoded = feed.take() {
                    for (rec, batch) in decoded {
                        // In place, no copy: if an op fails the open fails and the state is dropped.
                        var seq = rec.seq
                        for op in batch {
                            onOp?(seq, op, r.state)
                            do { try r.state.apply(op) } catch let e as OpError {
                                throw StoreError.damaged(file: seg.name, offset: rec.offset,
                                                         reason: .opDoesNotApply("seq \(seq): \(e.message(.en))"))
                            }
                            seq += 1
                        }
                        r.lastSeq = rec.lastSeq
                    }
                }
            } catch {
                feed.cancel()
                _ = decoding.wait()
                throw error
            }
            // Damage found by the decoding thread is reported after every record before it was applied.
            let (scan, ops, plain) = try decoding.wait().get()
            r.sawPlain = r.sawPlain || plain
            r.segments.append(Segment(name: seg.name, firstSeq: seg.firstSeq, salt: scan.salt, validEnd: scan.validEnd,
                                      records: scan.recordCount, ops: ops))
            if let t = scan.tornTail {
                r.torn = Torn(file: seg.name, offset: t.lowerBound, bytes: Array(bytes[t]), reason: scan.tornReason ?? "")
            }
            expected = scan.nextSeq
        }
        if r.lastSeq < expected - 1 { r.lastSeq = expected - 1 }
        return r
    }

    /// The checked, decoded (and, with `key`, decrypted) records of one segment after
    /// `snapSeq`, handed over in groups; returns the scan, the number of ops in the whole
    /// segment, and whether a key was given and some record is not encrypted.
    static func decodeRecords(_ bytes: [UInt8], _ seg: Manifest.Segment, isLast: Bool, after snapSeq: UInt64, key: DataKey?,
                              into feed: Handoff<[(LogRecord, [Op])]>) throws -> (SegmentScan, UInt64, Bool) {
        struct Stopped: Error {}
        var ops: UInt64 = 0
        var plain = false
        var group: [(LogRecord, [Op])] = []
        let scan = try SegmentReader.scan(bytes, file: seg.name, firstSeq: seg.firstSeq, isLast: isLast) { rec in
            ops += UInt64(rec.count)
            if rec.lastSeq <= snapSeq {
                if key != nil && PayloadSeal.isPlainRecord(bytes, rec) { plain = true }
                return
            }
            guard rec.seq > snapSeq else {
                throw StoreError.damaged(file: seg.name, offset: rec.offset, reason: .sequenceGap(expected: snapSeq + 1, found: rec.seq))
            }
            let batch = try PayloadSeal.decodeBatch(bytes, rec, key: key, file: seg.name, plain: &plain)
            group.append((rec, batch))
            if group.count >= 256 {
                guard feed.put(group) else { throw Stopped() }  // the applying side has failed
                group = []
            }
        }
        if !group.isEmpty { _ = feed.put(group) }
        return (scan, ops, plain)
    }

    /// The snapshot's state, the seq it covers, and whether a key was given but it is plain.
    static func loadSnapshot(_ fs: FileSystem, folder: String, name: String, key: DataKey?) throws -> (State, UInt64, Bool) {
        guard fs.fileExists(folder + "/" + name) else { throw StoreError.damaged(file: name, offset: 0, reason: .missingFile) }
        let stored = try read(fs, folder, name)
        let envelope = try Envelope.open(stored, format: SnapshotFile.format, supported: SnapshotFile.version, file: name)
        let (bytes, range, plain) = try PayloadSeal.openSnapshot(stored, envelope, key: key, name: name)
        do {
            let (state, seq) = try StoreCodec.decodeSnapshot(bytes, range)
            return (state, seq, plain)
        } catch let e as SnapshotDecodeError {
            // Offsets point into the file only for a plain snapshot; a sealed one names the body.
            let offset = plain || key == nil ? range.lowerBound + e.offset : envelope.lowerBound
            throw StoreError.damaged(file: name, offset: offset, reason: .undecodable(e.reason))
        }
    }

    static func read(_ fs: FileSystem, _ folder: String, _ name: String) throws -> [UInt8] {
        do { return try fs.read(folder + "/" + name) } catch let e as IOFailure {
            throw StoreError.damaged(file: name, offset: 0, reason: .unreadable(e.reason))
        }
    }

    static func listing(_ fs: FileSystem, _ folder: String) throws -> [String] {
        do { return try fs.list(folder) } catch let e as IOFailure { throw StoreError.io(e) }
    }
}

struct SnapshotDecodeError: Error {
    var offset: Int
    var reason: String
}
