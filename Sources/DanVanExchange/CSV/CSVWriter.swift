import DanVanCore

/// Writes CSV the way Excel reads it without asking: UTF-8 with a BOM, CRLF line ends,
/// fields quoted only when they hold the separator, a quote or a line break.
public struct CSVWriter: Sendable {
    public private(set) var bytes: [UInt8]
    public let separator: UInt8

    public init(separator: UInt8 = 0x2C, bom: Bool = true) {
        self.separator = separator
        bytes = bom ? [0xEF, 0xBB, 0xBF] : []
    }

    public mutating func reserve(_ n: Int) { bytes.reserveCapacity(n) }

    public mutating func row(_ fields: [String]) {
        for (k, f) in fields.enumerated() {
            if k > 0 { bytes.append(separator) }
            field(f)
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// Text a spreadsheet would run as a formula gets a leading `'` (the reader takes it off).
    private mutating func field(_ text: String) {
        let f = text.utf8.first.map { $0 == 0x3D || $0 == 0x2B || $0 == 0x2D || $0 == 0x40 || $0 == 0x09 || $0 == 0x0D || $0 == 0x27 } == true
            ? SpreadsheetText.neutralised(text) : text
        var needsQuotes = false
        for b in f.utf8 where b == separator || b == 0x22 || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            bytes.append(contentsOf: f.utf8)
            return
        }
        bytes.append(0x22)
        for b in f.utf8 {
            bytes.append(b)
            if b == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
    }
}
