/// The log segment format: the one place that says how a segment and its records are laid
/// out on disk. A segment is a header and then records, appended and never rewritten. All
/// integers are little-endian.
///
/// Segment header, version 2 (64 bytes):
///
///     0  "DANVANWL"
///     8  version u32 (2)
///     12 salt u32          random per segment, never 0; the manifest lists it too
///     16 first seq u64
///     24 folder id (16 bytes): the data folder the segment belongs to
///     40 previous salt u32: the salt of the segment before it in the folder (0 for none)
///     44 reserved (16 zero bytes)
///     60 CRC32C u32 of the 60 bytes before
///
/// Record, version 2 (28 bytes of framing around the payload):
///
///     0  payload length u32 | 4 op count u32 | 8 seq u64
///     16 header CRC32C u32: over the salt (as 4 bytes) and the 16 bytes before
///     20 payload (opaque to this layer: the batch of ops)
///     +  body CRC32C u32: over the salt, the 20 header bytes and the payload
///     +4 end mark u32 "DVR!" (never zero)
///
/// The length comes before the body and has its own checksum, so the reader knows where a
/// record should end even when its body is damaged; the end mark is written last, so a
/// record cut by a crash (a written prefix, then zeros or nothing) is told apart from a whole
/// record damaged later (end mark present, body checksum wrong). The salt in every checksum
/// makes a record copied from another segment fail here.
///
/// Version 1 segments (32-byte header without folder id; records `length | count | seq |
/// CRC` with no end mark) are still read: folders made by earlier danvan keep working and are
/// sealed and continued in version 2 segments at the next open for writing.
enum LogFormat {
    static let magic: [UInt8] = Array("DANVANWL".utf8)
    static let version: UInt32 = 2
    static let headerSize = 64
    static let v1HeaderSize = 32
    static let recordHeaderSize = 20
    static let trailerSize = 8
    static let endMark: UInt32 = 0x2152_5644  // "DVR!"
    /// Larger lengths are damage, not records.
    static let maxPayload = 1 << 30

    /// What a segment header says.
    struct Header: Equatable {
        var version: UInt32
        var salt: UInt32
        var firstSeq: UInt64
        /// Nil in a version 1 segment.
        var folder: FolderID?
        var previousSalt: UInt32
        var size: Int { version == 1 ? LogFormat.v1HeaderSize : LogFormat.headerSize }
        var recordOverhead: Int { version == 1 ? LogFormat.recordHeaderSize : LogFormat.recordHeaderSize + LogFormat.trailerSize }
    }

    static func header(salt: UInt32, firstSeq: UInt64, folder: FolderID, previousSalt: UInt32) -> [UInt8] {
        var h = magic
        h.appendLE(version)
        h.appendLE(salt)
        h.appendLE(firstSeq)
        h.append(contentsOf: folder.bytes)
        h.appendLE(previousSalt)
        h.append(contentsOf: [UInt8](repeating: 0, count: 16))
        h.appendLE(CRC32C.checksum(h))
        return h
    }

    /// The header at the start of `bytes`; throws `StoreError.damaged` naming `file`.
    static func readHeader(_ bytes: [UInt8], file: String) throws -> Header {
        func damaged(_ offset: Int, _ d: Damage) -> StoreError { .damaged(file: file, offset: offset, reason: d) }
        guard bytes.count >= 12 else { throw damaged(0, .truncatedFile(expected: UInt64(v1HeaderSize), found: UInt64(bytes.count))) }
        guard Array(bytes[0..<8]) == magic else { throw damaged(0, .wrongFormat("no DANVANWL mark")) }
        let v = bytes.u32(at: 8)
        let size = v == 1 ? v1HeaderSize : headerSize
        guard bytes.count >= size else { throw damaged(0, .truncatedFile(expected: UInt64(size), found: UInt64(bytes.count))) }
        guard bytes.u32(at: size - 4) == bytes.withUnsafeBytes({ CRC32C.update(0, UnsafeRawBufferPointer(rebasing: $0[0..<(size - 4)])) }) else {
            throw damaged(size - 4, .badHeader("header checksum mismatch"))
        }
        guard v >= 1 else { throw damaged(8, .badHeader("version 0")) }
        guard v <= version else { throw StoreError.newerVersion(file: file, found: v, supported: version) }
        if v == 1 {
            return Header(version: 1, salt: bytes.u32(at: 12), firstSeq: bytes.u64(at: 16), folder: nil, previousSalt: 0)
        }
        return Header(version: v, salt: bytes.u32(at: 12), firstSeq: bytes.u64(at: 16),
                      folder: FolderID(Array(bytes[24..<40])), previousSalt: bytes.u32(at: 40))
    }

