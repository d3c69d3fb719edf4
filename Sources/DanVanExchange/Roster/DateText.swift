import DanVanCore

/// The date forms people write, read one cell at a time; which order and century a column
/// uses is decided over the whole column (`DateColumn`).
enum DateText {
    enum Form: Equatable {
        /// a/b/year with "/", "." or "-": day-month or month-day, decided by the column.
        case numeric(a: Int, b: Int, year: Int, twoDigitYear: Bool)
        case exact(Day)           // yyyy-mm-dd, or "ngày 5 tháng 3 năm 1990"
        case monthYear(month: Int, year: Int, twoDigitYear: Bool)
        case year(Int)
        case serial(Int)          // an Excel day number
        case invalid
    }

    static func form(_ raw: String) -> Form {
        let t = VietText.clean(raw)
        if let d = Day(iso: t) { return .exact(d) }
        let folded = VietText.fold(t)
        if folded.contains("thang") || folded.contains("ngay") || folded.contains("nam") {
            // "ngày 5/3/1990", "Tháng 3/2026": a word before a date written in figures.
            for w in ["ngay ", "thang "] where folded.hasPrefix(w) {
                let rest = folded.dropFirst(w.count)
                if rest.contains(where: { $0 == "/" || $0 == "-" || $0 == "." }), !rest.contains(where: \.isLetter) { return form(String(rest)) }
            }
            return words(folded)
        }
        let parts = t.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return .invalid }
        let n = parts.map { Int($0)! }
        switch parts.count {
        case 1:
            if parts[0].count == 4, (1800...2100).contains(n[0]) { return .year(n[0]) }
            if (3000...80000).contains(n[0]) { return .serial(n[0]) }
            return .invalid
        case 2:
            // "1990-03", the stored form of a date known to the month.
            if parts[0].count == 4, parts[1].count <= 2, (1...12).contains(n[1]) { return .monthYear(month: n[1], year: n[0], twoDigitYear: false) }
            guard (1...12).contains(n[0]), parts[1].count == 4 || parts[1].count == 2 else { return .invalid }
            return .monthYear(month: n[0], year: n[1], twoDigitYear: parts[1].count == 2)
        case 3:
            if parts[0].count == 4 { return Day(year: n[0], month: n[1], day: n[2]).map(Form.exact) ?? .invalid }
            guard parts[2].count == 4 || parts[2].count == 2, parts[0].count <= 2, parts[1].count <= 2 else { return .invalid }
            return .numeric(a: n[0], b: n[1], year: n[2], twoDigitYear: parts[2].count == 2)
        default: return .invalid
        }
    }

    /// "ngày 05 tháng 3 năm 1990", "tháng 3 năm 1990", "năm 1990" (folded).
    private static func words(_ f: String) -> Form {
        func number(after word: String) -> Int? {
            guard let r = f.range(of: word) else { return nil }
            let rest = f[r.upperBound...].drop { $0 == " " }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            return Int(digits)
        }
        let y = number(after: "nam"), m = number(after: "thang"), d = number(after: "ngay")
        guard let y, String(y).count == 4 else { return .invalid }
        if let d, let m { return Day(year: y, month: m, day: d).map(Form.exact) ?? .invalid }
        if let m { return (1...12).contains(m) ? .monthYear(month: m, year: y, twoDigitYear: false) : .invalid }
        return d == nil ? .year(y) : .invalid
    }

    /// Every date written out in a text, in order (title lines, combined cells).
    static func days(in text: String) -> [Day] {
        func day(_ piece: String) -> Day? {
            switch form(piece) {
            case .exact(let d): return d
            case .numeric(let a, let b, let y, false): return Day(year: y, month: b, day: a)
            default: return nil
            }
        }
        return datePieces(text).compactMap { piece in
            if let d = day(piece) { return d }
            // "(Tính đến ngày 31/12/2025)": a date token inside other words.
            let tokens = piece.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" })
            return tokens.lazy.filter { $0.contains("/") || $0.contains(".") }.compactMap { day(String($0)) }.first
        }
    }

    /// The pieces of a text that each hold one date: split before every "ngày" and at line
    /// breaks, " / ", ";" and ","; a lone "dd/mm/yyyy" token is a piece of its own.
    static func datePieces(_ text: String) -> [String] {
        var pieces: [String] = []
        let t = VietText.nfc(text).replacingOccurrences(of: "\r", with: "\n")
        for chunk in t.split(whereSeparator: { $0 == "\n" || $0 == ";" || $0 == "," }) {
            var s = String(chunk)
            for sep in [" / ", " - ", " và "] { s = s.replacingOccurrences(of: sep, with: "\n") }
            // Split before each "ngày" so two written-out dates in one line part.
            let lower = s.lowercased()
            if lower.components(separatedBy: "ngày").count > 2 {
                s = s.replacingOccurrences(of: "ngày", with: "\nngày").replacingOccurrences(of: "Ngày", with: "\nNgày")
            }
            for p in s.split(separator: "\n") {
                let c = VietText.clean(String(p))
                guard !c.isEmpty else { continue }
                // Tokens such as "24/4/2009 24/4/2010".
                let tokens = c.split(separator: " ")
                if tokens.count > 1, tokens.allSatisfy({ $0.contains("/") || $0.contains(".") }) {
                    pieces += tokens.map(String.init)
                } else {
                    pieces.append(c)
                }
            }
        }
        return pieces
    }

    /// Excel's 1900 day number: 1 = 1900-01-01, with its phantom 29 Feb 1900 (serial 60).
    static func fromSerial(_ n: Int) -> Day? {
        guard n >= 1 else { return nil }
        let offset = n < 60 ? n : n - 1  // days after 1899-12-31, skipping the phantom day
        return Day(year: 1899, month: 12, day: 31)?.adding(days: offset)
    }
}

/// The cells of Mẫu 7-HSĐV that hold two facts.
enum CombinedCell {
    /// The dates of "ngày 24 tháng 4 năm 2009 / ngày 24 tháng 4 năm 2010", each as written
    /// (so the date column reads and checks it), at most two.
    static func dateParts(_ raw: String) -> [String] {
        let pieces = DateText.datePieces(raw)
        return pieces.map { p in
            if case .exact(let d) = DateText.form(p) { return d.iso }
            return p
        }
    }

    /// "Nam, Kinh, Không" — or the same on three lines of the cell, as Excel's Alt+Enter leaves it.
    static func genderEthnicReligion(_ raw: String) -> [String] {
        raw.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == "\r" || $0 == ";" })
            .map { FieldParsing.text(String($0)) }.filter { !$0.isEmpty }
    }

    /// "15960290 / 769245 BL": the card is the first run of digits, the rest the record number.
    static func cardAndRecord(_ raw: String) -> (card: String, record: String) {
        let t = VietText.clean(raw.replacingOccurrences(of: "\n", with: " / "))
        guard let slash = t.firstIndex(where: { $0 == "/" || $0 == ";" || $0 == "," }) else {
            let words = t.split(separator: " ")
            guard words.count > 1, words[0].allSatisfy(\.isNumber) else { return (t, "") }
            return (String(words[0]), words.dropFirst().joined(separator: " "))
        }
        return (VietText.clean(String(t[..<slash])), VietText.clean(String(t[t.index(after: slash)...])))
    }
}
