/// One whole, checksummed record found in a segment.
struct LogRecord {
    var seq: UInt64
    var count: UInt32
    /// Offset of the record header in the segment file.
    var offset: Int
    var payload: Range<Int>
    var lastSeq: UInt64 { seq + UInt64(count) - 1 }
}

/// What follows the last whole record of the open (last, not yet sealed) segment when it is
/// not nothing: the bytes of a write that a crash cut off.
struct TornTail: Equatable {
    var range: Range<Int>
    /// "zero-filled", "cut short", "unfinished" (the end mark never written), "header cut".
    var reason: String
    /// The ops the torn record claims (its header was readable): their sequence numbers are
    /// never given to another change.
    var claimedNext: UInt64?
    /// False in a version 1 segment, whose records have no end mark: there a damaged whole
    /// record cannot be told from a cut one.
    var certain: Bool
}

/// What scanning a segment found.
struct SegmentScan {
    var header: LogFormat.Header
    var recordCount = 0
    /// Offset just after the last whole record.
    var validEnd: Int
    /// The next sequence number after the segment's records.
    var nextSeq: UInt64
    var torn: TornTail?
    /// Bytes after the sealed end (set aside earlier): counted, not read.
    var bytesAfterSeal = 0
    var salt: UInt32 { header.salt }
    var firstSeq: UInt64 { header.firstSeq }
}

enum SegmentReader {
    /// Checks a segment and hands each whole record to `visit`, in order. `file` names it in
    /// errors; `firstSeq` is what the manifest says it starts at. A `sealed` segment (closed,
    /// its end recorded in the manifest) must hold whole records exactly up to that end; in
    /// the open last segment (`isLast`, not sealed) a write cut by a crash at the end is a
    /// torn tail; anything else wrong is damage.
    static func scan(_ bytes: [UInt8], file: String, firstSeq: UInt64, isLast: Bool, sealedEnd: Int? = nil,
                     visit: (LogRecord) throws -> Void) throws -> SegmentScan {
        func damaged(_ offset: Int, _ d: Damage) -> StoreError { .damaged(file: file, offset: offset, reason: d) }
        let header = try LogFormat.readHeader(bytes, file: file)
        guard header.firstSeq == firstSeq else { throw damaged(16, .sequenceGap(expected: firstSeq, found: header.firstSeq)) }
        var end = bytes.count
        var scan = SegmentScan(header: header, validEnd: header.size, nextSeq: firstSeq)
        if let sealed = sealedEnd {
            guard bytes.count >= sealed else { throw damaged(bytes.count, .shorterThanRecorded(recordedEnd: sealed, found: bytes.count)) }
            end = sealed
            scan.bytesAfterSeal = bytes.count - sealed
        }
        return try bytes.withUnsafeBytes { whole -> SegmentScan in
            let buf = UnsafeRawBufferPointer(rebasing: whole[0..<end])
            let saltCRC = LogFormat.saltCRC(header.salt)
            var off = header.size
            while off < end {
                let c = check(buf, at: off, saltCRC: saltCRC, version: header.version)
                if case .good(let len, let count, let seq) = c {
                    guard seq == scan.nextSeq else { throw damaged(off, .sequenceGap(expected: scan.nextSeq, found: seq)) }
                    let rec = LogRecord(seq: seq, count: count, offset: off,
                                        payload: (off + LogFormat.recordHeaderSize)..<(off + LogFormat.recordHeaderSize + len))
                    try visit(rec)
                    scan.recordCount += 1
                    scan.nextSeq = seq + UInt64(count)
                    off += header.recordOverhead + len
                    scan.validEnd = off
                    continue
                }
                if let next = findGood(buf, after: off, saltCRC: saltCRC, minSeq: scan.nextSeq, version: header.version) {
                    throw damaged(off, .badRecordBeforeGood(nextGood: next))
                }
                guard isLast, sealedEnd == nil else { throw damaged(off, c.damage) }
                scan.torn = try tornTail(buf, at: off, c, expectedSeq: scan.nextSeq, version: header.version, file: file)
                return scan
            }
            return scan
        }
    }

