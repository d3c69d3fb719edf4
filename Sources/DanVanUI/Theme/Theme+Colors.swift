/// Fitting a theme to what the terminal can show: 256 colors, 8 colors, or none.
extension Theme {
    /// The theme as a terminal with `colors` colors can show it: unchanged with 256 or
    /// more; every color mapped to the nearest of the eight basic ones with 8 to 255; the
    /// attribute-only "mono" theme with fewer than 8 (a monochrome terminal).
    public func adapted(toColors colors: Int) -> Theme {
        if colors >= 256 { return self }
        if colors >= 8 { return reducedTo8Colors() }
        return Theme.mono
    }

    /// Every palette index above 7 replaced by the nearest basic color. A role whose two
    /// colors collapse to the same one gets the basic color's usual contrast instead, so
    /// no text vanishes.
    func reducedTo8Colors() -> Theme {
        var t = self
        for role in StyleRole.allCases {
            var p = self[role]
            p.fg = Self.nearest8(p.fg)
            p.bg = Self.nearest8(p.bg)
            if p.fg == p.bg, self[role].fg != self[role].bg, case .index(let i) = p.fg {
                // Dark backgrounds get white text, light ones black.
                p.fg = [0, 1, 4, 5].contains(i) ? .white : .black
            }
            t[role] = p
        }
        return t
    }

    /// Nearest of the eight basic colors by distance in RGB, using xterm's palette.
    public static func nearest8(_ c: TermColor) -> TermColor {
        guard case .index(let i) = c, i > 7 else { return c }
        let rgb = rgb(ofIndex: i)
        var best = 0
        var bestDistance = Int.max
        for j in 0..<8 {
            let b = Self.rgb(ofIndex: j)
            let d = (rgb.0 - b.0) * (rgb.0 - b.0) + (rgb.1 - b.1) * (rgb.1 - b.1) + (rgb.2 - b.2) * (rgb.2 - b.2)
            if d < bestDistance { best = j; bestDistance = d }
        }
        return .index(best)
    }

    /// xterm's RGB for a palette index: 16 system colors, a 6×6×6 cube, 24 grays.
    static func rgb(ofIndex i: Int) -> (Int, Int, Int) {
        let system: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if i < 16 { return system[max(0, i)] }
        if i < 232 {
            let levels = [0, 95, 135, 175, 215, 255]
            let n = i - 16
            return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
        }
        let g = 8 + 10 * (min(i, 255) - 232)
        return (g, g, g)
    }
}
