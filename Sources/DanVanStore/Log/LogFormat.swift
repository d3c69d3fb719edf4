/// The log segment format. A segment is a header and then records, appended and never
/// rewritten:
///
///     header (32 bytes): "DANVANWL" | version u32 | salt u32 | first seq u64 | 0 u32 | CRC32C u32 of the 28 before
///     record: payload length u32 | op count u32 | seq u64 | CRC32C u32 | payload
///
/// A record is one committed batch; its ops take the sequence numbers seq … seq+count-1.
/// The record CRC covers the segment's salt, the 16 header bytes before it and the payload,
/// so a record copied from another segment (another salt) never validates here.
/// All integers are little-endian.
enum LogFormat {
    static let magic: [UInt8] = Array("DANVANWL".utf8)
    static let version: UInt32 = 1
    static let headerSize = 32
    static let recordHeaderSize = 20
    /// Larger lengths are damage, not records.
    static let maxPayload = 1 << 30

    static func header(salt: UInt32, firstSeq: UInt64) -> [UInt8] {
        var h = magic
        h.appendLE(version)
        h.appendLE(salt)
        h.appendLE(firstSeq)
        h.appendLE(UInt32(0))
        h.appendLE(CRC32C.checksum(h))
        return h
    }

    static func record(salt: UInt32, seq: UInt64, count: UInt32, payload: [UInt8]) -> [UInt8] {
        var r = [UInt8](repeating: 0, count: recordHeaderSize)
        r.reserveCapacity(recordHeaderSize + payload.count)
        r.append(contentsOf: payload)
        seal(&r, salt: salt, seq: seq, count: count)
        return r
    }

    /// Fills in the header of a record built in place: `r` is `recordHeaderSize` bytes of
    /// room followed by the payload, so a large batch is framed without being copied.
    static func seal(_ r: inout [UInt8], salt: UInt32, seq: UInt64, count: UInt32) {
        precondition(r.count >= recordHeaderSize)
        let len = UInt32(r.count - recordHeaderSize)
        r.withUnsafeMutableBytes { b in
            b.storeBytes(of: len.littleEndian, toByteOffset: 0, as: UInt32.self)
            b.storeBytes(of: count.littleEndian, toByteOffset: 4, as: UInt32.self)
            b.storeBytes(of: seq.littleEndian, toByteOffset: 8, as: UInt64.self)
            var crc = saltCRC(salt)
            crc = CRC32C.update(crc, UnsafeRawBufferPointer(rebasing: b[0..<16]))
            crc = CRC32C.update(crc, UnsafeRawBufferPointer(rebasing: b[recordHeaderSize...]))
            b.storeBytes(of: crc.littleEndian, toByteOffset: 16, as: UInt32.self)
        }
    }

    static func saltCRC(_ salt: UInt32) -> UInt32 {
        var s: [UInt8] = []
        s.appendLE(salt)
        return CRC32C.checksum(s)
    }

    static func segmentName(firstSeq: UInt64) -> String { "log-\(hex16(firstSeq)).dvlog" }
    static func isSegmentName(_ n: String) -> Bool { n.hasPrefix("log-") && n.hasSuffix(".dvlog") }
}

/// One whole, checksummed record found in a segment.
struct LogRecord {
    var seq: UInt64
    var count: UInt32
    /// Offset of the record header in the segment file.
    var offset: Int
    var payload: Range<Int>
    var lastSeq: UInt64 { seq + UInt64(count) - 1 }
}

/// What scanning a segment found.
struct SegmentScan {
    var salt: UInt32
    var firstSeq: UInt64
    var recordCount = 0
    /// Offset just after the last whole record.
    var validEnd: Int
    /// The next sequence number after the segment's records.
    var nextSeq: UInt64
    /// Bytes after `validEnd` in the last segment that are a torn final write.
    var tornTail: Range<Int>?
    var tornReason: String?
}