    /// The bytes after the last whole record of the open segment: a write cut by a crash, or
    /// (thrown) damage that a crash does not make.
    static func tornTail(_ buf: UnsafeRawBufferPointer, at off: Int, _ c: Check, expectedSeq: UInt64, version: UInt32,
                         file: String) throws -> TornTail {
        let range = off..<buf.count
        let lastNonZero = buf[range].lastIndex { $0 != 0 }
        guard let lastNonZero else { return TornTail(range: range, reason: "zero-filled", claimedNext: nil, certain: true) }
        guard version >= 2 else {
            var reason = "checksum mismatch"
            if case .short = c { reason = "cut short" }
            return TornTail(range: range, reason: reason, claimedNext: nil, certain: false)
        }
        let claimed = { (count: UInt32, seq: UInt64) -> UInt64? in seq == expectedSeq ? seq + UInt64(count) : nil }
        switch c {
        case .short(let count, let seq):
            return TornTail(range: range, reason: "cut short", claimedNext: seq.map { claimed(count, $0) } ?? nil, certain: true)
        case .unfinished(let count, let seq):
            return TornTail(range: range, reason: "unfinished", claimedNext: claimed(count, seq), certain: true)
        case .badHeader where lastNonZero < off + LogFormat.recordHeaderSize:
            // Nothing was written past the header: the header itself was being written.
            return TornTail(range: range, reason: "header cut", claimedNext: nil, certain: true)
        default:
            // A whole record that fails its checksum, or a damaged header with a body after
            // it: written completely, so possibly confirmed as saved, and damaged afterwards.
            throw StoreError.damaged(file: file, offset: off, reason: c.damage)
        }
    }

    enum Check: Equatable {
        case good(len: Int, count: UInt32, seq: UInt64)
        /// The record runs past the end of the file (its header's count and seq when readable).
        case short(count: UInt32 = 0, seq: UInt64? = nil)
        /// The header fails its checksum (or, in version 1, the record fails it).
        case badHeader
        /// Header good, end mark missing (zeros): the write never finished.
        case unfinished(count: UInt32, seq: UInt64)
        /// Header good and end mark present, but the body fails its checksum.
        case badBody(seq: UInt64)

        var damage: Damage {
            switch self {
            case .short: .truncatedRecord
            case .badBody(let seq): .recordDamaged(seq: seq)
            case .badHeader: .badChecksum
            case .unfinished: .truncatedRecord
            case .good: .badChecksum
            }
        }
    }

    static func check(_ buf: UnsafeRawBufferPointer, at off: Int, saltCRC: UInt32, version: UInt32) -> Check {
        let rh = LogFormat.recordHeaderSize
        guard buf.count - off >= rh else { return .short() }
        let len = Int(buf.u32(at: off))
        let count = buf.u32(at: off + 4)
        let seq = buf.u64(at: off + 8)
        if version == 1 {
            guard len <= LogFormat.maxPayload else { return .badHeader }
            guard buf.count - off - rh >= len else { return .short() }
            guard count >= 1 else { return .badHeader }
            var crc = CRC32C.update(saltCRC, UnsafeRawBufferPointer(rebasing: buf[off..<(off + 16)]))
            crc = CRC32C.update(crc, UnsafeRawBufferPointer(rebasing: buf[(off + rh)..<(off + rh + len)]))
            return crc == buf.u32(at: off + 16) ? .good(len: len, count: count, seq: seq) : .badHeader
        }
        guard buf.u32(at: off + 16) == CRC32C.update(saltCRC, UnsafeRawBufferPointer(rebasing: buf[off..<(off + 16)])),
              len <= LogFormat.maxPayload, count >= 1 else { return .badHeader }
        let end = off + rh + len + LogFormat.trailerSize
        guard buf.count >= end else { return .short(count: count, seq: seq) }
        let mark = buf.u32(at: end - 4)
        if mark != LogFormat.endMark {
            // Part of the mark, then zeros: the write stopped inside it.
            let want = Swift.withUnsafeBytes(of: LogFormat.endMark.littleEndian) { Array($0) }
            let got = Array(buf[(end - 4)..<end])
            let same = zip(got, want).prefix { $0 == $1 }.count
            return got[same...].allSatisfy { $0 == 0 } ? .unfinished(count: count, seq: seq) : .badBody(seq: seq)
        }
        let crc = CRC32C.update(saltCRC, UnsafeRawBufferPointer(rebasing: buf[off..<(off + rh + len)]))
        guard crc == buf.u32(at: end - 8) else { return .badBody(seq: seq) }
        return .good(len: len, count: count, seq: seq)
    }

    /// The offset of a whole record of this segment somewhere after a bad one, if any: then
    /// the bad record is damage in the middle of the log, not a torn final write.
    static func findGood(_ buf: UnsafeRawBufferPointer, after bad: Int, saltCRC: UInt32, minSeq: UInt64, version: UInt32) -> Int? {
        let rh = LogFormat.recordHeaderSize
        var off = bad + 1
        while buf.count - off >= rh {
            let len = Int(buf.u32(at: off))
            let count = buf.u32(at: off + 4)
            let seq = buf.u64(at: off + 8)
            // Cheap plausibility first; the checksums decide.
            if count >= 1, len <= buf.count - off - rh, seq >= minSeq, seq - minSeq < (1 << 40),
               case .good = check(buf, at: off, saltCRC: saltCRC, version: version) {
                return off
            }
            off += 1
        }
        return nil
    }
}
