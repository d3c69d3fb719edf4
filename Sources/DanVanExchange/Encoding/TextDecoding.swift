import DanVanCore
import Foundation

/// Turns the bytes of a delimited text file into UTF-8: UTF-8 (with or without BOM), UTF-16
/// (Excel's "Unicode Text"), Windows-1258 (Excel's "CSV (Comma delimited)" on Vietnamese
/// Windows), or TCVN3 / VNI when asked. Then refuses text damaged before it arrived.
enum TextDecoding {
    static func decode(_ bytes: [UInt8], file: String, forced: ForcedEncoding?) throws -> (utf8: [UInt8], notes: [LoadNote]) {
        var notes: [LoadNote] = []
        let utf16 = utf16Order(bytes)
        var text: [UInt8]
        // UTF-8 as it comes: validated and checked for damage in one pass.
        if (forced ?? .auto) == .auto && utf16 == nil, let report = bytes.withUnsafeBufferPointer({ DamagedText.scan($0) }) {
            try refuse(report, file: file)
            return (bytes, notes)
        }
        switch forced ?? .auto {
        case .auto:
            if let order = utf16 {
                text = try decodeUTF16(bytes, bigEndian: order, file: file)
                notes.append(LoadNote(vi: "mã hoá: UTF-16 (Unicode Text)", en: "encoding: UTF-16 (Unicode Text)"))
            } else if let decoded = cleanWindows1258(bytes) {
                text = Array(decoded.utf8)
                notes.append(LoadNote(vi: "mã hoá: Windows-1258 (tệp không phải UTF-8)", en: "encoding: Windows-1258 (the file is not UTF-8)"))
            } else {
                // Not UTF-8, not clean Windows-1258: raw TCVN3 or VNI bytes are named as such.
                let glyphs = Array(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar(CodePages.cp1252($0))! })).utf8)
                let report = glyphs.withUnsafeBufferPointer { DamagedText.scan($0) }
                if let report, let f = report.main, f.kind == .tcvn3 || f.kind == .vni {
                    throw DamageMessage.error(f, count: report.lines[f.kind]!, file: file, whereVi: "dòng \(f.line)", whereEn: "line \(f.line)")
                }
                throw notText(bytes, file: file)
            }
        case .utf8:
            guard isValidUTF8(bytes) else { throw notText(bytes, file: file, asked: "UTF-8") }
            text = bytes
        case .utf16:
            text = try decodeUTF16(bytes, bigEndian: utf16 ?? false, file: file)
            notes.append(LoadNote(vi: "mã hoá: UTF-16 (theo --encoding)", en: "encoding: UTF-16 (from --encoding)"))
        case .windows1258:
            guard let decoded = windows1258(bytes) else { throw notText(bytes, file: file, asked: "Windows-1258") }
            text = Array(decoded.utf8)
            notes.append(LoadNote(vi: "mã hoá: Windows-1258 (theo --encoding)", en: "encoding: Windows-1258 (from --encoding)"))
        case .tcvn3, .vni:
            let tcvn = forced == .tcvn3
            if isValidUTF8(bytes) {
                text = Array(LegacyGlyphs.convert(String(decoding: bytes, as: UTF8.self), tcvn3: tcvn).utf8)
            } else if tcvn {
                text = Array(TCVN3.decode(bytes: bytes).precomposedStringWithCanonicalMapping.utf8)
            } else {
                let glyphs = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar(CodePages.cp1252($0))! }))
                text = Array(VNI.decode(glyphs: Substring(glyphs)).precomposedStringWithCanonicalMapping.utf8)
            }
            notes.append(tcvn ? LoadNote(vi: "mã hoá: TCVN3 (.VnTime/ABC) chuyển sang Unicode", en: "encoding: TCVN3 (.VnTime/ABC) converted to Unicode")
                              : LoadNote(vi: "mã hoá: VNI chuyển sang Unicode", en: "encoding: VNI converted to Unicode"))
        }
        guard let report = text.withUnsafeBufferPointer({ DamagedText.scan($0) }) else { throw notText(text, file: file) }
        try refuse(report, file: file)
        return (text, notes)
    }

    static func refuse(_ report: DamagedText.Report, file: String) throws {
        if let f = report.main {
            throw DamageMessage.error(f, count: report.lines[f.kind]!, file: file, whereVi: "dòng \(f.line)", whereEn: "line \(f.line)")
        }
    }

    static func isValidUTF8(_ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { (try? CSVReader.validateUTF8($0, from: 0)) != nil }
    }

    /// The first line that is not UTF-8, and how to save the file.
    static func notText(_ bytes: [UInt8], file: String, asked: String? = nil) -> TableFileError {
        var line = 1
        if let e = bytes.withUnsafeBufferPointer({ b -> CSVError? in
            do { try CSVReader.validateUTF8(b, from: 0); return nil } catch { return error as? CSVError }
        }) { line = e.line }
        let askedVi = asked.map { " theo \($0)" } ?? ""
        let askedEn = asked.map { " as \($0)" } ?? ""
        return TableFileError(
            vi: "\(file), dòng \(line): không đọc được\(askedVi) (không phải UTF-8, UTF-16 hay Windows-1258). Hãy mở tệp bằng Excel và lưu lại: Lưu thành → “CSV UTF-8 (Comma delimited)”.",
            en: "\(file), line \(line): cannot be read\(askedEn) (not UTF-8, UTF-16 or Windows-1258). Open it in Excel and save it again: Save As → “CSV UTF-8 (Comma delimited)”.")
    }

    // MARK: UTF-16

    /// Byte order of UTF-16 text: from the BOM, else from zero bytes in the first few hundred
    /// (ASCII in UTF-16 has one in every pair). nil: not UTF-16.
    static func utf16Order(_ b: [UInt8]) -> Bool? {
        if b.count >= 2 && b[0] == 0xFF && b[1] == 0xFE { return false }
        if b.count >= 2 && b[0] == 0xFE && b[1] == 0xFF { return true }
        let n = min(b.count, 512) & ~1
        guard n >= 4 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: n, by: 2) {
            if b[i] == 0 { evenZero += 1 }
            if b[i + 1] == 0 { oddZero += 1 }
        }
        let pairs = n / 2
        if oddZero * 10 >= pairs * 7 && evenZero == 0 { return false }
        if evenZero * 10 >= pairs * 7 && oddZero == 0 { return true }
        return nil
    }

    static func decodeUTF16(_ b: [UInt8], bigEndian: Bool, file: String) throws -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(b.count / 2)
        var i = (b.count >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) ? 2 : 0
        while i + 1 < b.count {
            units.append(bigEndian ? UInt16(b[i]) << 8 | UInt16(b[i + 1]) : UInt16(b[i + 1]) << 8 | UInt16(b[i]))
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count * 2)
        var line = 1
        var it = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let u):
                if u == "\n" { line += 1 }
                out.append(contentsOf: String(u).utf8)
            case .emptyInput: break loop
            case .error:
                throw TableFileError(vi: "\(file), dòng \(line): tệp UTF-16 bị hỏng (cặp mã thay thế lẻ)", en: "\(file), line \(line): broken UTF-16 (an unpaired surrogate)")
            }
        }
        if b.count % 2 == 1 {
            throw TableFileError(vi: "\(file): tệp UTF-16 bị cắt cụt (số byte lẻ)", en: "\(file): truncated UTF-16 (an odd number of bytes)")
        }
        return out
    }

    // MARK: Windows-1258

    /// Windows-1258 → NFC text; nil when a byte is undefined.
    static func windows1258(_ b: [UInt8]) -> String? {
        var s = String.UnicodeScalarView()
        for c in b {
            if c < 0x80 { s.append(Unicode.Scalar(c)); continue }
            let v = CodePages.cp1258[Int(c) - 0x80]
            guard v != 0 else { return nil }
            s.append(Unicode.Scalar(v)!)
        }
        return String(s).precomposedStringWithCanonicalMapping
    }

    /// Windows-1258 only when it decodes cleanly: every byte defined, no control characters
    /// but tab and line breaks, and every tone mark right after a vowel.
    static func cleanWindows1258(_ b: [UInt8]) -> String? {
        let vowels: Set<UInt8> = Set("aeiouyAEIOUY".utf8).union([0xC2, 0xC3, 0xCA, 0xD4, 0xD5, 0xDD, 0xE2, 0xE3, 0xEA, 0xF4, 0xF5, 0xFD])
        let marks: Set<UInt8> = [0xCC, 0xD2, 0xDE, 0xEC, 0xF2]
        var prev: UInt8 = 0x20
        for c in b {
            if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D { return nil }
            if c == 0x7F { return nil }
            if marks.contains(c) && !vowels.contains(prev) { return nil }
            prev = c
        }
        return windows1258(b)
    }
}

/// `--encoding tcvn3|vni` on text that is already UTF-8: every field (text between
/// separators and line breaks) is converted, unless it holds a letter only Unicode has
/// ("ă", "ễ", "ư"): a file where some cells were retyped in Unicode keeps them.
enum LegacyGlyphs {
    static func convert(_ text: String, tcvn3: Bool) -> String {
        var out = String.UnicodeScalarView()
        var field = String.UnicodeScalarView()
        func flush() {
            guard !field.isEmpty else { return }
            if field.contains(where: { VietLetters.isVietnameseOnly($0.value) }) {
                out.append(contentsOf: field)
            } else {
                let f = Substring(String(field))
                out.append(contentsOf: (tcvn3 ? TCVN3.decode(glyphs: f) : VNI.decode(glyphs: f)).unicodeScalars)
            }
            field.removeAll()
        }
        for u in text.unicodeScalars {
            if u == "," || u == ";" || u == "\t" || u == "\n" || u == "\r" || u == "\"" { flush(); out.append(u) } else { field.append(u) }
        }
        flush()
        return String(out).precomposedStringWithCanonicalMapping
    }
}
