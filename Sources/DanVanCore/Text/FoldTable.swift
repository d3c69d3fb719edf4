import Foundation

/// The search fold of every Latin letter with diacritics (Latin-1, Extended-A/B and
/// Extended Additional, where all precomposed Vietnamese letters live), worked out once
/// with Foundation and then looked up: folding 300k names must take milliseconds, not seconds.
struct FoldTable: Sendable {
    static let shared = FoldTable()

    private let low: [UInt8]   // U+0080–U+024F
    private let high: [UInt8]  // U+1E00–U+1EFF

    private init() {
        func build(_ range: ClosedRange<UInt32>) -> [UInt8] {
            range.map { v -> UInt8 in
                guard let scalar = Unicode.Scalar(v) else { return 0 }
                if v == 0x110 || v == 0x111 || v == 0xD0 || v == 0xF0 { return UInt8(ascii: "d") }
                let folded = String(scalar).decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars
                    .filter { $0.properties.generalCategory != .nonspacingMark && $0.properties.generalCategory != .spacingMark }
                guard folded.count == 1, let only = folded.first, only.value < 0x80 else { return 0 }
                return UInt8(only.value)
            }
        }
        low = build(0x80...0x24F)
        high = build(0x1E00...0x1EFF)
    }

    /// The ASCII letter `v` folds to, or nil when it is not a simple Latin letter.
    @inline(__always)
    func ascii(_ v: UInt32) -> UInt8? {
        let b: UInt8
        if v >= 0x80 && v <= 0x24F { b = low[Int(v - 0x80)] } else if v >= 0x1E00 && v <= 0x1EFF { b = high[Int(v - 0x1E00)] } else { return nil }
        return b == 0 ? nil : b
    }
}
