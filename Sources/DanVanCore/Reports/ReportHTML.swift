import Foundation

extension Report {
    /// One self-contained printable page: inline CSS (with print rules), the tables of
    /// every section, CSS bar charts for the shares, `lang` set, every text escaped and
    /// no external resource (no script, font, image or link).
    public func html(_ lang: Lang) -> String {
        func esc(_ s: String) -> String {
            var o = ""
            o.reserveCapacity(s.utf8.count)
            for ch in s.unicodeScalars {
                switch ch {
                case "&": o += "&amp;"
                case "<": o += "&lt;"
                case ">": o += "&gt;"
                case "\"": o += "&quot;"
                case "'": o += "&#39;"
                default: o.unicodeScalars.append(ch)
                }
            }
            return o
        }
        /// A bar of `tenths` per mille of the full width (clamped to 0…100%).
        func bar(_ tenths: Int?) -> String {
            guard let t = tenths else { return "" }
            let w = NumberFormat.plainDecimal(tenths: min(max(t, 0), 1000))!
            return "<div class=\"bar\"><span style=\"width:\(w)%\"></span></div>"
        }
        var h = """
        <!DOCTYPE html>
        <html lang="\(lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title(lang))) — \(esc(path))</title>
        <style>
        body{font-family:"Times New Roman",Times,serif;margin:2em auto;max-width:60em;padding:0 1em;color:#111}
        h1{font-size:1.3em;text-align:center;text-transform:uppercase}
        h2{font-size:1.1em;margin-top:1.6em;border-bottom:1px solid #999}
        p.meta{text-align:center;margin:.2em}
        ul.headline li{margin:.3em 0;font-weight:bold}
        table{border-collapse:collapse;width:100%;margin:.5em 0}
        th,td{border:1px solid #888;padding:.25em .5em;vertical-align:top}
        th{background:#eee}
        td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        tr.total td{font-weight:bold;background:#f6f6f6}
        td.chart{width:22%}
        .bar{background:#e4e4e4;height:.8em;min-width:6em}
        .bar span{display:block;height:100%;background:#b71c1c}
        p.note{font-style:italic;font-size:.9em;color:#444}
        table.doc-head,table.doc-sign{display:none;border:0;margin:0 0 1em}
        table.doc-head td,table.doc-sign td{border:0;text-align:center;vertical-align:top;width:50%}
        .doc-party{font-weight:bold;text-decoration:underline}.doc-recv{font-weight:bold;font-style:italic}.doc-date{font-style:italic}.doc-fill{background:#ff0}
        @page{size:A4;margin:20mm 15mm 20mm 30mm}
        @media print{body{margin:0;max-width:none;font-size:14pt}h2{break-after:avoid}tr{break-inside:avoid}
        table.doc-head,table.doc-sign{display:table}p.meta{display:none}
        .bar,.bar span,th,tr.total td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        </style>
        </head>
        <body>
        \(lang == .vi ? printHead(esc) : "")
        <h1>\(esc(title(lang)))</h1>
        <p class="meta">\(esc(unitLine(lang)))</p>
        <p class="meta">\(esc(generatedLine(lang)))</p>
        <ul class="headline">

        """
        for s in headline.sentences(lang) { h += "<li>\(esc(s))</li>\n" }
        h += "</ul>\n"
        for sec in sections(lang, nameLimit: Report.readableNameLimit) {
            h += "<section id=\"\(sec.code)\">\n<h2>\(esc(sec.title))</h2>\n"
            if sec.rows.isEmpty {
                h += "<p>\(lang == .vi ? "(không có)" : "(none)")</p>\n</section>\n"
                continue
            }
            // Sections with a share column get a bar chart beside the figures.
            let chartColumn = sec.columns.indices.first { i in
                sec.rows.contains { if case .percent = $0[i] { true } else { false } }
            }
            h += "<table>\n<thead><tr>"
            for c in sec.columns { h += "<th>\(esc(c.title))</th>" }
            if chartColumn != nil { h += "<th></th>" }
            h += "</tr></thead>\n<tbody>\n"
            for (i, row) in sec.rows.enumerated() {
                let total = sec.hasTotal && i == sec.rows.count - 1
                h += total ? "<tr class=\"total\">" : "<tr>"
                for (j, c) in row.enumerated() {
                    h += sec.columns[j].numeric ? "<td class=\"num\">" : "<td>"
                    h += esc(c.formatted(lang)) + "</td>"
                }
                if let k = chartColumn {
                    if case .percent(let t) = row[k], !total { h += "<td class=\"chart\">\(bar(t))</td>" } else { h += "<td></td>" }
                }
                h += "</tr>\n"
            }
            h += "</tbody>\n</table>\n"
            if let note = sec.note { h += "<p class=\"note\">\(esc(note))</p>\n" }
            h += "</section>\n"
        }
        if lang == .vi { h += printSignature(esc) }
        h += "</body>\n</html>\n"
        return h
    }

    /// The header block of a Party document (Hướng dẫn 36-HD/VPTW), shown when printed: the
    /// issuing body and number on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" with place and date on the
    /// right; the blanks are the secretary's to fill in.
    func printHead(_ esc: (String) -> String) -> String {
        let h = letterhead
        let fill = "<span class=\"doc-fill\">……</span>"
        var left = h.superior.isEmpty ? "" : esc(h.superior.uppercased()) + "<br>"
        left += "<b>\(esc(h.issuer.uppercased()))</b><br>*<br>Số \(fill)-BC/\(esc(h.code))"
        let place = h.placeName.isEmpty ? fill : esc(h.placeName)
        return "<table class=\"doc-head\"><tr><td>\(left)</td><td><span class=\"doc-party\">ĐẢNG CỘNG SẢN VIỆT NAM</span><br><br>"
            + "<span class=\"doc-date\">\(place), \(Letterhead.words(Day.local(generatedAt)))</span></td></tr></table>"
    }

    /// "Nơi nhận" and the signature block, shown when printed.
    func printSignature(_ esc: (String) -> String) -> String {
        let h = letterhead
        let fill = "<span class=\"doc-fill\">……</span>"
        let to = h.superior.isEmpty ? fill : esc(h.superior) + " (để báo cáo)"
        let name = h.signer.isEmpty ? fill : "<b>\(esc(h.signer))</b>"
        return "<table class=\"doc-sign\"><tr><td style=\"text-align:left\"><span class=\"doc-recv\">Nơi nhận:</span><br>- \(to),<br>- Lưu.</td>"
            + "<td><b>\(esc(h.onBehalf))</b><br><b>BÍ THƯ</b><br><br><br><br>\(name)</td></tr></table>\n"
    }
}
