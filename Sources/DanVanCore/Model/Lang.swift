/// The two languages every label and report exists in.
public enum Lang: String, CaseIterable, Sendable, Codable {
    case vi, en

    /// vi when LC_ALL / LC_MESSAGES / LANG (first one set) starts with "vi", else en.
    public static func fromEnvironment(_ env: [String: String]) -> Lang {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return v.lowercased().hasPrefix("vi") ? .vi : .en }
        }
        return .en
    }
}

/// A closed catalogue of values with a stable code and a label in each language.
public protocol Coded: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    var vi: String { get }
    var en: String { get }
}

extension Coded {
    public var code: String { rawValue }
    public func label(_ lang: Lang) -> String { lang == .vi ? vi : en }

    /// Accepts the code, the Vietnamese or the English label, ignoring case and diacritics,
    /// plus any extra aliases a catalogue lists.
    public static func parse(_ text: String) -> Self? {
        let f = VietText.fold(VietText.clean(text))
        guard !f.isEmpty else { return nil }
        for c in allCases {
            if f == c.rawValue || f == VietText.fold(c.vi) || f == VietText.fold(c.en)
                || f == c.rawValue.replacingOccurrences(of: "_", with: " ") {
                return c
            }
        }
        if let alias = (Self.self as? any HasAliases.Type)?.aliasTable[f] { return Self(rawValue: alias) }
        return nil
    }
}

/// Extra spellings accepted on import (folded text → code).
public protocol HasAliases { static var aliasTable: [String: String] { get } }
