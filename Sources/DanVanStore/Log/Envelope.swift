/// The wrapper around every whole-file artefact (snapshot, manifest): it names the format,
/// its version, the payload length and checksums, so that a damaged file is told apart from
/// one written by a newer version.
///
///     "DANVANEV" | name length u32 | name (ASCII) | version u32 | payload length u64
///     | payload CRC32C u32 | header CRC32C u32 (over everything before it) | payload
enum Envelope {
    static let magic: [UInt8] = Array("DANVANEV".utf8)

    static func header(format: String, version: UInt32, payload: [UInt8]) -> [UInt8] {
        header(format: format, version: version, length: payload.count, checksum: CRC32C.checksum(payload))
    }

    /// The header for a payload of `length` bytes whose CRC32C is `checksum`.
    static func header(format: String, version: UInt32, length: Int, checksum: UInt32) -> [UInt8] {
        var h = magic
        let name = Array(format.utf8)
        h.appendLE(UInt32(name.count))
        h.append(contentsOf: name)
        h.appendLE(version)
        h.appendLE(UInt64(length))
        h.appendLE(checksum)
        h.appendLE(CRC32C.checksum(h))
        return h
    }

    static func headerSize(format: String) -> Int { 8 + 4 + format.utf8.count + 4 + 8 + 4 + 4 }

    static func wrap(format: String, version: UInt32, payload: [UInt8]) -> [UInt8] {
        header(format: format, version: version, payload: payload) + payload
    }

    /// The payload's range in `bytes`, after checking everything; throws `StoreError.damaged`
    /// or `.newerVersion`. `file` names the file in messages.
    static func open(_ bytes: [UInt8], format: String, supported: UInt32, file: String) throws -> Range<Int> {
        try openVersioned(bytes, format: format, supported: supported, file: file).range
    }

    /// `open`, also giving the version the file was written in.
    static func openVersioned(_ bytes: [UInt8], format: String, supported: UInt32, file: String) throws -> (range: Range<Int>, version: UInt32) {
        func damaged(_ offset: Int, _ d: Damage) -> StoreError { .damaged(file: file, offset: offset, reason: d) }
        guard bytes.count >= 12 else { throw damaged(0, .truncatedFile(expected: 12, found: UInt64(bytes.count))) }
        guard Array(bytes[0..<8]) == magic else { throw damaged(0, .wrongFormat("no DANVANEV mark")) }
        let nameLen = Int(bytes.u32(at: 8))
        guard nameLen <= 64 else { throw damaged(8, .badHeader("format name length \(nameLen)")) }
        let headerLen = 12 + nameLen + 4 + 8 + 4 + 4
        guard bytes.count >= headerLen else {
            throw damaged(0, .truncatedFile(expected: UInt64(headerLen), found: UInt64(bytes.count)))
        }
        let crcAt = headerLen - 4
        guard bytes.u32(at: crcAt) == bytes.withUnsafeBytes({ CRC32C.update(0, UnsafeRawBufferPointer(rebasing: $0[0..<crcAt])) }) else {
            throw damaged(crcAt, .badHeader("header checksum mismatch"))
        }
        let name = String(decoding: bytes[12..<(12 + nameLen)], as: UTF8.self)
        guard name == format else { throw damaged(12, .wrongFormat("holds \(name), expected \(format)")) }
        let version = bytes.u32(at: 12 + nameLen)
        guard version >= 1 else { throw damaged(12 + nameLen, .badHeader("version 0")) }
        guard version <= supported else { throw StoreError.newerVersion(file: file, found: version, supported: supported) }
        let length = bytes.u64(at: 16 + nameLen)
        let have = UInt64(bytes.count - headerLen)
        guard length == have else {
            throw damaged(bytes.count, .truncatedFile(expected: UInt64(headerLen) + length, found: UInt64(bytes.count)))
        }
        let crc = bytes.u32(at: 24 + nameLen)
        let range = headerLen..<bytes.count
        guard crc == bytes.withUnsafeBytes({ CRC32C.update(0, UnsafeRawBufferPointer(rebasing: $0[range])) }) else {
            throw damaged(headerLen, .badChecksum)
        }
        return (range, version)
    }
}
