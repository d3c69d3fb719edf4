import DanVanCore
import Foundation

/// The one place the store meets the op and snapshot encodings (DanVanCore's codec);
/// everything below it handles opaque bytes.
enum StoreCodec {
    static func encode(_ op: Op) -> [UInt8] { OpCodec.encode(op) }
    /// Appends the op's JSON to `out`, writing into it directly: the writer takes the buffer
    /// over (`out` gives it up, so it is not copied) and hands it back.
    static func encode(_ op: Op, appendingTo out: inout [UInt8]) {
        var w = JSONWriter(appendingTo: consume out)
        OpCodec.write(op, to: &w)
        out = w.finish()
    }

    static func decodeOp(_ buf: UnsafeRawBufferPointer) throws -> Op { try OpCodec.decode(buf) }

    /// The snapshot of `state`, handed to `emit` in pieces as it is made.
    static func encodeSnapshot(_ state: State, seq: UInt64, emit: ([UInt8]) throws -> Void) throws {
        try SnapshotCodec.encode(state, meta: SnapshotMeta(seq: seq, createdAt: Int64(Date().timeIntervalSince1970 * 1000)),
                                 emit: emit)
    }

    /// The state and the seq it covers, from the payload `range` of `bytes`.
    static func decodeSnapshot(_ bytes: [UInt8], _ range: Range<Int>) throws -> (State, UInt64) {
        do {
            let (state, meta) = try bytes.withUnsafeBytes { try SnapshotCodec.decode(UnsafeRawBufferPointer(rebasing: $0[range])) }
            return (state, meta.seq)
        } catch let e as CodecError {
            throw SnapshotDecodeError(offset: e.offset, reason: e.reason)
        } catch let e as OpError {
            throw SnapshotDecodeError(offset: 0, reason: e.message(.en))
        }
    }
}
