import Foundation

/// Shares one String among records that repeat the same long text (the same area, content,
/// resolution or workplace on thousands of assignments): one allocation instead of thousands,
/// and less memory for the loaded state. Direct-mapped and bounded; a miss just replaces the slot.
final class StringCache {
    private var slots: [String]
    private let shift: UInt64

    init(bits: Int = 12) {
        slots = Array(repeating: "", count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    /// The string for `n` (> 15, so never a small inline string) valid UTF-8 bytes already in NFC.
    func string(_ p: UnsafePointer<UInt8>, _ n: Int) -> String {
        let a = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
        let b = UnsafeRawPointer(p + n - 8).loadUnaligned(as: UInt64.self)
        let h = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ (UInt64(n) &* 0x1656_67B1_9E37_79F9)
        let i = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
        var s = slots[i]
        if s.utf8.count == n, s.withUTF8({ memcmp($0.baseAddress!, p, n) == 0 }) { return s }
        let fresh = String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
        slots[i] = fresh
        return fresh
    }
}
