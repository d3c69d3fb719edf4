import DanVanCore
import Foundation
import Testing

/// The whole application through the real binary in tmux: open, navigate, read the screen,
/// resize, edit, share a folder, quit cleanly.
@Suite("App end to end", .serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.unavailableReason))
struct AppTmuxTests {
    /// A data folder that outlives one session (for restarts and two programs at once).
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-app-\(UUID().uuidString)").path
        deinit {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: path + "-demo")  // the demo's own folder
        }
    }

    static func column(of text: String, in line: [Character]) -> Int? {
        let t = Array(text)
        guard line.count >= t.count else { return nil }
        return (0...(line.count - t.count)).first { Array(line[$0..<($0 + t.count)]) == t }
    }

    private func quit(_ s: TmuxSession) throws {
        s.send(keys: "q")
        #expect(try s.waitForExit(timeout: 15) == 0)
        #expect(try s.ttyModesAfterExit() == ["echo", "icanon", "icrnl", "isig", "opost"])
        #expect(!s.paneState().alternateScreen)
    }

    @Test func demoDataNavigateReadTheListResizeAndQuit() throws {
        let s = try TmuxSession(args: ["--lang", "vi"], width: 80, height: 24)
        defer { s.close() }
        try s.openDemo(.vi)
        var lines = s.screen()
        #expect(lines[0].hasPrefix(" Tệp  Sửa  Xem  Cài đặt  Trợ giúp") && lines[0].contains("DỮ LIỆU MẪU"))
        #expect(lines[2].contains("▾") && lines[2].contains("/"))
        // Into the member list, three rows down: the fourth member's name heads the right pane.
        s.send(keys: "Tab", "Down", "Down", "Down")
        try s.waitUntil("the fourth member in the right pane") { lines in
            guard lines.count == 24, let row = lines.dropFirst(3).dropFirst(3).first else { return false }
            let head = lines[2].split(separator: "│").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return head.count > 3 && row.contains(String(head.prefix(8)))
        }
        lines = s.screen()
        // Rows 3… hold "card name … count│": read them from the capture.
        let rows = lines[3..<22].filter { $0.contains("│") }
        #expect(rows.count >= 15)
        let ruleColumns = rows.compactMap { row -> Int? in
            let cols = Array(row)
            guard let bar = cols.firstIndex(of: "│"), let second = cols[(bar + 1)...].firstIndex(of: "│") else { return nil }
            return second
        }
        // Every row's pane rule stands in the same column: widths are counted per grapheme.
        #expect(Set(ruleColumns).count == 1, "\(rows)")
        // Bigger: every column appears.
        s.resize(width: 160, height: 48)
        try s.waitUntil("the 160-column layout") { $0.count == 48 && $0[2].contains("Chức vụ") && $0[2].contains("Trạng thái") }
        // Read the full names back from the capture: they come in Vietnamese name order.
        let wide = s.screen()
        let header = Array(wide[2])
        let nameStart = try #require(Self.column(of: "Họ và tên", in: header))
        let nameEnd = try #require(Self.column(of: "Chức vụ", in: header))
        let names = wide[3..<46].compactMap { line -> String? in
            let cols = Array(line)
            guard cols.count > nameEnd else { return nil }
            return String(cols[nameStart..<nameEnd]).trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        #expect(names.count >= 40)
        let keys = names.map { VietCollation.nameKey(NameParts(fullName: $0)) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { !$1.lexicographicallyPrecedes($0) }, "\(names)")
        // Smaller than the minimum: the short message, then back.
        s.resize(width: 50, height: 12)
        try s.waitFor(text: "Cửa sổ quá nhỏ")
        s.resize(width: 80, height: 24)
        try s.waitUntil("the 80-column layout") { $0.count == 24 && $0[1].contains("Đảng viên (") }
        try quit(s)
    }

    @Test func createAnOrganizationInVietnameseItIsThereAfterARestart() throws {
        let folder = Folder()
        do {
            let s = try TmuxSession(args: ["--lang", "vi"], env: ["DANVAN_DATA": folder.path], width: 80, height: 24)
            defer { s.close() }
            try s.waitFor(text: "Tạo tổ chức mới", timeout: 20)
            s.send(keys: "Enter")
            try s.waitFor(text: "Tạo tổ chức")
            // Telex-style burst: "chăc", two backspaces, "ắc".
            s.type(text: "Đảng bộ Phường Bến Nghé chăc")
            s.send(keys: "BSpace", "BSpace")
            s.type(text: "ắc")
            try s.waitFor(text: "Bến Nghé chắc")
            s.send(keys: "Tab", "Right", "F2")
            try s.waitFor(text: "Đã lưu: Đã tạo tổ chức")
            #expect(s.screen()[2].contains("ĐB…Nghé chắc") && s.screen()[0].contains("Đảng bộ Phường Bến Nghé chắc"))
            try quit(s)
        }
        let again = try TmuxSession(args: ["--lang", "en"], env: ["DANVAN_DATA": folder.path], width: 160, height: 48)
        defer { again.close() }
        try again.waitFor(text: "Đảng bộ Phường Bến Nghé chắc", timeout: 20)
        #expect(again.screenText.contains("Members (0)"))
        try quit(again)
    }

    @Test func aSecondProgramOpensReadOnlyAndRefusesEdits() throws {
        let folder = Folder()
        let first = try TmuxSession(args: ["--lang", "en"], env: ["DANVAN_DATA": folder.path], width: 80, height: 24)
        defer { first.close() }
        try first.openDemo(.en)
        let second = try TmuxSession(args: ["--lang", "en"], env: ["DANVAN_DATA": folder.path], width: 80, height: 24)
        defer { second.close() }
        try second.waitFor(text: "READ-ONLY", timeout: 20)
        #expect(second.screenText.contains("The folder is held by"))
        // The demo is in a folder of its own: the shared folder is still empty, and creating
        // the first unit there is refused.
        second.send(keys: "n")
        try second.waitFor(text: "edits are refused")
        // The refusal holds the keys typed after it until Enter or Esc, and says so.
        second.type(text: "abc")
        try second.waitFor(text: "3 keys typed after it were held back")
        second.send(keys: "Escape")
        try second.waitUntil("the refusal to close") { !$0.joined().contains("Not done") }
        try quit(second)
        try quit(first)
    }

    @Test func menusHelpAndLanguageSwitchThroughTheTerminal() throws {
        let folder = Folder()
        let s = try TmuxSession(args: ["--lang", "vi"], env: ["DANVAN_DATA": folder.path], width: 80, height: 24)
        defer { s.close() }
        try s.openDemo(.vi)
        // F9 opens the menu bar; Escape backs out at once.
        s.send(keys: "F9")
        try s.waitFor(text: "Mở dữ liệu mẫu")
        s.send(keys: "Escape")
        try s.waitUntil("the menu to close") { !$0.joined().contains("Tạo tổ chức  ") && !$0.joined().contains("┌") }
        // Esc then a letter opens a menu directly (Cài đặt), Enter switches the language.
        s.send(keys: "Escape", "c")
        try s.waitFor(text: "Đổi ngôn ngữ")
        s.send(keys: "Enter")
        try s.waitFor(text: "Switched to English")
        // ? lists the keys of the pane.
        s.send(keys: "?")
        try s.waitFor(text: "Keys — Organization")
        s.send(keys: "Escape")
        try s.waitUntil("help to close") { !$0.joined().contains("Keys — ") }
        // F8 (or t) lists the themes; the choice applies at once and is remembered.
        s.send(keys: "F8")
        try s.waitFor(text: "Choose a color theme")
        s.send(keys: "Down", "Enter")
        try s.waitFor(text: "Theme changed")
        try quit(s)
        // The language was remembered in the data folder.
        let settings = try String(contentsOfFile: folder.path + "/settings.json", encoding: .utf8)
        #expect(settings.contains("\"language\": \"en\""))
        #expect(settings.contains("\"theme\": \""))
    }

    @Test func aBrokenThemeFileIsNamedInTheStatusLine() throws {
        let folder = Folder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let theme = folder.path + "/bad.theme"
        try "# my colors\nselection = red on blue\nthis line is wrong\n".write(toFile: theme, atomically: true, encoding: .utf8)
        let s = try TmuxSession(args: ["--lang", "en", "--theme", theme], width: 100, height: 24)
        defer { s.close() }
        try s.waitFor(text: "Welcome to danvan", timeout: 20)
        try s.waitFor(text: ":3: expected 'key = value'")
        try quit(s)
    }

    @Test func quittingWithUnsavedTextAsksFirst() throws {
        let s = try TmuxSession(args: ["--lang", "en"], width: 80, height: 24)
        defer { s.close() }
        try s.waitFor(text: "Create an organization", timeout: 20)
        s.send(keys: "Enter")
        s.type(text: "Chi bộ")
        try s.waitFor(text: "Chi bộ")
        s.send(keys: "C-q")
        try s.waitFor(text: "A form holds unsaved text")
        s.send(keys: "n")
        try s.waitUntil("the question to go") { !$0.joined().contains("unsaved text") }
        s.send(keys: "C-q")
        try s.waitFor(text: "A form holds unsaved text")
        s.send(keys: "y")
        #expect(try s.waitForExit() == 0)
    }
}
