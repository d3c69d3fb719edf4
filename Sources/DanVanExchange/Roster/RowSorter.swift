import DanVanCore

/// Tells the data rows of a roster from the rows around and between them: blank rows, rows
/// holding only their number, sub-headings ("TỔ ĐẢNG SỐ 1 (Xóm 1, Xóm 2)"), totals
/// ("Tổng cộng: 22 đồng chí") and the signature footer ("T/M CHI BỘ", "BÍ THƯ", the signer's
/// name). Every row set aside is listed with its reason; a member row after the footer is an
/// error, not dropped. A row of delimited text with more or fewer fields than the header has
/// shifted values (an unquoted comma in an address) and is refused on its line.
///
/// Most rows are plain data: they are recognised by a few comparisons, without folding text.
enum RowSorter {
    struct Sorted {
        var kept: [CSVReader.Record] = []
        var skipped: [ImportIssue] = []
        var errors: [ImportIssue] = []
        /// The sub-headings inside the table, by line, their text without a section mark ("I.").
        var headings: [(line: Int, text: String)] = []
    }

    static func sort(_ body: ArraySlice<CSVReader.Record>, width: Int, layout: Layout, delimited: Bool) -> Sorted {
        var s = Sorted()
        s.kept.reserveCapacity(body.count)
        let stt = layout.sttIndex, name = layout.nameIndex
        var footer: Int?  // the line the footer starts on
        var summary: Int?  // the line a summary table below the roster starts on ("TỔNG HỢP")
        var skippedRuns: [(from: Int, to: Int, vi: String, en: String)] = []
        func skip(_ line: Int, _ vi: String, _ en: String) {
            if let last = skippedRuns.last, last.vi == vi, line - last.to == 1 {
                skippedRuns[skippedRuns.count - 1].to = line
            } else {
                skippedRuns.append((line, line, vi, en))
            }
        }
        for rec in body {
            let f = rec.fields
            var filled = 0, first = -1
            for i in f.indices where !f[i].isEmpty {
                filled += 1
                if first < 0 { first = i }
            }
            if filled == 0 {
                if footer != nil { skip(rec.line, Reason.footer.vi, Reason.footer.en) } else { skip(rec.line, "dòng trống", "blank row") }
                continue
            }
            let nameCell = name.map { $0 < f.count ? f[$0] : "" } ?? ""
            let sttNumber = stt.map { $0 < f.count && isNumber(f[$0]) } ?? false
            if let start = summary, footer == nil {
                // Everything under a summary heading is that table, not members; a numbered
                // row with a person's name there is a member misplaced, refused on its line.
                if sttNumber && Keywords.looksLikePersonName(VietText.clean(nameCell)) {
                    s.errors.append(ImportIssue(line: rec.line, column: nil,
                                                vi: "dòng đảng viên nằm trong bảng tổng hợp dưới danh sách (từ dòng \(start)); hãy đưa lên trong danh sách hoặc xóa bảng tổng hợp",
                                                en: "a member row inside the summary table below the roster (from line \(start)); move it into the roster or remove the summary"))
                } else if Keywords.isFooter(VietText.fold(VietText.clean(f[first]))) || f.contains(where: { !$0.isEmpty && Keywords.isFooter(VietText.fold(VietText.clean($0))) }) && filled <= 3 {
                    footer = rec.line
                    skip(rec.line, Reason.footer.vi, Reason.footer.en)
                } else {
                    skip(rec.line, Reason.summary.vi, Reason.summary.en)
                }
                continue
            }
            // The common case, decided by a few comparisons: a numbered row with a name, or a
            // row with a name and several filled cells that does not open with "Tổng"/"Cộng".
            var plain = false
            if footer == nil && !nameCell.isEmpty {
                if sttNumber {
                    plain = true
                } else if filled >= 4 {
                    if (Keywords.mayStartTotals(f[first]) && Keywords.isTotals(VietText.fold(VietText.clean(f[first]))))
                        || (Keywords.mayStartTotals(nameCell) && Keywords.isTotals(VietText.fold(VietText.clean(nameCell)))) {
                        skip(rec.line, Reason.totals.vi, Reason.totals.en)
                        continue
                    }
                    plain = true
                }
            }
            if !plain {
                if let reason = classify(f, filled: filled, first: first, nameCell: nameCell, stt: stt, sttNumber: sttNumber,
                                         afterFooter: footer != nil) {
                    if reason == .footer && footer == nil { footer = rec.line }
                    if reason == .heading && !s.kept.isEmpty && Keywords.isSummaryHeading(VietText.fold(VietText.clean(f[first]))) {
                        summary = rec.line
                        skip(rec.line, Reason.summary.vi, Reason.summary.en)
                        continue
                    }
                    if reason == .heading { s.headings.append((rec.line, headingText(f))) }
                    skip(rec.line, reason.vi, reason.en)
                    continue
                }
                if let start = footer {
                    s.errors.append(ImportIssue(line: rec.line, column: nil,
                                                vi: "dòng đảng viên nằm sau phần ký tên (bắt đầu ở dòng \(start)); hãy đưa lên trong bảng hoặc xóa phần ký tên",
                                                en: "a member row after the signature footer (from line \(start)); move it into the table or remove the footer"))
                    continue
                }
            }
            if f.count != width {
                if delimited || f.count > width {
                    s.errors.append(ImportIssue(line: rec.line, column: nil,
                                                vi: "dòng có \(f.count) ô nhưng tiêu đề có \(width) cột; có lẽ một dấu phân cách nằm trong ô mà không có ngoặc kép (ví dụ dấu phẩy trong địa chỉ) — không nhập dòng đã lệch",
                                                en: "the row has \(f.count) fields but the header has \(width); probably a separator inside a field without quotes (such as a comma in an address) — a shifted row is not imported"))
                    continue
                }
                var padded = rec
                padded.fields += Array(repeating: "", count: width - f.count)
                s.kept.append(padded)
                continue
            }
            s.kept.append(rec)
        }
        for r in skippedRuns {
            let line = r.from
            let vi = r.to > r.from ? "\(r.vi) (đến dòng \(r.to))" : r.vi
            let en = r.to > r.from ? "\(r.en) (through line \(r.to))" : r.en
            s.skipped.append(ImportIssue(line: line, column: nil, vi: vi, en: en))
        }
        return s
    }

