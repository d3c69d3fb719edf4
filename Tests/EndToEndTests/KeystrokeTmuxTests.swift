import DanVanCore
import Foundation
import Testing

/// The keystroke rules through the real binary at 80×24: a name typed after `+` on a
/// committee goes to the cell picker (never runs as commands), and the cell picked is the one
/// the picker opens on in the next run.
@Suite("Keystrokes end to end", .serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.unavailableReason))
struct KeystrokeTmuxTests {
    @Test func aNameTypedAfterPlusGoesToTheCellPickerAndTheCellIsRememberedAcrossRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-keys-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let s = try TmuxSession(args: ["--lang", "vi"], env: ["DANVAN_DATA": folder], width: 80, height: 24)
        defer { s.close() }
        try s.openDemo(.vi)
        // The committee at the top is selected; the member list has the keyboard.
        s.send(keys: "Tab", "+")
        try s.waitFor(text: "Thêm đảng viên vào chi bộ nào?")
        s.type(text: "Nguyễn Văn Chưa Lưu")
        try s.waitFor(text: "Không tìm thấy")
        // Nothing ran as a command: no marks, no meeting form.
        #expect(!s.screenText.contains("đánh dấu") && !s.screenText.contains("Sinh hoạt chi bộ"))
        s.send(keys: "C-u")
        s.send(keys: "Down", "Enter")
        try s.waitFor(text: "Thêm nhanh đảng viên")
        s.type(text: "Nguyễn Văn Chưa Lưu")
        s.send(keys: "F2")
        try s.waitFor(text: "Đã lưu")
        let settings = try String(contentsOfFile: folder + "/settings.json", encoding: .utf8)
        #expect(settings.contains("\"lastCell\": \""))
        s.send(keys: "q")
        #expect(try s.waitForExit(timeout: 15) == 0)

        // The next run: `+` then Enter takes the cell used last time.
        let again = try TmuxSession(args: ["--lang", "vi"], env: ["DANVAN_DATA": folder], width: 80, height: 24)
        defer { again.close() }
        try again.waitFor(text: "Tổ chức ·", timeout: 20)
        again.send(keys: "Tab", "+")
        try again.waitFor(text: "Thêm đảng viên vào chi bộ nào?")
        again.send(keys: "Enter")
        try again.waitFor(text: "Thêm nhanh đảng viên")
        again.type(text: "Trần Văn Hai")
        again.send(keys: "F2")
        try again.waitFor(text: "Đã lưu")
        again.send(keys: "q")
        #expect(try again.waitForExit(timeout: 15) == 0)
        #expect(try String(contentsOfFile: folder + "/settings.json", encoding: .utf8) == settings)

        // Both new members are in the same cell.
        let csv = try Child(["export", "members", "--data", folder]).finish().out
        let rows = csv.split(whereSeparator: \.isNewline).map(String.init)
        let first = try #require(rows.first { $0.contains("Nguyễn Văn Chưa Lưu") })
        let second = try #require(rows.first { $0.contains("Trần Văn Hai") })
        func org(_ row: String) -> String? { row.split(separator: ",").first { $0.contains(" / ") }.map(String.init) }
        #expect(org(first) != nil && org(first) == org(second))
    }
}
