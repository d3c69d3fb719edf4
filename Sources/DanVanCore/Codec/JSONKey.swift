/// An object key as the reader found it: a view of the input bytes (no String is made), or the
/// decoded bytes when the key was written with escapes. Valid only while the reader's input is.
///
/// Match keys with `switch key { case "name": … }` or `key == "name"`.
public struct JSONKey {
    @usableFromInline let start: UnsafePointer<UInt8>
    @usableFromInline let count: Int
    /// Set only for keys that contained escapes.
    @usableFromInline let decoded: [UInt8]?

    @inlinable
    public func matches(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        if let decoded {
            return decoded.count == n && decoded.elementsEqual(UnsafeBufferPointer(start: s.utf8Start, count: n))
        }
        guard count == n else { return false }
        let p = s.utf8Start
        var i = 0
        while i < n {
            if start[i] != p[i] { return false }
            i += 1
        }
        return true
    }

    @inlinable public static func ~= (pattern: StaticString, key: JSONKey) -> Bool { key.matches(pattern) }
    @inlinable public static func == (key: JSONKey, s: StaticString) -> Bool { key.matches(s) }

    /// The key as bytes (allocates).
    public var bytes: [UInt8] { decoded ?? Array(UnsafeBufferPointer(start: start, count: count)) }
    /// The key as text, for messages and header keys that are not known in advance.
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
