import DanVanCore

/// Malformed CSV input, with the 1-based line and column (in characters) where it shows.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let vi: String
    public let en: String

    public init(line: Int, column: Int, vi: String, en: String) {
        self.line = line
        self.column = column
        self.vi = vi
        self.en = en
    }

    public func message(_ lang: Lang) -> String {
        lang == .vi ? "Dòng \(line), cột \(column): \(vi)" : "Line \(line), column \(column): \(en)"
    }
    public var description: String { message(.en) }
}
