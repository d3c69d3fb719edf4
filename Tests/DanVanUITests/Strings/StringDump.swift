import Foundation
import Testing
import DanVanCore
@testable import DanVanUI

/// Every case of every text table, one `Table.case<TAB>vi<TAB>en` line each (plus each
/// command's hint), so a change of scheme can be shown to change no text: dump before and
/// after and diff. Runs only when DANVAN_STRINGS_DUMP names the file to write:
///   DANVAN_STRINGS_DUMP=/tmp/before.txt swift test --skip-build --filter StringDump
enum StringDump {
    /// Each table's name and its cases' texts, in case order. A new table is added here, which puts
    /// it under StringTableTests too.
    static func tables() -> [(name: String, rows: [(key: String, vi: String, en: String)])] {
        var out: [(name: String, rows: [(key: String, vi: String, en: String)])] = []
        func add<T: Localized & CaseIterable>(_ name: String, _ type: T.Type) {
            out.append((name, T.allCases.map { ("\($0)", $0.text(.vi), $0.text(.en)) }))
        }
        add("UI", Strings.UI.self)
        add("Import", Strings.Import.self)
        add("Keys", Strings.Keys.self)
        add("Meet", Strings.Meet.self)
        add("Seal", Strings.Seal.self)
        add("Meetings", Strings.Meetings.self)
        add("Demo", Strings.Demo.self)
        add("Notice", Strings.Notice.self)
        add("Menu", Menu.self)
        out.append(("Command", Command.allCases.map { ("\($0)", $0.text(.vi), $0.text(.en)) }))
        out.append(("Command.hint", Command.allCases.map { ("\($0)", $0.hint(.vi), $0.hint(.en)) }))
        // Tables whose keys carry values: one of each key.
        func samples(_ name: String, _ keys: [any Localized]) {
            out.append((name, keys.map { ("\($0)", $0.text(.vi), $0.text(.en)) }))
        }
        let problems: [Theme.Problem] = [
            .outOfRange("300"), .unknownColor("tím"), .unknownAttribute("x"), .expectedOnBefore("blue"), .missingValue, .onTwice,
            .colorsBeforeAttributes, .missingBackground, .isFolder, .notRegularFile, .tooLarge(bytes: 2_000_000), .tooLarge(bytes: nil),
            .notUTF8, .system("No such file or directory"),
        ]
        samples("Theme.Problem", problems)
        samples("Theme.Warning", [
            Theme.Warning.notKeyValue(at: "t:1:", found: "x"), .unknownKey(at: "t:1:", key: "k", guess: nil),
            .unknownKey(at: "t:1:", key: "titel", guess: "title"), .setTwice(at: "t:2:", key: "title", firstLine: 1),
            .badValue(at: "t:1:", problem: .onTwice, key: "title"), .unreadable(path: "/x", problem: .isFolder),
            .unknownTheme(spec: "x", builtins: "default, light"),
        ])
        return out
    }

    static func lines() -> [String] {
        tables().flatMap { t in t.rows.map { "\(t.name).\($0.key)\t\(esc($0.vi))\t\(esc($0.en))" } } + themeLines()
    }

    /// Bad theme lines and files that between them raise every theme message, as the person reads them.
    static let badThemes = [
        "header red", "nope = blue", "titel = red", "title = red\ntitle = blue", "title = 300", "title = purple",
        "title =", "title = red on on", "title = on red on blue", "title = bold on blue", "title = red blue",
        "title = bold red", "title = red, sparkly", "title = red on", "title = red on bold",
    ]

    static func themeLines() -> [String] {
        var out: [String] = []
        for (i, text) in badThemes.enumerated() {
            let vi = Theme.parse(text: text, name: "t.theme", lang: .vi).warnings
            let en = Theme.parse(text: text, name: "t.theme", lang: .en).warnings
            out.append("Theme.parse.\(i)\t\(esc(vi.joined(separator: " | ")))\t\(esc(en.joined(separator: " | ")))")
        }
        for spec in ["/", "/nonexistent/danvan/x.theme", "purple-rain"] {
            let vi = Theme.resolve(spec, lang: .vi).warnings, en = Theme.resolve(spec, lang: .en).warnings
            out.append("Theme.resolve.\(spec)\t\(esc(vi.joined(separator: " | ")))\t\(esc(en.joined(separator: " | ")))")
        }
        return out
    }

    static func esc(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
    }
}

@Suite struct StringDumpTool {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DANVAN_STRINGS_DUMP"] != nil))
    func dump() throws {
        let path = try #require(ProcessInfo.processInfo.environment["DANVAN_STRINGS_DUMP"])
        let lines = StringDump.lines()
        #expect(lines.count > 300)
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
