/// Little-endian integers in byte buffers, for the small headers of this module.
extension Array where Element == UInt8 {
    mutating func appendLE<T: FixedWidthInteger>(_ v: T) {
        Swift.withUnsafeBytes(of: v.littleEndian) { append(contentsOf: $0) }
    }
}

/// Reads fields one after another, refusing to run past the end.
struct ByteReader {
    let bytes: [UInt8]
    var at: Int
    init(_ bytes: [UInt8], at: Int = 0) {
        self.bytes = bytes
        self.at = at
    }
    var remaining: Int { bytes.count - at }

    mutating func take(_ n: Int) -> [UInt8]? {
        guard n >= 0, remaining >= n else { return nil }
        defer { at += n }
        return Array(bytes[at..<(at + n)])
    }

    mutating func le<T: FixedWidthInteger>(_: T.Type) -> T? {
        guard let b = take(MemoryLayout<T>.size) else { return nil }
        var v: T = 0
        for (i, x) in b.enumerated() { v |= T(x) << (8 * i) }
        return v
    }
}
