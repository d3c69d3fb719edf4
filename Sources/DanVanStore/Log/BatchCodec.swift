import DanVanCore

/// A record's payload: the ops of one committed batch, each as its length (u32 LE) and its
/// bytes from `OpCodec`. The log layer below never looks inside.
enum BatchCodec {
    static func encode(_ ops: [Op]) -> [UInt8] { encode(ops, headerRoom: 0) }

    /// The payload after `headerRoom` zero bytes: room for the log record's header, which
    /// `LogFormat.seal` fills in.
    static func encode(_ ops: [Op], headerRoom: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: headerRoom)
        out.reserveCapacity(headerRoom + ops.count * 200 + LogFormat.trailerSize)
        for i in ops.indices {
            let at = out.count
            out.appendLE(UInt32(0))
            StoreCodec.encode(ops[i], appendingTo: &out)
            let len = UInt32(out.count - at - 4)
            out.withUnsafeMutableBytes { $0.storeBytes(of: len.littleEndian, toByteOffset: at, as: UInt32.self) }
        }
        return out
    }

    /// The ops of a payload; throws a reason (with the offset inside the payload) when the
    /// bytes are not `count` well-formed ops.
    static func decode(_ buf: UnsafeRawBufferPointer, count: UInt32) throws(BatchDecodeError) -> [Op] {
        var ops: [Op] = []
        ops.reserveCapacity(Int(count))
        var off = 0
        for _ in 0..<count {
            guard buf.count - off >= 4 else { throw BatchDecodeError(offset: off, reason: "op length missing") }
            let len = Int(buf.u32(at: off))
            guard buf.count - off - 4 >= len else { throw BatchDecodeError(offset: off, reason: "op runs past the record") }
            do {
                ops.append(try StoreCodec.decodeOp(UnsafeRawBufferPointer(rebasing: buf[(off + 4)..<(off + 4 + len)])))
            } catch {
                throw BatchDecodeError(offset: off + 4, reason: "\(error)")
            }
            off += 4 + len
        }
        guard off == buf.count else { throw BatchDecodeError(offset: off, reason: "extra bytes after the ops") }
        return ops
    }
}

struct BatchDecodeError: Error {
    var offset: Int
    var reason: String
}
