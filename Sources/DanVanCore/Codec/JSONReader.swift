import Foundation

/// A strict pull parser over UTF-8 JSON bytes (RFC 8259): invalid UTF-8, raw control
/// characters in strings, lone surrogates, leading zeros, trailing commas and trailing garbage
/// are all errors, each a `CodecError` carrying the byte offset.
///
/// The reader points into its input without copying it, so it lives only inside
/// `JSONReader.read(_:_:)` (or while the buffer given to `init(unsafeBytes:)` stays valid).
///
/// ```
/// let org = try JSONReader.read(bytes) { r in try Org(json: &r) }
/// ```
/// Objects: `try r.beginObject(); while let key = try r.nextKey() { switch key { case "id": … default: try r.skipValue() } }`.
/// Arrays: `try r.beginArray(); while try r.nextElement() { … }`.
///
/// Strings come back in NFC: text that might not be NFC (combining marks and other
/// characters outside Vietnamese, Latin, punctuation and emoji) goes through the normalizer.
public struct JSONReader {
    @usableFromInline let base: UnsafePointer<UInt8>
    @usableFromInline let end: Int
    /// Byte offset of the next unread byte.
    public internal(set) var offset: Int = 0
    /// Containers open right now.
    public internal(set) var depth: Int = 0
    public let maxDepth: Int
    /// True right after a container opened: the next element needs no comma.
    @usableFromInline var first = false
    /// Set by document readers so repeated long texts share storage.
    var stringCache: StringCache?
    /// The keys of the open objects, to refuse a key given twice (nil only for the reader
    /// that confirms a suspected duplicate).
    var keys: KeyLog?

    nonisolated(unsafe) static let emptyBase = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

    /// A reader over `bytes`, which must stay valid (and unchanged) while the reader is used.
    public init(unsafeBytes bytes: UnsafeRawBufferPointer, maxDepth: Int = 64) {
        self.init(unsafeBytes: bytes, maxDepth: maxDepth, checkingKeys: true)
    }

    init(unsafeBytes bytes: UnsafeRawBufferPointer, maxDepth: Int, checkingKeys: Bool) {
        keys = checkingKeys ? KeyLog(maxDepth: maxDepth) : nil
        if let b = bytes.baseAddress, bytes.count > 0 {
            base = b.assumingMemoryBound(to: UInt8.self)
        } else {
            base = UnsafePointer(JSONReader.emptyBase)
        }
        end = bytes.count
        self.maxDepth = maxDepth
    }

    /// Reads one JSON text with `body`, then checks that only white space follows.
    public static func read<T>(_ bytes: [UInt8], maxDepth: Int = 64, _ body: (inout JSONReader) throws -> T) throws -> T {
        try bytes.withUnsafeBytes { try read($0, maxDepth: maxDepth, body) }
    }

    public static func read<T>(_ bytes: UnsafeRawBufferPointer, maxDepth: Int = 64,
                               _ body: (inout JSONReader) throws -> T) throws -> T {
        var r = JSONReader(unsafeBytes: bytes, maxDepth: maxDepth)
        let v = try body(&r)
        try r.expectEnd()
        return v
    }

    /// An error at the current offset.
    public func error(_ reason: String) -> CodecError { CodecError(offset: offset, reason: reason) }
    @usableFromInline func fail(_ reason: String, at o: Int) -> CodecError { CodecError(offset: o, reason: reason) }

    /// Total input length in bytes.
    public var count: Int { end }

    // MARK: White space and peeking

    @inline(__always) @usableFromInline mutating func skipWhitespace() {
        while offset < end {
            let b = base[offset]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { offset += 1 } else { return }
        }
    }

    /// The first byte of the next value (after white space) without consuming it; nil at the end.
    public mutating func peek() -> UInt8? {
        skipWhitespace()
        return offset < end ? base[offset] : nil
    }

