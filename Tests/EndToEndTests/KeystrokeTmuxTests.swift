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
        defer { for f in [folder, folder + "-demo"] { try? FileManager.default.removeItem(atPath: f) } }
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
        // The demo lives in its own folder: the real one is still empty, so the demo opens again.
        try again.openDemo(.vi)
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
        let csv = try Child(["export", "members", "--data", folder + "-demo"]).finish().out
        let rows = csv.split(whereSeparator: \.isNewline).map(String.init)
        let first = try #require(rows.first { $0.contains("Nguyễn Văn Chưa Lưu") })
        let second = try #require(rows.first { $0.contains("Trần Văn Hai") })
        func org(_ row: String) -> String? { row.split(separator: ",").first { $0.contains(" / ") }.map(String.init) }
        #expect(org(first) != nil && org(first) == org(second))
    }
}

/// The year-end review through the real binary at 80×24: an evaluation with a note given in
/// the dialog moves the cursor on, so the next digit evaluates the next assignment; a typed
/// name finds its member and records nothing.
@Suite("Review keystrokes end to end", .serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.unavailableReason))
struct ReviewKeystrokeTmuxTests {
    @Test func aNoteByDialogMovesTheCursorAndANameRecordsNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-review-\(UUID().uuidString)").path
        let files = folder + "-files"
        defer { for d in [folder, files] { try? FileManager.default.removeItem(atPath: d) } }
        try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
        let cell = "Chi bộ Khu phố 7"
        try Data("""
            Họ và tên,Chi bộ,Số thẻ
            Nguyễn Văn An,\(cell),80477811
            Trần Thị Bình,\(cell),80477812
            Lê Văn Cường,\(cell),80477813

            """.utf8).write(to: URL(fileURLWithPath: files + "/members.csv"))
        let year = Day.today().year
        try Data("""
            Số thẻ,Đối tượng,Nội dung,Từ ngày
            80477811,Phụ nữ,Vận động hội viên tiết kiệm,01/01/\(year)
            80477812,Nông dân,Vận động chuyển đổi cây trồng,01/01/\(year)

            """.utf8).write(to: URL(fileURLWithPath: files + "/assignments.csv"))
        let m = try Child(["import", "members", files + "/members.csv", "--data", folder, "--create-orgs"]).finish()
        #expect(m.status == 0, "\(m.err)")
        let a = try Child(["import", "assignments", files + "/assignments.csv", "--data", folder]).finish()
        #expect(a.status == 0, "\(a.err)")

        let s = try TmuxSession(args: ["--lang", "vi"], env: ["DANVAN_DATA": folder], width: 80, height: 24)
        defer { s.close() }
        try s.waitFor(text: "Tổ chức ·", timeout: 20)
        s.send(keys: "r")
        try s.waitFor(text: "Đánh giá năm \(year) — \(cell)")
        // A name typed finds Cường (no assignment) and records nothing.
        s.type(text: "cuong")
        try s.waitFor(text: "Tìm: cuong")
        #expect(!s.screenText.contains("Đã lưu") && !s.screenText.contains("Hoàn thành"))
        s.send(keys: "Escape", "Home", "Enter")
        try s.waitFor(text: "Ghi chú")
        s.send(keys: "Tab")
        s.type(text: "Vận động 30 hộ")
        s.send(keys: "F2")
        try s.waitFor(text: "Hoàn thành xuất sắc ✎")
        // The cursor moved on: 2 evaluates Bình's assignment, An's note stays.
        s.send(keys: "2")
        try s.waitFor(text: "Hoàn thành tốt")
        let screen = s.screen()
        #expect(screen.contains { $0.contains("Nguyễn Văn An") && $0.contains("Hoàn thành xuất sắc ✎") })
        #expect(screen.contains { $0.contains("Trần Thị Bình") && $0.contains("Hoàn thành tốt") })
        #expect(screen.contains { $0.contains("0 chưa đánh giá") })
        s.send(keys: "C-q")
        #expect(try s.waitForExit(timeout: 15) == 0)
    }
}
