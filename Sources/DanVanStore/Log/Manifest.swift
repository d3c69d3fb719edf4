/// The file that says which snapshot and which log segments make up the data. It is
/// replaced atomically (tmp → sync → rename → sync folder), so it always names a complete set.
///
/// Payload (inside the envelope "danvan-manifest" v2), one entry a line:
///     folder <32 hex digits>                    the folder's id (see `FolderID`)
///     snapshot <file name> <seq it covers>      (absent before the first snapshot)
///     segment <file name> <first seq> <salt, 8 hex digits> [<end> <next seq>]
///                                               oldest first; every segment but the open
///                                               last one is sealed: its end (bytes) and the
///                                               seq the next segment starts at are recorded
///                                               when it is closed, the high-water mark a
///                                               cut or rolled-back file is measured against.
/// Version 1 manifests (no folder line, segments as `segment <name> <first seq>`) are still
/// read; the next open for writing rewrites them as version 2.
struct Manifest: Equatable {
    struct Snapshot: Equatable {
        var name: String
        var seq: UInt64
    }
    struct Seal: Equatable {
        /// Offset just after the last whole record.
        var end: Int
        /// Where the next segment starts: after the records, and after any torn record's
        /// claimed sequence numbers (never given out again).
        var next: UInt64
    }
    struct Segment: Equatable {
        var name: String
        var firstSeq: UInt64
        /// Nil only in a version 1 manifest.
        var salt: UInt32?
        var sealed: Seal?
        init(name: String, firstSeq: UInt64, salt: UInt32? = nil, sealed: Seal? = nil) {
            self.name = name
            self.firstSeq = firstSeq
            self.salt = salt
            self.sealed = sealed
        }
    }
    /// Nil only in a version 1 manifest.
    var folder: FolderID?
    var snapshot: Snapshot?
    var segments: [Segment]
    var version: UInt32 = Manifest.version

    init(folder: FolderID?, snapshot: Snapshot?, segments: [Segment]) {
        self.folder = folder
        self.snapshot = snapshot
        self.segments = segments
    }

    static let fileName = "MANIFEST"
    static let format = "danvan-manifest"
    static let version: UInt32 = 2

    /// Always written as version 2 (a version 1 manifest is upgraded by the caller first).
    func encoded() -> [UInt8] {
        var text = ""
        if let f = folder { text += "folder \(f)\n" }
        if let s = snapshot { text += "snapshot \(s.name) \(s.seq)\n" }
        for g in segments {
            text += "segment \(g.name) \(g.firstSeq)"
            if let salt = g.salt { text += " " + hex8(salt) }
            if let s = g.sealed { text += " \(s.end) \(s.next)" }
            text += "\n"
        }
        return Envelope.wrap(format: Manifest.format, version: Manifest.version, payload: Array(text.utf8))
    }

    static func decode(_ bytes: [UInt8]) throws -> Manifest {
        let (range, version) = try Envelope.openVersioned(bytes, format: format, supported: Manifest.version, file: fileName)
        var m = Manifest(folder: nil, snapshot: nil, segments: [])
        m.version = version
        var offset = range.lowerBound
        func bad(_ why: String = "bad entry") -> StoreError { .damaged(file: fileName, offset: offset, reason: .badHeader(why)) }
        for line in bytes[range].split(separator: 10, omittingEmptySubsequences: false) {
            defer { offset += line.count + 1 }
            if line.isEmpty { continue }
            let parts = String(decoding: line, as: UTF8.self).split(separator: " ").map(String.init)
            if version >= 2 && parts.count == 2 && parts[0] == "folder" && m.folder == nil && m.snapshot == nil && m.segments.isEmpty {
                guard let id = FolderID(hex: parts[1]) else { throw bad() }
                m.folder = id
                continue
            }
            guard parts.count >= 3, let n = UInt64(parts[2]), !parts[1].contains("/"), !parts[1].hasPrefix(".") else { throw bad() }
            switch parts[0] {
            case "snapshot" where parts.count == 3 && m.snapshot == nil && m.segments.isEmpty:
                m.snapshot = Snapshot(name: parts[1], seq: n)
            case "segment" where version == 1 && parts.count == 3:
                m.segments.append(Segment(name: parts[1], firstSeq: n))
            case "segment" where version >= 2 && (parts.count == 4 || parts.count == 6):
                guard let salt = UInt32(parts[3], radix: 16), parts[3].count == 8 else { throw bad() }
                var g = Segment(name: parts[1], firstSeq: n, salt: salt)
                if parts.count == 6 {
                    guard let end = Int(parts[4]), end >= LogFormat.v1HeaderSize, let next = UInt64(parts[5]), next >= n else { throw bad() }
                    g.sealed = Seal(end: end, next: next)
                }
                // Only the last segment may be open.
                if let prev = m.segments.last, prev.sealed == nil { throw bad("a segment before the last is not sealed") }
                m.segments.append(g)
            default: throw bad()
            }
        }
        guard !m.segments.isEmpty else { throw StoreError.damaged(file: fileName, offset: range.lowerBound, reason: .badHeader("no log segment")) }
        if version >= 2 && m.folder == nil { throw StoreError.damaged(file: fileName, offset: range.lowerBound, reason: .badHeader("no folder id")) }
        return m
    }
}

enum SnapshotFile {
    static let format = "danvan-snapshot"
    /// Version 2 payload: folder id (16 bytes) | seq of the snapshot it replaced u64 (0 for
    /// none) | the state (SnapshotCodec). Version 1 (earlier danvan) is the state alone.
    static let version: UInt32 = 2
    static let identitySize = 24
    static func name(seq: UInt64) -> String { "snap-\(hex16(seq)).dvsnap" }
    static func isName(_ n: String) -> Bool { n.hasPrefix("snap-") && n.hasSuffix(".dvsnap") }

    static func identity(folder: FolderID, previousSeq: UInt64) -> [UInt8] {
        var b = folder.bytes
        b.appendLE(previousSeq)
        return b
    }
}

func hex8(_ v: UInt32) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: max(0, 8 - s.count)) + s
}