    /// Fails unless only white space is left.
    public mutating func expectEnd() throws {
        skipWhitespace()
        if offset < end { throw error("unexpected bytes after the end of the JSON value") }
    }

    func describe(_ b: UInt8) -> String {
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x" + String(b, radix: 16, uppercase: true)
    }

    @usableFromInline func unexpected(_ expected: String) -> CodecError {
        if offset >= end { return error("unexpected end of input, expected \(expected)") }
        return error("expected \(expected), found \(describe(base[offset]))")
    }

    // MARK: Containers

    public mutating func beginObject() throws {
        skipWhitespace()
        guard offset < end, base[offset] == UInt8(ascii: "{") else { throw unexpected("an object") }
        let open = offset
        try enter()
        keys?.open(depth: depth, at: open)
    }

    public mutating func beginArray() throws {
        skipWhitespace()
        guard offset < end, base[offset] == UInt8(ascii: "[") else { throw unexpected("an array") }
        try enter()
    }

    @inline(__always) mutating func enter() throws {
        if depth >= maxDepth { throw error("nesting deeper than \(maxDepth) levels") }
        depth += 1
        offset += 1
        first = true
    }

    /// The next key of the current object (the reader then stands before its value), or nil
    /// when the object ends (its `}` is consumed).
    public mutating func nextKey() throws -> JSONKey? {
        skipWhitespace()
        guard offset < end else { throw unexpected("a key or '}'") }
        var c = base[offset]
        if c == UInt8(ascii: "}") {
            offset += 1
            keys?.close(depth: depth)
            depth -= 1
            first = false
            return nil
        }
        if first {
            first = false
        } else {
            guard c == UInt8(ascii: ",") else { throw unexpected("',' or '}'") }
            offset += 1
            skipWhitespace()
            guard offset < end else { throw unexpected("a key") }
            c = base[offset]
        }
        guard c == UInt8(ascii: "\"") else { throw unexpected("a key") }
        let keyStart = offset
        // Keys are short ASCII names: find the closing quote directly, eight bytes at a time.
        var i = offset + 1
        while i + 8 <= end {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let lo: UInt64 = 0x0101_0101_0101_0101, hi: UInt64 = 0x8080_8080_8080_8080
            let quote = x ^ (lo &* 0x22), slash = x ^ (lo &* 0x5C)
            let q = (quote &- lo) & ~quote & hi
            let bad = (((slash &- lo) & ~slash) | ((x &- lo &* 0x20) & ~x) | x) & hi
            if q != 0 {
                // The lowest flagged byte is exact: the first quote, and anything odd before it.
                let qbit = q & (0 &- q)
                if bad & (qbit &- 1) == 0 { i += qbit.trailingZeroBitCount >> 3 }
                break
            }
            if bad != 0 { break }
            i += 8
        }
        while i < end {
            let b = base[i]
            if b == 0x22 || b == 0x5C || b < 0x20 || b >= 0x80 { break }
            i += 1
        }
        let key: JSONKey
        if i < end, base[i] == 0x22 {
            key = JSONKey(start: base + offset + 1, count: i - offset - 1, decoded: nil)
            offset = i + 1
            try checkKey(key, keyStart: keyStart)
            skipWhitespace()
            guard offset < end, base[offset] == UInt8(ascii: ":") else { throw unexpected("':'") }
            offset += 1
            return key
        }
        let span = try scanString()
        if span.escaped {
            key = JSONKey(start: base + span.start, count: span.end - span.start, decoded: decodeEscaped(span))
        } else {
            key = JSONKey(start: base + span.start, count: span.end - span.start, decoded: nil)
        }
        try checkKey(key, keyStart: keyStart)
        skipWhitespace()
        guard offset < end, base[offset] == UInt8(ascii: ":") else { throw unexpected("':'") }
        offset += 1
        return key
    }

