import DanVanCore

/// Column-wide decisions on values, made before rows are read one by one: which date form a
/// column uses (day or month first, the century of two-digit years, Excel day numbers),
/// card numbers Excel has damaged, phones that lost their leading 0, "4 hộ". Cells written
/// in another form are rewritten into the one the row reader takes (yyyy-mm-dd), and every
/// such decision is listed. A plain column costs one byte check per cell.
struct ValueRepair {
    let kind: RosterTable.Kind
    let header: [String]
    let written: [String: String]
    let today: Day
    var headerLine = 1
    var inferred: [ImportIssue] = []
    var errors: [ImportIssue] = []
    private let map: HeaderMap

    init(kind: RosterTable.Kind, header: [String], written: [String: String], today: Day) {
        self.kind = kind
        self.header = header
        self.written = written
        self.today = today
        map = HeaderMap(header: header, columns: kind == .members ? MemberColumns.all : AssignmentColumns.all)
    }

    private func name(_ c: Column) -> String { written[c.key] ?? map.written[c.key] ?? c.vi }

    mutating func repair(_ rows: inout [CSVReader.Record]) {
        typealias M = MemberColumns
        typealias A = AssignmentColumns
        let dates: [(Column, Bool)] = kind == .members
            ? [(M.birthDate, true), (M.joined, false), (M.fullMemberDate, false), (M.statusDate, false)]
            : [(A.from, false), (A.to, false)]
        let dateAt = dates.compactMap { c, birth in map.position(c).map { (c, birth, $0) } }
        let card = map.position(M.cardNo), phone = kind == .members ? map.position(M.phone) : nil
        let look = ValueRepair.columnsToLookAt(rows, dates: dateAt.map(\.2), card: card, phone: phone)
        for (c, isBirth, i) in dateAt where look.dates.contains(i) { dateColumn(i, c, birth: isBirth, &rows) }
        if let i = card, look.card { cardColumn(i, &rows) }
        if let i = phone, look.phone { phoneColumn(i, &rows) }
        if kind == .assignments, let i = map.position(A.households) { householdColumn(i, &rows) }
        if let i = map.position(kind == .members ? M.fullName : A.fullName) { nameColumn(i, kind == .members ? M.fullName : A.fullName, &rows) }
        if kind == .members { defaults() }
    }

    /// One pass over the rows (each row's cells are read while in cache) finds the columns
    /// that hold anything but the common forms — dates not in dd/mm/yyyy or yyyy-mm-dd, a
    /// card that is not 8 plain digits, a 9-digit phone; only those are read again.
    static func columnsToLookAt(_ rows: [CSVReader.Record], dates: [Int], card: Int?, phone: Int?) -> (dates: Set<Int>, card: Bool, phone: Bool) {
        var odd = [Bool](repeating: false, count: dates.count), oddCount = 0
        var cardOdd = card == nil, phoneOdd = phone == nil
        for r in rows {
            let f = r.fields
            for k in dates.indices where !odd[k] && !f[dates[k]].isEmpty {
                if case .other = commonForm(f[dates[k]]) { odd[k] = true; oddCount += 1 }
            }
            if !cardOdd, let c = card {
                var n = 0
                for b in f[c].utf8 { guard b >= 0x30 && b <= 0x39 else { n = -1; break }; n += 1 }
                if n != 8 && n != 0 { cardOdd = true }
            }
            if !phoneOdd, let p = phone, f[p].utf8.count == 9 || f[p].utf8.first == 0x27 { phoneOdd = true }
            if oddCount == dates.count && cardOdd && phoneOdd { break }
        }
        return (Set(dates.indices.filter { odd[$0] }.map { dates[$0] }), card != nil && cardOdd, phone != nil && phoneOdd)
    }

    /// Defaults that change a counted figure, named with the column that is missing.
    private mutating func defaults() {
        typealias M = MemberColumns
        let line = headerLine
        if !map.has(M.status) {
            inferred.append(ImportIssue(line: line, column: nil,
                                        vi: "không có cột “Trạng thái”: đảng viên mới được ghi là Đang sinh hoạt",
                                        en: "no “status” column: new members are recorded as active"))
        }
        if !map.has(M.kind) {
            inferred.append(ImportIssue(line: line, column: nil,
                                        vi: "không có cột “Loại”: có ngày chính thức hoặc số thẻ là Chính thức; vào Đảng chưa đủ 12 tháng là Dự bị; các dòng khác được liệt kê",
                                        en: "no “kind” column: a full-membership date or a card means full; joined less than 12 months ago means probationary; other rows are listed"))
        }
    }

    // MARK: dates

