import DanVanCore
import DanVanSeal

/// The one seam where encryption meets the store: a record's payload and a snapshot's body
/// are sealed on the way out and opened on the way in; the framing around them (lengths,
/// sequence numbers, CRCs over the bytes as stored, i.e. the ciphertext) never changes.
/// A payload says itself whether it is sealed (see `DataKey.recordMagic`), so a folder
/// half-way through `passphrase set` or `remove` still reads.
enum PayloadSeal {
    /// What a record's seal is bound to, so it cannot be moved to another place in the log.
    static func context(seq: UInt64, count: UInt32) -> [UInt8] {
        var c: [UInt8] = []
        c.appendLE(seq)
        c.appendLE(count)
        return c
    }

    /// `record` is header room followed by the plain payload; returns header room followed
    /// by the sealed payload.
    static func seal(_ record: [UInt8], key: DataKey, seq: UInt64, count: UInt32) -> [UInt8] {
        let room = LogFormat.recordHeaderSize
        var out = [UInt8](repeating: 0, count: room)
        out.reserveCapacity(record.count + DataKey.recordOverhead)
        record.withUnsafeBytes { key.sealRecord(UnsafeRawBufferPointer(rebasing: $0[room...]), context: context(seq: seq, count: count), into: &out) }
        return out
    }

    /// The ops of a record, opening it first when sealed. `plain` is set when a plain
    /// payload is read with a key (a folder not yet wholly encrypted).
    static func decodeBatch(_ bytes: [UInt8], _ rec: LogRecord, key: DataKey?, file: String, plain: inout Bool) throws -> [Op] {
        try bytes.withUnsafeBytes { all in
            let payload = UnsafeRawBufferPointer(rebasing: all[rec.payload])
            if DataKey.isSealedRecord(payload) {
                guard let key else { throw StoreError.encrypted }
                let opened: [UInt8]
                do { opened = try key.openRecord(payload, context: context(seq: rec.seq, count: rec.count)) } catch {
                    throw StoreError.damaged(file: file, offset: rec.offset, reason: .undecodable("the record does not decrypt with this folder's key (altered, or moved from elsewhere)"))
                }
                return try opened.withUnsafeBytes { try decode($0, rec, file: file) }
            }
            if key != nil { plain = true }
            return try decode(payload, rec, file: file)
        }
    }

    static func decode(_ payload: UnsafeRawBufferPointer, _ rec: LogRecord, file: String) throws -> [Op] {
        do { return try BatchCodec.decode(payload, count: rec.count) } catch {
            throw StoreError.damaged(file: file, offset: rec.offset, reason: .undecodable("op at payload byte \(error.offset): \(error.reason)"))
        }
    }

    static func isPlainRecord(_ bytes: [UInt8], _ rec: LogRecord) -> Bool {
        bytes.withUnsafeBytes { !DataKey.isSealedRecord(UnsafeRawBufferPointer(rebasing: $0[rec.payload])) }
    }

    /// Seals a snapshot body as it is written, bound to the snapshot's file name.
    static func snapshotSealer(_ key: DataKey?, name: String) -> SnapshotSealer? {
        key?.snapshotSealer(context: Array(name.utf8))
    }

    /// The snapshot body in `range` of `bytes`, opened when sealed: the bytes to decode and
    /// their range, and whether it was plain although a key was given.
    static func openSnapshot(_ bytes: [UInt8], _ range: Range<Int>, key: DataKey?, name: String) throws -> ([UInt8], Range<Int>, plain: Bool) {
        let sealed = bytes.withUnsafeBytes { DataKey.isSealedSnapshot(UnsafeRawBufferPointer(rebasing: $0[range])) }
        guard sealed else { return (bytes, range, key != nil) }
        guard let key else { throw StoreError.encrypted }
        do {
            let body = try bytes.withUnsafeBytes { try key.openSnapshot(UnsafeRawBufferPointer(rebasing: $0[range]), context: Array(name.utf8)) }
            return (body, 0..<body.count, false)
        } catch {
            throw StoreError.damaged(file: name, offset: range.lowerBound, reason: .undecodable("the snapshot does not decrypt with this folder's key (altered, or moved from elsewhere)"))
        }
    }
}
