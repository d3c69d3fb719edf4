import Foundation

/// A calendar day with no time zone, stored as yyyymmdd. Written "yyyy-mm-dd" on disk.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let packed: Int32

    public init?(year: Int, month: Int, day: Int) {
        guard (1800...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        packed = Int32(year * 10000 + month * 100 + day)
    }

    public var year: Int { Int(packed) / 10000 }
    public var month: Int { Int(packed) / 100 % 100 }
    public var day: Int { Int(packed) % 100 }

    public static func < (a: Day, b: Day) -> Bool { a.packed < b.packed }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO form, "2025-03-07".
    public var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }
    public var description: String { iso }

    /// Vietnamese form, "07/03/2025".
    public var vn: String {
        let m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(d)/\(m)/\(year)"
    }

    public func formatted(_ lang: Lang) -> String { lang == .vi ? vn : iso }

    /// Parses yyyy-mm-dd (the disk form) only.
    public init?(iso s: String) {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == 45, u[7] == 45,
              let y = Day.digits(u[0..<4]), let m = Day.digits(u[5..<7]), let d = Day.digits(u[8..<10]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses what people type: dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd.
    /// A bare year is accepted only when `bareYear` says which day of it to take.
    public static func parse(_ text: String, bareYear: ((Int) -> Day?)? = nil) -> Day? {
        let s = text.trimmingCharacters(in: .whitespaces)
        if let d = Day(iso: s) { return d }
        let parts = s.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        if parts.count == 1, let y = Int(parts[0]), parts[0].count == 4, let bareYear { return bareYear(y) }
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
