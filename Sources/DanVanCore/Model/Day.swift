import Foundation

/// A calendar day with no time zone, stored as yyyymmdd. Written "yyyy-mm-dd" on disk.
///
/// A date people know only to the month or the year ("3/1990", "1990" — common for births
/// and joinings in old rosters) keeps that precision: it is written "1990-03" or "1990" and
/// shown "03/1990" or "1990", never as a made-up day. Arithmetic and order use its first day
/// (`year`, `month`, `day` are that day's), so a birth year still counts in age groups.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// yyyymmdd of the (first) day, plus 100 000 000 × the precision's raw value: a day
    /// stays four bytes, as many members hold three or four of them.
    private let bits: Int32
    /// yyyymmdd of the (first) day.
    public var packed: Int32 { bits % 100_000_000 }
    public var precision: Precision { Precision(rawValue: UInt8(truncatingIfNeeded: bits / 100_000_000))! }

    /// How much of the date is known.
    public enum Precision: UInt8, Sendable, Comparable {
        case day, month, year
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public init?(year: Int, month: Int, day: Int) {
        guard (1800...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        bits = Int32(year * 10000 + month * 100 + day)
    }

    private init(exact: Day, precision: Precision) {
        bits = exact.packed + 100_000_000 * Int32(precision.rawValue)
    }

    /// A date known only to the month ("3/1990").
    public static func month(_ month: Int, of year: Int) -> Day? {
        Day(year: year, month: month, day: 1).map { Day(exact: $0, precision: .month) }
    }

    /// A date known only to the year ("1990").
    public static func year(_ year: Int) -> Day? {
        Day(year: year, month: 1, day: 1).map { Day(exact: $0, precision: .year) }
    }

    public var year: Int { Int(packed) / 10000 }
    public var month: Int { Int(packed) / 100 % 100 }
    public var day: Int { Int(packed) % 100 }

    public var isExact: Bool { precision == .day }
    /// The first day of the span, as an exact day.
    public var firstDay: Day { Day(exact: self, precision: .day) }
    /// The last day of the span, as an exact day (the day itself when exact).
    public var lastDay: Day {
        switch precision {
        case .day: self
        case .month: Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        case .year: Day(year: year, month: 12, day: 31)!
        }
    }

    /// True when the two can be the same day (a partial date spans its month or year).
    public func overlaps(_ o: Day) -> Bool { firstDay <= o.lastDay && o.firstDay <= lastDay }

    /// The date to keep when a file says `self` of a member stored with `stored`: a less
    /// precise date that agrees ("1990" for 03/05/1990) keeps the day already known.
    public func refining(_ stored: Day?) -> Day {
        guard let s = stored, s.precision < precision, overlaps(s) else { return self }
        return s
    }

    public static func < (a: Day, b: Day) -> Bool {
        a.packed != b.packed ? a.packed < b.packed : a.bits < b.bits
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO form, "2025-03-07" ("2025-03", "2025" for a partial date).
    public var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        switch precision {
        case .day: return "\(y)-\(m)-\(d)"
        case .month: return "\(y)-\(m)"
        case .year: return y
        }
    }
    public var description: String { iso }

    /// Vietnamese form, "07/03/2025" ("03/2025", "2025" for a partial date).
    public var vn: String {
        let m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        switch precision {
        case .day: return "\(d)/\(m)/\(year)"
        case .month: return "\(m)/\(year)"
        case .year: return String(year)
        }
    }

    public func formatted(_ lang: Lang) -> String { lang == .vi ? vn : iso }

    /// Parses yyyy-mm-dd (the disk form) only.
    public init?(iso s: String) {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == 45, u[7] == 45,
              let y = Day.digits(u[0..<4]), let m = Day.digits(u[5..<7]), let d = Day.digits(u[8..<10]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses the stored forms: yyyy-mm-dd, and yyyy-mm or yyyy for a partial date.
    public init?(stored s: String) {
        if let d = Day(iso: s) { self = d; return }
        let u = Array(s.utf8)
        if u.count == 4, let y = Day.digits(u[0..<4]), let d = Day.year(y) { self = d; return }
        if u.count == 7, u[4] == 45, let y = Day.digits(u[0..<4]), let m = Day.digits(u[5..<7]), let d = Day.month(m, of: y) {
            self = d
            return
        }
        return nil
    }

    /// Parses what people type: dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd.
    /// With `partial`, a month and year ("3/1990", "1990-03") or a bare year ("1990") is a
    /// partial date; without it, only whole dates are read.
    public static func parse(_ text: String, partial: Bool = false) -> Day? {
        let s = text.trimmingCharacters(in: .whitespaces)
        if let d = Day(iso: s) { return d }
        let parts = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }) else { return nil }
        if partial {
            if parts.count == 1, parts[0].count == 4, let y = Int(parts[0]) { return Day.year(y) }
            if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) {
                if parts[1].count == 4, parts[0].count <= 2 { return Day.month(a, of: b) }
                if parts[0].count == 4, parts[1].count <= 2 { return Day.month(b, of: a) }
            }
        }
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4 { return Day(year: a, month: b, day: c) }
        guard parts[2].count == 4 else { return nil }
        return Day(year: c, month: b, day: a)
    }

    public static func firstOf(year: Int) -> Day? { Day(year: year, month: 1, day: 1) }
    public static func lastOf(year: Int) -> Day? { Day(year: year, month: 12, day: 31) }

    /// Today in the local time zone.
    public static func today(_ now: Date = Date()) -> Day {
        let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: now)
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var v = 0
        for b in bytes {
            guard b >= 48 && b <= 57 else { return nil }
            v = v * 10 + Int(b - 48)
        }
        return v
    }
}
