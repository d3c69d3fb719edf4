import Foundation

/// A Vietnamese full name split the way lists sort it: given name, middle, family name.
///
/// The full name is kept exactly as typed; the parts are derived from it. The given name is
/// the last word unless the member's given name says otherwise, and then it may be any run of
/// words of the full name (Ê Đê "Y Moan Êban": given "Moan"). The family name is the first
/// word, the first two when they are a known compound family name (`compoundFamilyNames`),
/// or the member's family name when set (any run of words, "H'Hen Niê": family "Niê").
/// Every other word is the middle name, in order.
public struct NameParts: Equatable, Sendable {
    public var family: String
    public var middle: String
    public var given: String

    /// Compound family names recognised at the start of a name. Kept short on purpose: each
    /// is a lineage name that is never a family name plus a middle name (Tôn Nữ, Tôn Thất:
    /// Nguyễn Phước royal lineages; Hoàng Phủ, Âu Dương, Công Tôn, Gia Cát, Tư Mã: two-syllable
    /// Sino-Vietnamese surnames). Anything else is set per member with its family name.
    public static let compoundFamilyNames: [String] = [
        "Âu Dương", "Công Tôn", "Gia Cát", "Hoàng Phủ", "Nguyễn Phúc", "Nguyễn Phước", "Tôn Nữ", "Tôn Thất", "Tư Mã",
    ]
    /// First word → second words, as written, in lower case and in upper case (names are
    /// stored NFC, so exact lookups suffice; 300k names are split when a list opens).
    private static let compounds: [Substring: Set<Substring>] = {
        var d: [Substring: Set<Substring>] = [:]
        for name in compoundFamilyNames {
            for form in [name, name.lowercased(), name.uppercased()] {
                let w = VietText.nfc(form).split(separator: " ")
                d[w[0], default: []].insert(w[1])
            }
        }
        return d
    }()

    static func isCompound(_ first: Substring, _ second: Substring) -> Bool {
        if let seconds = compounds[first] { return seconds.contains(second) }
        return false
    }

    public init(fullName: String, givenOverride: String? = nil, familyOverride: String? = nil) {
        if givenOverride == nil && familyOverride == nil {
            // The common case, on the hot path of sorting: no search for chosen words.
            let words = fullName.split(separator: " ")
            given = words.last.map(String.init) ?? ""
            let familyCount = words.count >= 3 && NameParts.isCompound(words[0], words[1]) ? 2 : (words.count >= 2 ? 1 : 0)
            family = words.prefix(familyCount).joined(separator: " ")
            middle = words.count > familyCount + 1 ? words[familyCount..<(words.count - 1)].joined(separator: " ") : ""
            return
        }
        let words = fullName.split(separator: " ").map(String.init)
        var used = [Bool](repeating: false, count: words.count)
        func take(_ r: Range<Int>) -> String {
            for i in r { used[i] = true }
            return words[r].joined(separator: " ")
        }
        // Given name: the chosen run of words (its last occurrence), else the last word.
        var givenRange: Range<Int>? = nil
        if let g = givenOverride, let r = NameParts.find(g, in: words, avoiding: used, fromEnd: true), r.count < words.count {
            givenRange = r
        } else if !words.isEmpty {
            givenRange = (words.count - 1)..<words.count
        }
        given = givenRange.map(take) ?? ""
        // Family name: the chosen run, a known compound at the start, else the first word left.
        var familyRange: Range<Int>? = nil
        if let f = familyOverride, let r = NameParts.find(f, in: words, avoiding: used, fromEnd: false) {
            familyRange = r
        } else if words.count >= 3, !used[0], !used[1], NameParts.isCompound(Substring(words[0]), Substring(words[1])) {
            familyRange = 0..<2
        } else if let first = used.firstIndex(of: false) {
            familyRange = first..<(first + 1)
        }
        family = familyRange.map(take) ?? ""
        middle = words.indices.filter { !used[$0] }.map { words[$0] }.joined(separator: " ")
    }

    /// Where `part` stands in `words` as a whole run of words not yet used; nil when it does not.
    static func find(_ part: String, in words: [String], avoiding used: [Bool], fromEnd: Bool) -> Range<Int>? {
        let p = part.split(separator: " ").map(String.init)
        guard !p.isEmpty, p.count <= words.count else { return nil }
        let starts = Array(0...(words.count - p.count))
        for s in fromEnd ? starts.reversed() : starts {
            let r = s..<(s + p.count)
            if r.allSatisfy({ !used[$0] }) && Array(words[r]) == p { return r }
        }
        return nil
    }

    /// True when `part` is a run of whole words of `fullName`.
    public static func isWords(_ part: String, of fullName: String) -> Bool {
        let words = fullName.split(separator: " ").map(String.init)
        return find(part, in: words, avoiding: [Bool](repeating: false, count: words.count), fromEnd: true) != nil
    }
}

/// The one name order of the application (member list, exports, reports, roll call): keys
/// built once per distinct name part and reused, since names share a small vocabulary.
public struct NameSortKeys: Sendable {
    private var parts: [String: VietCollation.PartKey] = [:]
    public init() {}

    public mutating func part(_ s: String) -> VietCollation.PartKey {
        if let k = parts[s] { return k }
        let k = VietCollation.partKey(s)
        parts[s] = k
        return k
    }

    /// The same bytes as `VietCollation.nameKey(parts)`.
    public mutating func key(_ name: NameParts) -> [UInt8] {
        VietCollation.nameKey(part(name.given), part(name.middle), part(name.family))
    }

    public mutating func key(_ m: Member) -> [UInt8] { key(m.nameParts) }

    /// Sorts by name key; identical names by `tie`.
    public mutating func sort<T>(_ items: [T], member: (T) -> Member, tie: (T, T) -> Bool) -> [T] {
        var keyed = items.map { (key(member($0)), $0) }
        keyed.sort { a, b in
            let c = NameSortKeys.compare(a.0, b.0)
            return c == 0 ? tie(a.1, b.1) : c < 0
        }
        return keyed.map(\.1)
    }

    /// Byte-wise comparison of two keys (then length): -1, 0 or 1.
    @inline(__always)
    public static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                let n = min(pa.count, pb.count)
                if n > 0 {
                    let c = memcmp(pa.baseAddress!, pb.baseAddress!, n)
                    if c != 0 { return c < 0 ? -1 : 1 }
                }
                return pa.count == pb.count ? 0 : (pa.count < pb.count ? -1 : 1)
            }
        }
    }
}
