import DanVanCore
import Foundation

/// Theme files: one `role = foreground on background, attributes` per line, `#` comments.
/// A bad line is reported (file, line, key) and that role keeps the base theme's paint,
/// so a typo never leaves the screen unreadable.
extension Theme {
    /// Parses theme text. `name` labels messages ("themes/x.theme:12: …") and names the
    /// theme (its last path component without ".theme"). Roles the text does not set,
    /// or sets wrongly, keep `base`'s paint.
    public static func parse(text: String, name: String, base: Theme = .default, lang: Lang = .en) -> (theme: Theme, warnings: [String]) {
        let vi = lang == .vi
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
                warnings.append(vi ? "\(at) cần dạng 'khóa = giá trị', gặp '\(trimmed)'" : "\(at) expected 'key = value', found '\(trimmed)'")
                continue
            }
            let key = trimmed[..<eq].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            guard let role = role(named: key) else {
                var msg = vi ? "\(at) khóa không biết '\(key)'" : "\(at) unknown key '\(key)'"
                if let guess = closestRole(to: key) { msg += vi ? " (có phải '\(guess.rawValue)'?)" : " (did you mean '\(guess.rawValue)'?)" }
                warnings.append(msg)
                continue
            }
            if let first = firstLine[role] {
                warnings.append(vi ? "\(at) khóa '\(role.rawValue)' đã đặt ở dòng \(first); dòng này được dùng"
                                   : "\(at) key '\(role.rawValue)' was already set on line \(first); this line wins")
            } else {
                firstLine[role] = lineNumber
            }
            switch parsePaint(value) {
            case .success(let paint):
                theme[role] = paint
            case .failure(let problem):
                theme[role] = base[role]
                warnings.append(vi ? "\(at) \(problem.text(lang)) ở khóa '\(role.rawValue)'; dùng màu mặc định"
                                   : "\(at) \(problem.message) for key '\(role.rawValue)'; using the default")
            }
        }
        return (theme, warnings)
    }

    /// Reads and parses a theme file. An unreadable file gives the built-in default theme
    /// and a warning saying why.
    public static func load(path: String, lang: Lang = .en) -> (theme: Theme, warnings: [String]) {
        switch readSmallTextFile(path, limit: 1 << 20) {
        case .success(let text):
            return parse(text: text, name: path, lang: lang)
        case .failure(let problem):
            return (.default, [lang == .vi
                ? "không đọc được tệp giao diện '\(path)': \(problem.text(lang)); dùng giao diện mặc định"
                : "cannot read theme file '\(path)': \(problem.message); using the built-in default theme"])
        }
    }

    /// Resolves a `--theme` argument: a built-in name ("light"), else a path to a file.
    public static func resolve(_ spec: String, lang: Lang = .en) -> (theme: Theme, warnings: [String]) {
        if let t = builtin(spec) { return (t, []) }
        if spec.contains("/") || spec.hasSuffix(".theme") || FileManager.default.fileExists(atPath: spec) {
            return load(path: spec, lang: lang)
        }
        let names = builtinNames.joined(separator: ", ")
        return (.default, [lang == .vi
            ? "không có giao diện '\(spec)': không phải giao diện có sẵn (\(names)) cũng không phải tệp; dùng giao diện mặc định"
            : "unknown theme '\(spec)': not a built-in theme (\(names)) nor a file; using the default theme"])
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
    public var fileText: String {
        let width = StyleRole.allCases.map(\.rawValue.count).max() ?? 0
        var out = "# danvan theme '\(name)'\n# role = foreground on background, attributes\n"
        for role in StyleRole.allCases {
            let key = role.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            out += "\(key) = \(Self.describe(self[role]))\n"
        }
        return out
    }

    // MARK: - Pieces

    struct Problem: Error, Equatable {
        var message: String
        var vi: String?
        init(message: String, vi: String? = nil) {
            self.message = message
            self.vi = vi
        }
        func text(_ lang: Lang) -> String { lang == .vi ? (vi ?? message) : message }
    }

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
            guard let n = Int(word), n <= 255 else { return .failure(Problem(message: "color '\(word)' is out of range 0–255", vi: "màu '\(word)' ngoài khoảng 0–255")) }
            return .success(.index(n))
        }
        return .failure(Problem(message: "unknown color '\(word)'", vi: "màu không biết '\(word)'"))
    }

    static func parsePaint(_ value: String) -> Result<Paint, Problem> {
        // Commas and spaces both separate words; "bright red" is one color.
        var words: [String] = []
        for w in value.lowercased().split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init) {
            if words.last == "bright", colorNames.contains(w) { words[words.count - 1] = "bright-" + w } else { words.append(w) }
        }
        if words.isEmpty { return .failure(Problem(message: "missing value", vi: "thiếu giá trị")) }
        var paint = Paint()
        var sawColor = false, sawOn = false, expectBackground = false
        for w in words {
            if expectBackground {
                if w == "on" { return .failure(Problem(message: "'on' appears twice", vi: "'on' xuất hiện hai lần")) }
                switch parseColor(w) {
                case .success(let c): paint.bg = c
                case .failure(let p): return .failure(p)
                }
                expectBackground = false
                continue
            }
            if w == "on" {
                if sawOn { return .failure(Problem(message: "'on' appears twice", vi: "'on' xuất hiện hai lần")) }
                if !paint.attributes.isEmpty { return .failure(Problem(message: "colors must come before attributes", vi: "màu phải đứng trước thuộc tính")) }
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
                if sawColor || sawOn { return .failure(Problem(message: "expected 'on' or an attribute before '\(w)'", vi: "cần 'on' hoặc một thuộc tính trước '\(w)'")) }
                if !paint.attributes.isEmpty { return .failure(Problem(message: "colors must come before attributes", vi: "màu phải đứng trước thuộc tính")) }
                paint.fg = c
                sawColor = true
                continue
            }
            if case .failure(let p) = color, p.message.contains("out of range") { return .failure(p) }
            if sawColor || sawOn || !paint.attributes.isEmpty {
                return .failure(Problem(message: "unknown attribute '\(w)' (bold, underline, reverse, dim)",
                                        vi: "thuộc tính không biết '\(w)' (bold, underline, reverse, dim)"))
            }
            return .failure(Problem(message: "unknown color '\(w)'", vi: "màu không biết '\(w)'"))
        }
        if expectBackground { return .failure(Problem(message: "missing background color after 'on'", vi: "thiếu màu nền sau 'on'")) }
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
    if fd < 0 { return .failure(.init(message: String(cString: strerror(errno)))) }
    defer { close(fd) }
    var st = stat()
    if fstat(fd, &st) != 0 { return .failure(.init(message: String(cString: strerror(errno)))) }
    if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(.init(message: "it is a folder", vi: "đó là một thư mục")) }
    if (st.st_mode & S_IFMT) != S_IFREG { return .failure(.init(message: "not a regular file", vi: "không phải tệp thường")) }
    if Int(st.st_size) > limit { return .failure(.init(message: "file is too large (\(st.st_size) bytes)", vi: "tệp quá lớn (\(st.st_size) byte)")) }
    var bytes: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
        let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            return .failure(.init(message: String(cString: strerror(errno))))
        }
        if n == 0 { break }
        bytes.append(contentsOf: buf[0..<n])
        if bytes.count > limit { return .failure(.init(message: "file is too large", vi: "tệp quá lớn")) }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
        return .failure(.init(message: "not UTF-8 text", vi: "không phải văn bản UTF-8"))
    }
    return .success(text)
}
