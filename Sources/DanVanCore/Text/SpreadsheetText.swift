/// Text cells that a spreadsheet would run as a formula (CSV injection): text starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`. Numbers ("-5", "+84…"
/// written as a number) are left alone. Every CSV danvan writes (exports, the CSV report) uses
/// `neutralised`, and the CSV reader undoes it with `restored`, so export → import → export
/// still gives the same bytes and the stored text never gains a quote.
public enum SpreadsheetText {
    /// Would a spreadsheet treat `s` as a formula (or as one once a leading `'` is taken off)?
    /// The second half keeps `restored(neutralised(x)) == x` for text that starts with `'`.
    public static func needsGuard<S: StringProtocol>(_ s: S) -> Bool {
        guard let f = s.unicodeScalars.first else { return false }
        switch f {
        case "=", "+", "-", "@", "\t", "\r":
            return Int(s) == nil && Double(String(s)) == nil
        case "'":
            return needsGuard(s.dropFirst())
        default:
            return false
        }
    }

    public static func neutralised(_ s: String) -> String { needsGuard(s) ? "'" + s : s }

    /// The text as stored, from a cell `neutralised` may have written.
    public static func restored(_ s: String) -> String {
        s.utf8.first == UInt8(ascii: "'") && needsGuard(s.dropFirst()) ? String(s.dropFirst()) : s
    }
}