enum SegmentReader {
    /// Checks a segment and hands each whole record to `visit`, in order. `file` names it
    /// in errors; `firstSeq` is what the manifest says it starts at; in the `isLast`
    /// segment a bad record with nothing valid after it is a torn tail, anywhere else it
    /// is damage.
    static func scan(_ bytes: [UInt8], file: String, firstSeq: UInt64, isLast: Bool,
                     visit: (LogRecord) throws -> Void) throws -> SegmentScan {
        func damaged(_ offset: Int, _ d: Damage) -> StoreError { .damaged(file: file, offset: offset, reason: d) }
        let h = LogFormat.headerSize
        guard bytes.count >= h else { throw damaged(0, .truncatedFile(expected: UInt64(h), found: UInt64(bytes.count))) }
        return try bytes.withUnsafeBytes { buf -> SegmentScan in
            guard Array(buf[0..<8]) == LogFormat.magic else { throw damaged(0, .wrongFormat("no DANVANWL mark")) }
            guard buf.u32(at: 28) == CRC32C.update(0, UnsafeRawBufferPointer(rebasing: buf[0..<28])) else {
                throw damaged(28, .badHeader("header checksum mismatch"))
            }
            let version = buf.u32(at: 8)
            guard version <= LogFormat.version else {
                throw StoreError.newerVersion(file: file, found: version, supported: LogFormat.version)
            }
            let salt = buf.u32(at: 12)
            let first = buf.u64(at: 16)
            guard first == firstSeq else { throw damaged(16, .sequenceGap(expected: firstSeq, found: first)) }
            let saltCRC = LogFormat.saltCRC(salt)
            var scan = SegmentScan(salt: salt, firstSeq: first, validEnd: h, nextSeq: first)
            var off = h
            let end = buf.count
            while off < end {
                switch check(buf, at: off, saltCRC: saltCRC) {
                case .good(let len, let count, let seq):
                    guard seq == scan.nextSeq else { throw damaged(off, .sequenceGap(expected: scan.nextSeq, found: seq)) }
                    let rec = LogRecord(seq: seq, count: count, offset: off,
                                        payload: (off + LogFormat.recordHeaderSize)..<(off + LogFormat.recordHeaderSize + len))
                    try visit(rec)
                    scan.recordCount += 1
                    scan.nextSeq = seq + UInt64(count)
                    off = rec.payload.upperBound
                    scan.validEnd = off
                case .short, .bad:
                    let short = check(buf, at: off, saltCRC: saltCRC) == .short
                    let reason: Damage = short ? .truncatedRecord : .badChecksum
                    if let next = findGood(buf, after: off, saltCRC: saltCRC, minSeq: scan.nextSeq) {
                        throw damaged(off, .badRecordBeforeGood(nextGood: next))
                    }
                    guard isLast else { throw damaged(off, reason) }
                    scan.tornTail = off..<end
                    let zeros = buf[off..<end].allSatisfy { $0 == 0 }
                    scan.tornReason = zeros ? "zero-filled" : (short ? "cut short" : "checksum mismatch")
                    return scan
                }
            }
            return scan
        }
    }

    enum Check: Equatable {
        case good(len: Int, count: UInt32, seq: UInt64)
        /// The record runs past the end of the file.
        case short
        case bad
    }

    static func check(_ buf: UnsafeRawBufferPointer, at off: Int, saltCRC: UInt32) -> Check {
        let rh = LogFormat.recordHeaderSize
        guard buf.count - off >= rh else { return .short }
        let len = Int(buf.u32(at: off))
        let count = buf.u32(at: off + 4)
        let seq = buf.u64(at: off + 8)
        guard len <= LogFormat.maxPayload else { return .bad }
        guard buf.count - off - rh >= len else { return .short }
        guard count >= 1 else { return .bad }
        var crc = CRC32C.update(saltCRC, UnsafeRawBufferPointer(rebasing: buf[off..<(off + 16)]))
        crc = CRC32C.update(crc, UnsafeRawBufferPointer(rebasing: buf[(off + rh)..<(off + rh + len)]))
        guard crc == buf.u32(at: off + 16) else { return .bad }
        return .good(len: len, count: count, seq: seq)
    }

    /// The offset of a whole record of this segment somewhere after a bad one, if any: then
    /// the bad record is damage in the middle of the log, not a torn final write.
    static func findGood(_ buf: UnsafeRawBufferPointer, after bad: Int, saltCRC: UInt32, minSeq: UInt64) -> Int? {
        let rh = LogFormat.recordHeaderSize
        var off = bad + 1
        while buf.count - off >= rh {
            let len = Int(buf.u32(at: off))
            let count = buf.u32(at: off + 4)
            let seq = buf.u64(at: off + 8)
            // Cheap plausibility first; the checksum decides.
            if count >= 1, len <= buf.count - off - rh, seq >= minSeq, seq - minSeq < (1 << 40),
               case .good = check(buf, at: off, saltCRC: saltCRC) {
                return off
            }
            off += 1
        }
        return nil
    }
}