    enum Reason: Equatable {
        case numberOnly, heading, totals, footer, summary
        var vi: String {
            switch self {
            case .summary: "bảng tổng hợp dưới danh sách"
            case .numberOnly: "chỉ có số thứ tự, không có dữ liệu"
            case .heading: "tiêu đề nhóm trong bảng"
            case .totals: "dòng tổng cộng"
            case .footer: "phần ký tên cuối bảng"
            }
        }
        var en: String {
            switch self {
            case .numberOnly: "only a row number, no data"
            case .heading: "sub-heading inside the table"
            case .totals: "totals row"
            case .footer: "signature footer"
            case .summary: "summary table below the roster"
            }
        }
    }

    /// Why a row that is not plain data is left out; nil: it is data.
    static func classify(_ f: [String], filled: Int, first: Int, nameCell: String, stt: Int?, sttNumber: Bool, afterFooter: Bool) -> Reason? {
        let firstText = VietText.clean(f[first])
        let folded = VietText.fold(firstText)
        if Keywords.isTotals(folded) && !sttNumber { return .totals }
        if filled <= 3 && !sttNumber && f.contains(where: { !$0.isEmpty && Keywords.isFooter(VietText.fold(VietText.clean($0))) }) {
            return .footer
        }
        if afterFooter {
            // The signer's name and blank space under the footer; a numbered row with a name is data.
            return sttNumber && !nameCell.isEmpty ? nil : .footer
        }
        if filled == 1 && sttNumber { return .numberOnly }
        // One text across the row (a merged cell in a workbook fills every cell with it).
        let distinct = Set(f.filter { !$0.isEmpty }.map(VietText.clean))
        let romanOrLetter = stt.map { $0 < f.count && Keywords.isSectionMark(f[$0]) } ?? false
        // The text must sit where a heading is written (the first, number or name column) or
        // fill the row (a merged cell); a lone value elsewhere is a row missing its data.
        let nameIndex = f.firstIndex { !$0.isEmpty && VietText.clean($0) == VietText.clean(nameCell) && !nameCell.isEmpty }
        let placed = first == 0 || first == stt || (nameIndex != nil && nameIndex == first) || filled == f.count
        if distinct.count == 1 && !sttNumber && placed {
            // A lone person's name under the name column is a member with only a name.
            if !nameCell.isEmpty && VietText.clean(nameCell) == firstText && Keywords.looksLikePersonName(firstText) { return nil }
            return .heading
        }
        if romanOrLetter && distinct.count == 2 && !Keywords.looksLikePersonName(VietText.clean(nameCell)) { return .heading }
        return nil
    }

