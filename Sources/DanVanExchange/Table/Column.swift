import DanVanCore

/// One column of an import/export table: a stable key (the English header), the Vietnamese
/// header, and the other spellings people put in their spreadsheets (folded).
public struct Column: Hashable, Sendable {
    public let key: String
    public let vi: String
    public let aliases: [String]

    public init(_ key: String, _ vi: String, _ aliases: [String] = []) {
        self.key = key
        self.vi = vi
        self.aliases = aliases
    }

    public func header(_ lang: Lang) -> String { lang == .vi ? vi : key }

    /// The folded forms this column answers to.
    var spellings: [String] {
        [Column.foldHeader(key), Column.foldHeader(vi)] + aliases.map(Column.foldHeader)
    }

    /// Header text as compared: no case, no diacritics, `_`/`-`/`.` as spaces, single spaces,
    /// surrounding punctuation such as "(*)" dropped.
    static func foldHeader(_ s: String) -> String {
        var f = VietText.fold(VietText.clean(s))
        f = String(f.map { $0 == "_" || $0 == "-" || $0 == "." || $0 == ":" || $0 == "," ? " " : $0 })
        f = f.replacingOccurrences(of: "(*)", with: "").replacingOccurrences(of: "*", with: "")
        return f.split(separator: " ").joined(separator: " ")
    }
}

/// The header line of a file mapped onto known columns.
struct HeaderMap {
    /// Column key → index in the row.
    var index: [String: Int] = [:]
    /// Column key → the header as written in the file (for messages).
    var written: [String: String] = [:]
    /// Headers that match no column, with their 1-based position.
    var unknown: [(Int, String)] = []
    /// Columns named twice.
    var duplicates: [(Int, String)] = []

    init(header: [String], columns: [Column]) {
        var lookup: [String: Column] = [:]
        for c in columns { for s in c.spellings where lookup[s] == nil { lookup[s] = c } }
        for (i, h) in header.enumerated() {
            let f = Column.foldHeader(h)
            if f.isEmpty { continue }
            guard let c = lookup[f] else {
                unknown.append((i + 1, VietText.clean(h)))
                continue
            }
            if index[c.key] != nil { duplicates.append((i + 1, VietText.clean(h))); continue }
            index[c.key] = i
            written[c.key] = VietText.clean(h)
        }
    }

    func has(_ c: Column) -> Bool { index[c.key] != nil }

    /// Where `c` sits in the rows (nil: not in the file), looked up once before a loop over
    /// many rows; `cell(at:_:)` then reads it without a lookup by name per row.
    func position(_ c: Column) -> Int? { index[c.key] }

    static func cell(at position: Int?, _ row: [String]) -> String? {
        guard let i = position else { return nil }
        return i < row.count ? row[i] : ""
    }

    /// The field of `c` in `row`, or nil when the file has no such column. Short rows read as empty.
    func value(_ c: Column, _ row: [String]) -> String? {
        guard let i = index[c.key] else { return nil }
        return i < row.count ? row[i] : ""
    }
}
