import Foundation

/// Shares one String among records that repeat the same long text (the same area, content,
/// resolution or workplace on thousands of assignments): one allocation instead of thousands,
/// and less memory for the loaded state. Direct-mapped and bounded; a miss just replaces the slot.
final class StringCache {
    // Raw storage: a class's array property would pay a dynamic exclusivity check per access.
    private let slots: UnsafeMutablePointer<String>
    private let size: Int
    private let shift: UInt64

    init(bits: Int = 12) {
        size = 1 << bits
        slots = .allocate(capacity: size)
        slots.initialize(repeating: "", count: size)
        shift = UInt64(64 - bits)
    }

    deinit {
        slots.deinitialize(count: size)
        slots.deallocate()
    }

    /// The string for `n` (> 15, so never a small inline string) valid UTF-8 bytes already in NFC.
    func string(_ p: UnsafePointer<UInt8>, _ n: Int) -> String {
        let a = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
        let b = UnsafeRawPointer(p + n - 8).loadUnaligned(as: UInt64.self)
        let h = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ (UInt64(n) &* 0x1656_67B1_9E37_79F9)
        let slot = slots + Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
        if slot.pointee.utf8.count == n, slot.pointee.withUTF8Unsafe({ memcmp($0, p, n) == 0 }) { return slot.pointee }
        let fresh = String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
        slot.pointee = fresh
        return fresh
    }
}

extension String {
    /// The UTF-8 bytes of a native string without making it mutable (cached strings are native).
    fileprivate func withUTF8Unsafe(_ body: (UnsafePointer<UInt8>) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { body($0.baseAddress!) } ?? false
    }
}
