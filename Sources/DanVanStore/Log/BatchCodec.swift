import DanVanCore

/// A record's payload: the ops of one committed batch, each as its length (u32 LE) and its
/// bytes from `OpCodec`. The log layer below never looks inside.
enum BatchCodec {
    static func encode(_ ops: [Op]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(ops.count * 160)
        for op in ops {
            let b = StoreCodec.encode(op)
            out.appendLE(UInt32(b.count))
            out.append(contentsOf: b)
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
