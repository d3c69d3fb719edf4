import DanVanCore
import Foundation

/// Text that is valid UTF-8 but was damaged before it arrived. Such a file is refused, never
/// imported: the names in it are wrong.
public enum TextDamage: String, Sendable, Hashable, CaseIterable {
    /// TCVN3 (.VnTime / ABC) glyph text: "TrÇn Thanh C­êng".
    case tcvn3
    /// VNI glyph text: "Nguyeãn".
    case vni
    /// UTF-8 read as Windows-1252 and saved again: "Nguyá»…n".
    case doubleEncoded
    /// "?" where Vietnamese letters were: "Tr?n Ng?c D?u".
    case questionMarks
}

/// Finds damaged words. A word is only called damaged when it is not a Vietnamese syllable as
/// written and becomes one once decoded (or, for "?", once a letter is put back): real
/// Vietnamese and ordinary English never are.
enum DamagedText {
    /// One damaged word and where it was found.
    struct Finding: Sendable {
        var kind: TextDamage
        var line: Int
        var word: String
        /// The field holding the word, as written (at most 60 characters).
        var sample: String
    }

    /// Every damaged line of a text, counted by kind, with the first finding of each kind.
    struct Report: Sendable {
        var first: [TextDamage: Finding] = [:]
        var lines: [TextDamage: Int] = [:]
        var votes = Votes()
        var isEmpty: Bool { first.isEmpty }
        /// The kind the damaged words vote for, with its first finding.
        var main: Finding? { votes.winner.flatMap { first[$0] } }
    }

    // MARK: Words

    static func isLegitLatin1(_ v: UInt32) -> Bool { legitLatin1[Int(v & 0xFF)] && v < 0x100 }
    private static let legitLatin1: [Bool] = (0..<256).map {
        [0xC0, 0xC1, 0xC2, 0xC3, 0xC8, 0xC9, 0xCA, 0xCC, 0xCD, 0xD2, 0xD3, 0xD4, 0xD5, 0xD9, 0xDA, 0xDD,
         0xE0, 0xE1, 0xE2, 0xE3, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF2, 0xF3, 0xF4, 0xF5, 0xF9, 0xFA, 0xFD].contains($0)
    }

