import DanVanCore
import Foundation

/// Reads any roster file into text rows: CSV/TSV in any of the encodings people have, or an
/// .xlsx workbook. Legacy .xls, HTML tables named .xls, OpenDocument and damaged text are
/// refused with what to do.
public enum TableFile {
    public static func load(_ bytes: [UInt8], fileName: String, sheet: String?, encoding: ForcedEncoding?) throws -> LoadedTable {
        switch sniff(bytes) {
        case .zip:
            return try loadWorkbook(bytes, file: fileName, sheet: sheet, encoding: encoding)
        case .ole2:
            throw TableFileError(
                vi: "\(fileName): đây là sổ tính Excel 97–2003 (.xls) hoặc sổ tính có mật khẩu, danvan không đọc được. Hãy mở bằng Excel (bỏ mật khẩu nếu có) và lưu thành “Excel Workbook (.xlsx)” hoặc “CSV UTF-8 (Comma delimited)”.",
                en: "\(fileName): this is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which danvan cannot read. Open it in Excel (remove the password, if any) and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8 (Comma delimited)”.")
        case .markup:
            throw TableFileError(
                vi: "\(fileName): đây là một trang HTML/XML (thường do phần mềm xuất ra với đuôi .xls), không phải sổ tính thật. Hãy mở bằng Excel và lưu thành “Excel Workbook (.xlsx)” hoặc “CSV UTF-8 (Comma delimited)”.",
                en: "\(fileName): this is an HTML/XML page (often exported by software under a .xls name), not a real workbook. Open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8 (Comma delimited)”.")
        case .text:
            if let sheet {
                throw TableFileError(vi: "\(fileName): --sheet “\(sheet)” chỉ dùng cho sổ tính .xlsx; tệp này là văn bản (CSV)",
                                     en: "\(fileName): --sheet “\(sheet)” only goes with .xlsx workbooks; this file is text (CSV)")
            }
            let (utf8, notes) = try TextDecoding.decode(bytes, file: fileName, forced: encoding)
            return LoadedTable(content: .delimitedText(utf8), notes: notes)
        }
    }

    enum Kind { case zip, ole2, markup, text }

    /// What the file is, from its first bytes (never from its name).
    static func sniff(_ b: [UInt8]) -> Kind {
        if b.starts(with: [0x50, 0x4B, 0x03, 0x04]) || b.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if b.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole2 }
        // HTML or XML: after a BOM and white space (in UTF-8 or UTF-16), a "<" opens a tag.
        var ascii: [UInt8] = []
        var k = 0
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { k = 3 } else if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) { k = 2 }
        while k < b.count && ascii.count < 512 {
            if b[k] != 0 { ascii.append(b[k] | (b[k] >= 0x41 && b[k] <= 0x5A ? 0x20 : 0)) }
            k += 1
        }
        let head = String(decoding: ascii, as: UTF8.self).trimmingPrefixWhitespace()
        if head.hasPrefix("<") {
            for tag in ["<html", "<!doctype html", "<table", "<?xml", "<meta", "<head", "<body", "<workbook", "<style"] where head.contains(tag) { return .markup }
        }
        return .text
    }

    static func loadWorkbook(_ bytes: [UInt8], file: String, sheet: String?, encoding: ForcedEncoding?) throws -> LoadedTable {
        let legacy: ForcedEncoding? = encoding == .tcvn3 || encoding == .vni ? encoding : nil
        if let encoding, encoding != .auto, legacy == nil {
            throw TableFileError(vi: "\(file): --encoding \(encoding.rawValue) không dùng cho .xlsx (sổ tính luôn là Unicode); chỉ tcvn3 hoặc vni",
                                 en: "\(file): --encoding \(encoding.rawValue) does not apply to .xlsx (workbooks are always Unicode); only tcvn3 or vni do")
        }
        var book = try Workbook(bytes, file: file, legacy: legacy)
        let names = book.sheets.map(\.name)
        let list = names.map { "“\($0)”" }.joined(separator: ", ")
        var notes: [LoadNote] = []
        var chosen: (Workbook.Sheet, SheetGrid)?
        if let sheet {
            let folded = VietText.fold(sheet).trimmingCharacters(in: .whitespaces)
            guard let s = book.sheets.first(where: { $0.name == sheet })
                    ?? book.sheets.first(where: { VietText.fold($0.name).trimmingCharacters(in: .whitespaces) == folded }) else {
                throw TableFileError(vi: "\(file): không có trang tính “\(sheet)”; sổ tính có: \(list)", en: "\(file): no sheet “\(sheet)”; the workbook has: \(list)")
            }
            chosen = (s, try book.read(s))
            if chosen!.1.isEmpty {
                throw TableFileError(vi: "\(file): trang tính “\(s.name)” trống", en: "\(file): sheet “\(s.name)” is empty")
            }
        } else {
            for s in book.sheets where !s.hidden {
                let g = try book.read(s)
                if !g.isEmpty { chosen = (s, g); break }
            }
            guard chosen != nil else {
                throw TableFileError(vi: "\(file): sổ tính không có trang tính nào có dữ liệu (các trang: \(list))", en: "\(file): no sheet of the workbook holds any data (sheets: \(list))")
            }
        }
        let (s, grid) = chosen!
        if let d = grid.damage {
            let f = DamagedText.Finding(kind: d.kind, line: 0, word: d.text, sample: DamagedText.sample(d.text))
            throw DamageMessage.error(f, count: d.count, file: file, whereVi: "trang tính “\(s.name)”, ô \(d.cell)", whereEn: "sheet “\(s.name)”, cell \(d.cell)")
        }
        notes.append(names.count > 1
            ? LoadNote(vi: "trang tính “\(s.name)” (sổ tính có: \(list))", en: "sheet “\(s.name)” (sheets: \(list))")
            : LoadNote(vi: "trang tính “\(s.name)”", en: "sheet “\(s.name)”"))
        if book.date1904 { notes.append(LoadNote(vi: "ngày tính theo hệ 1904", en: "1904 date system")) }
        if let legacy {
            notes.append(legacy == .tcvn3 ? LoadNote(vi: "chữ TCVN3 (.VnTime/ABC) chuyển sang Unicode", en: "TCVN3 (.VnTime/ABC) text converted to Unicode")
                                          : LoadNote(vi: "chữ VNI chuyển sang Unicode", en: "VNI text converted to Unicode"))
        }
        return LoadedTable(content: .grid(grid.records), notes: notes, sheets: book.sheets.filter { !$0.hidden }.map(\.name), sheet: s.name)
    }
}

extension String {
    func trimmingPrefixWhitespace() -> Substring {
        self.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
    }
}
