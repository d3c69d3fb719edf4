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
        for sec in sections(lang) {
            lines.append("")
            lines.append(sec.title)
            let cells = sec.rows.map { $0.map { $0.formatted(lang) } }
            var widths = sec.columns.map { VietText.width($0.title) }
            for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], VietText.width(c)) } }
            func line(_ row: [String]) -> String {
                var s = ""
                for (i, c) in row.enumerated() {
                    if i > 0 { s += "  " }
                    s += VietText.pad(c, to: widths[i], alignRight: sec.columns[i].numeric)
                }
                // Trailing spaces of a left-aligned last column help nobody.
                while s.last == " " { s.removeLast() }
                return s
            }
            let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
            lines.append(line(sec.columns.map(\.title)))
            lines.append(rule)
            if cells.isEmpty { lines.append(lang == .vi ? "(không có)" : "(none)") }
            for (i, row) in cells.enumerated() {
                if sec.hasTotal && i == cells.count - 1 { lines.append(rule) }
                lines.append(line(row))
            }
            if let note = sec.note { lines.append(note) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// GitHub-flavoured Markdown: a heading per section and pipe tables.
    public func markdown(_ lang: Lang) -> String {
        func esc(_ s: String) -> String {
            var o = ""
            for ch in s {
                switch ch {
                case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": o.append("\\"); o.append(ch)
                case "\n", "\r": o.append(" ")
                default: o.append(ch)
                }
            }
            return o
        }
        var lines = ["# " + esc(title(lang)), "", esc(unitLine(lang)) + "  ", esc(generatedLine(lang)), ""]
        for s in headline.sentences(lang) { lines.append("- " + esc(s)) }
        for sec in sections(lang) {
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
            var v = s
            if let f = v.first, "=+-@".contains(f), Int(v) == nil, Double(v) == nil { v = "'" + v }
            if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return v
        }
        func row(_ cells: [String]) -> String { cells.map(field).joined(separator: ",") }
        var lines = [
            row(["report", lang == .vi ? "Đơn vị" : "Unit", lang == .vi ? "Năm" : "Year", lang == .vi ? "Lập lúc" : "Generated"]),
            row(["report", path, String(year), Report.stamp(generatedAt, seconds: true)]),
        ]
        for sec in sections(lang) {
            lines.append("")
            lines.append(row([sec.code] + sec.columns.map(\.title)))
            for r in sec.rows { lines.append(row([sec.code] + r.map(\.plain))) }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
