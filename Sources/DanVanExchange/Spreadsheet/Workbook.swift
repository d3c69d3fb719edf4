import DanVanCore

/// An .xlsx workbook opened for reading: its sheets (in tab order), date system, shared
/// strings and the number format of every cell style.
struct Workbook {
    struct Sheet {
        var name: String
        var path: String
        var hidden: Bool
    }

    var zip: ZipContainer
    let file: String
    var sheets: [Sheet] = []
    var date1904 = false
    /// Shared strings, read once the first sheet needs them.
    var shared: [String]?
    var sharedDamage: [Int: TextDamage] = [:]
    var styleKinds: [CellText.NumberKind] = []
    /// `--encoding tcvn3|vni`: convert text cells from glyphs.
    let legacy: ForcedEncoding?
    private var sharedPath: String?
    private var stylesPath: String?

    init(_ bytes: [UInt8], file: String, legacy: ForcedEncoding?) throws {
        self.file = file
        self.legacy = legacy
        zip = try ZipContainer(bytes, file: file)
        let rootRels = try part("_rels/.rels").map { try Workbook.relationships($0, base: "", part: "_rels/.rels", file: file) } ?? [:]
        let bookPath = rootRels.values.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard let book = try part(bookPath) else {
            if zip.has("mimetype") || zip.has("content.xml") {
                throw TableFileError(vi: "\(file): đây là bảng tính OpenDocument (.ods), không phải .xlsx. Hãy mở bằng LibreOffice và lưu thành “Excel 2007-365 (.xlsx)” hoặc “CSV UTF-8”.",
                                     en: "\(file): this is an OpenDocument spreadsheet (.ods), not .xlsx. Open it in LibreOffice and save it as “Excel 2007-365 (.xlsx)” or CSV UTF-8.")
            }
            throw TableFileError(vi: "\(file): tệp zip này không phải sổ tính Excel (.xlsx): không có xl/workbook.xml", en: "\(file): this zip file is not an Excel workbook (.xlsx): no xl/workbook.xml")
        }
        let dir = bookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (dir.isEmpty ? "" : dir + "/") + "_rels/" + (bookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        let rels = try part(relsPath).map { try Workbook.relationships($0, base: dir, part: relsPath, file: file) } ?? [:]
        sharedPath = rels.values.first { $0.type.hasSuffix("/sharedStrings") }?.target ?? (zip.has("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
        stylesPath = rels.values.first { $0.type.hasSuffix("/styles") }?.target ?? (zip.has("xl/styles.xml") ? "xl/styles.xml" : nil)
        try parse(book, part: bookPath) { s, token in
            guard case .open(let name, let attrs, _) = token else { return }
            if s.isName(name, "workbookPr"), let v = s.attributeText(attrs, "date1904") {
                date1904 = v == "1" || v.lowercased() == "true"
            } else if s.isName(name, "sheet") {
                let sheetName = s.attributeText(attrs, "name") ?? "?"
                guard let id = s.attributeText(attrs, "id"), let rel = rels[id], rel.type.hasSuffix("/worksheet") else { return }
                let state = s.attributeText(attrs, "state") ?? "visible"
                sheets.append(Sheet(name: sheetName, path: rel.target, hidden: state != "visible"))
            }
        }
        guard !sheets.isEmpty else {
            throw TableFileError(vi: "\(file): sổ tính không có trang tính nào", en: "\(file): the workbook has no worksheet")
        }
        if let stylesPath, let bytes = try part(stylesPath) { styleKinds = try readStyles(bytes, part: stylesPath) }
    }

    mutating func part(_ path: String) throws -> [UInt8]? { try zip.read(path) }

    /// Runs `body` over every token of a part; a malformed part is an error naming it.
    func parse(_ bytes: [UInt8], part: String, sheet: String? = nil, _ body: (inout XMLScanner, XMLScanner.Token) throws -> Void) throws {
        try Self.scan(bytes, part: part, sheet: sheet, file: file, body)
    }

    /// The one token loop over a part of the package: a malformed part is an error naming the
    /// file and the part (or the sheet, when it is one).
    static func scan(_ bytes: [UInt8], part: String, sheet: String? = nil, file: String,
                     _ body: (inout XMLScanner, XMLScanner.Token) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { buf in
            var s = XMLScanner(buf)
            do {
                while true {
                    let t = try s.next()
                    if case .end = t { break }
                    try body(&s, t)
                }
            } catch let f as XMLScanner.Failure {
                if let sheet {
                    throw TableFileError(vi: "\(file): trang tính “\(sheet)” hỏng ở byte \(f.offset): \(f.reason)",
                                         en: "\(file): sheet “\(sheet)” is malformed at byte \(f.offset): \(f.reason)")
                }
                throw TableFileError(vi: "\(file): phần “\(part)” của tệp .xlsx hỏng ở byte \(f.offset): \(f.reason)",
                                     en: "\(file): part “\(part)” of the .xlsx is malformed at byte \(f.offset): \(f.reason)")
            }
        }
    }

    struct Relationship { var type: String; var target: String }

    /// Id → relationship, targets resolved to zip paths.
    static func relationships(_ bytes: [UInt8], base: String, part: String, file: String) throws -> [String: Relationship] {
        var out: [String: Relationship] = [:]
        try scan(bytes, part: part, file: file) { s, t in
            guard case .open(let name, let attrs, _) = t, s.isName(name, "Relationship"),
                  let id = s.attributeText(attrs, "Id"), let target = s.attributeText(attrs, "Target") else { return }
            if s.attributeText(attrs, "TargetMode") == "External" { return }
            out[id] = Relationship(type: s.attributeText(attrs, "Type") ?? "", target: resolve(target, base: base))
        }
        return out
    }

    /// "worksheets/sheet1.xml" under "xl" → "xl/worksheets/sheet1.xml"; "/xl/…" is absolute; ".." climbs.
    static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for p in target.split(separator: "/") {
            if p == ".." { _ = parts.popLast() } else if p != "." { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }

    /// The number kind of every cell style (cellXfs, in order).
    func readStyles(_ bytes: [UInt8], part: String) throws -> [CellText.NumberKind] {
        var custom: [Int: CellText.NumberKind] = [:]
        var ids: [Int] = []
        var inXfs = false
        try parse(bytes, part: part) { s, token in
            switch token {
            case .open(let name, let attrs, let selfClosing):
                if s.isName(name, "numFmt"), let id = s.attributeText(attrs, "numFmtId").flatMap({ Int($0) }) {
                    custom[id] = CellText.kind(formatCode: s.attributeText(attrs, "formatCode") ?? "")
                } else if s.isName(name, "cellXfs") {
                    inXfs = !selfClosing
                } else if inXfs && s.isName(name, "xf") {
                    ids.append(s.attributeText(attrs, "numFmtId").flatMap { Int($0) } ?? 0)
                }
            case .close(let name):
                if s.isName(name, "cellXfs") { inXfs = false }
            default: break
            }
        }
        return ids.map { custom[$0] ?? CellText.kind(builtinFormat: $0) }
    }

    /// Reads the shared strings once (converted from legacy glyphs when asked) and notes which are damaged.
    mutating func loadShared() throws {
        guard shared == nil else { return }
        var list: [String] = []
        if let sharedPath, let bytes = try part(sharedPath) {
            var acc: [UInt8] = []
            var inItem = false, inText = false, phonetic = 0
            try parse(bytes, part: sharedPath) { s, token in
                switch token {
                case .open(let name, _, let selfClosing):
                    if s.isName(name, "si") {
                        acc.removeAll(keepingCapacity: true)
                        if selfClosing { list.append("") } else { inItem = true }
                    } else if s.isName(name, "rPh") && !selfClosing { phonetic += 1 }
                    else if s.isName(name, "t") && !selfClosing && inItem && phonetic == 0 { inText = true }
                case .close(let name):
                    if s.isName(name, "si") {
                        list.append(CellText.unescapeOOXML(String(decoding: acc, as: UTF8.self)))
                        inItem = false
                    } else if s.isName(name, "t") { inText = false }
                    else if s.isName(name, "rPh") { phonetic -= 1 }
                case .text(let r): if inText { s.appendText(r, to: &acc) }
                case .rawText(let r): if inText { acc.append(contentsOf: UnsafeBufferPointer(rebasing: s.b[r])) }
                default: break
                }
            }
        }
        for k in list.indices {
            if let legacy { list[k] = LegacyGlyphs.convert(list[k], tcvn3: legacy == .tcvn3) }
            if Workbook.mayBeDamaged(list[k]), let (kind, _) = DamagedText.firstDamage(in: list[k]) { sharedDamage[k] = kind }
        }
        shared = list
    }

    /// Only text with a non-ASCII character or a "?" can be damaged.
    static func mayBeDamaged(_ s: String) -> Bool {
        s.utf8.contains { $0 >= 0x80 || $0 == 0x3F }
    }
}