    private mutating func dateColumn(_ i: Int, _ c: Column, birth: Bool, _ rows: inout [CSVReader.Record]) {
        // First pass: the common forms need nothing; note what else the column holds.
        var dayFirst: [Int] = [], monthFirst: [Int] = []  // lines whose numbers decide the order
        var odd: [Int] = []  // row indices with another form
        var hasSerial = false
        for k in rows.indices {
            let s = rows[k].fields[i]
            if s.isEmpty { continue }
            switch ValueRepair.commonForm(s) {
            case .dayFirst: dayFirst.append(rows[k].line); continue
            case .plain: continue
            case .other: break
            }
            odd.append(k)
            switch DateText.form(s) {
            case .numeric(let a, let b, _, _):
                if a > 12 && b <= 12 { dayFirst.append(rows[k].line) } else if b > 12 && a <= 12 { monthFirst.append(rows[k].line) }
            case .serial: hasSerial = true
            default: break
            }
        }
        guard !odd.isEmpty else {
            return
        }
        let column = name(c)
        if !dayFirst.isEmpty && !monthFirst.isEmpty {
            // Refuse the side with fewer rows, naming rows of the other.
            let (few, many, fewVi, fewEn) = monthFirst.count <= dayFirst.count
                ? (monthFirst, dayFirst, "tháng trước ngày", "month first") : (dayFirst, monthFirst, "ngày trước tháng", "day first")
            let others = many.prefix(5).map(String.init).joined(separator: ", ") + (many.count > 5 ? ", …" : "")
            for l in few {
                errors.append(ImportIssue(line: l, column: column,
                                          vi: "ngày viết \(fewVi), trái với các dòng \(others); cột phải theo một thứ tự — hãy sửa cho thống nhất",
                                          en: "the date is written \(fewEn), unlike lines \(others); a column keeps one order — make them agree"))
            }
            return
        }
        let monthFirstColumn = !monthFirst.isEmpty
        if monthFirstColumn {
            // Every row agrees: the column is month/day; the common dd/mm/yyyy cells were read day-first and are redone.
            for k in rows.indices where !rows[k].fields[i].isEmpty && FieldParsing.commonDay(rows[k].fields[i]) != nil {
                if rows[k].fields[i].utf8.count == 10, !odd.contains(k) { odd.append(k) }
            }
            inferred.append(ImportIssue(line: monthFirst[0], column: column,
                                        vi: "cột ghi tháng trước ngày (mm/dd/yyyy), ví dụ dòng \(monthFirst[0]); mọi dòng của cột đều hợp với cách đọc này",
                                        en: "the column writes the month first (mm/dd/yyyy), e.g. line \(monthFirst[0]); every row of it agrees"))
        }
        var twoDigit: (line: Int, raw: String, day: Day)?
        var serialExample: (line: Int, raw: String, day: Day)?
        var partialExample: (line: Int, raw: String, day: Day)?
        var long: (line: Int, raw: String, day: Day)?
        for k in odd {
            let raw = rows[k].fields[i]
            let line = rows[k].line
            var day: Day?
            switch DateText.form(raw) {
            case .numeric(let a, let b, let y, let two):
                let year = two ? century(y, birth: birth) : y
                day = monthFirstColumn ? Day(year: year, month: a, day: b) : Day(year: year, month: b, day: a)
                if two, let d = day, twoDigit == nil { twoDigit = (line, raw, d) }
            case .exact(let d):
                day = d
                if long == nil && !raw.contains("-") { long = (line, raw, d) }
            case .monthYear(let m, let y, let two):
                day = Day.month(m, of: two ? century(y, birth: birth) : y)
                if let d = day, partialExample == nil { partialExample = (line, raw, d) }
            case .year(let y):
                day = Day.year(y)
                if let d = day, partialExample == nil { partialExample = (line, raw, d) }
            case .serial(let n):
                day = DateText.fromSerial(n)
                if let d = day, serialExample == nil { serialExample = (line, raw, d) }
            case .invalid:
                if hasSerial, let n = Int(VietText.clean(raw)), (60...2999).contains(n) {
                    day = DateText.fromSerial(n)
                }
                if day == nil { continue }  // the row reader names it
            }
            if let d = day { rows[k].fields[i] = d.iso }
        }
        if let t = twoDigit {
            inferred.append(ImportIssue(line: t.line, column: column,
                                        vi: "năm viết hai chữ số được đọc sao cho không ngày nào ở tương lai\(birth ? " và người sinh ra đủ tuổi vào Đảng" : ""), ví dụ “\(t.raw)” → \(t.day.vn)",
                                        en: "two-digit years are read so that no date lies in the future\(birth ? " and members were of age to join" : ""), e.g. “\(t.raw)” → \(t.day.iso)"))
        }
        if let s = serialExample {
            inferred.append(ImportIssue(line: s.line, column: column,
                                        vi: "số ngày của Excel được đọc thành ngày, ví dụ \(s.raw) → \(s.day.vn)",
                                        en: "Excel day numbers are read as dates, e.g. \(s.raw) → \(s.day.iso)"))
        }
        if let p = partialExample {
            // A member's date keeps its precision; an assignment counts by whole days.
            let (vi, en, stored) = switch c.key {
            case AssignmentColumns.from.key: ("được ghi là ngày đầu của tháng hoặc năm", "are stored as the first day of the month or year", p.day.firstDay)
            case AssignmentColumns.to.key: ("được ghi là ngày cuối của tháng hoặc năm", "are stored as the last day of the month or year", p.day.lastDay)
            default: ("được giữ đúng như vậy (không thêm ngày, tháng)", "are kept as written (no day or month is made up)", p.day)
            }
            inferred.append(ImportIssue(line: p.line, column: column,
                                        vi: "ngày chỉ có tháng và năm, hoặc chỉ có năm, \(vi), ví dụ “\(p.raw)” → \(stored.vn)",
                                        en: "dates with only a month and year, or only a year, \(en), e.g. “\(p.raw)” → \(stored.iso)"))
        }
        if let l = long {
            inferred.append(ImportIssue(line: l.line, column: column,
                                        vi: "ngày viết bằng chữ được đọc, ví dụ “\(VietText.clean(l.raw))” → \(l.day.vn)",
                                        en: "written-out dates are read, e.g. “\(VietText.clean(l.raw))” → \(l.day.iso)"))
        }
    }

