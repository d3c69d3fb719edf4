import Foundation
import Testing

@testable import DanVanUI

private let repoRoot = URL(fileURLWithPath: #filePath)  // Tests/DanVanUITests/Theme/ThemeTests.swift
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func tempFile(_ contents: [UInt8], name: String = "t.theme") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-theme-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent(name).path
    try Data(contents).write(to: URL(fileURLWithPath: path))
    return path
}

@Suite("Bundled themes")
struct BundledThemeTests {
    @Test(arguments: Theme.builtinNames)
    func fileMatchesCompiledInText(name: String) throws {
        let file = try String(contentsOf: repoRoot.appendingPathComponent("themes/\(name).theme"), encoding: .utf8)
        let compiled = BuiltinThemeText.all.first { $0.name == name }!.text
        #expect(file == compiled + "\n", "themes/\(name).theme changed: run python3 themes/generate-builtin.py")
    }

    @Test func everyThemeFileInTheFolderIsBuiltIn() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: repoRoot.appendingPathComponent("themes").path)
            .filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) }
        #expect(Set(files) == Set(Theme.builtinNames))
        #expect(Set(["default", "light", "high-contrast", "mono"]).isSubset(of: Set(Theme.builtinNames)))
    }

    @Test(arguments: Theme.builtinNames)
    func parsesCleanlyAndSetsEveryRole(name: String) {
        let text = BuiltinThemeText.all.first { $0.name == name }!.text
        let sentinel = Paint(fg: .index(99), bg: .index(98), attributes: [.dim])
        let (theme, warnings) = Theme.parse(text: text, name: name, base: Theme(name: "s", fallback: sentinel))
        #expect(warnings.isEmpty)
        for role in StyleRole.allCases { #expect(theme[role] != sentinel, "\(name) misses \(role)") }
        #expect(theme.name == name)
        #expect(Theme.builtin(name) == theme)
    }

    @Test(arguments: Theme.builtinNames)
    func textStaysReadableOnEightColors(name: String) {
        let theme = Theme.builtin(name)!.adapted(toColors: 8)
        for role in StyleRole.allCases {
            let p = theme[role]
            for c in [p.fg, p.bg] { if case .index(let i) = c { #expect(i < 8) } }
            if p.fg != .default || p.bg != .default { #expect(p.fg != p.bg, "\(name).\(role) vanishes") }
        }
    }

    @Test(arguments: Theme.builtinNames)
    func fileTextRoundTrips(name: String) {
        let theme = Theme.builtin(name)!
        let (back, warnings) = Theme.parse(text: theme.fileText, name: name)
        #expect(warnings.isEmpty)
        #expect(back == theme)
    }

    @Test func monoHasNoColorsAndShowsSelectionReversed() {
        for role in StyleRole.allCases {
            #expect(Theme.mono[role].fg == .default && Theme.mono[role].bg == .default)
        }
        #expect(Theme.mono[.selection].attributes.contains(.reverse))
        #expect(Theme.mono[.menuBar].attributes.contains(.reverse))
        #expect(Theme.mono[.inputFocused] != Theme.mono[.inputField])
    }

    @Test func onlyDuskNeeds256Colors() {
        #expect(Theme.builtin("dusk")!.uses256Colors)
        #expect(!Theme.default.uses256Colors)
        #expect(Theme.builtin("unknown") == nil)
        #expect(Theme.builtin("LIGHT")?.name == "light")
    }
}

@Suite("Theme file format")
struct ThemeParseTests {
    private func paint(_ value: String) -> (Paint, [String]) {
        let (t, w) = Theme.parse(text: "title = \(value)", name: "x.theme", base: Theme(name: "b"))
        return (t[.title], w)
    }

    @Test func colorForms() {
        #expect(paint("red").0 == Paint(fg: .red))
        #expect(paint("red on blue").0 == Paint(fg: .red, bg: .blue))
        #expect(paint("on blue").0 == Paint(bg: .blue))
        #expect(paint("default on white").0 == Paint(bg: .white))
        #expect(paint("bright red on bright-black").0 == Paint(fg: .index(9), bg: .index(8)))
        #expect(paint("brightcyan on gray").0 == Paint(fg: .index(14), bg: .index(8)))
        #expect(paint("200 on 17").0 == Paint(fg: .index(200), bg: .index(17)))
        #expect(paint("Black ON Cyan").0 == Paint(fg: .black, bg: .cyan))
    }

    @Test func attributeForms() {
        #expect(paint("black on cyan, bold, underline").0 == Paint(fg: .black, bg: .cyan, attributes: [.bold, .underline]))
        #expect(paint("reverse").0 == Paint(attributes: [.reverse]))
        #expect(paint("bold dim").0 == Paint(attributes: [.bold, .dim]))
        #expect(paint("red bold").0 == Paint(fg: .red, attributes: [.bold]))
        #expect(paint("yellow on blue, bold").1.isEmpty)
    }

    @Test func commentsBlankLinesCRLFAndKeySpelling() {
        let text = "# a comment\r\n\r\n  menu-bar = red on black  # trailing\r\nHINT_KEY=green\r\n"
        let (t, w) = Theme.parse(text: text, name: "x.theme", base: Theme(name: "b"))
        #expect(w.isEmpty)
        #expect(t[.menuBar] == Paint(fg: .red, bg: .black))
        #expect(t[.hintKey] == Paint(fg: .green))
        #expect(t[.normal] == .plain)
        #expect(t.name == "x")
    }

    @Test func unknownColorNamesFileLineAndKeyAndKeepsDefault() {
        var lines = Array(repeating: "# filler", count: 11)
        lines.append("menuBar = purpl on cyan")
        lines.append("title = red")
        let (t, w) = Theme.parse(text: lines.joined(separator: "\n"), name: "themes/x.theme")
        #expect(w == ["themes/x.theme:12: unknown color 'purpl' for key 'menuBar'; using the default"])
        #expect(t[.menuBar] == Theme.default[.menuBar])
        #expect(t[.title] == Paint(fg: .red))
        #expect(t[.selection] == Theme.default[.selection])
    }

    @Test func otherProblemsAreNamed() {
        let text = """
            menubar = red
            selecton = blue
            totally wrong
            status = 300
            dialog = red on
            hintKey = red green
            paneTitle = red on blue, shiny
            barFill =
            status = red on on blue
            inputField = bold red
            """
        let (t, w) = Theme.parse(text: text, name: "f.theme")
        #expect(w == [
            "f.theme:2: unknown key 'selecton' (did you mean 'selection'?)",
            "f.theme:3: expected 'key = value', found 'totally wrong'",
            "f.theme:4: color '300' is out of range 0–255 for key 'status'; using the default",
            "f.theme:5: missing background color after 'on' for key 'dialog'; using the default",
            "f.theme:6: expected 'on' or an attribute before 'green' for key 'hintKey'; using the default",
            "f.theme:7: unknown attribute 'shiny' (bold, underline, reverse, dim) for key 'paneTitle'; using the default",
            "f.theme:8: missing value for key 'barFill'; using the default",
            "f.theme:9: key 'status' was already set on line 4; this line wins",
            "f.theme:9: 'on' appears twice for key 'status'; using the default",
            "f.theme:10: colors must come before attributes for key 'inputField'; using the default",
        ])
        #expect(t[.menuBar] == Paint(fg: .red))
        #expect(t[.dialog] == Theme.default[.dialog])
    }

    @Test func laterDuplicateWins() {
        let (t, w) = Theme.parse(text: "title = red\ntitle = blue", name: "d")
        #expect(t[.title] == Paint(fg: .blue))
        #expect(w == ["d:2: key 'title' was already set on line 1; this line wins"])
    }
}

@Suite("Theme loading and selection")
struct ThemeLoadTests {
    @Test func loadsAFile() throws {
        let path = try tempFile(Array("selection = red on green, bold\n".utf8), name: "mine.theme")
        let (t, w) = Theme.load(path: path)
        #expect(w.isEmpty)
        #expect(t.name == "mine")
        #expect(t[.selection] == Paint(fg: .red, bg: .green, attributes: [.bold]))
        #expect(t[.menuBar] == Theme.default[.menuBar])
    }

    @Test func missingFileGivesDefaultAndReason() {
        let (t, w) = Theme.load(path: "/nonexistent/danvan/x.theme")
        #expect(t == Theme.default)
        #expect(w == ["cannot read theme file '/nonexistent/danvan/x.theme': No such file or directory; using the built-in default theme"])
    }

    @Test func folderAndBinaryFilesAreRefused() throws {
        let dir = FileManager.default.temporaryDirectory.path
        #expect(Theme.load(path: dir).warnings.first?.contains("it is a folder") == true)
        let bad = try tempFile([0x74, 0x69, 0x74, 0x6C, 0x65, 0x3D, 0xFF, 0xFE, 0x00])
        let (t, w) = Theme.load(path: bad)
        #expect(t == Theme.default)
        #expect(w.first?.contains("not UTF-8 text") == true)
    }

    @Test func resolveNameOrPath() throws {
        #expect(Theme.resolve("light").theme.name == "light")
        #expect(Theme.resolve("light").warnings.isEmpty)
        let path = try tempFile(Array("title = red\n".utf8), name: "t.theme")
        #expect(Theme.resolve(path).theme[.title] == Paint(fg: .red))
        let (t, w) = Theme.resolve("purple-rain")
        #expect(t == Theme.default)
        #expect(w == ["unknown theme 'purple-rain': not a built-in theme (\(Theme.builtinNames.joined(separator: ", "))) nor a file; using the default theme"])
        #expect(Theme.resolve("missing/dir.theme").warnings.first?.hasPrefix("cannot read theme file 'missing/dir.theme'") == true)
    }

    @Test func selectionOrder() {
        let noColor = ["NO_COLOR": "1"]
        #expect(Theme.select(flag: "light", remembered: "dusk", environment: noColor).theme.name == "light")
        #expect(Theme.select(flag: nil, remembered: "dusk", environment: noColor).theme == Theme.mono)
        #expect(Theme.select(flag: nil, remembered: "dusk", environment: ["NO_COLOR": ""]).theme.name == "dusk")
        #expect(Theme.select(flag: nil, remembered: nil, environment: [:]).theme == Theme.default)
        #expect(Theme.select(flag: nil, remembered: "gone", environment: [:]).warnings.count == 1)
    }
}

@Suite("Theme colors")
struct ThemeColorTests {
    @Test func nearestBasicColor() {
        #expect(Theme.nearest8(.index(196)) == .red)
        #expect(Theme.nearest8(.index(21)) == .blue)
        #expect(Theme.nearest8(.index(46)) == .green)
        #expect(Theme.nearest8(.index(231)) == .white)
        #expect(Theme.nearest8(.index(16)) == .black)
        #expect(Theme.nearest8(.index(232)) == .black)
        #expect(Theme.nearest8(.index(255)) == .white)
        #expect(Theme.nearest8(.index(9)) == .red)
        #expect(Theme.nearest8(.index(14)) == .cyan)
        #expect(Theme.nearest8(.index(3)) == .yellow)
        #expect(Theme.nearest8(.default) == .default)
    }

    @Test func adaptingToTheTerminal() {
        let dusk = Theme.builtin("dusk")!
        #expect(dusk.adapted(toColors: 256) == dusk)
        #expect(dusk.adapted(toColors: 8) == dusk.reducedTo8Colors())
        #expect(dusk.adapted(toColors: 8) != dusk)
        #expect(dusk.adapted(toColors: 0) == Theme.mono)
        #expect(Theme.default.adapted(toColors: 8) == Theme.default)
    }

    @Test func collapsedColorsGetContrast() {
        var t = Theme(name: "c")
        t[.title] = Paint(fg: .index(18), bg: .index(19))  // two blues → both "blue"
        t[.status] = Paint(fg: .index(230), bg: .index(255))  // two near-whites
        let r = t.reducedTo8Colors()
        #expect(r[.title] == Paint(fg: .white, bg: .blue))
        #expect(r[.status] == Paint(fg: .black, bg: .white))
    }

    @Test func styleFlagsAddToRoleAttributes() {
        var t = Theme(name: "p")
        t[.selection] = Paint(fg: .black, bg: .cyan, attributes: [.dim])
        let p = t.paint(for: Style(.selection, bold: true, underline: true, reverse: true))
        #expect(p == Paint(fg: .black, bg: .cyan, attributes: [.dim, .bold, .underline, .reverse]))
        #expect(t.paint(for: Style(.selection)) == t[.selection])
    }
}
