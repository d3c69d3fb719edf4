/// A terminal color: the terminal's own default, or a palette index (0–7 the eight
/// named colors, 8–15 their bright forms, 16–255 the xterm 256-color cube and grays).
public enum TermColor: Hashable, Sendable {
    case `default`
    case index(Int)

    static let black = TermColor.index(0), red = TermColor.index(1), green = TermColor.index(2)
    static let yellow = TermColor.index(3), blue = TermColor.index(4), magenta = TermColor.index(5)
    static let cyan = TermColor.index(6), white = TermColor.index(7)
}

/// Text attributes a theme may add to a role.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let underline = TextAttributes(rawValue: 2)
    public static let reverse = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)
}

/// What a role looks like: foreground, background and attributes.
public struct Paint: Hashable, Sendable {
    public var fg: TermColor
    public var bg: TermColor
    public var attributes: TextAttributes
    init(fg: TermColor = .default, bg: TermColor = .default, attributes: TextAttributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }
    static let plain = Paint()
}

/// Maps every `StyleRole` to a `Paint`. Widgets never see colors; the terminal asks the
/// theme how to show each cell's style.
public struct Theme: Equatable, Sendable {
    /// "default", "light", … or the file name a theme was loaded from (without ".theme").
    public var name: String
    private var paints: [StyleRole: Paint]

    /// A theme where every role has `paint` (the fallback under a partial theme file).
    init(name: String, paints: [StyleRole: Paint] = [:], fallback: Paint = .plain) {
        self.name = name
        var all: [StyleRole: Paint] = [:]
        for role in StyleRole.allCases { all[role] = paints[role] ?? fallback }
        self.paints = all
    }

    subscript(role: StyleRole) -> Paint {
        get { paints[role] ?? .plain }
        set { paints[role] = newValue }
    }

    /// The paint for a cell's style: the role's paint plus the style's own bold, underline
    /// and reverse flags.
    public func paint(for style: Style) -> Paint {
        var p = self[style.role]
        if style.bold { p.attributes.insert(.bold) }
        if style.underline { p.attributes.insert(.underline) }
        if style.reverse { p.attributes.insert(.reverse) }
        return p
    }

    /// True when some role uses a color above 7 (needs a 256-color terminal to look right).
    var uses256Colors: Bool {
        paints.values.contains { p in
            [p.fg, p.bg].contains { if case .index(let i) = $0 { return i > 7 } else { return false } }
        }
    }
}
