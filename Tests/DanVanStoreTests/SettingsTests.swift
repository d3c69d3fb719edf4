import DanVanCore
import Foundation
import Testing

@testable import DanVanStore

private func tempFolder() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-settings-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

@Suite("Settings")
struct SettingsTests {
    @Test func missingFileGivesDefaultsQuietly() throws {
        let (s, w) = Settings.load(folder: try tempFolder())
        #expect(s == Settings())
        #expect(w.isEmpty)
    }

    @Test func saveThenLoadRoundTrips() throws {
        let dir = try tempFolder()
        let s = Settings(theme: "/home/bí thư/\"my\" theme.theme", language: .vi)
        try s.save(folder: dir)
        let (back, w) = Settings.load(folder: dir)
        #expect(w.isEmpty)
        #expect(back == s)
        try Settings(theme: "light").save(folder: dir)
        #expect(Settings.load(folder: dir).settings == Settings(theme: "light", language: nil))
    }

    @Test func theLastCellUsedIsRememberedExactlyAndKeptByOtherChanges() throws {
        let dir = try tempFolder()
        // A 64-bit id beyond what a JSON number holds exactly: written as a string.
        try Settings.update(folder: dir) { $0.lastCell = 18_446_744_073_709_551_557 }
        try Settings.update(folder: dir) { $0.theme = "mono" }
        let text = try String(contentsOfFile: Settings.path(in: dir), encoding: .utf8)
        #expect(text == "{\n  \"theme\": \"mono\",\n  \"lastCell\": \"18446744073709551557\"\n}\n")
        let (back, w) = Settings.load(folder: dir)
        #expect(w.isEmpty && back.lastCell == 18_446_744_073_709_551_557 && back.otherFields.isEmpty)
        // A bad value is named and forgotten; the rest is kept.
        let (bad, warnings) = Settings.parse(Data("{\"lastCell\": 12, \"theme\": \"light\"}".utf8), file: "s.json")
        #expect(bad.lastCell == nil && bad.theme == "light")
        #expect(warnings == ["s.json: field 'lastCell' must be a cell id in a string; no cell is remembered"])
    }

    @Test func fileIsPrivateAndNoTempFileRemains() throws {
        let dir = try tempFolder()
        try Settings(theme: "mono", language: .en).save(folder: dir)
        let attrs = try FileManager.default.attributesOfItem(atPath: Settings.path(in: dir))
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["settings.json"])
        let text = try String(contentsOfFile: Settings.path(in: dir), encoding: .utf8)
        #expect(text == "{\n  \"theme\": \"mono\",\n  \"language\": \"en\"\n}\n")
    }

    @Test func createsAMissingDataFolderPrivately() throws {
        let dir = try tempFolder() + "/nested/data"
        try Settings(language: .en).save(folder: dir)
        let attrs = try FileManager.default.attributesOfItem(atPath: dir)
        #expect((attrs[.posixPermissions] as? Int) == 0o700)
        #expect(Settings.load(folder: dir).settings.language == .en)
    }

    @Test func garbageGivesDefaultsAndAWarning() throws {
        let dir = try tempFolder()
        try Data([0x7B, 0x22, 0xFF, 0x00]).write(to: URL(fileURLWithPath: Settings.path(in: dir)))
        let (s, w) = Settings.load(folder: dir)
        #expect(s == Settings())
        #expect(w == ["\(Settings.path(in: dir)): not valid JSON; using the default settings"])
        try Data("[1, 2]".utf8).write(to: URL(fileURLWithPath: Settings.path(in: dir)))
        #expect(Settings.load(folder: dir).warnings == ["\(Settings.path(in: dir)): expected a JSON object; using the default settings"])
    }

    @Test func badFieldsAreNamedAndGoodOnesKept() {
        let (s, w) = Settings.parse(Data(#"{"theme": 7, "language": "vi"}"#.utf8), file: "f.json")
        #expect(s == Settings(theme: nil, language: .vi))
        #expect(w == ["f.json: field 'theme' must be a theme name or path; using the default theme"])
        let (t, v) = Settings.parse(Data(#"{"theme": "dusk", "language": "fr"}"#.utf8), file: "f.json")
        #expect(t == Settings(theme: "dusk", language: nil))
        #expect(v == ["f.json: field 'language' must be \"vi\" or \"en\"; following the locale"])
        #expect(Settings.parse(Data(#"{"theme": null}"#.utf8), file: "f").warnings.isEmpty)
    }

    @Test func fieldsFromANewerVersionSurviveASave() throws {
        let dir = try tempFolder()
        let text = #"{"theme": "light", "panes": {"tree": 30, "members": [1, 2]}, "zoom": 1.5, "note": "Chi bộ \"A\""}"#
        try Data(text.utf8).write(to: URL(fileURLWithPath: Settings.path(in: dir)))
        var (s, w) = Settings.load(folder: dir)
        #expect(w.isEmpty)
        #expect(s.theme == "light")
        #expect(Set(s.otherFields.keys) == ["panes", "zoom", "note"])
        s.language = .vi
        try s.save(folder: dir)
        let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Settings.path(in: dir)))) as! [String: Any]
        #expect(saved["language"] as? String == "vi")
        #expect((saved["panes"] as? [String: Any])?["tree"] as? Int == 30)
        #expect(saved["zoom"] as? Double == 1.5)
        #expect(saved["note"] as? String == "Chi bộ \"A\"")
        #expect(Settings.load(folder: dir).settings == s)
    }

    @Test func updateChangesOneFieldAndKeepsTheRest() throws {
        let dir = try tempFolder()
        try Data(#"{"theme": "dusk", "future": [1]}"#.utf8).write(to: URL(fileURLWithPath: Settings.path(in: dir)))
        try Settings.update(folder: dir) { $0.language = .en }
        let s = Settings.load(folder: dir).settings
        #expect(s.theme == "dusk" && s.language == .en && s.otherFields == ["future": "[1]"])
        let fresh = try tempFolder() + "/new"
        try Settings.update(folder: fresh) { $0.theme = "mono" }
        #expect(Settings.load(folder: fresh).settings == Settings(theme: "mono"))
    }

    @Test func unreadableFileGivesDefaultsAndReason() throws {
        let dir = try tempFolder()
        try FileManager.default.createDirectory(atPath: Settings.path(in: dir), withIntermediateDirectories: false)
        let (s, w) = Settings.load(folder: dir)
        #expect(s == Settings())
        #expect(w.count == 1)
        #expect(w.first?.hasPrefix("\(Settings.path(in: dir)): cannot read settings (") == true)
    }

    @Test func saveFailureIsAClearError() throws {
        let dir = try tempFolder()
        let notAFolder = dir + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: notAFolder))
        do {
            try Settings(theme: "light").save(folder: notAFolder)
            Issue.record("saving into a regular file must fail")
        } catch let e as SettingsError {
            #expect(e.message.hasPrefix("cannot save settings to \(notAFolder)/settings.json: create"))
            #expect(e.message.contains("Not a directory"))
        }
    }
}
