import DanVanCore

/// An RFC 4180 reader for the files people bring from Excel and LibreOffice: UTF-8 with or
/// without a BOM, comma or semicolon separated (Excel in a Vietnamese locale writes
/// semicolons), quoted fields holding separators, doubled quotes and line breaks, CRLF or LF.
public enum CSVReader {
    /// One record and the line it starts on (1-based, counting the header as line 1).
    public struct Record: Hashable, Sendable {
        public var line: Int
        public var fields: [String]
    }

    public struct Table: Sendable {
        public var separator: UInt8
        public var header: Record
        public var rows: [Record]
    }

    /// Parses a whole file, its first record the header. Blank lines are skipped. Throws
    /// `CSVError` for invalid UTF-8, an unterminated quoted field, or text right after a
    /// closing quote.
    public static func parse(_ input: [UInt8]) throws -> Table {
        var (sep, records) = try records(input)
        guard !records.isEmpty else {
            throw CSVError(line: 1, column: 1, vi: "tệp trống, không có dòng tiêu đề", en: "the file is empty: no header line")
        }
        let header = records.removeFirst()
        return Table(separator: sep, header: header, rows: records)
    }

    /// Every record of a file, none taken as the header yet (a roster may open with a title
    /// block), and the separator chosen from the table's lines.
    public static func records(_ input: [UInt8]) throws -> (separator: UInt8, records: [Record]) {
        try input.withUnsafeBufferPointer { buf in
            var start = 0
            if buf.count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF { start = 3 }
            let sep = detectSeparator(buf, from: start)
            let records = try parseInHalves(buf, from: start, separator: sep)
                ?? { try validateUTF8(buf, from: start); return try parseRecords(buf, from: start, separator: sep).records }()
            return (sep, records)
        }
    }

    /// A large file read as two halves at once, split at a line break outside quotes; nil
    /// when the file is small, has no such break, or either half fails — then a single pass
    /// reads it and reports the first error exactly.
    ///
    /// The split is found by quote parity (an even number of `"` before it), which holds for
    /// well-formed files. If stray quotes fool it, the first half ends inside a quoted field
    /// and fails; so a first half read whole proves the second starts at a record.
    static func parseInHalves(_ b: UnsafeBufferPointer<UInt8>, from start: Int, separator sep: UInt8) throws -> [Record]? {
        guard b.count - start >= 1 << 20, let split = splitPoint(b, from: start) else { return nil }
        func read(_ part: UnsafeBufferPointer<UInt8>, from start: Int) -> ([Record], nextLine: Int)? {
            do {
                try validateUTF8(part, from: start)
                return try parseRecords(part, from: start, separator: sep)
            } catch { return nil }
        }
        let back = UnsafeBufferPointer(rebasing: b[split...])
        // Both halves are done before this returns: the second reads `b`, which lives only as long as this call.
        let (first, second) = bothAtOnce({ read(UnsafeBufferPointer(rebasing: b[..<split]), from: start) },
                                         { read(back, from: 0) })
        guard var records = first?.0, let second else { return nil }
        // The back half counted its lines from 1.
        let offset = first!.nextLine - 1
        records.reserveCapacity(records.count + second.0.count)
        for var r in second.0 {
            r.line += offset
            records.append(r)
        }
        return records
    }

    /// The offset just after a line feed near the middle with an even number of quotes before it.
    static func splitPoint(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let mid = start + (b.count - start) / 2
        var quotes = 0
        for i in start..<mid where b[i] == 0x22 { quotes += 1 }
        var i = mid
        while i < b.count {
            let c = b[i]
            if c == 0x22 { quotes += 1 } else if c == 0x0A && quotes % 2 == 0 { return i + 1 < b.count ? i + 1 : nil }
            i += 1
        }
        return nil
    }

    /// The separator of the table, judged from its first 60 lines (outside quotes), not the
    /// first line alone: a roster's title lines may hold a comma ("XÃ AN BÌNH, HUYỆN …") or
    /// nothing. For each of `,` `;` and tab, the count most lines share (ignoring lines
    /// without it) is that separator's column count; the one more lines agree on wins,
    /// then the one giving more columns; comma when no line has any.
    static func detectSeparator(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
        let candidates: [UInt8] = [0x2C, 0x3B, 0x09]
        var perLine: [[Int]] = []  // per line, the count of each candidate
        var counts = [0, 0, 0], quoted = false
        var i = start
        while i < b.count && perLine.count < 60 {
            let c = b[i]
            if c == 0x22 { quoted.toggle() } else if !quoted {
                if c == 0x0A {
                    perLine.append(counts)
                    counts = [0, 0, 0]
                } else if c == 0x2C { counts[0] += 1 } else if c == 0x3B { counts[1] += 1 } else if c == 0x09 { counts[2] += 1 }
            }
            i += 1
        }
        if counts != [0, 0, 0] { perLine.append(counts) }
        var best: (sep: UInt8, lines: Int, fields: Int) = (0x2C, 0, 0)
        for k in candidates.indices {
            var tally: [Int: Int] = [:]
            for l in perLine where l[k] > 0 { tally[l[k], default: 0] += 1 }
            guard let (fields, lines) = tally.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if (lines, fields) > (best.lines, best.fields) { best = (candidates[k], lines, fields) }
        }
        return best.sep
    }

