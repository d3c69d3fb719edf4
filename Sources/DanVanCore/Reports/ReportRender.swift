import Foundation

/// The formats a report is written in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, md, csv, json, html

    /// Accepts the names above plus "markdown" and "txt".
    public static func parse(_ s: String) -> ReportFormat? {
        switch s.lowercased() {
        case "markdown": .md
        case "txt": .text
        default: ReportFormat(rawValue: s.lowercased())
        }
    }
}

extension Report {
    /// The report in `format`; labels and numbers in `lang` (JSON keys and numbers do not
    /// depend on the language; its `lang` field says which labels the other formats used).
    public func render(_ format: ReportFormat, _ lang: Lang) -> String {
        switch format {
        case .text: text(lang)
        case .md: markdown(lang)
        case .csv: csv(lang)
        case .json: json()
        case .html: html(lang)
        }
    }

    /// Plain text with columns aligned by display width (Vietnamese marks take no column).
    public func text(_ lang: Lang) -> String {
        var lines = [title(lang), unitLine(lang), generatedLine(lang), ""]
        for s in headline.sentences(lang) { lines.append("- " + s) }
        for sec in sections(lang, nameLimit: Report.readableNameLimit) {
            lines.append("")
            lines.append(sec.title)
            let cells = sec.rows.map { $0.map { $0.formatted(lang) } }
            let cellWidths = cells.map { $0.map(Report.displayWidth) }
            var widths = sec.columns.map { Report.displayWidth($0.title) }
            for row in cellWidths { for (i, w) in row.enumerated() { widths[i] = max(widths[i], w) } }
            func line(_ row: [String], _ rowWidths: [Int]) -> String {
                var s = ""
                for (i, c) in row.enumerated() {
                    if i > 0 { s += "  " }
                    // Columns are as wide as their widest cell, so padding never cuts.
                    let fill = String(repeating: " ", count: widths[i] - rowWidths[i])
                    s += sec.columns[i].numeric ? fill + c : c + fill
                }
                // Trailing spaces of a left-aligned last column help nobody.
                while s.last == " " { s.removeLast() }
                return s
            }
            let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
            lines.append(line(sec.columns.map(\.title), sec.columns.map { Report.displayWidth($0.title) }))
            lines.append(rule)
            if cells.isEmpty { lines.append(lang == .vi ? "(không có)" : "(none)") }
            for (i, row) in cells.enumerated() {
                if sec.hasTotal && i == cells.count - 1 { lines.append(rule) }
                lines.append(line(row, cellWidths[i]))
            }
            if let note = sec.note { lines.append(note) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// GitHub-flavoured Markdown: a heading per section and pipe tables.
    public func markdown(_ lang: Lang) -> String {
        func esc(_ s: String) -> String {
            guard s.utf8.contains(where: { Report.markdownSpecial[Int($0)] }) else { return s }
            var o = String.UnicodeScalarView()
            for ch in s.unicodeScalars {
                switch ch {
                case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": o.append("\\"); o.append(ch)
                case "\n", "\r": o.append(" ")
                default: o.append(ch)
                }
            }
            return String(o)
        }
        var lines = ["# " + esc(title(lang)), "", esc(unitLine(lang)) + "  ", esc(generatedLine(lang)), ""]
        for s in headline.sentences(lang) { lines.append("- " + esc(s)) }
        for sec in sections(lang, nameLimit: Report.readableNameLimit) {
            lines.append("")
            lines.append("## " + esc(sec.title))
            lines.append("")
            if sec.rows.isEmpty {
                lines.append(lang == .vi ? "_(không có)_" : "_(none)_")
                continue
            }
            lines.append("| " + sec.columns.map { esc($0.title) }.joined(separator: " | ") + " |")
            lines.append("|" + sec.columns.map { $0.numeric ? " ---: |" : " --- |" }.joined())
            for (i, row) in sec.rows.enumerated() {
                let total = sec.hasTotal && i == sec.rows.count - 1
                let cells = row.map { c -> String in
                    let s = esc(c.formatted(lang))
                    return total && !s.isEmpty ? "**\(s)**" : s
                }
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
            if let note = sec.note {
                lines.append("")
                lines.append("_" + esc(note) + "_")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the diacritics),
    /// comma-separated, CRLF line ends, RFC 4180 quoting. One block per section, blocks
    /// separated by an empty line; every row of a block — its header row included — starts
    /// with the section code (summary, children, target_groups, places, evaluations,
    /// not_evaluated, masses, models, meetings), so filtering on the first column yields
    /// one table. Counts are plain digits, percents "19.3" (empty when there is none),
    /// labels in `lang`. The first block, `report`, holds the unit, year and generation time.
    public func csv(_ lang: Lang) -> String {
        func field(_ s: String) -> String {
            // Quote when needed; neutralise spreadsheet formulas in text cells.
            let v = SpreadsheetText.neutralised(s)
            if v.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) {
                return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return v
        }
        func row(_ cells: [String]) -> String { cells.map(field).joined(separator: ",") }
        var lines = [
            row(["report", lang == .vi ? "Đơn vị" : "Unit", lang == .vi ? "Năm" : "Year", lang == .vi ? "Lập lúc" : "Generated"]),
            row(["report", path, String(year), Report.stamp(generatedAt, seconds: true)]),
        ]
        for sec in sections(lang) {  // every row: csv is read by programs
            lines.append("")
            lines.append(row([sec.code] + sec.columns.map(\.title)))
            for r in sec.rows { lines.append(row([sec.code] + r.map(\.plain))) }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Bytes Markdown must escape (plus line breaks), for a quick check before escaping.
    static let markdownSpecial: [Bool] = (0..<256).map { "|\\*_`[]<>#\n\r".utf8.contains(UInt8($0)) }

    /// Terminal columns of `s`: the scalar count when every scalar is one column wide
    /// (ASCII, Latin-1, Latin Extended, precomposed Vietnamese), else `VietText.width`.
    static func displayWidth(_ s: String) -> Int {
        var n = 0
        for u in s.unicodeScalars {
            let v = u.value
            guard (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300) || (v >= 0x1E00 && v <= 0x1EFF)
                || (v >= 0x2010 && v <= 0x2027) else { return VietText.width(s) }
            n += 1
        }
        return n
    }
}
