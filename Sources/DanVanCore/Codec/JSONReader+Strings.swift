/// String scanning: one strict pass that validates escapes and UTF-8 and notes whether the text
/// needs the (slow) NFC normalizer; a second pass only for strings that contain escapes.
extension JSONReader {
    @usableFromInline struct StringSpan {
        /// First content byte and the closing quote's offset.
        @usableFromInline var start: Int
        @usableFromInline var end: Int
        @usableFromInline var escaped: Bool
        @usableFromInline var mayNeedNFC: Bool
    }

    /// Scans the string starting at `offset` (which holds its opening quote); leaves `offset`
    /// after the closing quote.
    @usableFromInline mutating func scanString() throws -> StringSpan {
        let open = offset
        offset += 1
        var span = StringSpan(start: offset, end: 0, escaped: false, mayNeedNFC: false)
        // Eight plain ASCII bytes at a time while the text is plain ASCII (keys, codes, numbers
        // in text): none of '"', '\\', < 0x20, >= 0x80.
        while offset + 8 <= end {
            let x = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            let hi: UInt64 = 0x8080_8080_8080_8080
            let lo: UInt64 = 0x0101_0101_0101_0101
            let quote = x ^ (lo &* 0x22)
            let slash = x ^ (lo &* 0x5C)
            let special = ((quote &- lo) & ~quote) | ((slash &- lo) & ~slash) | ((x &- lo &* 0x20) & ~x) | x
            if special & hi != 0 { break }
            offset += 8
        }
        // Then byte by byte, with a class table so plain ASCII costs one lookup.
        let table = JSONReader.byteClass
        while true {
            while offset < end, table[Int(base[offset])] == 0 { offset += 1 }
            guard offset < end else { throw fail("unterminated string", at: open) }
            let b = base[offset]
            switch table[Int(b)] {
            case 1:
                span.end = offset
                offset += 1
                return span
            case 2:
                span.escaped = true
                try scanEscape(&span)
            case 3:
                throw error("control character \(describe(b)) inside a string (must be escaped)")
            default:
                // Vietnamese text inline: U+0080–U+02FF (ă â đ ê ô ơ ư…) and U+1EA0–U+1EFF (ạ ả ấ…).
                if b >= 0xC2 && b <= 0xCB {
                    if offset + 1 < end, base[offset + 1] & 0xC0 == 0x80 {
                        offset += 2
                        continue
                    }
                } else if b == 0xE1, offset + 2 < end {
                    let b1 = base[offset + 1], b2 = base[offset + 2]
                    if (b1 == 0xBB || (b1 == 0xBA && b2 >= 0xA0)) && b2 & 0xC0 == 0x80 {
                        offset += 3
                        continue
                    }
                }
                try scanMultibyte(&span)
            }
        }
    }

