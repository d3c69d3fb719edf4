import DanVanCore
import Foundation

/// Theme files: one `role = foreground on background, attributes` per line, `#` comments.
/// A bad line is reported (file, line, key) and that role keeps the base theme's paint,
/// so a typo never leaves the screen unreadable.
extension Theme {
    /// Parses theme text. `name` labels messages ("themes/x.theme:12: …") and names the
    /// theme (its last path component without ".theme"). Roles the text does not set,
    /// or sets wrongly, keep `base`'s paint.
    static func parse(text: String, name: String, base: Theme = .default, lang: Lang = .en) -> (theme: Theme, warnings: [String]) {
        var theme = base
        theme.name = displayName(of: name)
        var warnings: [String] = []
        var firstLine: [StyleRole: Int] = [:]
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let at = "\(name):\(lineNumber):"
            guard let eq = trimmed.firstIndex(of: "=") else {
                warnings.append(Warning.notKeyValue(at: at, found: trimmed).text(lang))
                continue
            }
            let key = trimmed[..<eq].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            guard let role = role(named: key) else {
                warnings.append(Warning.unknownKey(at: at, key: key, guess: closestRole(to: key)?.rawValue).text(lang))
                continue
            }
            if let first = firstLine[role] {
                warnings.append(Warning.setTwice(at: at, key: role.rawValue, firstLine: first).text(lang))
            } else {
                firstLine[role] = lineNumber
            }
            switch parsePaint(value) {
            case .success(let paint):
                theme[role] = paint
            case .failure(let problem):
                theme[role] = base[role]
                warnings.append(Warning.badValue(at: at, problem: problem, key: role.rawValue).text(lang))
            }
        }
        return (theme, warnings)
    }

    /// Reads and parses a theme file. An unreadable file gives the built-in default theme
    /// and a warning saying why.
    static func load(path: String, lang: Lang = .en) -> (theme: Theme, warnings: [String]) {
        switch readSmallTextFile(path, limit: 1 << 20) {
        case .success(let text):
            return parse(text: text, name: path, lang: lang)
        case .failure(let problem):
            return (.default, [Warning.unreadable(path: path, problem: problem).text(lang)])
        }
    }

    /// Resolves a `--theme` argument: a built-in name ("light"), else a path to a file.
    public static func resolve(_ spec: String, lang: Lang = .en) -> (theme: Theme, warnings: [String]) {
        if let t = builtin(spec) { return (t, []) }
        if spec.contains("/") || spec.hasSuffix(".theme") || FileManager.default.fileExists(atPath: spec) {
            return load(path: spec, lang: lang)
        }
        let names = builtinNames.joined(separator: ", ")
        return (.default, [Warning.unknownTheme(spec: spec, builtins: names).text(lang)])
    }

    /// The theme a run uses: the `--theme` flag if given, else the mono theme when
    /// NO_COLOR is set (non-empty), else the remembered setting, else the default.
    public static func select(flag: String?, remembered: String?, environment: [String: String],
                              lang: Lang = .en) -> (theme: Theme, warnings: [String]) {
        if let flag, !flag.isEmpty { return resolve(flag, lang: lang) }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return (.mono, []) }
        if let remembered, !remembered.isEmpty { return resolve(remembered, lang: lang) }
        return (.default, [])
    }

    /// The theme in file form (what `parse` reads back to an equal theme).
    var fileText: String {
        let width = StyleRole.allCases.map(\.rawValue.count).max() ?? 0
        var out = "# danvan theme '\(name)'\n# role = foreground on background, attributes\n"
        for role in StyleRole.allCases {
            let key = role.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            out += "\(key) = \(Self.describe(self[role]))\n"
        }
        return out
    }

    // MARK: - Pieces

    static func displayName(of label: String) -> String {
        var n = label.split(separator: "/").last.map(String.init) ?? label
        if n.hasSuffix(".theme") { n.removeLast(6) }
        return n
    }

    static func normalizedKey(_ s: String) -> String {
        String(s.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
    }

    static func role(named key: String) -> StyleRole? {
        let k = normalizedKey(key)
        return StyleRole.allCases.first { $0.rawValue.lowercased() == k }
    }

    static func closestRole(to key: String) -> StyleRole? {
        let k = Array(normalizedKey(key))
        var best: (StyleRole, Int)?
        for role in StyleRole.allCases {
            let d = editDistance(k, Array(role.rawValue.lowercased()))
            if d <= 2, d < (best?.1 ?? .max) { best = (role, d) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }

    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
    static let attributeNames: [(String, TextAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim),
    ]

    /// "red", "bright-red" / "bright red" / "brightred", "gray", "default", or 0–255.
    static func parseColor(_ word: String) -> Result<TermColor, Problem> {
        if word == "default" { return .success(.default) }
        if let i = colorNames.firstIndex(of: word) { return .success(.index(i)) }
        if word == "gray" || word == "grey" { return .success(.index(8)) }
        for prefix in ["bright-", "bright"] where word.hasPrefix(prefix) {
            if let i = colorNames.firstIndex(of: String(word.dropFirst(prefix.count))) { return .success(.index(8 + i)) }
        }
        if !word.isEmpty, word.allSatisfy(\.isASCII), word.allSatisfy(\.isNumber) {
            guard let n = Int(word), n <= 255 else { return .failure(Problem.outOfRange(word)) }
            return .success(.index(n))
        }
        return .failure(Problem.unknownColor(word))
    }

    static func parsePaint(_ value: String) -> Result<Paint, Problem> {
        // Commas and spaces both separate words; "bright red" is one color.
        var words: [String] = []
        for w in value.lowercased().split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init) {
            if words.last == "bright", colorNames.contains(w) { words[words.count - 1] = "bright-" + w } else { words.append(w) }
        }
        if words.isEmpty { return .failure(Problem.missingValue) }
        var paint = Paint()
        var sawColor = false, sawOn = false, expectBackground = false
        for w in words {
            if expectBackground {
                if w == "on" { return .failure(Problem.onTwice) }
                switch parseColor(w) {
                case .success(let c): paint.bg = c
                case .failure(let p): return .failure(p)
                }
                expectBackground = false
                continue
            }
            if w == "on" {
                if sawOn { return .failure(Problem.onTwice) }
                if !paint.attributes.isEmpty { return .failure(Problem.colorsBeforeAttributes) }
                sawOn = true
                expectBackground = true
                continue
            }
            if let (_, a) = attributeNames.first(where: { $0.0 == w }) {
                paint.attributes.insert(a)
                continue
            }
            let color = parseColor(w)
            if case .success(let c) = color {
                if sawColor || sawOn { return .failure(Problem.expectedOnBefore(w)) }
                if !paint.attributes.isEmpty { return .failure(Problem.colorsBeforeAttributes) }
                paint.fg = c
                sawColor = true
                continue
            }
            if case .failure(let p) = color, case .outOfRange = p { return .failure(p) }
            if sawColor || sawOn || !paint.attributes.isEmpty {
                return .failure(Problem.unknownAttribute(w))
            }
            return .failure(Problem.unknownColor(w))
        }
        if expectBackground { return .failure(Problem.missingBackground) }
        return .success(paint)
    }

    static func describe(_ c: TermColor) -> String {
        switch c {
        case .default: return "default"
        case .index(let i) where i < 8: return colorNames[i]
        case .index(let i) where i < 16: return "bright-" + colorNames[i - 8]
        case .index(let i): return String(i)
        }
    }

    static func describe(_ p: Paint) -> String {
        var s = "\(describe(p.fg)) on \(describe(p.bg))"
        for (name, a) in attributeNames where p.attributes.contains(a) { s += ", \(name)" }
        return s
    }
}

/// Reads a whole small UTF-8 text file, with the reason when it cannot.
func readSmallTextFile(_ path: String, limit: Int) -> Result<String, Theme.Problem> {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (the read below never sees one).
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if fd < 0 { return .failure(.system(String(cString: strerror(errno)))) }
    defer { close(fd) }
    var st = stat()
    if fstat(fd, &st) != 0 { return .failure(.system(String(cString: strerror(errno)))) }
    if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(.isFolder) }
    if (st.st_mode & S_IFMT) != S_IFREG { return .failure(.notRegularFile) }
    if Int(st.st_size) > limit { return .failure(.tooLarge(bytes: Int(st.st_size))) }
    var bytes: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
        let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            return .failure(.system(String(cString: strerror(errno))))
        }
        if n == 0 { break }
        bytes.append(contentsOf: buf[0..<n])
        if bytes.count > limit { return .failure(.tooLarge(bytes: nil)) }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
        return .failure(.notUTF8)
    }
    return .success(text)
}
