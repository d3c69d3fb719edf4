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

    static func isSyllable<S: StringProtocol>(_ word: S) -> Bool {
        var toneless = ""
        var tones = 0
        for ch in word.lowercased() {
            if let (base, tone) = VietLetters.split[ch] {
                toneless.append(base)
                if tone != nil { tones += 1 }
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
                if nuclei.contains(String(rest.dropLast(f.count))) { return true }
            }
            // "gì", "giữ": the i of gi also serves as the vowel.
            if i == "gi" && (rest.isEmpty || finals.contains(String(rest))) { return true }
        }
        return false
    }
}
