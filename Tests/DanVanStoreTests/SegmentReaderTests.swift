import Testing
@testable import DanVanStore

/// The log layer on opaque payloads: cuts and flips at every byte.
struct SegmentReaderTests {
    static let salt: UInt32 = 0x1234_5678
    static let id = FolderID((0..<16).map { UInt8($0 * 7 + 1) })

    static func header(salt: UInt32 = salt, firstSeq: UInt64 = 1) -> [UInt8] {
        LogFormat.header(salt: salt, firstSeq: firstSeq, folder: id, previousSalt: 0)
    }

    /// A segment of `n` records with varied payloads, and the offsets where each record ends.
    static func segment(_ n: Int, salt: UInt32 = salt, firstSeq: UInt64 = 1) -> ([UInt8], [Int]) {
        var bytes = header(salt: salt, firstSeq: firstSeq)
        var ends: [Int] = []
        var seq = firstSeq
        for i in 0..<n {
            let count = UInt32(1 + i % 3)
            bytes += LogFormat.record(salt: salt, seq: seq, count: count, payload: (0..<(5 + i * 7)).map { UInt8(($0 * 31 + i) & 0xFF) })
            seq += UInt64(count)
            ends.append(bytes.count)
        }
        return (bytes, ends)
    }

    static func read(_ bytes: [UInt8], isLast: Bool = true) throws -> (SegmentScan, [LogRecord]) {
        var recs: [LogRecord] = []
        let s = try SegmentReader.scan(bytes, file: "log", firstSeq: 1, isLast: isLast) { recs.append($0) }
        return (s, recs)
    }

    @Test func readsWholeSegment() throws {
        let (bytes, ends) = Self.segment(6)
        let (scan, recs) = try Self.read(bytes)
        #expect(recs.count == 6)
        #expect(scan.torn == nil)
        #expect(scan.validEnd == ends.last)
        #expect(recs.map(\.seq) == [1, 2, 4, 7, 8, 10])
        #expect(scan.nextSeq == 13)
    }

