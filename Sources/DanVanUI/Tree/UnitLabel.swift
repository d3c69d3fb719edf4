import DanVanCore

/// How a unit's name is shortened where room is short. Units under one parent share their
/// first words ("Chi bộ ấp Tân …"); what tells them apart is at the end of the name, so the
/// level words are abbreviated first and then the middle goes, never the end.
enum UnitLabel {
    static let abbreviations = [("Chi bộ ", "CB "), ("Đảng bộ ", "ĐB "), ("Đảng ủy ", "ĐU "), ("Đảng uỷ ", "ĐU ")]

    /// "Chi bộ Khu phố 1" → "CB Khu phố 1".
    static func abbreviated(_ name: String) -> String {
        for (long, short) in abbreviations where name.hasPrefix(long) { return short + name.dropFirst(long.count) }
        return name
    }

    /// "Chi bộ Khu phố 1" → "Khu phố 1": the level word (shown by the tree's shape and
    /// shared by every sibling) left out; nil when the name has none.
    static func withoutLevel(_ name: String) -> String? {
        for (long, _) in abbreviations where name.hasPrefix(long) && name.count > long.count { return String(name.dropFirst(long.count)) }
        return nil
    }

    /// The name in `width` columns: whole; abbreviated ("CB Khu phố 1"); without the level
    /// word ("Khu phố 1"); its first word, "…" and as many of the last words as fit; else
    /// cut in the middle, keeping more of the end.
    static func fit(_ name: String, width: Int, parent: String? = nil) -> String {
        guard width > 0 else { return "" }
        if VietText.width(name) <= width { return name }
        // "Chi bộ Bưu điện huyện Củ Chi" under "Đảng bộ huyện Củ Chi": the end repeats the
        // parent's and tells no sibling apart, so it is the first thing to go.
        if let parent, let own = withoutParentsEnd(name, parent: parent) { return fit(own, width: width) }
        let short = abbreviated(name)
        if VietText.width(short) <= width { return short }
        let core = withoutLevel(name) ?? short
        if VietText.width(core) <= width { return core }
        // Most of the end kept wins; between equals, the form without the level word.
        let forms = [core, short].map { $0.split(separator: " ").map(String.init) }
        for keep in stride(from: (forms.map(\.count).max() ?? 0) - 2, through: 1, by: -1) {
            for words in forms where words.count >= keep + 2 {
                let s = words[0] + "…" + words.suffix(keep).joined(separator: " ")
                if VietText.width(s) <= width { return s }
            }
        }
        return middleCut(core, width: width)
    }

    /// The name without the last words it shares with the end of its parent's name (two
    /// words at least, and at least two words of its own left); nil when it shares none.
    static func withoutParentsEnd(_ name: String, parent: String) -> String? {
        let own = name.split(separator: " "), theirs = parent.split(separator: " ")
        var shared = 0
        while shared < min(own.count, theirs.count),
              own[own.count - 1 - shared].lowercased() == theirs[theirs.count - 1 - shared].lowercased() { shared += 1 }
        guard shared >= 2, own.count - shared >= 2 else { return nil }
        return own.prefix(own.count - shared).joined(separator: " ")
    }

    /// Head, "…", tail in `width` columns; the tail gets two thirds.
    static func middleCut(_ s: String, width: Int) -> String {
        guard VietText.width(s) > width else { return s }
        guard width > 2 else { return VietText.truncate(s, to: width) }
        let headW = (width - 1) / 3
        var head = "", tail = ""
        var w = 0
        for ch in s {
            let cw = VietText.width(of: ch)
            if w + cw > headW { break }
            head.append(ch)
            w += cw
        }
        w = 0
        for ch in s.reversed() {
            let cw = VietText.width(of: ch)
            if w + cw > width - 1 - VietText.width(head) { break }
            tail.insert(ch, at: tail.startIndex)
            w += cw
        }
        return head + "…" + tail
    }

    /// The unit's path from the top of its tree, "ĐB Phường Bến Nghé › Chi bộ Khu phố 1",
    /// in `width` columns: the unit's own name keeps the most room, the ancestors shorten
    /// first and the top ones give way to "…".
    static func path(of id: OrgID, state: State, width: Int) -> String {
        var names: [String] = []
        var cur: OrgID? = id
        while let c = cur, let o = state.orgs[c], names.count < 64 {
            names.insert(o.name, at: 0)
            cur = o.parent
        }
        guard !names.isEmpty, width > 0 else { return "" }
        let sep = " › "
        func joined(_ parts: [String]) -> String { parts.joined(separator: sep) }
        if VietText.width(joined(names)) <= width { return joined(names) }
        var parts = names.map(abbreviated)
        if VietText.width(joined(parts)) <= width { return joined(parts) }
        let own = parts.removeLast()
        let ownName = names[names.count - 1]
        // Ancestors narrowed, more and more, then dropped from the top ("…").
        let ancestors = parts
        for cap in [width / 3, width / 4, width / 5, 6] where cap >= 6 {
            parts = ancestors.map { fit($0, width: cap) }
            if VietText.width(joined(parts + [own])) <= width { return joined(parts + [own]) }
        }
        parts = ancestors.map { fit($0, width: max(6, width / 3)) }
        for dropped in 1...max(1, parts.count) {
            let shown = ["…"] + parts.dropFirst(dropped)
            let lead = joined(shown) + sep
            if VietText.width(lead) + VietText.width(own) <= width { return lead + own }
        }
        // The unit's own name alone is too long: it takes the whole room.
        return fit(ownName, width: width)
    }
}
