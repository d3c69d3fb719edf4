import DanVanCore

/// Text shown to a person, in Vietnamese and English side by side.
///
/// The tables are enums whose `bi` is one exhaustive switch giving each key both texts,
/// `case .saved: return BiText("Đã lưu", "Saved")`, so a key without a translation does not
/// compile and a translation sits beside what it translates. Other parts of the program add
/// their own tables (an enum in an `extension Strings` file, or beside the feature).
protocol Localized: Sendable {
    /// The text in both languages.
    var bi: BiText { get }
}

extension Localized {
    var vi: String { bi.vi }
    var en: String { bi.en }
    func text(_ lang: Lang) -> String {
        let both = bi
        return lang == .vi ? both.vi : both.en
    }
}

/// One text in both languages: Vietnamese first, then English. What the tables return, and
/// what text made while the program runs (an import's messages) is carried as.
public struct BiText: Hashable, Sendable, Localized {
    var vi: String
    var en: String
    public init(_ vi: String, _ en: String) {
        self.vi = vi
        self.en = en
    }
    /// Text the same in both languages: a name, a file format.
    init(verbatim text: String) {
        self.init(text, text)
    }
    /// Both texts changed alike (a count or a name added to each).
    func map(_ change: (String) -> String) -> BiText {
        BiText(change(vi), change(en))
    }
    var bi: BiText { self }
}
