/// Why bytes could not be read as the expected JSON: the byte offset where reading stopped and
/// a reason naming what was wrong (the key, the value, the expected token).
public struct CodecError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Byte offset into the input where the problem was found.
    public var offset: Int
    public var reason: String
    /// Lets callers tell damage apart from a file they are simply too old to read.
    public var kind: Kind

    public enum Kind: Hashable, Sendable {
        /// Not valid JSON, or valid JSON that does not fit the schema.
        case malformed
        /// A document whose "format" names something else (or is missing).
        case wrongFormat(found: String)
        /// A document written by a newer danvan: `found` is above `supported`.
        case newerVersion(found: Int, supported: Int)
        /// Well-formed records that do not fit together (a reference to a missing org, a duplicate id…).
        case inconsistent
    }

    public init(offset: Int, reason: String, kind: Kind = .malformed) {
        self.offset = offset
        self.reason = reason
        self.kind = kind
    }

    public var description: String { "byte \(offset): \(reason)" }
}
