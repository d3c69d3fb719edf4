import Crypto
import Foundation

/// The random 256-bit key a folder's data is encrypted under (AES-256-GCM). It never leaves
/// memory unwrapped: on disk it is wrapped by the passphrase (see `KeyFile`), so a change of
/// passphrase rewraps 32 bytes and rewrites nothing else.
public final class DataKey: @unchecked Sendable {
    let key: SymmetricKey

    init(key: SymmetricKey) { self.key = key }

    public static func generate() -> DataKey { DataKey(key: SymmetricKey(size: .bits256)) }

    /// nonce (12) | ciphertext | tag (16), with `aad` authenticated alongside.
    func seal<P: DataProtocol>(_ plain: P, aad: [UInt8]) -> [UInt8] {
        // Only fails for a wrong key size or nonce, neither of which can happen here.
        let box = try! AES.GCM.seal(plain, using: key, nonce: AES.GCM.Nonce(), authenticating: aad)
        return Array(box.combined!)
    }

    func open<C: DataProtocol>(_ combined: C, aad: [UInt8]) throws -> [UInt8] {
        guard combined.count >= 28 else { throw SealError.undecryptable }
        do {
            return Array(try AES.GCM.open(AES.GCM.SealedBox(combined: combined), using: key, authenticating: aad))
        } catch { throw SealError.undecryptable }
    }

    // MARK: Log records

    /// How an encrypted record payload starts ("DVS1"). A plain payload starts with the first
    /// op's length, which can never be this large inside a record.
    public static let recordMagic: [UInt8] = Array("DVS1".utf8)
    public static let recordOverhead = 4 + 12 + 16

    public static func isSealedRecord(_ payload: UnsafeRawBufferPointer) -> Bool {
        payload.count >= recordOverhead && payload.prefix(4).elementsEqual(recordMagic)
    }

    /// Appends the sealed form of `payload` to `out`. `context` (the record's salt, sequence
    /// number and op count) is authenticated, so a record cannot be moved to another place.
    public func sealRecord(_ payload: UnsafeRawBufferPointer, context: [UInt8], into out: inout [UInt8]) {
        out.append(contentsOf: DataKey.recordMagic)
        out.append(contentsOf: seal(payload, aad: DataKey.recordMagic + context))
    }

    /// The plain payload of a sealed record; `SealError.undecryptable` when the key or the
    /// context is not the one it was sealed with.
    public func openRecord(_ payload: UnsafeRawBufferPointer, context: [UInt8]) throws -> [UInt8] {
        guard DataKey.isSealedRecord(payload) else { throw SealError.undecryptable }
        return try open(UnsafeRawBufferPointer(rebasing: payload[4...]), aad: DataKey.recordMagic + context)
    }

    // MARK: Snapshots

    /// How an encrypted snapshot body starts ("DVSS"); a plain one is JSON.
    public static let snapshotMagic: [UInt8] = Array("DVSS".utf8)
    static let chunkSize = 1 << 20

    public static func isSealedSnapshot(_ body: UnsafeRawBufferPointer) -> Bool {
        body.count >= 4 && body.prefix(4).elementsEqual(snapshotMagic)
    }

    /// Seals a snapshot as it is written: chunks of 1 MiB, each sealed with its index and
    /// whether it is the last, so chunks cannot be reordered, dropped or cut off.
    public func snapshotSealer(context: [UInt8]) -> SnapshotSealer { SnapshotSealer(key: self, context: context) }

