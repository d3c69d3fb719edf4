/// Appends JSON to a byte array. Commas between members and elements are automatic: call
/// `key` then a value inside objects, values inside arrays.
///
/// Keys given as `StaticString` are written as is (they must be plain ASCII without quotes or
/// backslashes, like every key of the danvan schema); string values are escaped.
public struct JSONWriter {
    /// The output so far. Bytes past `count` are scratch space the writer fills in place,
    /// so most writes are plain stores instead of one `append` (and uniqueness check) per byte.
    @usableFromInline var buffer: [UInt8]
    /// Bytes written.
    public internal(set) var count: Int
    /// True once the current container holds an element, so the next one needs a comma.
    @usableFromInline var needsComma = false
    /// Bytes that were there before this writer started (see `init(appendingTo:)`).
    @usableFromInline var base = 0

    public init(capacity: Int = 256) {
        buffer = Array(repeating: 0, count: max(capacity, 64))
        count = 0
    }

    /// Continues an existing buffer (e.g. a log record being framed): takes it over without
    /// copying when it is not shared; `finish()` hands it back.
    public init(appendingTo bytes: [UInt8]) {
        buffer = bytes
        count = bytes.count
        base = bytes.count
    }

    /// The JSON written so far (a copy; use `finish()` to take the bytes without copying).
    public var bytes: [UInt8] { Array(buffer[..<count]) }

    /// Takes the output, leaving the writer empty.
    public mutating func finish() -> [UInt8] {
        buffer.removeLast(buffer.count - count)
        var out: [UInt8] = []
        swap(&out, &buffer)
        count = 0
        base = 0
        needsComma = false
        return out
    }

    /// Takes the bytes written so far and empties the buffer while keeping the writer's place
    /// in the JSON, so a big document can be handed out in pieces as it is written.
    public mutating func drain() -> [UInt8] {
        let out = Array(buffer[base..<count])
        count = base
        return out
    }

    /// Runs `body` with room for `n` more bytes; `body` returns how many it wrote.
    @inline(__always) @usableFromInline
    mutating func write(upTo n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + n > buffer.count { grow(n) }
        let c = count
        count += buffer.withUnsafeMutableBufferPointer { body($0.baseAddress! + c) }
    }

    /// Adds scratch space in proportion to what this writer has written (not to a buffer it
    /// took over), so appending one small record to a large log stays cheap.
    @usableFromInline mutating func grow(_ n: Int) {
        let extra = max(n, count - base, 256)
        buffer.append(contentsOf: repeatElement(0, count: extra))
    }

    // MARK: Containers

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    @usableFromInline mutating func open(_ b: UInt8) {
        let c = needsComma
        write(upTo: 2) { p in
            var i = 0
            if c { p[0] = UInt8(ascii: ","); i = 1 }
            p[i] = b
            return i + 1
        }
        needsComma = false
    }

    @usableFromInline mutating func close(_ b: UInt8) {
        write(upTo: 1) { p in
            p[0] = b
            return 1
        }
        needsComma = true
    }

    // MARK: Keys

    public mutating func key(_ k: StaticString) {
        let c = needsComma
        let n = k.utf8CodeUnitCount
        let src = k.utf8Start
        write(upTo: n + 4) { p in
            var i = 0
            if c { p[0] = UInt8(ascii: ","); i = 1 }
            p[i] = 0x22
            (p + i + 1).update(from: src, count: n)
            p[i + n + 1] = 0x22
            p[i + n + 2] = UInt8(ascii: ":")
            return i + n + 3
        }
        needsComma = false
    }

    /// A key computed at run time (escaped like any string).
    public mutating func key(_ k: String) {
        appendString(k)
        write(upTo: 1) { p in
            p[0] = UInt8(ascii: ":")
            return 1
        }
        needsComma = false
    }

    // MARK: Values

    public mutating func value(_ s: String) {
        appendString(s)
        needsComma = true
    }

    public mutating func value(_ v: Int) { value(Int64(v)) }

    public mutating func value(_ v: Int64) {
        appendNumber(v.magnitude, negative: v < 0)
    }

    public mutating func value(_ v: UInt64) {
        appendNumber(v, negative: false)
    }

    public mutating func value(_ v: Bool) {
        appendLiteral(v ? "true" : "false")
    }

    public mutating func null() { appendLiteral("null") }

    /// A day as "yyyy-mm-dd" ("yyyy-mm" or "yyyy" when only the month or year is known).
    public mutating func value(_ d: Day) {
        guard d.isExact else { return value(d.iso) }
        let c = needsComma
        // Day keeps years in 1800…9999, so four digits always suffice.
        let y = d.year, m = d.month, dd = d.day
        write(upTo: 13) { p in
            var i = 0
            if c { p[0] = UInt8(ascii: ","); i = 1 }
            p[i] = 0x22
            p[i + 1] = 48 &+ UInt8(truncatingIfNeeded: y / 1000)
            p[i + 2] = 48 &+ UInt8(truncatingIfNeeded: y / 100 % 10)
            p[i + 3] = 48 &+ UInt8(truncatingIfNeeded: y / 10 % 10)
            p[i + 4] = 48 &+ UInt8(truncatingIfNeeded: y % 10)
            p[i + 5] = UInt8(ascii: "-")
            p[i + 6] = 48 &+ UInt8(truncatingIfNeeded: m / 10)
            p[i + 7] = 48 &+ UInt8(truncatingIfNeeded: m % 10)
            p[i + 8] = UInt8(ascii: "-")
            p[i + 9] = 48 &+ UInt8(truncatingIfNeeded: dd / 10)
            p[i + 10] = 48 &+ UInt8(truncatingIfNeeded: dd % 10)
            p[i + 11] = 0x22
            return i + 12
        }
        needsComma = true
    }