    /// Characters a damaged word may be made of: letters, "?", Latin-1 and Windows-1252 glyphs.
    static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || v == 0x3F }
        if v == 0xA0 { return false }
        return v <= 0x24F || (0x300...0x36F).contains(v) || (0x1E00...0x1EFF).contains(v) || v == 0x2C6 || v == 0x2DC
            || (0x2013...0x203A).contains(v) || v == 0x20AC || v == 0x2122
    }

    private static func isAsciiLower(_ v: UInt32) -> Bool { v >= 0x61 && v <= 0x7A }
    private static func isAsciiVowel(_ v: UInt32) -> Bool { "aeiouyAEIOUY".unicodeScalars.contains { $0.value == v } }

    /// Cheap test on one character given the one before it in the word: could this word be
    /// damaged? Real Vietnamese almost never passes it, so the costly checks run rarely.
    @inline(__always)
    static func isSuspicious(_ v: UInt32, after prev: UInt32) -> Bool {
        if v == 0x3F { return true }
        if v < 0x80 { return false }
        if v >= 0x100 { return !VietLetters.isVietnameseOnly(v) && (v < 0x300 || v > 0x36F) && (v < 0x1E00 || v > 0x1EFF) }
        if !isLegitLatin1(v) { return true }
        // "NguyÔn" (a capital inside a lowercase word: TCVN3), "Nguyeãn" (a marked vowel after a vowel: VNI).
        let upper = v < 0xE0
        return (upper && (isAsciiLower(prev) || (prev >= 0xE0 && prev <= 0xFF))) || isAsciiVowel(prev)
    }

    /// The damage one word shows, if any.
    static func classify(_ word: Substring) -> TextDamage? { candidates(word).first }

    /// Every kind of damage that explains the word; TCVN3 and VNI glyphs overlap, so a word
    /// such as "Höng" (VNI Hưng, TCVN3 Hửng) has two, and the words around it decide (`Votes`).
    static func candidates(_ word: Substring) -> [TextDamage] {
        if word.contains("?") { return questionMarks(word) ? [.questionMarks] : [] }
        if VietSyllable.isSyllable(word) { return [] }
        if let d = undoubled(word), d != String(word), VietSyllable.isSyllable(d) { return [.doubleEncoded] }
        var out: [TextDamage] = []
        let n = VNI.decode(glyphs: word)
        if n != String(word), VietSyllable.isSyllable(n) { out.append(.vni) }
        let t = TCVN3.decode(glyphs: word)
        if t != String(word), VietSyllable.isSyllable(t) { out.append(.tcvn3) }
        return out
    }

    /// Tally of damaged words: a word with one explanation counts 2, with two counts 1 for each.
    /// Ties go to VNI, whose ö and ô (ư, ơ) are far commoner than TCVN3's ử and ụ.
    struct Votes {
        var score: [TextDamage: Int] = [:]
        mutating func add(_ kinds: [TextDamage]) {
            for k in kinds { score[k, default: 0] += kinds.count == 1 ? 2 : 1 }
        }
        var winner: TextDamage? {
            TextDamage.allCases.filter { score[$0] != nil }.max { a, b in
                let sa = score[a]!, sb = score[b]!
                return sa == sb ? rank(a) < rank(b) : sa < sb
            }
        }
        private func rank(_ k: TextDamage) -> Int { k == .vni ? 1 : 0 }
    }

    /// UTF-8 that was read as Windows-1252: back to bytes, then read as UTF-8.
    static func undoubled(_ word: Substring) -> String? {
        var bytes: [UInt8] = []
        var high = false
        for u in word.unicodeScalars {
            guard let b = CodePages.byte(for: u.value) else { return nil }
            if b >= 0x80 { high = true }
            bytes.append(b)
        }
        guard high else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// "Tr?n", "Ng?c", "?ào": a "?" inside a word of letters, where putting a letter back
    /// gives a syllable. A "?" ending a word ("Why?") is not counted.
    static func questionMarks(_ word: Substring) -> Bool {
        let chars = Array(word)
        guard chars.count >= 2, chars.contains(where: { $0 != "?" }) else { return false }
        guard chars.allSatisfy({ $0 == "?" || $0.isLetter }) else { return false }
        guard chars.indices.contains(where: { chars[$0] == "?" && $0 + 1 < chars.count && chars[$0 + 1] != "?" }) else { return false }
        let marks = chars.indices.filter { chars[$0] == "?" }
        if marks.count > 2 { return true }
        let fills: [Character] = ["a", "e", "i", "o", "u", "y", "d"]
        var trial = chars
        func attempt(_ k: Int) -> Bool {
            if k == marks.count { return VietSyllable.isSyllable(String(trial)) }
            for f in fills {
                trial[marks[k]] = f
                if attempt(k + 1) { return true }
            }
            return false
        }
        return attempt(0)
    }

    // MARK: Texts

    /// The damage a short text (a cell) shows, decided by all its words, and the first word showing it.
    static func firstDamage(in text: String) -> (TextDamage, String)? {
        var prev: UInt32 = 0x20
        var suspicious = false
        var start = text.unicodeScalars.startIndex
        var i = start
        let scalars = text.unicodeScalars
        var votes = Votes()
        var words: [(String, [TextDamage])] = []
        func close(_ end: String.UnicodeScalarView.Index) {
            guard suspicious, start < end else { return }
            let w = Substring(scalars[start..<end])
            let kinds = candidates(w)
            if !kinds.isEmpty { votes.add(kinds); words.append((String(w), kinds)) }
        }
        while i < scalars.endIndex {
            let v = scalars[i].value
            if isWordScalar(v) {
                if !isWordScalar(prev) { start = i; suspicious = false }
                if isSuspicious(v, after: prev) { suspicious = true }
            } else if isWordScalar(prev) {
                close(i)
            }
            prev = v
            i = scalars.index(after: i)
        }
        if isWordScalar(prev) { close(scalars.endIndex) }
        guard let kind = votes.winner, let word = words.first(where: { $0.1.contains(kind) }) else { return nil }
        return (kind, word.0)
    }

    /// Scans UTF-8 text (a whole delimited file) line by line; nil when it is not valid
    /// UTF-8. One pass both validates and looks for damage; a large file is read as two
    /// halves at once (split at a line break), so a CSV import pays little for it.
    static func scan(_ b: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Report? {
        let n = b.count
        guard n - start >= 1 << 20 else { return scanPart(b, from: start, to: n)?.0 }
        var mid = start + (n - start) / 2
        while mid < n && b[mid] != 0x0A { mid += 1 }
        guard mid + 1 < n else { return scanPart(b, from: start, to: n)?.0 }
        let (front, back) = bothAtOnce({ scanPart(b, from: start, to: mid + 1) }, { scanPart(b, from: mid + 1, to: n) })
        guard var (report, lines) = front, let (second, _) = back else { return nil }
        for (kind, var f) in second.first where report.first[kind] == nil {
            f.line += lines - 1
            report.first[kind] = f
        }
        for (kind, count) in second.lines { report.lines[kind, default: 0] += count }
        for (kind, score) in second.votes.score { report.votes.score[kind, default: 0] += score }
        return report
    }

    /// Bytes `start..<end`; returns the report and the number the next line would have.
    ///
    /// Fast on real files: runs of eight ASCII bytes holding no "?" and no line feed are
    /// skipped at once; only a suspicious character (`isSuspicious`) makes it find the word
    /// around it and judge that word (each distinct word once).
    static func scanPart(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (Report, Int)? {
        var report = Report()
        var line = 1, damagedLine = 0
        var lineDamaged: Set<TextDamage> = []
        var judged: [String: [TextDamage]] = [:]
        var lastScalar: UInt32 = 0x20, lastEnd = -1  // the last non-ASCII scalar and where it ended
        var resumeAt = start  // words already judged end here
        var i = start
        let base = b.baseAddress!

        /// The scalar before byte `k` (ASCII or the last decoded one).
        func scalar(before k: Int) -> UInt32 {
            if k <= start { return 0x20 }
            if b[k - 1] < 0x80 { return UInt32(b[k - 1]) }
            if k == lastEnd { return lastScalar }
            return decode(back: k).0
        }
        /// Decodes the (already validated) scalar ending at `k`: value and start.
        func decode(back k: Int) -> (UInt32, Int) {
            var s = k - 1
            while s > start && b[s] & 0xC0 == 0x80 { s -= 1 }
            return (decode(at: s).0, s)
        }
        func decode(at k: Int) -> (UInt32, Int) {
            let c = b[k]
            if c < 0x80 { return (UInt32(c), 1) }
            if c < 0xE0 { return (UInt32(c & 0x1F) << 6 | UInt32(b[k + 1] & 0x3F), 2) }
            if c < 0xF0 { return (UInt32(c & 0x0F) << 12 | UInt32(b[k + 1] & 0x3F) << 6 | UInt32(b[k + 2] & 0x3F), 3) }
            return (UInt32(c & 0x07) << 18 | UInt32(b[k + 1] & 0x3F) << 12 | UInt32(b[k + 2] & 0x3F) << 6 | UInt32(b[k + 3] & 0x3F), 4)
        }
        /// Judges the word holding byte `at`; returns where it ends.
        func judgeWord(at: Int) -> Int {
            var ws = at
            while ws > max(start, resumeAt) {
                let (v, s) = b[ws - 1] < 0x80 ? (UInt32(b[ws - 1]), ws - 1) : decode(back: ws)
                guard isWordScalar(v) else { break }
                ws = s
            }
            var we = at
            while we < end {
                let c = b[we]
                if c < 0x80 { guard isWordScalar(UInt32(c)) else { break }; we += 1; continue }
                // Validate ahead of the main loop; a bad sequence ends the word (the main loop refuses it).
                guard let (v, len) = validated(at: we), isWordScalar(v) else { break }
                we += len
            }
            let w = String(decoding: UnsafeBufferPointer(rebasing: b[ws..<we]), as: UTF8.self)
            let kinds: [TextDamage]
            if let k = judged[w] { kinds = k } else { kinds = candidates(Substring(w)); judged[w] = kinds }
            if !kinds.isEmpty {
                report.votes.add(kinds)
                if damagedLine != line { lineDamaged.removeAll(keepingCapacity: true); damagedLine = line }
                for kind in kinds {
                    if lineDamaged.insert(kind).inserted { report.lines[kind, default: 0] += 1 }
                    if report.first[kind] == nil {
                        report.first[kind] = Finding(kind: kind, line: line, word: w, sample: field(b, around: ws, we))
                    }
                }
            }
            return we
        }
        func validated(at k: Int) -> (UInt32, Int)? {
            let c = b[k]
            var v: UInt32, len: Int, minimum: UInt32
            if c & 0xE0 == 0xC0 { v = UInt32(c & 0x1F); len = 2; minimum = 0x80 }
            else if c & 0xF0 == 0xE0 { v = UInt32(c & 0x0F); len = 3; minimum = 0x800 }
            else if c & 0xF8 == 0xF0 { v = UInt32(c & 0x07); len = 4; minimum = 0x10000 }
            else { return nil }
            guard k + len <= end else { return nil }
            for j in 1..<len {
                let d = b[k + j]
                guard d & 0xC0 == 0x80 else { return nil }
                v = v << 6 | UInt32(d & 0x3F)
            }
            guard v >= minimum, v <= 0x10FFFF, !(0xD800...0xDFFF).contains(v) else { return nil }
            return (v, len)
        }

        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        let question = ones &* 0x3F, newline = ones &* 0x0A
        @inline(__always) func hasByte(_ x: UInt64, _ pattern: UInt64) -> Bool {
            let y = x ^ pattern
            return (y &- ones) & ~y & high != 0
        }
        while i < end {
            if i + 8 <= end {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if x & high == 0 && !hasByte(x, question) && !hasByte(x, newline) { i += 8; continue }
            }
            let c = b[i]
            if c < 0x80 {
                if c == 0x0A { line += 1 } else if c == 0x3F && i >= resumeAt {
                    resumeAt = judgeWord(at: i)
                }
                i += 1
                continue
            }
            guard let (v, len) = validated(at: i) else { return nil }
            if i >= resumeAt && isWordScalar(v) && isSuspicious(v, after: scalar(before: i)) {
                resumeAt = judgeWord(at: i)
            }
            lastScalar = v
            lastEnd = i + len
            i += len
        }
        return (report, line)
    }

    /// The delimited field around bytes `from..<to`, trimmed, at most 60 characters.
    static func field(_ b: UnsafeBufferPointer<UInt8>, around from: Int, _ to: Int) -> String {
        func isStop(_ c: UInt8) -> Bool { c == 0x2C || c == 0x3B || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x22 }
        var s = from, e = to
        while s > 0 && !isStop(b[s - 1]) { s -= 1 }
        while e < b.count && !isStop(b[e]) { e += 1 }
        return sample(String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self))
    }

    static func sample(_ s: String) -> String {
        let t = s.trimmingCharacters(in: .whitespaces)
        return t.count > 60 ? String(t.prefix(59)) + "…" : t
    }
}
