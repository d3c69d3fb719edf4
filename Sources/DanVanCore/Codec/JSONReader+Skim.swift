extension JSONReader {
    /// Steps over the array or object that starts at the next value by matching brackets
    /// outside strings, checking nothing else: the quick way to find where a big table ends
    /// so that a second thread can start on what follows. Whoever uses it must also read the
    /// same bytes strictly (another thread does) and compare where both ended. False (with
    /// the offset unchanged) when the next value is no container or the input ends first.
    mutating func skimContainer() -> Bool {
        skipWhitespace()
        guard offset < end, base[offset] == UInt8(ascii: "[") || base[offset] == UInt8(ascii: "{") else { return false }
        var depth = 0
        var i = offset
        while i < end {
            switch base[i] {
            case 0x22:  // a string: on to its closing quote, stepping over escapes
                i += 1
                while i < end {
                    let b = base[i]
                    if b == 0x22 { break }
                    i += b == 0x5C ? 2 : 1
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 {
                    offset = i + 1
                    return true
                }
            default:
                break
            }
            i += 1
        }
        return false
    }
}
