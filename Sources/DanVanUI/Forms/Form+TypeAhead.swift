import DanVanCore

extension Form {
    /// Letters typed on a choice field pick the first choice whose label has a word starting
    /// with them (case and diacritics ignored), searching on from the current choice; more
    /// letters narrow ("kh" after "k"). Backspace forgets the letters typed.
    mutating func typeAhead(_ key: Key) -> Bool {
        guard fields.indices.contains(focus), case .choice(let cs, let current) = fields[focus].input, !cs.isEmpty else { return false }
        switch key {
        case .backspace:
            fields[focus].typedAhead = ""
            return true
        case .char(let c) where !c.isWhitespace || !fields[focus].typedAhead.isEmpty:
            let longer = fields[focus].typedAhead + String(c)
            // The longer prefix may still fit the current choice; a fresh letter looks further on.
            if let i = Form.choiceIndex(cs, matching: longer, from: current) {
                fields[focus].typedAhead = longer
                fields[focus].input = .choice(cs, i)
            } else if let i = Form.choiceIndex(cs, matching: String(c), from: (current + 1) % cs.count) {
                fields[focus].typedAhead = String(c)
                fields[focus].input = .choice(cs, i)
            }
            fields[focus].error = nil
            fields[focus].errorText = nil
            return true
        default:
            return false
        }
    }

    /// The first choice at or after `start` (wrapping) with a word of its vi or en label, or
    /// its code, starting with `prefix` once folded.
    static func choiceIndex(_ cs: [Choice], matching prefix: String, from start: Int) -> Int? {
        let p = VietText.fold(prefix)
        guard !p.isEmpty else { return nil }
        for step in 0..<cs.count {
            let i = (start + step) % cs.count
            for label in [cs[i].vi, cs[i].en, cs[i].code] {
                let f = VietText.fold(label)
                if f.hasPrefix(p) || f.contains(" " + p) { return i }
            }
        }
        return nil
    }
}
