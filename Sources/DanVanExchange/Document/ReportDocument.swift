import Foundation
import DanVanCore

/// `danvan report --format docx`: the report as the Party files it (Hướng dẫn 36-HD/VPTW):
/// the issuing body top left with the document number, "ĐẢNG CỘNG SẢN VIỆT NAM" top right with
/// the place and date in italics, the title in bold capitals, the figures woven into sentences,
/// the sections as tables, the assessment left for the secretary (highlighted placeholders),
/// the signature block and "Nơi nhận:", and the members not yet evaluated as an appendix.
/// Times New Roman 14 pt on A4. The frame is Vietnamese whatever `--lang` (it is a Party
/// document); the table labels follow `--lang`.
public enum ReportDocument {
    public static func make(_ report: Report, state: State, lang: Lang, today: Day = Day.local(Date())) throws -> [UInt8] {
        typealias R = DocxWriter.Run
        var d = DocxWriter()
        let head = report.letterhead
        let superior = head.superior.isEmpty ? nil : head.superior
        let isCell = head.isCell
        let text = 9355  // A4 width less the margins, in twips

        // Header block.
        var left = ""
        if let superior { left += DocxWriter.paragraphXML([R(superior.uppercased(), size: 26)], align: .center, after: 0) }
        left += DocxWriter.paragraphXML([R(head.issuer.uppercased(), bold: true, size: 26)], align: .center, after: 0)
        left += DocxWriter.paragraphXML([R("*", size: 26)], align: .center, after: 0)
        left += DocxWriter.paragraphXML([R("Số ", size: 26), R("[số]", size: 26, placeholder: true), R("-BC/\(head.code)", size: 26)], align: .center, after: 0)
        let date = Letterhead.words(today)
        var right = DocxWriter.paragraphXML([R("ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, underline: true, size: 30)], align: .center, after: 240)
        right += DocxWriter.paragraphXML([DocxWriter.placeRun(head), R(", \(date)", italic: true)], align: .center, after: 0)
        d.layout([left, right], widths: [4100, text - 4100])

        // Title.
        d.paragraph([R("BÁO CÁO", bold: true, size: 30)], align: .center, before: 360, after: 0)
        d.paragraph([R("kết quả phân công đảng viên trực tiếp làm công tác dân vận năm \(report.year)", bold: true)], align: .center, after: 0)
        d.paragraph([R("-----")], align: .center, after: 240)

        // I. Results, in sentences, then the tables.
        d.paragraph([R("I. KẾT QUẢ THỰC HIỆN", bold: true)], keepNext: true)
        let s = report.headline.sentences(.vi)
        d.paragraph([R("Toàn \(isCell ? "chi bộ" : "đảng bộ") có \(s[0]); có \(s[1]); có \(s[2]).")], indentFirst: 567)
        let tables = report.tables(lang)
        let appendix = tables.first { $0.code == "not_evaluated" }
        for t in tables where t.code != "not_evaluated" {
            d.paragraph([R(t.title, bold: true, italic: true)], before: 120, keepNext: true)
            addTable(t, to: &d, width: text, lang: lang)
        }
        if let appendix, !appendix.rows.isEmpty {
            d.paragraph([R("Có \(NumberFormat.count(appendix.rows.count, .vi)) đảng viên có nhiệm vụ chưa được đánh giá năm \(report.year) (danh sách ở phụ lục).")], before: 120, indentFirst: 567)
        }

        // II–III. What only the secretary can write.
        d.paragraph([R("II. ĐÁNH GIÁ CHUNG", bold: true)], before: 240, keepNext: true)
        d.paragraph([R("1. Ưu điểm: ", bold: true), R("[nhận xét ưu điểm]", placeholder: true)], indentFirst: 567)
        d.paragraph([R("2. Hạn chế, nguyên nhân: ", bold: true), R("[nhận xét hạn chế và nguyên nhân]", placeholder: true)], indentFirst: 567)
        d.paragraph([R("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", bold: true)], before: 240, keepNext: true)
        d.paragraph([R("[phương hướng, nhiệm vụ]", placeholder: true)], indentFirst: 567)

        // Signature block and recipients.
        var recipients = DocxWriter.paragraphXML([R("Nơi nhận:", bold: true, italic: true, size: 24)], align: .left, after: 0)
        recipients += DocxWriter.paragraphXML([R("- ", size: 22), R(superior.map { "\($0) (để báo cáo)" } ?? "[cấp trên]", size: 22, placeholder: superior == nil), R(",", size: 22)], align: .left, after: 0)
        recipients += DocxWriter.paragraphXML([R("- Lưu \(isCell ? "chi bộ" : "văn phòng").", size: 22)], align: .left, after: 0)
        var sign = DocxWriter.paragraphXML([R(head.onBehalf, bold: true)], align: .center, after: 0)
        sign += DocxWriter.paragraphXML([R("BÍ THƯ", bold: true)], align: .center, after: 1200)
        sign += DocxWriter.paragraphXML([DocxWriter.signerRun(head)], align: .center, after: 0)
        d.paragraph([R("")], after: 120)
        d.layout([recipients, sign], widths: [4600, text - 4600])

        // Appendix: every member not yet evaluated.
        if let appendix, !appendix.rows.isEmpty {
            d.pageBreak()
            d.paragraph([R("PHỤ LỤC", bold: true)], align: .center, after: 0)
            d.paragraph([R("Danh sách đảng viên có nhiệm vụ chưa được đánh giá năm \(report.year)", bold: true)], align: .center, after: 240)
            addTable(appendix, to: &d, width: text, lang: lang)
        }
        return try d.package()
    }

    static func addTable(_ t: ReportTable, to d: inout DocxWriter, width: Int, lang: Lang) {
        guard !t.rows.isEmpty else {
            d.paragraph([DocxWriter.Run(lang == .vi ? "(không có)" : "(none)", italic: true)])
            return
        }
        let numeric = t.columns.indices.map { c in t.rows.allSatisfy { row in if case .text = row[c] { return false } else { return true } } }
        // Text columns share what the number columns leave.
        let numberWidth = 1250
        let texts = numeric.filter { !$0 }.count
        let textWidth = texts == 0 ? 0 : max(1400, (width - numberWidth * (t.columns.count - texts)) / texts)
        let widths = numeric.map { $0 ? numberWidth : textWidth }
        var rows: [[[String]]] = [t.columns.map { [$0] }]
        for r in t.rows {
            rows.append(r.map { v in
                switch v {
                case .text(let s): [s]
                case .count(let n): [NumberFormat.count(n, lang)]
                case .percent(let p): [NumberFormat.percent(tenths: p, lang)]
                }
            })
        }
        let total = t.rows.last.map { if case .text(let s) = $0.first ?? .text("") { return s.lowercased().hasPrefix("tổng") || s.lowercased().hasPrefix("total") } else { return false } } ?? false
        d.table(rows, widths: widths, header: true, borders: true, numeric: numeric, boldLast: total)
    }

}
