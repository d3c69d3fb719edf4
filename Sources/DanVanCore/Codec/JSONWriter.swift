/// Appends JSON to a byte array. Commas between members and elements are automatic: call
/// `key` then a value inside objects, values inside arrays.
///
/// Keys given as `StaticString` are written as is (they must be plain ASCII without quotes or
/// backslashes, like every key of the danvan schema); string values are escaped.
public struct JSONWriter {
    public var bytes: [UInt8]
    /// True once the current container holds an element, so the next one needs a comma.
    @usableFromInline var needsComma = false

    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Continues an existing buffer (e.g. a log record being framed).
    public init(appendingTo bytes: [UInt8]) {
        self.bytes = bytes
    }

    @inline(__always) @usableFromInline mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    // MARK: Containers

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    // MARK: Keys

    public mutating func key(_ k: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// A key computed at run time (escaped like any string).
    public mutating func key(_ k: String) {
        separate()
        appendString(k)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    // MARK: Values

    public mutating func value(_ s: String) {
        separate()
        appendString(s)
        needsComma = true
    }

    public mutating func value(_ v: Int) { value(Int64(v)) }

    public mutating func value(_ v: Int64) {
        separate()
        if v < 0 {
            bytes.append(UInt8(ascii: "-"))
            appendDigits(v.magnitude)
        } else {
            appendDigits(UInt64(v))
        }
        needsComma = true
    }

    public mutating func value(_ v: UInt64) {
        separate()
        appendDigits(v)
        needsComma = true
    }

    public mutating func value(_ v: Bool) {
        separate()
        if v {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65] as [UInt8])
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65] as [UInt8])
        }
        needsComma = true
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C] as [UInt8])
        needsComma = true
    }

    /// A day as "yyyy-mm-dd".
    public mutating func value(_ d: Day) {
        separate()
        let y = d.year, m = d.month, dd = d.day
        // Day keeps years in 1800…9999, so four digits always suffice.
        bytes.append(UInt8(ascii: "\""))
        bytes.append(48 &+ UInt8(truncatingIfNeeded: y / 1000))
        bytes.append(48 &+ UInt8(truncatingIfNeeded: y / 100 % 10))
        bytes.append(48 &+ UInt8(truncatingIfNeeded: y / 10 % 10))
        bytes.append(48 &+ UInt8(truncatingIfNeeded: y % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(48 &+ UInt8(truncatingIfNeeded: m / 10))
        bytes.append(48 &+ UInt8(truncatingIfNeeded: m % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(48 &+ UInt8(truncatingIfNeeded: dd / 10))
        bytes.append(48 &+ UInt8(truncatingIfNeeded: dd % 10))
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    public mutating func value<T>(_ id: ID<T>) { value(id.raw) }

    /// A catalogue value as its code.
    public mutating func value<C: Coded>(_ c: C) { value(c.rawValue) }

    /// Bytes that already are one complete JSON value (for example an entity encoded earlier).
    public mutating func rawValue(_ json: [UInt8]) {
        separate()
        bytes.append(contentsOf: json)
        needsComma = true
    }

    // MARK: Members (key + value); the `omit…` forms leave the member out for nil or "".

    public mutating func field(_ k: StaticString, _ v: String) { key(k); value(v) }
    public mutating func field(_ k: StaticString, _ v: Int) { key(k); value(v) }
    public mutating func field(_ k: StaticString, _ v: Int64) { key(k); value(v) }
    public mutating func field(_ k: StaticString, _ v: UInt64) { key(k); value(v) }
    public mutating func field(_ k: StaticString, _ v: Bool) { key(k); value(v) }
    public mutating func field(_ k: StaticString, _ v: Day) { key(k); value(v) }
    public mutating func field<T>(_ k: StaticString, _ v: ID<T>) { key(k); value(v.raw) }
    public mutating func field<C: Coded>(_ k: StaticString, _ v: C) { key(k); value(v.rawValue) }

    public mutating func field(_ k: StaticString, omitEmpty v: String) {
        if !v.isEmpty { key(k); value(v) }
    }
    public mutating func field(_ k: StaticString, omitNil v: String?) {
        if let v { key(k); value(v) }
    }
    public mutating func field(_ k: StaticString, omitNil v: Int?) {
        if let v { key(k); value(v) }
    }
    public mutating func field(_ k: StaticString, omitNil v: Day?) {
        if let v { key(k); value(v) }
    }
    public mutating func field<T>(_ k: StaticString, omitNil v: ID<T>?) {
        if let v { key(k); value(v.raw) }
    }
    public mutating func field<C: Coded>(_ k: StaticString, omitNil v: C?) {
        if let v { key(k); value(v.rawValue) }
    }

    // MARK: Internals

    @usableFromInline mutating func appendDigits(_ v: UInt64) {
        if v < 10 {
            bytes.append(48 &+ UInt8(truncatingIfNeeded: v))
            return
        }
        var n = 1
        var t = v
        while t >= 10 { t /= 10; n += 1 }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: n))
        bytes.withUnsafeMutableBufferPointer { p in
            var i = start + n - 1
            var x = v
            repeat {
                p[i] = 48 &+ UInt8(truncatingIfNeeded: x % 10)
                x /= 10
                i -= 1
            } while x > 0
        }
    }

    /// Writes a quoted, escaped string. Swift strings are valid Unicode, so the UTF-8 out is valid.
    @usableFromInline mutating func appendString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { u in
            var runStart = 0
            var i = 0
            let n = u.count
            while i < n {
                let b = u[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C {
                    i += 1
                    continue
                }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<i])) }
                appendEscape(b)
                i += 1
                runStart = i
            }
            if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<n])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    @usableFromInline mutating func appendEscape(_ b: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch b {
        case 0x22: bytes.append(0x22)
        case 0x5C: bytes.append(0x5C)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), 48, 48, hex[Int(b >> 4)], hex[Int(b & 15)]])
        }
    }
}
