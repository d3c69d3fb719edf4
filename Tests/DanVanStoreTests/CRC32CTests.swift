import Testing
@testable import DanVanStore

struct CRC32CTests {
    /// Bit-at-a-time reference.
    static func reference(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = (c & 1) != 0 ? (c >> 1) ^ 0x82F6_3B78 : c >> 1 }
        }
        return ~c
    }

    @Test func standardCheckValue() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([]) == 0)
        // RFC 3720 B.4: 32 bytes of zeros.
        #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
    }

    @Test func matchesReferenceAtEveryLengthAndSplit() {
        var rng = SeededRNG(seed: 7)
        let data = (0..<300).map { _ in UInt8.random(in: 0...255, using: &rng) }
        for n in 0...data.count {
            let bytes = Array(data[0..<n])
            let whole = CRC32C.checksum(bytes)
            #expect(whole == Self.reference(bytes))
            let cut = n / 3
            #expect(CRC32C.update(CRC32C.checksum(Array(bytes[0..<cut])), Array(bytes[cut...])) == whole)
        }
    }

    /// The CPU-instruction path and the tables agree at every length and alignment.
    @Test func instructionMatchesTables() {
        var rng = SeededRNG(seed: 11)
        let data = (0..<600).map { _ in UInt8.random(in: 0...255, using: &rng) }
        data.withUnsafeBytes { buf in
            for start in 0..<9 {
                for n in stride(from: 0, through: data.count - start, by: 7) {
                    let slice = UnsafeRawBufferPointer(rebasing: buf[start..<(start + n)])
                    #expect(CRC32C.update(0x1234_5678, slice) == CRC32C.softwareUpdate(0x1234_5678, slice))
                }
            }
        }
    }
}