    enum Common { case plain, dayFirst, other }

    /// dd/mm/yyyy (`dayFirst` when the day is over 12, so the order is certain) or
    /// yyyy-mm-dd, told from the bytes without building a date; `other` for anything else.
    /// An impossible day (31/02) is left to the row reader, which names it.
    static func commonForm(_ s: String) -> Common {
        var s = s
        return s.withUTF8 { u -> Common in
            guard u.count == 10 else { return .other }
            @inline(__always) func digit(_ k: Int) -> Int? { u[k] >= 0x30 && u[k] <= 0x39 ? Int(u[k]) - 48 : nil }
            @inline(__always) func two(_ k: Int) -> Int? {
                guard let a = digit(k), let b = digit(k + 1) else { return nil }
                return a * 10 + b
            }
            if u[2] == 0x2F && u[5] == 0x2F {
                guard let day = two(0), let month = two(3), two(6) != nil, two(8) != nil,
                      month >= 1 && month <= 12, day >= 1 && day <= 31 else { return .other }
                return day > 12 ? .dayFirst : .plain
            }
            if u[4] == 0x2D && u[7] == 0x2D {
                guard two(0) != nil, two(2) != nil, let month = two(5), let day = two(8),
                      month >= 1 && month <= 12, day >= 1 && day <= 31 else { return .other }
                return .plain
            }
            return .other
        }
    }

    /// The century of a two-digit year: never in the future; a birth at least 18 years ago.
    private func century(_ yy: Int, birth: Bool) -> Int {
        let latest = birth ? today.year - 18 : today.year
        let y = 2000 + yy
        return y <= latest ? y : 1900 + yy
    }

    // MARK: numbers

    private mutating func cardColumn(_ i: Int, _ rows: inout [CSVReader.Record]) {
        let column = name(MemberColumns.cardNo)
        var marked: [Int] = []
        defer { noteTextMarks(marked, MemberColumns.cardNo) }
        for k in rows.indices {
            var s = rows[k].fields[i]
            if s.isEmpty { continue }
            if let bare = Self.withoutTextMark(s) { s = bare; rows[k].fields[i] = bare; marked.append(rows[k].line) }
            var digits = 0, other = false
            for b in s.utf8 { if b >= 0x30 && b <= 0x39 { digits += 1 } else { other = true } }
            if !other {
                if digits == 12 {
                    errors.append(ImportIssue(line: rows[k].line, column: column,
                                              vi: "“\(s)” có 12 chữ số: đó là số CCCD, không phải số thẻ đảng viên (8 chữ số); hãy đưa sang cột “Số CCCD”",
                                              en: "“\(s)” has 12 digits: a citizen ID (CCCD), not a party card (8 digits); move it to a “Số CCCD” column"))
                }
                continue
            }
            let t = VietText.clean(s)
            let upper = t.uppercased()
            let scientific = upper.contains("E+") || upper.contains("E-") || (upper.contains("E") && upper.allSatisfy { $0.isNumber || ".,E+".contains($0) })
            let groups = t.split(whereSeparator: { (ch: Character) in ch == "." || ch == "," || ch == " " })
            let grouped = !scientific && groups.count > 1
                && t.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," || $0 == " " })
                && groups.dropFirst().allSatisfy { $0.count == 3 }
            if scientific || grouped {
                let how = "Excel đã đổi số thẻ thành “\(t)”: các chữ số đã mất hoặc bị đổi. Trong Excel, chọn cột số thẻ, Định dạng ô → Văn bản (Text), nhập lại số thẻ rồi lưu lại"
                let howEn = "Excel turned the card number into “\(t)”: digits are lost or changed. In Excel, select the card column, Format Cells → Text, type the card numbers again and save"
                errors.append(ImportIssue(line: rows[k].line, column: column, vi: how, en: howEn))
            }
        }
    }