    /// For each byte inside a string: 0 plain ASCII, 1 '"', 2 '\\', 3 control character, 4 ≥ 0x80.
    nonisolated(unsafe) static let byteClass: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for i in 0..<256 {
            t[i] = i == 0x22 ? 1 : i == 0x5C ? 2 : i < 0x20 ? 3 : i >= 0x80 ? 4 : 0
        }
        return UnsafePointer(t)
    }()

    @inline(__always) func continuation(_ i: Int) -> Bool { i < end && base[i] & 0xC0 == 0x80 }

    /// Validates one multi-byte UTF-8 sequence at `offset` and steps over it.
    mutating func scanMultibyte(_ span: inout StringSpan) throws {
        let b0 = base[offset]
        let bad = "invalid UTF-8 in a string"
        switch b0 {
        case 0xC2...0xDF:
            guard continuation(offset + 1) else { throw error(bad) }
            // U+0300 and above (lead byte 0xCC): combining marks, Greek, Cyrillic… → let the normalizer decide.
            if b0 >= 0xCC { span.mayNeedNFC = true }
            offset += 2
        case 0xE0...0xEF:
            guard offset + 2 < end else { throw error(bad) }
            let b1 = base[offset + 1]
            switch b0 {
            case 0xE0: guard b1 >= 0xA0 && b1 <= 0xBF else { throw error(bad) }
            case 0xED: guard b1 >= 0x80 && b1 <= 0x9F else { throw error(bad) }
            default: guard b1 & 0xC0 == 0x80 else { throw error(bad) }
            }
            guard continuation(offset + 2) else { throw error(bad) }
            let scalar = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(base[offset + 2] & 0x3F)
            if JSONReader.mayChangeUnderNFC(scalar) { span.mayNeedNFC = true }
            offset += 3
        case 0xF0...0xF4:
            guard offset + 3 < end else { throw error(bad) }
            let b1 = base[offset + 1]
            switch b0 {
            case 0xF0: guard b1 >= 0x90 && b1 <= 0xBF else { throw error(bad) }
            case 0xF4: guard b1 >= 0x80 && b1 <= 0x8F else { throw error(bad) }
            default: guard b1 & 0xC0 == 0x80 else { throw error(bad) }
            }
            guard continuation(offset + 2), continuation(offset + 3) else { throw error(bad) }
            let scalar = UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(base[offset + 2] & 0x3F) << 6
                | UInt32(base[offset + 3] & 0x3F)
            if JSONReader.mayChangeUnderNFC(scalar) { span.mayNeedNFC = true }
            offset += 4
        default:
            throw error(bad)
        }
    }

    /// False for scalars that NFC never touches and that never combine with what precedes them:
    /// below U+0300 (ASCII, Latin-1, Latin Extended A/B, which hold ă â đ ê ô ơ ư), the
    /// precomposed Vietnamese block U+1EA0–U+1EFF, general punctuation, currency signs (₫),
    /// CJK ideographs and emoji. Everything else goes through the normalizer, which is exact.
    @inline(__always) static func mayChangeUnderNFC(_ v: UInt32) -> Bool {
        if v < 0x300 { return false }
        if v >= 0x1EA0 && v <= 0x1EFF { return false }
        if v >= 0x2010 && v <= 0x206F { return false }
        if v >= 0x20A0 && v <= 0x20CF { return false }
        if v >= 0x4E00 && v <= 0x9FFF { return false }
        if v >= 0x1F000 && v <= 0x1FAFF { return false }
        return true
    }

    /// Validates one escape at `offset` (its backslash) and steps over it.
    mutating func scanEscape(_ span: inout StringSpan) throws {
        let at = offset
        guard offset + 1 < end else { throw fail("unterminated string", at: at) }
        switch base[offset + 1] {
        case 0x22, 0x5C, 0x2F, UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            offset += 2
        case UInt8(ascii: "u"):
            let u = try hex4(at: offset + 2)
            offset += 6
            if u >= 0xD800 && u <= 0xDBFF {
                guard offset + 1 < end, base[offset] == 0x5C, base[offset + 1] == UInt8(ascii: "u") else {
                    throw fail("unpaired surrogate \\u\(String(u, radix: 16, uppercase: true)) in a string", at: at)
                }
                let low = try hex4(at: offset + 2)
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw fail("unpaired surrogate \\u\(String(u, radix: 16, uppercase: true)) in a string", at: at)
                }
                offset += 6
                let scalar = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                if JSONReader.mayChangeUnderNFC(scalar) { span.mayNeedNFC = true }
            } else if u >= 0xDC00 && u <= 0xDFFF {
                throw fail("unpaired surrogate \\u\(String(u, radix: 16, uppercase: true)) in a string", at: at)
            } else if JSONReader.mayChangeUnderNFC(u) {
                span.mayNeedNFC = true
            }
        default:
            throw fail("invalid escape \\\(describe(base[offset + 1])) in a string", at: at)
        }
    }

    func hex4(at i: Int) throws -> UInt32 {
        guard i + 4 <= end else { throw fail("unterminated \\u escape", at: i - 2) }
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = base[i + k]
            let d: UInt8
            switch c {
            case 48...57: d = c - 48
            case 65...70: d = c - 55
            case 97...102: d = c - 87
            default: throw fail("invalid \\u escape: expected four hex digits", at: i - 2)
            }
            v = v << 4 | UInt32(d)
        }
        return v
    }

    /// The content bytes of an already validated string that holds escapes.
    @usableFromInline func decodeEscaped(_ span: StringSpan) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(span.end - span.start)
        var i = span.start
        func hex(_ at: Int) -> UInt32 {
            var v: UInt32 = 0
            for k in 0..<4 {
                let c = base[at + k]
                v = v << 4 | UInt32(c <= 57 ? c - 48 : (c | 0x20) - 87)
            }
            return v
        }
        while i < span.end {
            let b = base[i]
            if b != 0x5C {
                out.append(b)
                i += 1
                continue
            }
            let e = base[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex(i)
                i += 4
                if scalar >= 0xD800 && scalar <= 0xDBFF {
                    let low = hex(i + 2)
                    i += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                // Validated above: never a lone surrogate.
                out.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
            default: out.append(e)
            }
        }
        return out
    }
}
