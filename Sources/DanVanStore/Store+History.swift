import DanVanCore

/// One line of the audit trail.
public struct AuditEntry: Sendable {
    public var seq: UInt64
    public var op: Op
    /// What the op did, naming records as they were just before it.
    public var summary: String
}

extension Store {
    /// The last `limit` ops in the log (since the last snapshot), oldest first.
    public func history(limit: Int) throws -> [(seq: UInt64, op: Op)] {
        let m = cond.withLock { manifest }
        var out: [(seq: UInt64, op: Op)] = []
        for (i, seg) in m.segments.enumerated() {
            let bytes = try Recovery.read(fs, folder, seg.name)
            _ = try SegmentReader.scan(bytes, file: seg.name, firstSeq: seg.firstSeq, isLast: i == m.segments.count - 1) { rec in
                var plain = false
                let ops = try PayloadSeal.decodeBatch(bytes, rec, key: key, file: seg.name, plain: &plain)
                for (k, op) in ops.enumerated() { out.append((rec.seq + UInt64(k), op)) }
                if out.count > 2 * limit + 1024 { out.removeFirst(out.count - limit) }
            }
        }
        if out.count > limit { out.removeFirst(out.count - limit) }
        return out
    }

    /// The last `limit` ops with a one-line summary each in `lang`, naming records by the
    /// names they had when the op was made. Replays the folder from its snapshot.
    public func auditTrail(limit: Int, lang: Lang) throws -> [AuditEntry] {
        let from = lastSeq >= UInt64(limit) ? lastSeq - UInt64(limit) + 1 : 1
        var out: [AuditEntry] = []
        try Store.readingBesideWriter(fs, folder: folder) {
            out = []
            _ = try Recovery.run(fs, folder: folder, key: key) { seq, op, before in
                if seq >= from { out.append(AuditEntry(seq: seq, op: op, summary: op.change.summary(in: before, lang))) }
            }
        }
        if out.count > limit { out.removeFirst(out.count - limit) }
        return out
    }
}
