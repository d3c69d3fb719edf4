import DanVanCore

extension Form {
    /// Letters typed on a choice field jump by the start of a label: labels whose first word
    /// starts with them come first, then labels with a later word starting so (case and
    /// diacritics ignored; the label shown before the other language and the code). More
    /// letters narrow ("kh" after "k"); the same letter again goes to the next match.
    /// Backspace forgets the letters typed.
    mutating func typeAhead(_ key: Key, lang: Lang) -> Bool {
        guard fields.indices.contains(focus), case .choice(let cs, let current) = fields[focus].input, !cs.isEmpty else { return false }
        switch key {
        case .backspace:
            fields[focus].typedAhead = ""
            return true
        case .char(let c) where !c.isWhitespace || !fields[focus].typedAhead.isEmpty:
            let typed = fields[focus].typedAhead
            let longer = typed + String(c)
            let repeated = !typed.isEmpty && typed.allSatisfy { $0 == c }
            let longerMatches = Form.ranked(cs, matching: longer, lang: lang)
            if !repeated, let best = longerMatches.first {
                // Narrowing keeps a choice that still fits as well as the best one, else takes the best.
                fields[focus].typedAhead = longer
                if !longerMatches.contains(where: { $0.index == current && $0.rank == best.rank }) {
                    fields[focus].input = .choice(cs, best.index)
                }
            } else {
                let matches = Form.choiceOrder(cs, matching: String(c), lang: lang)
                if !matches.isEmpty {
                    // The same letter again: the match after the current one, in rank order.
                    let next = repeated ? matches.firstIndex(of: current).map { (($0 + 1) % matches.count) } ?? 0 : 0
                    fields[focus].typedAhead = String(c)
                    fields[focus].input = .choice(cs, matches[next])
                }
            }
            fields[focus].error = nil
            fields[focus].errorText = nil
            return true
        default:
            return false
        }
    }

    /// The choices matching `prefix`, best first: the shown label's start, a later word of
    /// the shown label, then the other language's label or the code (start, then a word);
    /// list order within each rank.
    static func choiceOrder(_ cs: [Choice], matching prefix: String, lang: Lang) -> [Int] {
        ranked(cs, matching: prefix, lang: lang).map(\.index)
    }

    static func ranked(_ cs: [Choice], matching prefix: String, lang: Lang) -> [(index: Int, rank: Int)] {
        let p = VietText.fold(prefix)
        guard !p.isEmpty else { return [] }
        func rank(_ c: Choice) -> Int? {
            let shown = VietText.fold(c.text(lang)), other = [VietText.fold(c.text(lang == .vi ? .en : .vi)), VietText.fold(c.code)]
            if shown.hasPrefix(p) { return 0 }
            if Form.words(shown).dropFirst().contains(where: { $0.hasPrefix(p) }) { return 1 }
            if other.contains(where: { $0.hasPrefix(p) }) { return 2 }
            if other.contains(where: { Form.words($0).contains { $0.hasPrefix(p) } }) { return 3 }
            return nil
        }
        return cs.indices.compactMap { i in rank(cs[i]).map { (index: i, rank: $0) } }.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }
    }

    /// The words of a folded label (split at spaces and punctuation).
    private static func words(_ s: String) -> [Substring] {
        s.split { !$0.isLetter && !$0.isNumber }
    }
}