    /// The plain body of a sealed snapshot. Throws `SealError.undecryptable` (with nothing
    /// decoded) when any chunk does not open. Chunks are opened on every core at once, each
    /// straight into its place in the result.
    public func openSnapshot(_ body: UnsafeRawBufferPointer, context: [UInt8]) throws -> [UInt8] {
        guard DataKey.isSealedSnapshot(body) else { throw SealError.undecryptable }
        // First the chunk boundaries (cheap), so a cut-off or padded body is refused up front.
        var chunks: [(range: Range<Int>, out: Int)] = []
        var at = 4, total = 0
        while true {
            guard body.count - at >= 4 else { throw SealError.undecryptable }
            let len = Int(body.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian)
            at += 4
            guard len >= 28, body.count - at >= len else { throw SealError.undecryptable }
            chunks.append((at..<(at + len), total))
            total += len - 28
            at += len
            if at == body.count { break }
        }
        var out = [UInt8](repeating: 0, count: total)
        let failed = Atomic(false)
        let n = chunks.count
        let keyRef = self
        let spans = chunks
        // The threads write disjoint ranges of `out` and only read `body`.
        struct Buffers: @unchecked Sendable { let body: UnsafeRawBufferPointer; let out: UnsafeMutableRawBufferPointer }
        out.withUnsafeMutableBytes { dst in
            let b = Buffers(body: body, out: dst)
            DispatchQueue.concurrentPerform(iterations: min(n, ProcessInfo.processInfo.activeProcessorCount)) { worker in
                var i = worker
                let workers = min(n, ProcessInfo.processInfo.activeProcessorCount)
                while i < n, !failed.value {
                    let c = spans[i]
                    let aad = SnapshotSealer.aad(context, index: UInt64(i), last: i == n - 1)
                    guard let box = try? AES.GCM.SealedBox(combined: UnsafeRawBufferPointer(rebasing: b.body[c.range])),
                          let plain = try? AES.GCM.open(box, using: keyRef.key, authenticating: aad) else {
                        failed.value = true
                        return
                    }
                    plain.withUnsafeBytes { src in
                        UnsafeMutableRawBufferPointer(rebasing: b.out[c.out..<(c.out + src.count)]).copyMemory(from: src)
                    }
                    i += workers
                }
            }
        }
        if failed.value { throw SealError.undecryptable }
        return out
    }
}

/// A flag several threads set (a chunk failed to open); a lock is plenty at this rate.
final class Atomic<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var v: T
    init(_ v: T) { self.v = v }
    var value: T {
        get { lock.withLock { v } }
        set { lock.withLock { v = newValue } }
    }
}

public struct SnapshotSealer {
    let key: DataKey
    let context: [UInt8]
    var buffer: [UInt8] = []
    var index: UInt64 = 0
    var started = false

    init(key: DataKey, context: [UInt8]) {
        self.key = key
        self.context = context
        buffer.reserveCapacity(DataKey.chunkSize)
    }

    static func aad(_ context: [UInt8], index: UInt64, last: Bool) -> [UInt8] {
        var a = DataKey.snapshotMagic + context
        a.appendLE(index)
        a.append(last ? 1 : 0)
        return a
    }

    /// Takes plain bytes; hands sealed bytes to `emit` whenever a chunk is full.
    public mutating func add(_ piece: [UInt8], emit: ([UInt8]) throws -> Void) throws {
        var rest = piece[...]
        while !rest.isEmpty {
            // A full chunk is sealed only once more bytes come, so the last one is known as last.
            if buffer.count == DataKey.chunkSize { try flush(last: false, emit: emit) }
            let n = min(DataKey.chunkSize - buffer.count, rest.count)
            buffer.append(contentsOf: rest.prefix(n))
            rest = rest.dropFirst(n)
        }
    }

    /// Seals what is left as the last chunk.
    public mutating func finish(emit: ([UInt8]) throws -> Void) throws { try flush(last: true, emit: emit) }

    mutating func flush(last: Bool, emit: ([UInt8]) throws -> Void) throws {
        var out: [UInt8] = started ? [] : DataKey.snapshotMagic
        started = true
        let sealed = key.seal(buffer, aad: SnapshotSealer.aad(context, index: index, last: last))
        out.appendLE(UInt32(sealed.count))
        out.append(contentsOf: sealed)
        buffer.removeAll(keepingCapacity: true)
        index += 1
        try emit(out)
    }
}
