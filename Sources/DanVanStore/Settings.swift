import DanVanCore
import Foundation

/// What the application remembers between runs: the theme and the language. Kept in
/// `settings.json` in the data folder, written atomically (temp file, fsync, rename,
/// fsync folder) with mode 0600. A damaged file never stops the program: the defaults are
/// used and a warning says what was wrong.
public struct Settings: Equatable, Sendable {
    /// A built-in theme name or a theme file path; nil for the default.
    public var theme: String?
    /// nil to follow the locale.
    public var language: Lang?
    /// The raw id of the cell last used for a new member or a meeting (pickers open on it).
    public var lastCell: UInt64?
    /// Fields this version does not know (written by a newer one), as JSON text, kept so
    /// saving here does not erase them.
    public var otherFields: [String: String] = [:]

    public init(theme: String? = nil, language: Lang? = nil) {
        self.theme = theme
        self.language = language
    }

    public static let fileName = "settings.json"

    public static func path(in folder: String) -> String {
        folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName
    }

    /// Reads the settings of a data folder. A missing file gives the defaults silently; an
    /// unreadable or malformed one gives the defaults (or the fields that were good) and a
    /// warning naming the file and the field.
    public static func load(folder: String) -> (settings: Settings, warnings: [String]) {
        let file = path(in: folder)
        let data: Data
        // Through the guarded read: a FIFO or link in its place must not hang or lead out.
        let fs = PosixFileSystem()
        if let k = fs.kind(file), k != .regular {
            return (Settings(), ["\(file): cannot read settings (\(k.name(.en)), not a regular file); using the defaults"])
        }
        do {
            data = Data(try fs.read(file))
        } catch {
            if !FileManager.default.fileExists(atPath: file) { return (Settings(), []) }
            return (Settings(), ["\(file): cannot read settings (\(reason(error))); using the defaults"])
        }
        return parse(data, file: file)
    }

    /// Parses the bytes of a settings file; `file` names it in warnings.
    public static func parse(_ data: Data, file: String) -> (settings: Settings, warnings: [String]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            return (Settings(), ["\(file): not valid JSON; using the default settings"])
        }
        guard let dict = object as? [String: Any] else {
            return (Settings(), ["\(file): expected a JSON object; using the default settings"])
        }
        var s = Settings()
        var warnings: [String] = []
        if let v = dict["theme"], !(v is NSNull) {
            if let name = v as? String, !name.isEmpty, !name.contains("\0") {
                s.theme = name
            } else {
                warnings.append("\(file): field 'theme' must be a theme name or path; using the default theme")
            }
        }
        if let v = dict["language"], !(v is NSNull) {
            if let code = v as? String, let lang = Lang(rawValue: code) {
                s.language = lang
            } else {
                warnings.append("\(file): field 'language' must be \"vi\" or \"en\"; following the locale")
            }
        }
        if let v = dict["lastCell"], !(v is NSNull) {
            // Written as a string: a JSON number may not hold every 64-bit id exactly.
            if let text = v as? String, let raw = UInt64(text) {
                s.lastCell = raw
            } else {
                warnings.append("\(file): field 'lastCell' must be a cell id in a string; no cell is remembered")
            }
        }
        for (key, value) in dict where key != "theme" && key != "language" && key != "lastCell" {
            if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) {
                s.otherFields[key] = String(decoding: data, as: UTF8.self)
            }
        }
        return (s, warnings)
    }

    /// The file's bytes: a small, stable, human-readable JSON object.
    public var encoded: Data {
        var fields: [String] = []
        if let theme { fields.append("  \"theme\": \(Self.jsonString(theme))") }
        if let language { fields.append("  \"language\": \"\(language.rawValue)\"") }
        if let lastCell { fields.append("  \"lastCell\": \"\(lastCell)\"") }
        for key in otherFields.keys.sorted() { fields.append("  \(Self.jsonString(key)): \(otherFields[key]!)") }
        return Data(("{\n" + fields.joined(separator: ",\n") + (fields.isEmpty ? "}\n" : "\n}\n")).utf8)
    }

    /// Writes the settings into `folder` (created with mode 0700 if missing) so that the
    /// file is either the old one or the new one whatever happens.
    public func save(folder: String) throws {
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw SettingsError(message: "cannot create the data folder \(folder): \(Self.reason(error))",
                                    vi: "không tạo được thư mục dữ liệu \(folder): \(Self.reason(error))")
            }
        }
        try Self.writeAtomically(encoded, to: Self.path(in: folder), folder: folder)
    }

    /// Loads the folder's settings, applies `change`, and saves: fields this version does
    /// not know are kept. A damaged file is replaced by the changed defaults.
    public static func update(folder: String, _ change: (inout Settings) -> Void) throws {
        var s = load(folder: folder).settings
        change(&s)
        try s.save(folder: folder)
    }

    /// Through the seam's one atomic writer: temporary file (0600), fsync, rename, fsync folder.
    static func writeAtomically(_ data: Data, to file: String, folder: String) throws {
        do { try PosixFileSystem().writeAtomically([[UInt8](data)], to: file) } catch let e as IOFailure {
            throw SettingsError(message: "cannot save settings to \(file): \(e)", vi: "không lưu được cài đặt vào \(file): \(e)")
        }
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? CocoaError, let posix = e.underlying as? POSIXError {
            return String(cString: strerror(posix.code.rawValue))
        }
        // Foundation's own sentences ("The file … doesn't exist.") would be English inside a
        // Vietnamese message: the system's reason, as every other disk error gives it.
        if let e = error as? CocoaError, [.fileNoSuchFile, .fileReadNoSuchFile].contains(e.code) { return String(cString: strerror(ENOENT)) }
        if let e = error as? CocoaError, [.fileReadNoPermission, .fileWriteNoPermission].contains(e.code) { return String(cString: strerror(EACCES)) }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}

/// Saving settings failed; the message says which file and which step.
public struct SettingsError: Error, CustomStringConvertible, Sendable {
    public var message: String
    /// The same in Vietnamese.
    public var vi: String
    public init(message: String, vi: String) {
        self.message = message
        self.vi = vi
    }
    public var description: String { message }
    public func message(_ lang: Lang) -> String { lang == .vi ? vi : message }
}