    /// A whole version 2 record (tests and tools; commits build theirs in place with `seal`).
    static func record(salt: UInt32, seq: UInt64, count: UInt32, payload: [UInt8]) -> [UInt8] {
        var r = [UInt8](repeating: 0, count: recordHeaderSize)
        r.reserveCapacity(recordHeaderSize + payload.count + trailerSize)
        r.append(contentsOf: payload)
        seal(&r, salt: salt, seq: seq, count: count)
        return r
    }

    /// Frames a record built in place: `r` is `recordHeaderSize` bytes of room followed by
    /// the payload; the header is filled in and the trailer appended, so a large batch is
    /// framed without being copied (give `r` room for `trailerSize` more bytes).
    static func seal(_ r: inout [UInt8], salt: UInt32, seq: UInt64, count: UInt32) {
        precondition(r.count >= recordHeaderSize)
        let len = UInt32(r.count - recordHeaderSize)
        let s = saltCRC(salt)
        var body: UInt32 = 0
        r.withUnsafeMutableBytes { b in
            b.storeBytes(of: len.littleEndian, toByteOffset: 0, as: UInt32.self)
            b.storeBytes(of: count.littleEndian, toByteOffset: 4, as: UInt32.self)
            b.storeBytes(of: seq.littleEndian, toByteOffset: 8, as: UInt64.self)
            let head = CRC32C.update(s, UnsafeRawBufferPointer(rebasing: b[0..<16]))
            b.storeBytes(of: head.littleEndian, toByteOffset: 16, as: UInt32.self)
            body = CRC32C.update(s, UnsafeRawBufferPointer(b))
        }
        r.appendLE(body)
        r.appendLE(endMark)
    }

    /// A version 1 record, for tests of folders made by earlier danvan.
    static func v1Record(salt: UInt32, seq: UInt64, count: UInt32, payload: [UInt8]) -> [UInt8] {
        var r: [UInt8] = []
        r.appendLE(UInt32(payload.count))
        r.appendLE(count)
        r.appendLE(seq)
        var crc = CRC32C.update(saltCRC(salt), r)
        crc = CRC32C.update(crc, payload)
        r.appendLE(crc)
        return r + payload
    }

    /// A version 1 header, for tests of folders made by earlier danvan.
    static func v1Header(salt: UInt32, firstSeq: UInt64) -> [UInt8] {
        var h = magic
        h.appendLE(UInt32(1))
        h.appendLE(salt)
        h.appendLE(firstSeq)
        h.appendLE(UInt32(0))
        h.appendLE(CRC32C.checksum(h))
        return h
    }

    static func saltCRC(_ salt: UInt32) -> UInt32 {
        var s: [UInt8] = []
        s.appendLE(salt)
        return CRC32C.checksum(s)
    }

    /// `log-<first seq, 16 hex>-<salt, 8 hex>.dvlog`: the salt makes every segment's name
    /// new, so a segment is never re-created over an older one of the same first seq.
    /// (Version 1 segments were named without the salt.)
    static func segmentName(firstSeq: UInt64, salt: UInt32) -> String { "log-\(hex16(firstSeq))-\(hex8(salt)).dvlog" }
    static func v1SegmentName(firstSeq: UInt64) -> String { "log-\(hex16(firstSeq)).dvlog" }
    static func isSegmentName(_ n: String) -> Bool { n.hasPrefix("log-") && n.hasSuffix(".dvlog") }
}

/// The identity of a data folder: 16 random bytes made when the folder is, written into its
/// manifest, every log segment and every snapshot, so a file from another folder (or another
/// copy of this one) is refused instead of read.
struct FolderID: Equatable, Hashable, CustomStringConvertible {
    var bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    static func random() -> FolderID {
        var g = SystemRandomNumberGenerator()
        return FolderID((0..<16).map { _ in UInt8.random(in: 0...255, using: &g) })
    }
    init?(hex: String) {
        let u = Array(hex.utf8)
        guard u.count == 32 else { return nil }
        var out: [UInt8] = []
        for i in stride(from: 0, to: 32, by: 2) {
            guard let b = UInt8(String(decoding: u[i..<(i + 2)], as: UTF8.self), radix: 16) else { return nil }
            out.append(b)
        }
        bytes = out
    }
    var description: String { bytes.map { b in (b < 16 ? "0" : "") + String(b, radix: 16) }.joined() }
}
