import DanVanCore

/// One entry of a folder as the run loop listed it.
public struct FileEntry: Equatable, Sendable {
    var name: String
    var isFolder: Bool
    public init(name: String, isFolder: Bool) {
        self.name = name
        self.isFolder = isFolder
    }
}

/// A folder's entries, with the home folder (offered as a shortcut).
public struct FolderListing: Equatable, Sendable {
    var path: String
    var home: String
    var entries: [FileEntry]
    public init(path: String, home: String, entries: [FileEntry]) {
        self.path = path
        self.home = home
        self.entries = entries
    }
}

/// One column of the file's header row and what the import reads it as.
public struct ImportColumn: Equatable, Sendable {
    var index: Int
    var heading: String
    /// The field it is read into on its own (nil: ignored, or one part of a composed field).
    var key: String?
    var meaning: BiText
    public init(index: Int, heading: String, key: String?, meaning: BiText) {
        self.index = index
        self.heading = heading
        self.key = key
        self.meaning = meaning
    }
}

/// A field a column can be given.
public struct ImportField: Equatable, Sendable {
    var key: String
    var label: BiText
    public init(key: String, label: BiText) {
        self.key = key
        self.label = label
    }
}

/// The legacy Vietnamese fonts whose text an import converts exactly to Unicode.
public enum LegacyFont: String, Equatable, Sendable, CaseIterable {
    case tcvn3, vni
    var name: String { self == .tcvn3 ? "TCVN3" : "VNI" }
}

/// What a roster file holds: members, or assignments (an assignment book, a list of
/// self-registered tasks).
public enum ImportKind: String, Equatable, Sendable {
    case members, assignments
}

/// One of a file's first rows, its cells joined, for choosing the header row.
public struct ImportFileRow: Equatable, Sendable {
    public var line: Int
    public var text: String
    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}

/// How the person asked the file to be read; each is nil or empty until they ask.
public struct ImportChoices: Equatable, Sendable {
    /// Columns given another meaning: position → field key ("" ignores the column).
    public var columns: [Int: String] = [:]
    /// A workbook's sheet (nil: the first that holds data).
    public var sheet: String?
    /// Text typed in a legacy font, converted to Unicode as it is read.
    public var font: LegacyFont?
    /// Units the rows name that do not exist are created (the screen's `--create-orgs`).
    public var createUnits = false
    /// What the file holds (nil: the run loop tells from its header row).
    public var kind: ImportKind?
    /// The row chosen as the header (nil: found from its headings).
    public var headerLine: Int?
}

/// How the run loop is to read a roster file for the import screen.
public struct ImportRequest: Equatable, Sendable {
    public var path: String
    public var org: OrgID
    public var chosen: ImportChoices
    init(path: String, org: OrgID, chosen: ImportChoices = ImportChoices()) {
        self.path = path
        self.org = org
        self.chosen = chosen
    }
}

/// What importing the file would do, worked out by the run loop with the same planning the
/// command line uses; nothing is stored until the person confirms.
public struct ImportPreview: Equatable, Sendable {
    var path: String
    /// What the file was read as.
    public var kind = ImportKind.members
    /// The file's first rows, when its header row was not found or was chosen: to choose it.
    public var fileRows: [ImportFileRow] = []
    /// A workbook's sheets and the one read (empty and nil for a text file).
    public var sheets: [String] = []
    public var sheet: String?
    /// The file is refused as text typed in this legacy font, which reading with it converts.
    public var convertible: LegacyFont?
    /// Rows refused because the unit they name does not exist; the units the batch creates.
    public var missingUnits = 0
    public var newUnits: [String] = []
    public var columns: [ImportColumn] = []
    public var fields: [ImportField] = []
    public var inferred: [BiText] = []
    public var skipped: [BiText] = []
    public var warnings: [BiText] = []
    /// Every error with its line; when any, nothing can be imported.
    public var errors: [BiText] = []
    /// The one batch the import commits.
    public var changes: [Change] = []
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public init(path: String) { self.path = path }
}

/// File → Import a roster: choose a file, see what importing it would do, change the cell or
/// a column's meaning, confirm.
struct ImportPage: Equatable, Sendable {
    enum Step: Equatable, Sendable { case files, reading, preview }
    var step: Step = .files
    /// The unit the file goes into (rows without a cell column).
    var org: OrgID
    var listing: FolderListing?
    /// Type-ahead over the folder's entries.
    var filter = TextField()
    var cursor = 0
    /// Steps of the reading done so far, of `total` (0 of 0 until the loop reports).
    var progress = (done: 0, total: 0)
    /// The file being read or previewed.
    var file: String?
    var preview: ImportPreview?
    /// How the person asked the file to be read (forgotten when another file is chosen).
    var chosen = ImportChoices()
    /// The column whose meaning ←/→ change.
    var column = 0
    var scroll = 0

    init(org: OrgID) { self.org = org }

    static func == (a: ImportPage, b: ImportPage) -> Bool {
        a.step == b.step && a.org == b.org && a.listing == b.listing && a.filter == b.filter && a.cursor == b.cursor
            && a.progress == b.progress && a.file == b.file && a.preview == b.preview && a.chosen == b.chosen
            && a.column == b.column && a.scroll == b.scroll
    }

    /// The file kinds the list offers.
    static let extensions: Set<String> = ["csv", "xlsx", "xls", "txt"]

    /// One line of the file list: a folder to open or a file to read.
    struct Choice: Equatable {
        var label: String
        var path: String
        var isFolder: Bool
    }

    /// The list as shown: the parent folder, the home folder, then the folders and roster files
    /// whose names hold what was typed (folders first, each group by name).
    var choices: [Choice] {
        guard let l = listing else { return [] }
        var out: [Choice] = []
        let q = VietText.fold(filter.text)
        if q.isEmpty {
            if l.path != "/" { out.append(Choice(label: "../", path: ImportPage.parent(of: l.path), isFolder: true)) }
            if l.home != l.path, !l.home.isEmpty { out.append(Choice(label: "~/", path: l.home, isFolder: true)) }
        }
        let shown = l.entries.filter { e in
            guard !e.name.hasPrefix(".") else { return false }
            guard e.isFolder || ImportPage.extensions.contains(ImportPage.ext(e.name)) else { return false }
            return q.isEmpty || VietText.fold(e.name).contains(q)
        }
        let sorted = shown.sorted { a, b in
            a.isFolder != b.isFolder ? a.isFolder : VietCollation.key(a.name).lexicographicallyPrecedes(VietCollation.key(b.name))
        }
        for e in sorted {
            out.append(Choice(label: e.name + (e.isFolder ? "/" : ""), path: ImportPage.join(l.path, e.name), isFolder: e.isFolder))
        }
        return out
    }

    /// The entry after `current` in `list`, round to the first (the first when none is current).
    static func next<T: Equatable>(after current: T?, in list: [T]) -> T {
        let at = current.flatMap { list.firstIndex(of: $0) } ?? -1
        return list[(at + 1) % list.count]
    }

    static func ext(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func parent(of path: String) -> String {
        var p = path
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        guard let slash = p.lastIndex(of: "/") else { return "/" }
        return slash == p.startIndex ? "/" : String(p[..<slash])
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The field key column `i` is read into now (an override, or as understood).
    func key(of c: ImportColumn) -> String {
        chosen.columns[c.index] ?? c.key ?? ""
    }
}
