/// A small pull scanner over the XML of an .xlsx part, on bytes: start tags (with their
/// attribute bytes), end tags and text. Enough for SpreadsheetML and much faster than a
/// general parser. Namespace prefixes are ignored ("x:c" is "c"); DTDs are refused, so
/// no entity can expand.
struct XMLScanner {
    enum Token {
        case open(name: Range<Int>, attributes: Range<Int>, selfClosing: Bool)
        case close(name: Range<Int>)
        case text(Range<Int>)
        /// CDATA: text taken as it is, no entities.
        case rawText(Range<Int>)
        case end
    }

    struct Failure: Error {
        var offset: Int
        var reason: String
    }

    let b: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ b: UnsafeBufferPointer<UInt8>) {
        self.b = b
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }
    }

    @inline(__always) private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    private func find(_ c: UInt8, from: Int) -> Int? {
        var k = from
        while k < b.count { if b[k] == c { return k }; k += 1 }
        return nil
    }

    private func find(_ s: [UInt8], from: Int) -> Int? {
        var k = from
        while k + s.count <= b.count {
            if b[k] == s[0] {
                var ok = true
                for j in 1..<s.count where b[k + j] != s[j] { ok = false; break }
                if ok { return k }
            }
            k += 1
        }
        return nil
    }

    mutating func next() throws -> Token {
        guard i < b.count else { return .end }
        if b[i] != 0x3C {  // text up to the next "<"
            let start = i
            while i < b.count && b[i] != 0x3C { i += 1 }
            return .text(start..<i)
        }
        guard i + 1 < b.count else { throw Failure(offset: i, reason: "a lone “<” at the end") }
        let c = b[i + 1]
        if c == 0x2F {  // </name>
            let start = i + 2
            guard let gt = find(0x3E, from: start) else { throw Failure(offset: i, reason: "an end tag that never closes") }
            var e = gt
            while e > start && isSpace(b[e - 1]) { e -= 1 }
            i = gt + 1
            return .close(name: start..<e)
        }
        if c == 0x3F {  // <? … ?>
            guard let e = find([0x3F, 0x3E], from: i + 2) else { throw Failure(offset: i, reason: "a processing instruction that never closes") }
            i = e + 2
            return try next()
        }
        if c == 0x21 {  // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE
            if i + 3 < b.count && b[i + 2] == 0x2D && b[i + 3] == 0x2D {
                guard let e = find([0x2D, 0x2D, 0x3E], from: i + 4) else { throw Failure(offset: i, reason: "a comment that never closes") }
                i = e + 3
                return try next()
            }
            let cdata: [UInt8] = Array("<![CDATA[".utf8)
            if i + cdata.count <= b.count && Array(b[i..<(i + cdata.count)]) == cdata {
                let start = i + cdata.count
                guard let e = find([0x5D, 0x5D, 0x3E], from: start) else { throw Failure(offset: i, reason: "a CDATA section that never closes") }
                i = e + 3
                return .rawText(start..<e)
            }
            throw Failure(offset: i, reason: "a DOCTYPE or other declaration, which workbooks never hold")
        }
        // <name attr="v" …> or />
        let nameStart = i + 1
        var k = nameStart
        while k < b.count && !isSpace(b[k]) && b[k] != 0x3E && b[k] != 0x2F { k += 1 }
        let nameEnd = k
        guard nameEnd > nameStart else { throw Failure(offset: i, reason: "a tag without a name") }
        // Attribute values may hold ">" (quoted), so step over quotes.
        var quote: UInt8 = 0
        while k < b.count {
            let d = b[k]
            if quote != 0 { if d == quote { quote = 0 } } else if d == 0x22 || d == 0x27 { quote = d } else if d == 0x3E { break }
            k += 1
        }
        guard k < b.count else { throw Failure(offset: i, reason: "a tag that never closes") }
        let selfClosing = b[k - 1] == 0x2F && k - 1 >= nameEnd
        let attrEnd = selfClosing ? k - 1 : k
        i = k + 1
        return .open(name: nameStart..<nameEnd, attributes: nameEnd..<attrEnd, selfClosing: selfClosing)
    }

    /// Skips to just after the end tag matching an open tag already read (nested same-name tags counted).
    mutating func skipElement() throws {
        var depth = 1
        while depth > 0 {
            switch try next() {
            case .open(_, _, let selfClosing): if !selfClosing { depth += 1 }
            case .close: depth -= 1
            case .end: throw Failure(offset: i, reason: "the document ends inside an element")
            default: break
            }
        }
    }

    /// Does the tag name (without its prefix) equal `name`?
    func isName(_ r: Range<Int>, _ name: StaticString) -> Bool {
        var s = r.lowerBound
        for k in r where b[k] == 0x3A { s = k + 1 }
        let n = name.utf8CodeUnitCount
        guard r.upperBound - s == n else { return false }
        let p = name.utf8Start
        for j in 0..<n where b[s + j] != p[j] { return false }
        return true
    }

    /// The raw (still escaped) value of attribute `name` (prefix ignored) in `attrs`.
    func attribute(_ attrs: Range<Int>, _ name: StaticString) -> Range<Int>? {
        var k = attrs.lowerBound
        let end = attrs.upperBound
        while k < end {
            while k < end && isSpace(b[k]) { k += 1 }
            let ns = k
            while k < end && b[k] != 0x3D && !isSpace(b[k]) { k += 1 }
            let ne = k
            while k < end && b[k] != 0x22 && b[k] != 0x27 { k += 1 }
            guard k < end else { return nil }
            let q = b[k]
            let vs = k + 1
            k = vs
            while k < end && b[k] != q { k += 1 }
            let ve = k
            k += 1
            if ne > ns && isName(ns..<ne, name) { return vs..<ve }
        }
        return nil
    }

    /// Attribute value as text (entities decoded).
    func attributeText(_ attrs: Range<Int>, _ name: StaticString) -> String? {
        attribute(attrs, name).map { text($0) }
    }

    /// Decimal integer in `r` (nil when not all digits).
    func int(_ r: Range<Int>) -> Int? {
        guard !r.isEmpty, r.count <= 18 else { return nil }
        var v = 0
        for k in r {
            let d = b[k] &- 0x30
            guard d < 10 else { return nil }
            v = v * 10 + Int(d)
        }
        return v
    }

    /// Text with XML entities decoded, appended to `out`.
    func appendText(_ r: Range<Int>, to out: inout [UInt8]) {
        var k = r.lowerBound
        var chunk = k
        while k < r.upperBound {
            guard b[k] == 0x26 else { k += 1; continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[chunk..<k]))
            var e = k + 1
            while e < r.upperBound && b[e] != 0x3B && e - k < 12 { e += 1 }
            guard e < r.upperBound && b[e] == 0x3B else { out.append(0x26); k += 1; chunk = k; continue }
            let name = Array(b[(k + 1)..<e])
            switch name {
            case Array("amp".utf8): out.append(0x26)
            case Array("lt".utf8): out.append(0x3C)
            case Array("gt".utf8): out.append(0x3E)
            case Array("quot".utf8): out.append(0x22)
            case Array("apos".utf8): out.append(0x27)
            default:
                var v: UInt32?
                if name.first == 0x23 {
                    let hex = name.count > 1 && (name[1] == 0x78 || name[1] == 0x58)
                    v = UInt32(String(decoding: name.dropFirst(hex ? 2 : 1), as: UTF8.self), radix: hex ? 16 : 10)
                }
                if let v, let u = Unicode.Scalar(v) { out.append(contentsOf: String(u).utf8) } else { out.append(contentsOf: b[k...e]) }
            }
            k = e + 1
            chunk = k
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[chunk..<r.upperBound]))
    }

    func text(_ r: Range<Int>) -> String {
        var fast = true
        for k in r where b[k] == 0x26 { fast = false; break }
        if fast { return String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
        var out: [UInt8] = []
        appendText(r, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