    /// "I. CHI BỘ KHU PHỐ 1" (in one cell, or "I." in the number column): the text without the mark.
    static func headingText(_ f: [String]) -> String {
        var words: [String] = []
        for cell in f where !cell.isEmpty && !Keywords.isSectionMark(cell) {
            let t = VietText.clean(cell)
            if words.isEmpty, let sp = t.firstIndex(of: " "), Keywords.isSectionMark(String(t[..<sp])) {
                words.append(String(t[t.index(after: sp)...]))
            } else if !words.contains(t) {
                words.append(t)
            }
        }
        return words.joined(separator: " ")
    }

    static func isNumber(_ s: String) -> Bool {
        var n = 0
        for b in s.utf8 {
            if b == 0x20 || b == 0x2E { continue }  // "1." and " 1"
            guard b >= 0x30 && b <= 0x39 else { return false }
            n += 1
        }
        return n > 0
    }
}

/// The words that mark rows which are not data.
enum Keywords {
    /// Cheap test on the first bytes: could this cell open with "Tổng", "TỔNG", "Cộng",
    /// "CỘNG" or their forms without diacritics? (Trần, Tống, Cao, Công… cannot.)
    static func mayStartTotals(_ s: String) -> Bool {
        var it = s.utf8.makeIterator()
        guard let b0 = it.next(), let b1 = it.next() else { return false }
        guard b0 == 0x54 || b0 == 0x74 || b0 == 0x43 || b0 == 0x63 else { return false }  // T t C c
        if b1 == 0x6F || b1 == 0x4F { return true }  // o O
        guard b1 == 0xE1, it.next() == 0xBB, let b3 = it.next() else { return false }
        return b3 == 0x94 || b3 == 0x95 || b3 == 0x98 || b3 == 0x99  // Ổ ổ Ộ ộ
    }

    static func isTotals(_ f: String) -> Bool {
        f.hasPrefix("tong cong") || f.hasPrefix("tong so") || f == "cong" || f.hasPrefix("cong:") || f.hasPrefix("tong:")
            || f.hasPrefix("cong ") && f.contains("dong chi") || f.hasPrefix("tong ") && f.contains("dong chi")
    }

    /// The heading of a second table under the roster: "TỔNG HỢP", "THỐNG KÊ SỐ LƯỢNG", "Bảng tổng hợp".
    static func isSummaryHeading(_ f: String) -> Bool {
        ["tong hop", "thong ke", "bang tong hop", "bieu tong hop", "so lieu tong hop", "bang thong ke"].contains { f.hasPrefix($0) }
    }

    static func isFooter(_ f: String) -> Bool {
        let starts = ["t/m ", "tm ", "t/m.", "tm.", "nguoi lap bieu", "nguoi lap danh sach", "nguoi lap", "xac nhan cua", "ky ten", "(ky", "noi nhan"]
        if starts.contains(where: { f.hasPrefix($0) }) { return true }
        if ["bi thu", "pho bi thu", "bi thu chi bo", "pho bi thu chi bo", "nguoi lap", "thu truong don vi"].contains(f) { return true }
        // "An Bình, ngày 10 tháng 12 năm 2025"
        if f.contains("ngay") && f.contains("thang") && f.contains("nam") && f.contains(",") { return true }
        return false
    }

    /// "I", "II", "A", "B." in the number column: a section.
    static func isSectionMark(_ s: String) -> Bool {
        let t = VietText.clean(s).trimmingCharacters(in: ["."])
        guard !t.isEmpty, t.count <= 4 else { return false }
        return t.allSatisfy { "IVXivx".contains($0) } || (t.count == 1 && t.first!.isLetter && t.first!.isUppercase)
    }

    /// Two to seven words, each starting with a capital letter and the rest small letters.
    static func looksLikePersonName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (2...7).contains(words.count) else { return false }
        for w in words {
            guard let c = w.first, c.isUppercase, w.dropFirst().allSatisfy({ $0.isLowercase || $0 == "'" || $0 == "’" }) else { return false }
        }
        return true
    }
}
