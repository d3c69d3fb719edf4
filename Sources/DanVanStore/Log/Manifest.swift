/// The file that says which snapshot and which log segments make up the data. It is
/// replaced atomically (tmp → sync → rename → sync folder), so it always names a complete set.
///
/// Payload (inside the envelope "danvan-manifest" v1), one entry a line:
///     snapshot <file name> <seq it covers>     (absent before the first snapshot)
///     segment <file name> <first seq>          (oldest first)
struct Manifest: Equatable {
    struct Snapshot: Equatable {
        var name: String
        var seq: UInt64
    }
    struct Segment: Equatable {
        var name: String
        var firstSeq: UInt64
    }
    var snapshot: Snapshot?
    var segments: [Segment]

    static let fileName = "MANIFEST"
    static let format = "danvan-manifest"
    static let version: UInt32 = 1

    func encoded() -> [UInt8] {
        var text = ""
        if let s = snapshot { text += "snapshot \(s.name) \(s.seq)\n" }
        for g in segments { text += "segment \(g.name) \(g.firstSeq)\n" }
        return Envelope.wrap(format: Manifest.format, version: Manifest.version, payload: Array(text.utf8))
    }

    static func decode(_ bytes: [UInt8]) throws -> Manifest {
        let range = try Envelope.open(bytes, format: format, supported: version, file: fileName)
        var m = Manifest(snapshot: nil, segments: [])
        var offset = range.lowerBound
        for line in bytes[range].split(separator: 10, omittingEmptySubsequences: false) {
            defer { offset += line.count + 1 }
            if line.isEmpty { continue }
            let parts = String(decoding: line, as: UTF8.self).split(separator: " ").map(String.init)
            guard parts.count == 3, let n = UInt64(parts[2]), !parts[1].contains("/"), !parts[1].hasPrefix(".") else {
                throw StoreError.damaged(file: fileName, offset: offset, reason: .badHeader("bad entry"))
            }
            switch parts[0] {
            case "snapshot" where m.snapshot == nil && m.segments.isEmpty: m.snapshot = Snapshot(name: parts[1], seq: n)
            case "segment": m.segments.append(Segment(name: parts[1], firstSeq: n))
            default: throw StoreError.damaged(file: fileName, offset: offset, reason: .badHeader("bad entry"))
            }
        }
        guard !m.segments.isEmpty else {
            throw StoreError.damaged(file: fileName, offset: range.lowerBound, reason: .badHeader("no log segment"))
        }
        return m
    }
}

enum SnapshotFile {
    static let format = "danvan-snapshot"
    static let version: UInt32 = 1
    static func name(seq: UInt64) -> String { "snap-\(hex16(seq)).dvsnap" }
    static func isName(_ n: String) -> Bool { n.hasPrefix("snap-") && n.hasSuffix(".dvsnap") }
}