    @Test func truncatedAtEveryOffsetGivesExactlyTheWholeRecords() throws {
        let (bytes, ends) = Self.segment(8)
        for cut in 0..<bytes.count {
            let cutBytes = Array(bytes[0..<cut])
            if cut < LogFormat.headerSize {
                #expect(throws: StoreError.self) { try Self.read(cutBytes) }
                continue
            }
            let (scan, recs) = try Self.read(cutBytes)
            let whole = ends.filter { $0 <= cut }.count
            #expect(recs.count == whole, "cut at \(cut)")
            let end = whole == 0 ? LogFormat.headerSize : ends[whole - 1]
            #expect(scan.validEnd == end)
            #expect((scan.torn != nil) == (cut > end), "cut at \(cut)")
            if cut > end { #expect(scan.torn?.certain == true && scan.torn?.range == end..<cut) }
            // In a segment that is not the last, a cut is damage.
            if cut > end { #expect(throws: StoreError.self) { try Self.read(cutBytes, isLast: false) } }
        }
    }

    /// A flipped bit anywhere, the last record included, is damage: a whole record that fails
    /// its checksum was written completely (and maybe confirmed), so it is never taken for a
    /// torn write and dropped without a word.
    @Test func everyFlippedByteIsDamageEvenInTheLastRecord() throws {
        let (bytes, _) = Self.segment(8)
        for i in 0..<bytes.count {
            for mask: UInt8 in [0x01, 0x80] {
                var bad = bytes
                bad[i] ^= mask
                do {
                    _ = try Self.read(bad)
                    Issue.record("flip at \(i) went unnoticed")
                } catch let e as StoreError {
                    guard case .damaged(_, let offset, _) = e else { Issue.record("flip at \(i): \(e)"); continue }
                    // Header damage is reported at the header checksum, record damage at the record.
                    #expect(offset <= max(i, LogFormat.headerSize - 4), "flip at \(i) reported at \(offset)")
                }
            }
        }
    }

    @Test func zeroFilledTailIsTorn() throws {
        let (bytes, ends) = Self.segment(3)
        let (scan, recs) = try Self.read(bytes + [UInt8](repeating: 0, count: 4096))
        #expect(recs.count == 3)
        #expect(scan.torn?.range == ends.last!..<(ends.last! + 4096))
        #expect(scan.torn?.reason == "zero-filled")
    }

    /// A record whose end mark was never written (zeros where it belongs, as a crash leaves
    /// it) is torn, and the seqs its header claims are known; a header cut part way too.
    @Test func unfinishedRecordIsTornAndItsSeqsKnown() throws {
        let (bytes, ends) = Self.segment(4)
        let whole = LogFormat.record(salt: Self.salt, seq: 8, count: 3, payload: Array(repeating: 0x41, count: 300))
        for keep in [LogFormat.recordHeaderSize, 100, whole.count - 4, whole.count - 1] {
            var cut = Array(whole[0..<keep])
            cut += [UInt8](repeating: 0, count: whole.count - keep + 512)
            let (scan, recs) = try Self.read(bytes + cut)
            #expect(recs.count == 4)
            #expect(scan.torn?.reason == "unfinished", "keep \(keep)")
            #expect(scan.torn?.claimedNext == 11)
            #expect(scan.torn?.range.lowerBound == ends.last!)
        }
        let (scan, _) = try Self.read(bytes + Array(whole[0..<9]) + [UInt8](repeating: 0, count: 40))
        #expect(scan.torn?.reason == "header cut")
        #expect(scan.torn?.claimedNext == nil)
    }

    @Test func recordsOfAnotherSegmentDoNotValidate() throws {
        let (a, _) = Self.segment(3)
        let (b, bEnds) = Self.segment(3, salt: 0xDEAD_BEEF)
        // The records of `a` copied after `b`'s header: same seqs, other salt.
        let mixed = Array(b[0..<LogFormat.headerSize]) + Array(a[LogFormat.headerSize...])
        #expect(throws: StoreError.self) { try Self.read(mixed) }
        #expect(bEnds.count == 3)
    }

    /// Segments written by earlier danvan (version 1: no end mark) are still read; a bad
    /// last record there is a torn tail that is said to be uncertain.
    @Test func versionOneSegmentsAreStillRead() throws {
        var bytes = LogFormat.v1Header(salt: Self.salt, firstSeq: 1)
        bytes += LogFormat.v1Record(salt: Self.salt, seq: 1, count: 2, payload: [1, 2, 3])
        bytes += LogFormat.v1Record(salt: Self.salt, seq: 3, count: 1, payload: [4, 5])
        let (scan, recs) = try Self.read(bytes)
        #expect(recs.map(\.seq) == [1, 3])
        #expect(scan.header.version == 1 && scan.torn == nil)
        var bad = bytes
        bad[bad.count - 1] ^= 1
        let (s2, r2) = try Self.read(bad)
        #expect(r2.count == 1)
        #expect(s2.torn?.certain == false)
    }

    @Test func sequenceGapIsDamage() throws {
        var bytes = Self.header()
        bytes += LogFormat.record(salt: Self.salt, seq: 1, count: 1, payload: [1])
        bytes += LogFormat.record(salt: Self.salt, seq: 3, count: 1, payload: [2])
        #expect {
            try Self.read(bytes)
        } throws: { e in
            if case StoreError.damaged(_, _, .sequenceGap(2, 3)) = e { return true }
            return false
        }
    }

    @Test func badRecordFollowedByGoodOnesIsDamage() throws {
        let (bytes, ends) = Self.segment(5)
        var bad = bytes
        bad[ends[1] + 25] ^= 0xFF  // inside record 3's payload
        #expect {
            try Self.read(bad)
        } throws: { e in
            if case StoreError.damaged(_, let off, .badRecordBeforeGood(let next)) = e { return off == ends[1] && next == ends[2] }
            return false
        }
    }
}
