import DanVanCore

extension Form {
    /// The day typed in `key`, nil when empty; marks the field when it is not a date.
    /// With `partial`, "3/1990" and "1990" are dates known to the month or the year (how
    /// records often know a birth or a joining), kept as such — never a made-up day.
    mutating func day(_ key: String, partial: Bool = false) -> Day? {
        let text = value(key)
        guard !text.isEmpty else { return nil }
        guard let d = Day.parse(text, partial: partial) else {
            setError(key, partial ? .errDatePartial : .errDate)
            return nil
        }
        return d
    }
}
