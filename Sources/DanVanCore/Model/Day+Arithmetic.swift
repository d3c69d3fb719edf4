/// Day arithmetic: days since 1970-01-01 and back (H. Hinnant's civil algorithms, valid for
/// the proleptic Gregorian calendar).
extension Day {
    public var dayNumber: Int { Day.dayNumber(year: year, month: month, day: day) }

    public init(dayNumber n: Int) {
        let c = Day.civil(dayNumber: n)
        self.init(year: c.year, month: c.month, day: c.day)!
    }

    /// Days since 1970-01-01 of any date, with no range check (a spreadsheet's serial may lie
    /// far outside the years a `Day` holds): the one place the civil algorithms live.
    public static func dayNumber(year y0: Int, month m: Int, day d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The year, month and day `n` days after 1970-01-01, with no range check.
    public static func civil(dayNumber n: Int) -> (year: Int, month: Int, day: Int) {
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public func adding(days: Int) -> Day { Day(dayNumber: dayNumber + days) }

    /// The same day `years` later (29 Feb becomes 28 Feb).
    public func adding(years: Int) -> Day {
        Day(year: year + years, month: month, day: min(day, Day.daysIn(month: month, year: year + years)))!
    }
}
