/// Duplicate keys are refused everywhere the reader is used (snapshot, log records, bundles):
/// "last wins" would let a file say two things at once. Each open object's key fingerprints
/// sit on one stack; a new key is compared with the earlier ones of its object (a handful),
/// and a fingerprint match is confirmed byte by byte by reading the object again from its
/// `{`, so an error is never raised for two different keys.
final class KeyLog {
    private var prints: UnsafeMutablePointer<UInt64>
    private var capacity = 64
    private var top = 0
    /// By depth: where the object's fingerprints start on the stack, and where its `{` is.
    private let frameStart: UnsafeMutablePointer<Int>
    private let frameOffset: UnsafeMutablePointer<Int>
    private let depths: Int

    init(maxDepth: Int) {
        depths = maxDepth + 2
        prints = .allocate(capacity: capacity)
        frameStart = .allocate(capacity: depths)
        frameStart.initialize(repeating: 0, count: depths)
        frameOffset = .allocate(capacity: depths)
        frameOffset.initialize(repeating: -1, count: depths)
    }

    deinit {
        prints.deallocate()
        frameStart.deallocate()
        frameOffset.deallocate()
    }

    @inline(__always) func open(depth: Int, at offset: Int) {
        frameStart[depth] = top
        frameOffset[depth] = offset
    }

    @inline(__always) func close(depth: Int) {
        top = frameStart[depth]
        frameOffset[depth] = -1
    }

    /// Records the key `p[0..<n]` of the object open at `depth`; true when its fingerprint was
    /// already there (the caller confirms).
    @inline(__always) func insert(_ p: UnsafePointer<UInt8>, _ n: Int, depth: Int) -> Bool {
        let h = KeyLog.fingerprint(p, n)
        var i = frameStart[depth]
        while i < top {
            if prints[i] == h { return true }
            i += 1
        }
        if top == capacity {
            let bigger = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity * 2)
            bigger.update(from: prints, count: top)
            prints.deallocate()
            prints = bigger
            capacity *= 2
        }
        prints[top] = h
        top += 1
        return false
    }

    /// Where the `{` of the object open at `depth` is (-1 when the reader did not open it,
    /// e.g. a reader started inside a document).
    func objectOffset(depth: Int) -> Int { depth < depths ? frameOffset[depth] : -1 }

    @inline(__always) static func fingerprint(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        var i = 0
        while i + 8 <= n {
            h = (h ^ UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            i += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while i < n {
            tail |= UInt64(p[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 29)
    }
}

extension JSONReader {
    /// Called with each key of the object open at `depth`, which starts (its quote) at `keyStart`.
    @inline(__always) func checkKey(_ key: JSONKey, keyStart: Int) throws {
        guard let keys else { return }
        let clash: Bool
        if let d = key.decoded {
            clash = d.withUnsafeBufferPointer { keys.insert($0.baseAddress ?? base, $0.count, depth: depth) }
        } else {
            clash = keys.insert(key.start, key.count, depth: depth)
        }
        if clash, try isRepeated(key, keyStart: keyStart) {
            throw fail("duplicate key \"\(key.string)\" in one object (each key may appear once)", at: keyStart)
        }
    }

    /// Reads the current object again from its `{` up to `keyStart`: does `key` come before?
    private func isRepeated(_ key: JSONKey, keyStart: Int) throws -> Bool {
        guard let open = keys?.objectOffset(depth: depth), open >= 0 else { return true }
        let wanted = key.bytes
        var r = JSONReader(unsafeBytes: UnsafeRawBufferPointer(start: base, count: end), maxDepth: maxDepth, checkingKeys: false)
        r.offset = open
        try r.beginObject()
        while let k = try r.nextKey() {
            if k.start - r.base > keyStart { return false }  // reached the key being checked
            if k.bytes == wanted { return true }
            try r.skipValue()
        }
        return false
    }
}
