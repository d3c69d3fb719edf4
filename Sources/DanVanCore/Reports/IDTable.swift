/// A small open-addressing map from raw ids to non-negative Int32, for the report's hot
/// loops: ids are already random-ish 53-bit numbers, so a multiplicative hash does, and it
/// avoids SipHash on every one of the million look-ups of a city-wide report.
/// Key and value sit side by side, so a look-up in a table too big for the cache costs
/// one cache miss, not two.
struct IDTable {
    private struct Entry {
        var key: UInt64
        var value: Int32
    }
    private var entries: [Entry]
    private let mask: Int
    private let shift: UInt64
    /// Holds at most `capacity` keys (the table stays at most half full). Key 0 marks an
    /// empty slot; ids start at 1.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        entries = [Entry](repeating: Entry(key: 0, value: -1), count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Sets `key` (≠ 0) to `value`.
    mutating func set(_ key: UInt64, _ value: Int32) {
        var i = home(key)
        while entries[i].key != 0 && entries[i].key != key { i = (i + 1) & mask }
        entries[i] = Entry(key: key, value: value)
    }

    /// The value of `key`, or -1.
    @inline(__always)
    func get(_ key: UInt64) -> Int32 {
        var i = home(key)
        while true {
            let e = entries[i]
            if e.key == key { return e.value }
            if e.key == 0 { return -1 }
            i = (i + 1) & mask
        }
    }
}
