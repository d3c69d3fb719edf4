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
        var version: UInt32
        var validEnd: Int
        var records: Int
        var ops: UInt64
        /// The seq after its records.
        var nextSeq: UInt64
        var sealed: Manifest.Seal?
        var bytesAfterSeal: Int
    }
    struct Torn {
        var file: String
        var offset: Int
        var bytes: [UInt8]
        var reason: String
        var certain: Bool
        var claimedNext: UInt64?
    }

    var manifest: Manifest?
    var state = State()
    var snapshotSeq: UInt64 = 0
    var lastSeq: UInt64 = 0
    /// The first seq a new change may take: after every record, and after the seqs a sealed
    /// segment or a torn record claimed.
    var nextSeq: UInt64 = 1
    var segments: [Segment] = []
    var torn: Torn?
    /// No data yet (no manifest, and nothing that looks like data).
    var fresh = false
    /// Without a manifest: files that are not danvan's (the folder is not a data folder).
    var foreign: [String] = []
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
        let manifestKind = fs.kind(manifestPath)
        guard let manifestKind else {
            // A crash before the first manifest leaves at most an empty segment: that is fresh.
            for name in try listing(fs, folder) {
                if SnapshotFile.isName(name) { throw StoreError.damaged(file: Manifest.fileName, offset: 0, reason: .manifestMissing) }
                if LogFormat.isSegmentName(name) {
                    let bytes = try read(fs, folder, name)
                    if bytes.count > LogFormat.headerSize {
                        throw StoreError.damaged(file: Manifest.fileName, offset: 0, reason: .manifestMissing)
                    }
                } else if !DataFolder.isOwn(name) {
                    r.foreign.append(name)
                }
            }
            r.fresh = true
            return r
        }
        guard manifestKind == .regular else {
            throw StoreError.damaged(file: Manifest.fileName, offset: 0, reason: .notARegularFile(kind: manifestKind))
        }
        let manifest = try Manifest.decode(try read(fs, folder, Manifest.fileName))
        r.manifest = manifest

        if let snap = manifest.snapshot {
            let (state, seq, plain) = try loadSnapshot(fs, folder: folder, name: snap.name, folderID: manifest.folder, key: key)
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
            let bytes = try readRegular(fs, folder, seg.name)
            let header = try LogFormat.readHeader(bytes, file: seg.name)
            try checkIdentity(header, of: seg, previous: i > 0 ? manifest.segments[i - 1] : nil, in: manifest)
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
            r.segments.append(Segment(name: seg.name, firstSeq: seg.firstSeq, salt: scan.salt, version: header.version,
                                      validEnd: scan.validEnd, records: scan.recordCount, ops: ops, nextSeq: scan.nextSeq,
                                      sealed: seg.sealed, bytesAfterSeal: scan.bytesAfterSeal))
            if let t = scan.torn {
                r.torn = Torn(file: seg.name, offset: t.range.lowerBound, bytes: Array(bytes[t.range]), reason: t.reason,
                              certain: t.certain, claimedNext: t.claimedNext)
            }
            expected = scan.nextSeq
            if let s = seg.sealed {
                guard s.next >= scan.nextSeq else {
                    throw StoreError.damaged(file: seg.name, offset: s.end, reason: .sequenceGap(expected: s.next, found: scan.nextSeq))
                }
                expected = s.next
            }
        }
        r.nextSeq = max(expected, r.torn?.claimedNext ?? 0, r.lastSeq + 1)
        return r
    }

    /// A segment must be the one the manifest names: the same folder, the same salt, the
    /// same predecessor. A log copied in from another folder, or from another (or older)
    /// copy of this one, is refused, never read.
    static func checkIdentity(_ h: LogFormat.Header, of seg: Manifest.Segment, previous: Manifest.Segment?, in m: Manifest) throws {
        guard m.version >= 2 else { return }
        if h.version == 1 {
            // Written by earlier danvan: only as a sealed, listed segment of an upgraded folder.
            guard seg.sealed != nil, seg.salt == h.salt else { throw foreignCopy(seg.name) }
            return
        }
        if let f = m.folder, h.folder != f {
            throw StoreError.damaged(file: seg.name, offset: 24, reason: .foreignFile(
                en: "this log belongs to another data folder (id \(h.folder.map { "\($0)" } ?? "?"), this folder is \(f)); it was copied in from elsewhere and is not read",
                vi: "nhật ký này thuộc một thư mục dữ liệu khác (mã \(h.folder.map { "\($0)" } ?? "?"), thư mục này là \(f)); nó được chép từ nơi khác vào và không được đọc"))
        }
        guard seg.salt == h.salt else { throw foreignCopy(seg.name) }
        if let p = previous, let ps = p.salt, h.previousSalt != ps { throw foreignCopy(seg.name) }
    }

    static func foreignCopy(_ name: String) -> StoreError {
        .damaged(file: name, offset: 12, reason: .foreignFile(
            en: "this log is not the one this folder wrote under that name: it comes from another copy of this folder, or an older one (a rollback); it is not read",
            vi: "nhật ký này không phải tệp mà thư mục này đã ghi dưới tên đó: nó đến từ một bản sao khác của thư mục, hoặc một bản cũ hơn (quay lui); nó không được đọc"))
    }

    /// The checked, decoded records of one segment after `snapSeq`, handed over in groups;
    /// returns the scan and the number of ops in the whole segment.
    /// With `key`, encrypted records are opened; the third result says a key was given and
    /// some record is not encrypted.
    static func decodeRecords(_ bytes: [UInt8], _ seg: Manifest.Segment, isLast: Bool, after snapSeq: UInt64, key: DataKey?,
                              into feed: Handoff<[(LogRecord, [Op])]>) throws -> (SegmentScan, UInt64, Bool) {
        struct Stopped: Error {}
        var ops: UInt64 = 0
        var plain = false
        var group: [(LogRecord, [Op])] = []
        let scan = try SegmentReader.scan(bytes, file: seg.name, firstSeq: seg.firstSeq, isLast: isLast,
                                          sealedEnd: seg.sealed?.end) { rec in
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
    static func loadSnapshot(_ fs: FileSystem, folder: String, name: String, folderID: FolderID?, key: DataKey?) throws -> (State, UInt64, Bool) {
        let stored = try readRegular(fs, folder, name)
        let bytes = stored
        var (range, version) = try Envelope.openVersioned(bytes, format: SnapshotFile.format, supported: SnapshotFile.version, file: name)
        if version >= 2 {
            guard range.count >= SnapshotFile.identitySize else {
                throw StoreError.damaged(file: name, offset: range.lowerBound, reason: .undecodable("no folder id"))
            }
            let id = FolderID(Array(bytes[range.lowerBound..<(range.lowerBound + 16)]))
            if let f = folderID, id != f {
                throw StoreError.damaged(file: name, offset: range.lowerBound, reason: .foreignFile(
                    en: "this snapshot belongs to another data folder (id \(id), this folder is \(f)); it is not read",
                    vi: "ảnh chụp này thuộc một thư mục dữ liệu khác (mã \(id), thư mục này là \(f)); nó không được đọc"))
            }
            range = (range.lowerBound + SnapshotFile.identitySize)..<range.upperBound
        }
        // The body after the folder id may be encrypted.
        let bodyStart = range.lowerBound
        let (body, bodyRange, plain) = try PayloadSeal.openSnapshot(stored, range, key: key, name: name)
        do {
            let (state, seq) = try StoreCodec.decodeSnapshot(body, bodyRange)
            return (state, seq, plain)
        } catch let e as SnapshotDecodeError {
            // Offsets point into the file only for a plain snapshot; for a sealed one, the body.
            let offset = body.count == stored.count && bodyRange == range ? range.lowerBound + e.offset : bodyStart
            throw StoreError.damaged(file: name, offset: offset, reason: .undecodable(e.reason))
        }
    }

    /// The bytes of a data file that must be a regular file: a FIFO, device, directory or
    /// link in its place is named for what it is (and never opened, so nothing hangs).
    static func readRegular(_ fs: FileSystem, _ folder: String, _ name: String) throws -> [UInt8] {
        switch fs.kind(folder + "/" + name) {
        case nil: throw StoreError.damaged(file: name, offset: 0, reason: .missingFile)
        case .regular?: return try read(fs, folder, name)
        case let k?: throw StoreError.damaged(file: name, offset: 0, reason: .notARegularFile(kind: k))
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
