/// The themes that ship inside the binary.
extension Theme {
    /// Names accepted by `builtin(_:)` and `--theme`, in menu order.
    public static let builtinNames: [String] = BuiltinThemeText.all.map(\.name)

    /// A bundled theme by name ("default", "light", "high-contrast", "mono", "dusk").
    public static func builtin(_ name: String) -> Theme? {
        switch name.lowercased() {
        case "default": return .default
        case "mono": return .mono
        default:
            guard let entry = BuiltinThemeText.all.first(where: { $0.name == name.lowercased() }) else { return nil }
            return parse(text: entry.text, name: entry.name).theme
        }
    }

    /// The default theme. Its text sets every role; roles are parsed over plain paint.
    static let `default`: Theme = {
        let text = BuiltinThemeText.all.first { $0.name == "default" }!.text
        return parse(text: text, name: "default", base: Theme(name: "default")).theme
    }()

    /// Attributes only, no colors: for NO_COLOR and monochrome terminals.
    static let mono: Theme = {
        let text = BuiltinThemeText.all.first { $0.name == "mono" }!.text
        return parse(text: text, name: "mono").theme
    }()
}
