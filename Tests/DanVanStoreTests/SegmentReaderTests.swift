import Testing
@testable import DanVanStore

/// The log layer on opaque payloads: cuts and flips at every byte.
struct SegmentReaderTests {
    static let salt: UInt32 = 0x1234_5678

    /// A segment of `n` records with varied payloads, and the offsets where each record ends.
    static func segment(_ n: Int, salt: UInt32 = salt, firstSeq: UInt64 = 1) -> ([UInt8], [Int]) {
        var bytes = LogFormat.header(salt: salt, firstSeq: firstSeq)
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
        #expect(scan.tornTail == nil)
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
            #expect((scan.tornTail != nil) == (cut > end), "cut at \(cut)")
            // In a segment that is not the last, a cut is damage.
            if cut > end { #expect(throws: StoreError.self) { try Self.read(cutBytes, isLast: false) } }
        }
    }

    @Test func everyFlippedByteIsCaughtOrTornTail() throws {
        let (bytes, ends) = Self.segment(8)
        let lastStart = ends[ends.count - 2]
        for i in 0..<bytes.count {
            for mask: UInt8 in [0x01, 0x80] {
                var bad = bytes
                bad[i] ^= mask
                do {
                    let (scan, recs) = try Self.read(bad)
                    // Only damage in the final record may pass, as a torn tail, and then
                    // exactly the records before it are read.
                    #expect(i >= lastStart, "flip at \(i) went unnoticed")
                    #expect(recs.count == ends.count - 1)
                    #expect(scan.tornTail?.lowerBound == lastStart)
                } catch let e as StoreError {
                    guard case .damaged(_, let offset, _) = e else { Issue.record("flip at \(i): \(e)"); continue }
                    // Header damage is reported at the header checksum.
                    #expect(offset <= max(i + 1, LogFormat.headerSize), "flip at \(i) reported at \(offset)")
                    #expect(i < lastStart)
                }
            }
        }
    }

    @Test func zeroFilledTailIsTorn() throws {
        let (bytes, ends) = Self.segment(3)
        let (scan, recs) = try Self.read(bytes + [UInt8](repeating: 0, count: 4096))
        #expect(recs.count == 3)
        #expect(scan.tornTail == ends.last!..<(ends.last! + 4096))
        #expect(scan.tornReason == "zero-filled")
    }

    @Test func recordsOfAnotherSegmentDoNotValidate() throws {
        let (a, _) = Self.segment(3)
        let (b, bEnds) = Self.segment(3, salt: 0xDEAD_BEEF)
        // The records of `a` copied after `b`'s header: same seqs, other salt.
        let mixed = Array(b[0..<LogFormat.headerSize]) + Array(a[LogFormat.headerSize...])
        let (scan, recs) = try Self.read(mixed)
        #expect(recs.isEmpty)
        #expect(scan.tornTail != nil)
        #expect(bEnds.count == 3)
    }

    @Test func sequenceGapIsDamage() throws {
        var bytes = LogFormat.header(salt: Self.salt, firstSeq: 1)
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
