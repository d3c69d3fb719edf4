/// Is a word one well-formed Vietnamese syllable (initial consonant, vowel nucleus, final
/// consonant, at most one tone)? Damaged-text detection rests on it: a word is called
/// TCVN3, VNI or double-encoded only when it is *not* a syllable as written and *becomes* one
/// when decoded that way — so real Vietnamese and ordinary English are never flagged.
enum VietSyllable {
    static let initials: [String] = ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
                                     "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]
    static let finals: [String] = ["ch", "ng", "nh", "c", "m", "n", "p", "t", ""]
    static let nuclei: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi",
        "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê",
        "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "uêu",
    ]

    /// Nuclei that end in a glide (or are ia/ua/ưa) and so never take a final consonant.
    static let openOnly: Set<String> = [
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu",
        "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu", "uêu",
    ]

    static func isSyllable<S: StringProtocol>(_ word: S) -> Bool {
        var toneless = ""
        var tones = 0, toneAt = -1
        for ch in word.lowercased() {
            if let (base, tone) = VietLetters.split[ch] {
                if tone != nil { tones += 1; toneAt = toneless.count }
                toneless.append(base)
            } else if ch == "đ" || (ch.isASCII && ch.isLetter) {
                toneless.append(ch)
            } else {
                return false
            }
        }
        guard tones <= 1, !toneless.isEmpty else { return false }
        for i in initials where toneless.hasPrefix(i) {
            let rest = toneless.dropFirst(i.count)
            for f in finals where rest.hasSuffix(f) && rest.count > f.count {
                let nucleus = String(rest.dropLast(f.count))
                if nuclei.contains(nucleus) && (f.isEmpty || !openOnly.contains(nucleus))
                    && toneFits(toneAt < 0 ? nil : toneAt - i.count, nucleus: nucleus, closed: !f.isEmpty) { return true }
            }
            // "gì", "giữ": the i of gi also serves as the vowel.
            if i == "gi" && rest.isEmpty && toneAt >= 0 && toneAt != 1 { continue }
            if i == "gi" && (rest.isEmpty || finals.contains(String(rest))) { return true }
        }
        return false
    }

    /// Where the tone mark sits in the nucleus: on the first vowel of a two-vowel open rhyme
    /// ("lẹo", "mùa"), on the last vowel before a final ("tiến", "hoàn"), on the middle of three
    /// when open ("người", "khuyên" aside); oa, oe, uy open take either (old and new style).
    static func toneFits(_ at: Int?, nucleus: String, closed: Bool) -> Bool {
        guard let at else { return true }
        let n = nucleus.count
        guard at >= 0 && at < n else { return false }
        if n == 1 { return true }
        if closed { return at == n - 1 }
        if n == 2 { return openOnly.contains(nucleus) ? at == 0 : true }
        return at == 1 || (nucleus == "uyê" && at == 2)
    }
}
