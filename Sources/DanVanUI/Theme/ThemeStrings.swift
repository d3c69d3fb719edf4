import DanVanCore

extension Theme {
    /// What is wrong with a theme value or file.
    enum Problem: Error, Equatable, Localized {
        case outOfRange(String), unknownColor(String), unknownAttribute(String), expectedOnBefore(String)
        case missingValue, onTwice, colorsBeforeAttributes, missingBackground
        case isFolder, notRegularFile, tooLarge(bytes: Int?), notUTF8
        /// The system's own words (strerror), the same in both languages.
        case system(String)

        var bi: BiText {
            switch self {
            case .outOfRange(let w): return BiText("màu '\(w)' ngoài khoảng 0–255", "color '\(w)' is out of range 0–255")
            case .unknownColor(let w): return BiText("màu không biết '\(w)'", "unknown color '\(w)'")
            case .unknownAttribute(let w):
                return BiText("thuộc tính không biết '\(w)' (bold, underline, reverse, dim)", "unknown attribute '\(w)' (bold, underline, reverse, dim)")
            case .expectedOnBefore(let w): return BiText("cần 'on' hoặc một thuộc tính trước '\(w)'", "expected 'on' or an attribute before '\(w)'")
            case .missingValue: return BiText("thiếu giá trị", "missing value")
            case .onTwice: return BiText("'on' xuất hiện hai lần", "'on' appears twice")
            case .colorsBeforeAttributes: return BiText("màu phải đứng trước thuộc tính", "colors must come before attributes")
            case .missingBackground: return BiText("thiếu màu nền sau 'on'", "missing background color after 'on'")
            case .isFolder: return BiText("đó là một thư mục", "it is a folder")
            case .notRegularFile: return BiText("không phải tệp thường", "not a regular file")
            case .tooLarge(let bytes?): return BiText("tệp quá lớn (\(bytes) byte)", "file is too large (\(bytes) bytes)")
            case .tooLarge(nil): return BiText("tệp quá lớn", "file is too large")
            case .notUTF8: return BiText("không phải văn bản UTF-8", "not UTF-8 text")
            case .system(let words): return BiText(verbatim: words)
            }
        }
    }

    /// A theme file's messages; `at` is "file:line:".
    enum Warning: Localized {
        case notKeyValue(at: String, found: String)
        case unknownKey(at: String, key: String, guess: String?)
        case setTwice(at: String, key: String, firstLine: Int)
        case badValue(at: String, problem: Problem, key: String)
        case unreadable(path: String, problem: Problem)
        case unknownTheme(spec: String, builtins: String)

        var bi: BiText {
            switch self {
            case .notKeyValue(let at, let found):
                return BiText("\(at) cần dạng 'khóa = giá trị', gặp '\(found)'", "\(at) expected 'key = value', found '\(found)'")
            case .unknownKey(let at, let key, nil):
                return BiText("\(at) khóa không biết '\(key)'", "\(at) unknown key '\(key)'")
            case .unknownKey(let at, let key, let guess?):
                return BiText("\(at) khóa không biết '\(key)' (có phải '\(guess)'?)", "\(at) unknown key '\(key)' (did you mean '\(guess)'?)")
            case .setTwice(let at, let key, let first):
                return BiText("\(at) khóa '\(key)' đã đặt ở dòng \(first); dòng này được dùng",
                              "\(at) key '\(key)' was already set on line \(first); this line wins")
            case .badValue(let at, let problem, let key):
                return BiText("\(at) \(problem.vi) ở khóa '\(key)'; dùng màu mặc định", "\(at) \(problem.en) for key '\(key)'; using the default")
            case .unreadable(let path, let problem):
                return BiText("không đọc được tệp giao diện '\(path)': \(problem.vi); dùng giao diện mặc định",
                              "cannot read theme file '\(path)': \(problem.en); using the built-in default theme")
            case .unknownTheme(let spec, let names):
                return BiText("không có giao diện '\(spec)': không phải giao diện có sẵn (\(names)) cũng không phải tệp; dùng giao diện mặc định",
                              "unknown theme '\(spec)': not a built-in theme (\(names)) nor a file; using the default theme")
            }
        }
    }
}