    public mutating func value<T>(_ id: ID<T>) { value(id.raw) }

    /// A catalogue value as its code.
    public mutating func value<C: Coded>(_ c: C) { value(c.rawValue) }

    /// Bytes that already are one complete JSON value (for example an entity encoded earlier).
    public mutating func rawValue(_ json: [UInt8]) {
        let c = needsComma
        json.withUnsafeBufferPointer { src in
            write(upTo: src.count + 1) { p in
                var i = 0
                if c { p[0] = UInt8(ascii: ","); i = 1 }
                if let b = src.baseAddress { (p + i).update(from: b, count: src.count) }
                return i + src.count
            }
        }
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

    @usableFromInline mutating func appendLiteral(_ lit: StaticString) {
        let c = needsComma
        let n = lit.utf8CodeUnitCount
        let src = lit.utf8Start
        write(upTo: n + 1) { p in
            var i = 0
            if c { p[0] = UInt8(ascii: ","); i = 1 }
            (p + i).update(from: src, count: n)
            return i + n
        }
        needsComma = true
    }

    @usableFromInline mutating func appendNumber(_ v: UInt64, negative: Bool) {
        let c = needsComma
        write(upTo: 22) { p in
            var i = 0
            if c { p[0] = UInt8(ascii: ","); i = 1 }
            if negative { p[i] = UInt8(ascii: "-"); i += 1 }
            var n = 1
            var t = v
            while t >= 10 { t /= 10; n += 1 }
            var x = v
            var j = i + n - 1
            repeat {
                p[j] = 48 &+ UInt8(truncatingIfNeeded: x % 10)
                x /= 10
                j -= 1
            } while x > 0
            return i + n
        }
        needsComma = true
    }

    /// Writes a separator if needed and a quoted, escaped string. Swift strings are valid
    /// Unicode, so the UTF-8 written is valid.
    @usableFromInline mutating func appendString(_ s: String) {
        var s = s
        let c = needsComma
        s.withUTF8 { u in
            // Worst case: every byte becomes \u00XX.
            write(upTo: u.count * 6 + 3) { p in
                var o = 0
                if c { p[0] = UInt8(ascii: ","); o = 1 }
                p[o] = 0x22
                o += 1
                var runStart = 0
                var i = 0
                let n = u.count
                while i < n {
                    // Eight bytes at a time while none needs escaping ('"', '\\', < 0x20).
                    if i + 8 <= n {
                        let x = UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: UInt64.self)
                        let lo: UInt64 = 0x0101_0101_0101_0101
                        let quote = x ^ (lo &* 0x22), slash = x ^ (lo &* 0x5C)
                        let special = ((quote &- lo) & ~quote) | ((slash &- lo) & ~slash) | ((x &- lo &* 0x20) & ~x)
                        if special & 0x8080_8080_8080_8080 == 0 {
                            i += 8
                            continue
                        }
                    }
                    let b = u[i]
                    if b >= 0x20 && b != 0x22 && b != 0x5C {
                        i += 1
                        continue
                    }
                    if runStart < i {
                        (p + o).update(from: u.baseAddress! + runStart, count: i - runStart)
                        o += i - runStart
                    }
                    o += JSONWriter.escape(b, into: p + o)
                    i += 1
                    runStart = i
                }
                if runStart < n {
                    (p + o).update(from: u.baseAddress! + runStart, count: n - runStart)
                    o += n - runStart
                }
                p[o] = 0x22
                return o + 1
            }
        }
    }

    @usableFromInline static func escape(_ b: UInt8, into p: UnsafeMutablePointer<UInt8>) -> Int {
        p[0] = UInt8(ascii: "\\")
        switch b {
        case 0x22: p[1] = 0x22
        case 0x5C: p[1] = 0x5C
        case 0x0A: p[1] = UInt8(ascii: "n")
        case 0x0D: p[1] = UInt8(ascii: "r")
        case 0x09: p[1] = UInt8(ascii: "t")
        case 0x08: p[1] = UInt8(ascii: "b")
        case 0x0C: p[1] = UInt8(ascii: "f")
        default:
            let hex: StaticString = "0123456789abcdef"
            p[1] = UInt8(ascii: "u")
            p[2] = 48
            p[3] = 48
            p[4] = hex.utf8Start[Int(b >> 4)]
            p[5] = hex.utf8Start[Int(b & 15)]
            return 6
        }
        return 2
    }
}