    private mutating func phoneColumn(_ i: Int, _ rows: inout [CSVReader.Record]) {
        var restored: [Int] = [], marked: [Int] = []
        defer { noteTextMarks(marked, MemberColumns.phone) }
        for k in rows.indices {
            var s = rows[k].fields[i]
            if let bare = Self.withoutTextMark(s) { s = bare; rows[k].fields[i] = bare; marked.append(rows[k].line) }
            guard s.utf8.count == 9, s.utf8.first != 0x30, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            rows[k].fields[i] = "0" + s
            restored.append(rows[k].line)
        }
        guard !restored.isEmpty else { return }
        let lines = restored.prefix(10).map(String.init).joined(separator: ", ") + (restored.count > 10 ? ", … (\(restored.count))" : "")
        inferred.append(ImportIssue(line: restored[0], column: name(MemberColumns.phone),
                                    vi: "số điện thoại 9 chữ số đã mất số 0 đầu (Excel): thêm lại số 0 ở dòng \(lines)",
                                    en: "9-digit phones lost their leading 0 (Excel): the 0 is restored on lines \(lines)"))
    }

    /// "'31200451": the apostrophe people type so that Excel keeps a number as text is not
    /// part of the number. Nil when the cell does not open with one before digits.
    static func withoutTextMark(_ s: String) -> String? {
        guard let b = s.utf8.first, b == 0x27 || (b == 0xE2 && s.hasPrefix("’")) else { return nil }
        let rest = VietText.clean(String(s.dropFirst()))
        guard !rest.isEmpty, rest.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x20 || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B }) else { return nil }
        return rest
    }

    private mutating func noteTextMarks(_ lines: [Int], _ c: Column) {
        guard !lines.isEmpty else { return }
        inferred.append(ImportIssue(line: lines[0], column: name(c),
                                    vi: "dấu ' đầu ô (để Excel giữ số dạng văn bản) không phải một phần của số: bỏ đi ở dòng \(lineList(lines))",
                                    en: "the leading ' (Excel's keep-as-text mark) is not part of the number: taken off on lines \(lineList(lines))"))
    }

    /// "Đ/c Đinh Công Tráng", "Đồng chí Hà Thị Mến": the form of address is not part of the
    /// name. Only names opening with "Đ/" or "Đồ" are looked at further.
    private mutating func nameColumn(_ i: Int, _ c: Column, _ rows: inout [CSVReader.Record]) {
        var lines: [Int] = []
        for k in rows.indices {
            let s = rows[k].fields[i]
            var it = s.utf8.makeIterator()
            // "Đ/…" or "Đồ…" (Đinh, Đỗ, Đặng … stop at the third byte).
            guard it.next() == 0xC4, let b1 = it.next(), b1 == 0x90 || b1 == 0x91, let b2 = it.next(), b2 == 0x2F || b2 == 0xE1 else { continue }
            for prefix in ["Đ/c ", "đ/c ", "Đ/C ", "Đ/c: ", "Đ/c. ", "Đồng chí ", "đồng chí ", "ĐỒNG CHÍ "] where s.hasPrefix(prefix) {
                let rest = VietText.clean(String(s.dropFirst(prefix.count)))
                if !rest.isEmpty { rows[k].fields[i] = rest; lines.append(rows[k].line) }
                break
            }
        }
        guard !lines.isEmpty else { return }
        inferred.append(ImportIssue(line: lines[0], column: name(c),
                                    vi: "“Đ/c”, “Đồng chí” trước họ tên không phải một phần của tên: bỏ đi ở dòng \(lineList(lines))",
                                    en: "“Đ/c” / “Đồng chí” before a name is not part of it: taken off on lines \(lineList(lines))"))
    }

    /// "4 hộ", "12 người" → the number.
    private mutating func householdColumn(_ i: Int, _ rows: inout [CSVReader.Record]) {
        for k in rows.indices {
            let s = rows[k].fields[i]
            guard !s.isEmpty, !s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            let f = VietText.fold(VietText.clean(s))
            for unit in [" ho", " nguoi", "ho", "nguoi"] where f.hasSuffix(unit) {
                let n = f.dropLast(unit.count).trimmingCharacters(in: .whitespaces)
                if !n.isEmpty, n.allSatisfy(\.isNumber) { rows[k].fields[i] = n }
                break
            }
        }
    }
}