    /// True when another element follows in the current array; false when it ends (its `]` is consumed).
    public mutating func nextElement() throws -> Bool {
        skipWhitespace()
        guard offset < end else { throw unexpected("a value or ']'") }
        let c = base[offset]
        if c == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            first = false
            return false
        }
        if first {
            first = false
        } else {
            guard c == UInt8(ascii: ",") else { throw unexpected("',' or ']'") }
            offset += 1
            skipWhitespace()
            guard offset < end else { throw unexpected("a value") }
            if base[offset] == UInt8(ascii: "]") { throw unexpected("a value") }
        }
        return true
    }

    // MARK: Scalars

    /// Consumes `null` if it comes next and says so; otherwise consumes nothing.
    public mutating func readNull() -> Bool {
        skipWhitespace()
        if offset + 4 <= end, base[offset] == 0x6E, base[offset + 1] == 0x75, base[offset + 2] == 0x6C, base[offset + 3] == 0x6C {
            offset += 4
            return true
        }
        return false
    }

    public mutating func readBool() throws -> Bool {
        skipWhitespace()
        if offset + 4 <= end, base[offset] == 0x74, base[offset + 1] == 0x72, base[offset + 2] == 0x75, base[offset + 3] == 0x65 {
            offset += 4
            return true
        }
        if offset + 5 <= end, base[offset] == 0x66, base[offset + 1] == 0x61, base[offset + 2] == 0x6C,
           base[offset + 3] == 0x73, base[offset + 4] == 0x65 {
            offset += 5
            return false
        }
        throw unexpected("true or false")
    }

    /// An integer without fraction or exponent; its sign and magnitude.
    @usableFromInline mutating func readIntegerParts() throws -> (negative: Bool, magnitude: UInt64) {
        skipWhitespace()
        let start = offset
        var negative = false
        if offset < end, base[offset] == UInt8(ascii: "-") {
            negative = true
            offset += 1
        }
        guard offset < end else { throw unexpected("an integer") }
        var d = base[offset] &- 48
        guard d < 10 else { throw unexpected("an integer") }
        var v = UInt64(d)
        offset += 1
        if d == 0 {
            if offset < end, base[offset] &- 48 < 10 { throw error("leading zeros are not allowed in numbers") }
        } else {
            while offset < end {
                d = base[offset] &- 48
                if d >= 10 { break }
                let (m, o1) = v.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(UInt64(d))
                if o1 || o2 { throw fail("integer too large", at: start) }
                v = s
                offset += 1
            }
        }
        if offset < end {
            let c = base[offset]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                throw fail("expected an integer, found a number with a fraction or exponent", at: start)
            }
        }
        return (negative, v)
    }

    public mutating func readInt64() throws -> Int64 {
        let start = offset
        let (neg, mag) = try readIntegerParts()
        if neg {
            guard mag <= UInt64(Int64.max) + 1 else { throw fail("integer too small", at: start) }
            return mag == UInt64(Int64.max) + 1 ? Int64.min : -Int64(mag)
        }
        guard mag <= UInt64(Int64.max) else { throw fail("integer too large", at: start) }
        return Int64(mag)
    }

    public mutating func readInt() throws -> Int { Int(try readInt64()) }

    public mutating func readUInt64() throws -> UInt64 {
        skipWhitespace()
        let start = offset
        let (neg, mag) = try readIntegerParts()
        if neg && mag != 0 { throw fail("expected a non-negative integer", at: start) }
        return mag
    }

    public mutating func readID<T>() throws -> ID<T> { ID(try readUInt64()) }

    /// A string, in NFC.
    public mutating func readString() throws -> String {
        skipWhitespace()
        guard offset < end, base[offset] == UInt8(ascii: "\"") else { throw unexpected("a string") }
        let span = try scanString()
        let s: String
        if span.escaped {
            s = String(decoding: decodeEscaped(span), as: UTF8.self)
        } else if let cache = stringCache, span.end - span.start > 15, !span.mayNeedNFC {
            return cache.string(base + span.start, span.end - span.start)
        } else {
            s = String(decoding: UnsafeBufferPointer(start: base + span.start, count: span.end - span.start), as: UTF8.self)
        }
        return span.mayNeedNFC ? s.precomposedStringWithCanonicalMapping : s
    }

    /// A day written "yyyy-mm-dd", or "yyyy-mm" / "yyyy" for a date known to the month or year.
    public mutating func readDay() throws -> Day {
        skipWhitespace()
        let start = offset
        // Fast path: exactly "dddd-dd-dd" with no escapes.
        if offset + 12 <= end, base[offset] == 0x22, base[offset + 11] == 0x22, base[offset + 5] == 0x2D, base[offset + 8] == 0x2D {
            let p = base + offset + 1
            var ok = true
            @inline(__always) func digit(_ i: Int) -> Int {
                let d = p[i] &- 48
                if d >= 10 { ok = false }
                return Int(d)
            }
            let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
            let m = digit(5) * 10 + digit(6)
            let d = digit(8) * 10 + digit(9)
            if ok {
                guard let day = Day(year: y, month: m, day: d) else {
                    throw fail("not a valid date: \"\(String(decoding: UnsafeBufferPointer(start: p, count: 10), as: UTF8.self))\"", at: start)
                }
                offset += 12
                return day
            }
        }
        let s = try readString()
        guard let day = Day(stored: s) else { throw fail("not a date in the form yyyy-mm-dd (or yyyy-mm, yyyy): \"\(s)\"", at: start) }
        return day
    }

    /// Calls `body` with the raw UTF-8 bytes of the next string (unescaped, not normalized).
    /// No copy is made unless the string holds escapes.
    public mutating func withStringBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        skipWhitespace()
        guard offset < end, base[offset] == UInt8(ascii: "\"") else { throw unexpected("a string") }
        let span = try scanString()
        if span.escaped {
            return try decodeEscaped(span).withUnsafeBufferPointer(body)
        }
        return try body(UnsafeBufferPointer(start: base + span.start, count: span.end - span.start))
    }

    // MARK: Skipping

    /// Skips one value of any kind, checking it as strictly as the rest (used for unknown keys,
    /// so that files written by newer versions with extra fields still load).
    public mutating func skipValue() throws {
        skipWhitespace()
        guard offset < end else { throw unexpected("a value") }
        switch base[offset] {
        case UInt8(ascii: "{"):
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case UInt8(ascii: "["):
            try beginArray()
            while try nextElement() { try skipValue() }
        case UInt8(ascii: "\""):
            _ = try scanString()
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            _ = try readBool()
        case UInt8(ascii: "n"):
            if !readNull() { throw unexpected("a value") }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try skipNumber()
        default:
            throw unexpected("a value")
        }
    }

    mutating func skipNumber() throws {
        if base[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < end, base[offset] &- 48 < 10 else { throw unexpected("a digit") }
        if base[offset] == 48 {
            offset += 1
            if offset < end, base[offset] &- 48 < 10 { throw error("leading zeros are not allowed in numbers") }
        } else {
            while offset < end, base[offset] &- 48 < 10 { offset += 1 }
        }
        if offset < end, base[offset] == UInt8(ascii: ".") {
            offset += 1
            guard offset < end, base[offset] &- 48 < 10 else { throw unexpected("a digit after '.'") }
            while offset < end, base[offset] &- 48 < 10 { offset += 1 }
        }
        if offset < end, base[offset] == UInt8(ascii: "e") || base[offset] == UInt8(ascii: "E") {
            offset += 1
            if offset < end, base[offset] == UInt8(ascii: "+") || base[offset] == UInt8(ascii: "-") { offset += 1 }
            guard offset < end, base[offset] &- 48 < 10 else { throw unexpected("a digit in the exponent") }
            while offset < end, base[offset] &- 48 < 10 { offset += 1 }
        }
    }
}
