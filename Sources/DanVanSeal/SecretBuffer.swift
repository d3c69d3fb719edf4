import CPlatform
import Foundation

/// Bytes of a secret (a passphrase, a key being unwrapped) in memory of their own: page-
/// aligned, locked out of swap and core dumps where the system allows, and zeroed when
/// dropped. swift-crypto's own keys (SymmetricKey, private keys) are zeroed by it on release.
public final class SecretBuffer: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let capacity: Int
    public private(set) var count = 0

    public init(capacity: Int = 4096) {
        let page = max(Int(sysconf(Int32(_SC_PAGESIZE))), 4096)
        let size = (max(capacity, 1) + page - 1) / page * page
        var p: UnsafeMutableRawPointer?
        precondition(posix_memalign(&p, page, size) == 0, "out of memory")
        base = p!
        self.capacity = size
        danvan_wipe(base, size)
        _ = danvan_guard_secret(base, size)
    }

    public convenience init(_ bytes: [UInt8]) {
        self.init(capacity: bytes.count)
        for b in bytes { append(b) }
    }

    /// False when full (the byte is dropped).
    @discardableResult
    public func append(_ b: UInt8) -> Bool {
        guard count < capacity else { return false }
        base.storeBytes(of: b, toByteOffset: count, as: UInt8.self)
        count += 1
        return true
    }

    public func removeLast() {
        guard count > 0 else { return }
        count -= 1
        base.storeBytes(of: 0, toByteOffset: count, as: UInt8.self)
    }

    /// Drops trailing line ends (a passphrase file usually ends with one).
    public func trimLineEnd() {
        while count > 0, [10, 13].contains(base.load(fromByteOffset: count - 1, as: UInt8.self)) { removeLast() }
    }

    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    public func equals(_ other: SecretBuffer) -> Bool {
        count == other.count && memcmp(base, other.base, count) == 0
    }

    public func wipe() {
        danvan_wipe(base, capacity)
        count = 0
    }

    deinit {
        danvan_wipe(base, capacity)
        munlock(base, capacity)
        free(base)
    }
}

public enum ProcessGuard {
    /// Called once before any key is read: no core dump of this process will hold it.
    @discardableResult
    public static func keepSecretsOutOfCoreDumps() -> Bool { danvan_no_core_dumps() == 0 }
}