    /// Finds the first byte that is not valid UTF-8 and names its line.
    static func validateUTF8(_ b: UnsafeBufferPointer<UInt8>, from start: Int) throws {
        var i = start, line = 1, lineStart = start
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c == 0x0A { line += 1; lineStart = i + 1 }
                i += 1
                continue
            }
            var need = 0
            var minValue: UInt32 = 0
            var v: UInt32 = 0
            if c & 0xE0 == 0xC0 { need = 1; v = UInt32(c & 0x1F); minValue = 0x80 }
            else if c & 0xF0 == 0xE0 { need = 2; v = UInt32(c & 0x0F); minValue = 0x800 }
            else if c & 0xF8 == 0xF0 { need = 3; v = UInt32(c & 0x07); minValue = 0x10000 }
            var ok = need > 0
            if ok {
                for k in 1...need {
                    guard i + k < n, b[i + k] & 0xC0 == 0x80 else { ok = false; break }
                    v = v << 6 | UInt32(b[i + k] & 0x3F)
                }
            }
            if ok && (v < minValue || v > 0x10FFFF || (0xD800...0xDFFF).contains(v)) { ok = false }
            guard ok else {
                throw CSVError(line: line, column: characterColumn(b, lineStart: lineStart, at: i),
                               vi: "tệp không phải văn bản UTF-8 hợp lệ (byte 0x\(String(c, radix: 16, uppercase: true))); hãy lưu lại dưới dạng CSV UTF-8",
                               en: "the file is not valid UTF-8 text (byte 0x\(String(c, radix: 16, uppercase: true))); save it as CSV UTF-8")
            }
            i += need + 1
        }
    }

    /// 1-based column in characters (UTF-8 lead bytes) of byte `at` on the line starting at `lineStart`.
    static func characterColumn(_ b: UnsafeBufferPointer<UInt8>, lineStart: Int, at: Int) -> Int {
        var col = 1
        var i = lineStart
        while i < at {
            if b[i] & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        return col
    }

    /// The records from `start` to the end of `b`, and the number the next line would have.
    static func parseRecords(_ b: UnsafeBufferPointer<UInt8>, from start: Int, separator sep: UInt8) throws -> (records: [Record], nextLine: Int) {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        field.reserveCapacity(256)
        var i = start
        let n = b.count
        var line = 1, lineStart = start
        var recordLine = 1
        var fieldStart = start  // unquoted fields are sliced straight from the input

        func endRecord() {
            // A line holding nothing at all is skipped, not read as one empty field.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            fields.reserveCapacity(16)
        }

        while i <= n {
            // Start of a field.
            if i < n && b[i] == 0x22 {
                let quoteLine = line, quoteCol = characterColumn(b, lineStart: lineStart, at: i)
                field.removeAll(keepingCapacity: true)
                i += 1
                var chunk = i
                while true {
                    guard i < n else {
                        throw CSVError(line: quoteLine, column: quoteCol,
                                       vi: "dấu ngoặc kép mở ở đây không được đóng lại", en: "the quote opened here is never closed")
                    }
                    let c = b[i]
                    if c == 0x22 {
                        field.append(contentsOf: UnsafeBufferPointer(rebasing: b[chunk..<i]))
                        if i + 1 < n && b[i + 1] == 0x22 { field.append(0x22); i += 2; chunk = i; continue }
                        i += 1
                        break
                    }
                    if c == 0x0A { line += 1; lineStart = i + 1 }
                    i += 1
                }
                fields.append(field.first == 0x27 ? SpreadsheetText.restored(String(decoding: field, as: UTF8.self))
                                                  : String(decoding: field, as: UTF8.self))
                // After the closing quote: separator, end of line or end of file.
                if i >= n { endRecord(); break }
                let c = b[i]
                if c == sep { i += 1; fieldStart = i; if i == n { fields.append(""); endRecord(); break }; continue }
                if c == 0x0D && i + 1 < n && b[i + 1] == 0x0A { i += 2 } else if c == 0x0A || c == 0x0D { i += 1 } else {
                    throw CSVError(line: line, column: characterColumn(b, lineStart: lineStart, at: i),
                                   vi: "có ký tự ngay sau dấu ngoặc kép đóng; ô có ngoặc kép phải kết thúc ở dấu phân cách",
                                   en: "text right after a closing quote; a quoted field must end at the separator")
                }
                line += 1; lineStart = i; fieldStart = i
                endRecord()
                recordLine = line
                if i >= n { break }
                continue
            }
            // Unquoted field: up to separator / end of line / end of file.
            fieldStart = i
            while i < n {
                let c = b[i]
                if c == sep || c == 0x0A || c == 0x0D { break }
                i += 1
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: b[fieldStart..<i]), as: UTF8.self)
            // A leading ' that guards a formula-like cell (see SpreadsheetText) is taken off.
            fields.append(i > fieldStart && b[fieldStart] == 0x27 ? SpreadsheetText.restored(text) : text)
            if i >= n {
                endRecord()
                break
            }
            let c = b[i]
            if c == sep { i += 1; if i == n { fields.append(""); endRecord(); break }; continue }
            i += (c == 0x0D && i + 1 < n && b[i + 1] == 0x0A) ? 2 : 1
            line += 1; lineStart = i
            endRecord()
            recordLine = line
            if i >= n { break }
        }
        return (records, line)
    }
}
