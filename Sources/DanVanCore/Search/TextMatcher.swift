import Foundation

/// How well a text matches a query, best first. Search ignores case and diacritics, but a
/// match with the very diacritics typed ranks first, then one with the same tones placed the
/// other way (hoà / hòa), then the diacritic-free matches (at a word start before inside one).
public enum MatchRank: Int, Comparable, Sendable, CaseIterable {
    case exactDiacritics = 0, sameTones = 1, wordStart = 2, contains = 3
    public static func < (a: MatchRank, b: MatchRank) -> Bool { a.rawValue < b.rawValue }
}

/// A query prepared once and matched against many texts.
public struct TextQuery: Sendable {
    public let text: String
    /// Folded (no case, no diacritics, đ→d) bytes of the query, and its lower-cased NFC bytes.
    let folded: [UInt8]
    let lowered: [UInt8]
    /// " " + folded: finds a match at the start of a later word.
    let wordStart: [UInt8]
    /// The query's `ToneForm`, when it holds a tone (else no match can be "same tones").
    let toneForm: [UInt8]?

    public init(_ text: String) {
        let clean = VietText.clean(text)
        self.text = clean
        folded = VietText.foldBytes(clean)
        let low = VietText.lowerNFC(clean)
        lowered = Array(low.utf8)
        wordStart = [32] + folded
        let t = ToneForm.bytes(low)
        toneForm = ToneForm.hasTone(t) ? t : nil
    }

    public var isEmpty: Bool { folded.isEmpty }

    /// Ranks a text given its folded and lower-cased bytes; nil when it does not match.
    func rank(folded hay: UnsafeRawBufferPointer, lowered low: UnsafeRawBufferPointer) -> MatchRank? {
        guard let at = ByteSearch.findShort(folded, in: hay) else { return nil }
        return rank(matchAt: at, folded: hay, lowered: low)
    }

    /// The rank of a text already known to contain the query at `at`.
    func rank(matchAt at: Int, folded hay: UnsafeRawBufferPointer, lowered low: UnsafeRawBufferPointer) -> MatchRank {
        if ByteSearch.findShort(lowered, in: low) != nil { return .exactDiacritics }
        if let toneForm {
            let hay = ToneForm.bytes(String(decoding: low, as: UTF8.self))
            if hay.withUnsafeBytes({ ByteSearch.findShort(toneForm, in: $0) }) != nil { return .sameTones }
        }
        if at == 0 || hay[at - 1] == 32 || ByteSearch.findShort(wordStart, in: hay) != nil { return .wordStart }
        return .contains
    }

    public func rank(_ text: String) -> MatchRank? {
        let f = VietText.foldBytes(text), l = Array(VietText.lowerNFC(text).utf8)
        return f.withUnsafeBytes { fb in l.withUnsafeBytes { lb in rank(folded: fb, lowered: lb) } }
    }
}

/// Substring search over bytes: memchr (vectorized in libc) finds candidates for the first
/// byte, a short compare confirms them.
enum ByteSearch {
    /// For one short string (a name): a plain loop beats the cost of calling memchr.
    @inline(__always)
    static func findShort(_ needle: [UInt8], in hay: UnsafeRawBufferPointer) -> Int? {
        let n = needle.count, h = hay.count
        guard n > 0 else { return 0 }
        guard n <= h else { return nil }
        return needle.withUnsafeBufferPointer { nb -> Int? in
            let first = nb[0]
            for i in 0...(h - n) where hay[i] == first {
                var j = 1
                while j < n && hay[i + j] == nb[j] { j += 1 }
                if j == n { return i }
            }
            return nil
        }
    }

    /// For a whole packed buffer.
    static func find(_ needle: [UInt8], in hay: UnsafeRawBufferPointer, from start: Int = 0) -> Int? {
        let n = needle.count
        guard n > 0 else { return start }
        guard let base = hay.baseAddress, hay.count - start >= n else { return nil }
        return needle.withUnsafeBufferPointer { nb -> Int? in
            let first = Int32(nb[0])
            var i = start
            let last = hay.count - n
            while i <= last {
                guard let p = memchr(base + i, first, last - i + 1) else { return nil }
                let at = UnsafeRawPointer(p) - base
                if n == 1 || memcmp(base + at + 1, nb.baseAddress! + 1, n - 1) == 0 { return at }
                i = at + 1
            }
            return nil
        }
    }
}

/// Many short byte strings in one buffer, each followed by a newline (which no query
/// holds, so a match never spans two strings): cheap to build, fast to scan whole.
struct PackedStrings: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int32] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity * 24)
        starts.reserveCapacity(capacity + 1)
    }
    mutating func append(_ s: String, fold: Bool) {
        starts.append(Int32(bytes.count))
        if fold {
            VietText.appendFold(s, to: &bytes)
        } else {
            bytes.append(contentsOf: VietText.lowerKeepingNFC(s).utf8)
        }
        bytes.append(10)
    }
    var count: Int { starts.count }

    func range(_ i: Int) -> Range<Int> {
        Int(starts[i])..<(i + 1 < starts.count ? Int(starts[i + 1]) : bytes.count) - 1
    }

    /// The string holding byte offset `offset`.
    func index(containing offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if Int(starts[mid]) <= offset { lo = mid } else { hi = mid }
        }
        return lo
    }
}
