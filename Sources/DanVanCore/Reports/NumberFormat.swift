/// Numbers the way reports write them: vi groups thousands with "." and uses "," as the
/// decimal mark (2.757; 19,3%), en the other way round (2,757; 19.3%).
///
/// Percentages are rounded half-up to one decimal in integer arithmetic: a Double would
/// hold 19.25 as 19.249… and round it down.
public enum NumberFormat {
    /// The percentage `numerator / denominator` in tenths of a percent, rounded half-up
    /// (532/2757 → 193, i.e. 19.3%). Nil when the denominator is zero (no percentage).
    public static func tenths(_ numerator: Int, _ denominator: Int) -> Int? {
        guard denominator != 0 else { return nil }
        // Half-up on the magnitude, sign applied after (counts are never negative anyway).
        let negative = (numerator < 0) != (denominator < 0)
        let n = numerator.magnitude, d = denominator.magnitude
        let (hi, lo) = n.multipliedFullWidth(by: 2000)
        guard hi < d else { return negative ? Int.min : Int.max }  // beyond any real count
        let q = d.dividingFullWidth((hi, lo)).quotient
        let t = Int(clamping: q / 2 + (q & 1))  // (q + 1) / 2 without overflow
        return negative ? -t : t
    }

    /// "2.757" (vi) or "2,757" (en).
    public static func count(_ n: Int, _ lang: Lang) -> String {
        let sep: Character = lang == .vi ? "." : ","
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        let lead = digits.count % 3
        for (i, ch) in digits.enumerated() {
            if i > 0 && (i - lead) % 3 == 0 { out.append(sep) }
            out.append(ch)
        }
        return out
    }

    /// "19,3%" (vi) or "19.3%" (en); "—" when the denominator is zero.
    public static func percent(_ numerator: Int, _ denominator: Int, _ lang: Lang) -> String {
        percent(tenths: tenths(numerator, denominator), lang)
    }

    /// A percentage already in tenths; "—" for nil.
    public static func percent(tenths: Int?, _ lang: Lang) -> String {
        guard let t = tenths else { return "—" }
        return decimal(tenths: t, lang) + "%"
    }

    /// Tenths written with one decimal: 193 → "19,3" (vi) / "19.3" (en); 1000 → "100,0".
    public static func decimal(tenths t: Int, _ lang: Lang) -> String {
        let whole = count(Int(t.magnitude / 10), lang)
        return (t < 0 ? "-" : "") + whole + (lang == .vi ? "," : ".") + String(t.magnitude % 10)
    }

    /// The form JSON and CSV use: "19.3", no grouping; nil for nil.
    public static func plainDecimal(tenths: Int?) -> String? {
        guard let t = tenths else { return nil }
        return (t < 0 ? "-" : "") + String(t.magnitude / 10) + "." + String(t.magnitude % 10)
    }

    /// "532/2.757" (vi) or "532/2,757" (en).
    public static func fraction(_ numerator: Int, _ denominator: Int, _ lang: Lang) -> String {
        count(numerator, lang) + "/" + count(denominator, lang)
    }
}
