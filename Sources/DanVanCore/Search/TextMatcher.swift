/// How well a text matches a query, best first. Search ignores case and diacritics, but a
/// match with the very diacritics typed ranks above one that merely folds the same.
public enum MatchRank: Int, Comparable, Sendable, CaseIterable {
    case exactDiacritics = 0, wordStart = 1, contains = 2
    public static func < (a: MatchRank, b: MatchRank) -> Bool { a.rawValue < b.rawValue }
}

/// A query prepared once and matched against many texts.
public struct TextQuery: Sendable {
    public let text: String
    /// Folded (no case, no diacritics, đ→d) and lower-cased NFC bytes of the query.
    let folded: [UInt8]
    let lowered: [UInt8]

    public init(_ text: String) {
        let clean = VietText.clean(text)
        self.text = clean
        folded = VietText.foldBytes(clean)
        lowered = Array(VietText.lowerNFC(clean).utf8)
    }

    public var isEmpty: Bool { folded.isEmpty }

    /// Ranks a text from its folded and lowered bytes; nil when it does not match.
    public func rank(folded hay: UnsafeBufferPointer<UInt8>, lowered low: UnsafeBufferPointer<UInt8>) -> MatchRank? {
        guard let at = TextQuery.find(folded, in: hay) else { return nil }
        if TextQuery.find(lowered, in: low) != nil { return .exactDiacritics }
        return at == 0 || hay[at - 1] == 32 ? .wordStart : .contains
    }

    public func rank(_ text: String) -> MatchRank? {
        let f = VietText.foldBytes(text), l = Array(VietText.lowerNFC(text).utf8)
        return f.withUnsafeBufferPointer { fb in l.withUnsafeBufferPointer { lb in rank(folded: fb, lowered: lb) } }
    }

    /// Byte-substring search; needles are short, so a first-byte scan beats cleverer ones.
    static func find(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = needle.count, h = hay.count
        guard n > 0 else { return 0 }
        guard n <= h else { return nil }
        return needle.withUnsafeBufferPointer { nb -> Int? in
            let first = nb[0]
            var i = 0
            let last = h - n
            while i <= last {
                if hay[i] == first {
                    var j = 1
                    while j < n && hay[i + j] == nb[j] { j += 1 }
                    if j == n { return i }
                }
                i += 1
            }
            return nil
        }
    }
}

/// Many short byte strings in one buffer: cheap to build, cache-friendly to scan.
struct PackedStrings: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int32] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity * 24)
        ends.reserveCapacity(capacity)
    }
    mutating func append<C: Collection>(_ s: C) where C.Element == UInt8 {
        bytes.append(contentsOf: s)
        ends.append(Int32(bytes.count))
    }
    var count: Int { ends.count }

    /// Calls `body` with the bytes of string `i`.
    func with<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = i == 0 ? 0 : Int(ends[i - 1]), end = Int(ends[i])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }
}
