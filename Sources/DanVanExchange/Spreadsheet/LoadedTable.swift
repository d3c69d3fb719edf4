import DanVanCore
import Foundation

/// What a roster file holds once its container and text encoding are dealt with.
public struct LoadedTable: Sendable {
    public enum Content: Sendable {
        /// UTF-8 bytes (CSV/TSV), ready for `CSVReader.parse`.
        case delimitedText([UInt8])
        /// .xlsx: every row of the chosen sheet, `line` = Excel row number, cells as text.
        case grid([CSVReader.Record])
    }
    public var content: Content
    /// What was inferred (encoding, sheet, date system), for the import summary and --dry-run.
    public var notes: [LoadNote]
    /// A workbook's visible sheets in tab order, and the one read (empty and nil for text).
    public var sheets: [String] = []
    public var sheet: String?

    public init(content: Content, notes: [LoadNote], sheets: [String] = [], sheet: String? = nil) {
        self.content = content
        self.notes = notes
        self.sheets = sheets
        self.sheet = sheet
    }
}

/// One thing the loader inferred, in both languages.
public struct LoadNote: Sendable, Hashable {
    public var vi: String
    public var en: String
    public init(vi: String, en: String) { self.vi = vi; self.en = en }
    public func message(_ lang: Lang) -> String { lang == .vi ? vi : en }
}

/// A roster file that cannot be read as it is. The message names the file, and the line,
/// sheet or cell where that helps, and says what to do.
public struct TableFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var vi: String
    public var en: String
    /// Text typed in a legacy font that reading with this encoding converts exactly: the
    /// message names `--encoding`; the import screen offers a key instead and shows `fact`
    /// (the message without that advice).
    public var convertible: ForcedEncoding?
    public var fact: (vi: String, en: String)?
    public init(vi: String, en: String, convertible: ForcedEncoding? = nil, fact: (vi: String, en: String)? = nil) {
        self.vi = vi
        self.en = en
        self.convertible = convertible
        self.fact = fact
    }
    public static func == (a: TableFileError, b: TableFileError) -> Bool {
        a.vi == b.vi && a.en == b.en && a.convertible == b.convertible
    }
    public func hash(into h: inout Hasher) { h.combine(vi); h.combine(en) }
    public func message(_ lang: Lang) -> String { lang == .vi ? vi : en }
    public var description: String { en }
}

/// The text encoding a user names with `--encoding`.
public enum ForcedEncoding: String, Sendable, CaseIterable {
    case auto, utf8, windows1258 = "windows-1258", utf16, tcvn3, vni

    /// Accepts the names above and a few common spellings ("cp1258", "utf-8", "abc").
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "auto": self = .auto
        case "utf8", "utf-8": self = .utf8
        case "windows-1258", "cp1258", "windows1258", "1258": self = .windows1258
        case "utf16", "utf-16", "unicode": self = .utf16
        case "tcvn3", "abc", "vntime", "tcvn": self = .tcvn3
        case "vni", "vni-windows": self = .vni
        default: return nil
        }
    }
}
