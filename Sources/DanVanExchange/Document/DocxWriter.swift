/// A small WordprocessingML (.docx) writer: paragraphs of runs, tables, an A4 page. Every
/// text goes through `escape`, so no input can break the XML.
struct DocxWriter {
    /// XML-escaped text; characters XML 1.0 cannot hold are left out (Word has no escape for them).
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                let v = u.value
                if (v < 0x20 && v != 0x09) || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    struct Run {
        var text: String
        var bold = false
        var italic = false
        var underline = false
        /// Half-points (28 = 14 pt); nil: the document default.
        var size: Int?
        /// A placeholder the secretary fills in Word: highlighted in yellow.
        var placeholder = false
        init(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Int? = nil, placeholder: Bool = false) {
            self.text = text
            self.bold = bold
            self.italic = italic
            self.underline = underline
            self.size = size
            self.placeholder = placeholder
        }
    }
    enum Align: String { case left, center, right, both }

    private(set) var body = ""

    /// Twentieths of a point: 120 = 6 pt.
    mutating func paragraph(_ runs: [Run], align: Align = .both, before: Int = 0, after: Int = 120, indentFirst: Int = 0, keepNext: Bool = false) {
        body += DocxWriter.paragraphXML(runs, align: align, before: before, after: after, indentFirst: indentFirst, keepNext: keepNext)
    }

    static func paragraphXML(_ runs: [Run], align: Align = .both, before: Int = 0, after: Int = 120, indentFirst: Int = 0, keepNext: Bool = false) -> String {
        var p = "<w:p><w:pPr>"
        if keepNext { p += "<w:keepNext/>" }
        p += #"<w:spacing w:before="\#(before)" w:after="\#(after)"/>"#
        if indentFirst > 0 { p += #"<w:ind w:firstLine="\#(indentFirst)"/>"# }
        p += #"<w:jc w:val="\#(align.rawValue)"/></w:pPr>"#
        for r in runs { p += runXML(r) }
        return p + "</w:p>"
    }

    static func runXML(_ r: Run) -> String {
        var props = ""
        if r.bold { props += "<w:b/>" }
        if r.italic { props += "<w:i/>" }
        if r.underline { props += #"<w:u w:val="single"/>"# }
        if let s = r.size { props += #"<w:sz w:val="\#(s)"/><w:szCs w:val="\#(s)"/>"# }
        if r.placeholder { props += #"<w:highlight w:val="yellow"/>"# }
        var out = ""
        // Line breaks inside a run become <w:br/>.
        for (k, line) in r.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if k > 0 { out += "<w:br/>" }
            out += #"<w:t xml:space="preserve">\#(escape(String(line)))</w:t>"#
        }
        return "<w:r>" + (props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>") + out + "</w:r>"
    }

    /// A table; `widths` in twips; `borders` false for layout tables (the header and signature blocks).
    mutating func table(_ rows: [[[String]]], widths: [Int], header: Bool, borders: Bool, numeric: [Bool] = [], size: Int? = 24, boldLast: Bool = false) {
        var t = "<w:tbl><w:tblPr>"
        t += #"<w:tblW w:w="\#(widths.reduce(0, +))" w:type="dxa"/><w:tblLayout w:type="fixed"/>"#
        if borders {
            t += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { #"<w:\#($0) w:val="single" w:sz="4" w:space="0" w:color="000000"/>"# }.joined() + "</w:tblBorders>"
        }
        t += #"<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#
        for w in widths { t += #"<w:gridCol w:w="\#(w)"/>"# }
        t += "</w:tblGrid>"
        for (k, row) in rows.enumerated() {
            let isHeader = header && k == 0
            let bold = isHeader || (boldLast && k == rows.count - 1)
            t += "<w:tr>" + (isHeader ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            for (c, cell) in row.enumerated() {
                t += #"<w:tc><w:tcPr><w:tcW w:w="\#(c < widths.count ? widths[c] : 1000)" w:type="dxa"/></w:tcPr>"#
                let align: Align = isHeader || !borders ? .center : (c < numeric.count && numeric[c] ? .right : .left)
                for line in cell.isEmpty ? [""] : cell {
                    t += DocxWriter.paragraphXML([Run(line, bold: bold, size: size)], align: align, after: 0)
                }
                t += "</w:tc>"
            }
            t += "</w:tr>"
        }
        body += t + "</w:tbl>"
    }

    /// The package: document, styles (Times New Roman 14 pt), A4 with the margins of
    /// Hướng dẫn 36-HD/VPTW (top and bottom 20 mm, left 30 mm, right 15 mm).
    func package() throws -> [UInt8] {
        let document = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>"#
            + body
            + "<w:p/>"  // the body never ends on a table: Word wants a paragraph there
            + #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>"#
        let styles = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#
        let types = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#
        let rels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#
        let docRels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
        return try XLSXWriter.zip([("[Content_Types].xml", Array(types.utf8)), ("_rels/.rels", Array(rels.utf8)),
                                   ("word/document.xml", Array(document.utf8)), ("word/_rels/document.xml.rels", Array(docRels.utf8)),
                                   ("word/styles.xml", Array(styles.utf8))])
    }
}

extension DocxWriter {
    /// A borderless layout table whose cells are given as paragraph XML (header and signature blocks).
    mutating func layout(_ cells: [String], widths: [Int]) {
        var t = #"<w:tbl><w:tblPr><w:tblW w:w="\#(widths.reduce(0, +))" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#
        for w in widths { t += #"<w:gridCol w:w="\#(w)"/>"# }
        t += "</w:tblGrid><w:tr>"
        for (k, c) in cells.enumerated() { t += #"<w:tc><w:tcPr><w:tcW w:w="\#(widths[k])" w:type="dxa"/></w:tcPr>\#(c.isEmpty ? "<w:p/>" : c)</w:tc>"# }
        body += t + "</w:tr></w:tbl>"
    }

    mutating func pageBreak() { body += #"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"# }
}
