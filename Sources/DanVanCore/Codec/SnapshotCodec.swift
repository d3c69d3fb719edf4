/// What a snapshot says about itself besides the records.
public struct SnapshotMeta: Equatable, Sendable {
    /// The last log sequence number the snapshot covers.
    public var seq: UInt64
    /// Milliseconds since 1970-01-01 UTC.
    public var createdAt: Int64
    /// The danvan version that wrote it ("" when unknown).
    public var appVersion: String

    public init(seq: UInt64, createdAt: Int64, appVersion: String = "") {
        self.seq = seq
        self.createdAt = createdAt
        self.appVersion = appVersion
    }
}

/// The whole state as one JSON document (see `DocumentCodec`):
///
/// ```
/// {"format":"danvan-snapshot","version":1,"counts":{"orgs":n,"members":n,"assignments":n},
///  "seq":<UInt64>,"createdAt":<ms>,"appVersion"?:"…",
///  "orgs":[…],"members":[…],"assignments":[…],"persons":[…],"models":[…],"meetings":[…]}
/// ```
/// Tables are sorted by id, so equal states give identical bytes. Entities use their
/// `writeJSON` forms. The store wraps these bytes in its own envelope (length, checksum).
public enum SnapshotCodec {
    public static let format = "danvan-snapshot"
    /// The newest version this build writes and reads.
    public static let version = 1

    public static func encode(_ state: State, meta: SnapshotMeta) -> [UInt8] {
        DocumentCodec.encode(format: format, version: version, state: state, header: headerFields(meta))
    }

    static func headerFields(_ meta: SnapshotMeta) -> (inout JSONWriter) -> Void {
        { w in
            w.field("seq", meta.seq)
            w.field("createdAt", meta.createdAt)
            w.field("appVersion", omitEmpty: meta.appVersion)
        }
    }

    /// The same bytes as `encode(_:meta:)`, handed to `emit` in pieces as they are made
    /// (see `DocumentCodec.encode(format:version:state:chunkSize:header:emit:)`).
    public static func encode(_ state: State, meta: SnapshotMeta, chunkSize: Int = 8 << 20,
                              emit: ([UInt8]) throws -> Void) throws {
        try DocumentCodec.encode(format: format, version: version, state: state, chunkSize: chunkSize,
                                 header: headerFields(meta), emit: emit)
    }

    public static func decode(_ bytes: [UInt8], twoThreads: Bool = true) throws -> (State, SnapshotMeta) {
        try bytes.withUnsafeBytes { try decode($0, twoThreads: twoThreads) }
    }

    /// Big snapshots are read on two threads unless `twoThreads` is false (benchmarks compare).
    public static func decode(_ bytes: UnsafeRawBufferPointer, twoThreads: Bool = true) throws -> (State, SnapshotMeta) {
        var seq: UInt64?, createdAt: Int64?, appVersion = ""
        let (_, state) = try DocumentCodec.decodeState(bytes, format: format, supportedVersion: version,
                                                       twoThreads: twoThreads) { key, r in
            switch key {
            case "seq": seq = try r.readUInt64()
            case "createdAt": createdAt = try r.readInt64()
            case "appVersion": appVersion = try r.readString()
            default: return false
            }
            return true
        }
        guard let seq else { throw CodecError(offset: 0, reason: "missing required key \"seq\" in the snapshot") }
        guard let createdAt else { throw CodecError(offset: 0, reason: "missing required key \"createdAt\" in the snapshot") }
        return (state, SnapshotMeta(seq: seq, createdAt: createdAt, appVersion: appVersion))
    }
}
