import DanVanCore
import Foundation
import Testing

/// Meeting mode through the real binary: the minutes file is written atomically where the
/// person said, and an existing file is replaced only after a yes.
@Suite("Meeting end to end", .serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.unavailableReason))
struct AppMeetingTmuxTests {
    @Test func minutesExportWritesTheFileAndAsksBeforeReplacingIt() throws {
        let s = try TmuxSession(args: ["--lang", "vi"], width: 80, height: 24)
        defer { s.close() }
        try s.openDemo(.vi)
        // A meeting of the first cell under the selected committee, today.
        try s.openMeetingWithOnePresent()
        let target = s.folder.appendingPathComponent("bien-ban.md").path
        try s.exportMinutes(to: target)
        try s.waitFor(text: "Đã ghi biên bản", timeout: 10)
        let first = try String(contentsOfFile: target, encoding: .utf8)
        #expect(first.contains("# BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"))
        #expect(first.contains("- Có mặt: 1/"))
        // No temporary file is left beside it.
        let left = try FileManager.default.contentsOfDirectory(atPath: s.folder.path).filter { $0.contains(".tmp") }
        #expect(left.isEmpty, "\(left)")
        // The second export finds the file: nothing is written until the person says yes.
        // A reason given in the dialog moves the cursor on like a key: the next digit
        // marks the next member and the reason stays.
        s.send(keys: "2")
        try s.waitFor(text: "Vắng có lý do", timeout: 10)
        s.type(text: "Đi công tác Hà Nội")
        s.send(keys: "Enter")
        try s.waitFor(text: "– Vắng có lý do: Đi công tác Hà Nội", timeout: 10)
        s.send(keys: "3")
        try s.waitFor(text: "✗ Vắng", timeout: 10)
        #expect(s.screen().contains { $0.contains("– Vắng có lý do: Đi công tác Hà Nội") })
        try s.exportMinutes(to: target)
        try s.waitFor(text: "Tệp đã có", timeout: 10)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == first)
        s.send(keys: "y")
        try s.waitFor(text: "Đã ghi biên bản", timeout: 10)
        let second = try String(contentsOfFile: target, encoding: .utf8)
        #expect(second != first && second.contains("- Vắng không lý do: 1") && second.contains("Đi công tác Hà Nội"))
        s.send(keys: "Escape")
        try s.waitUntil("back to the panes") { $0.count == 24 && $0[1].contains("Tổ chức ·") }
        s.send(keys: "q")
        #expect(try s.waitForExit(timeout: 15) == 0)
    }

    /// The meeting scenario at 80×24 on the demo folder: roll call with a reason dialog,
    /// a self-registered task by quick-assign, a decision recorded, the meeting found again in the meetings list, its minutes
    /// exported from there; then File → back to the (still empty) real folder.
    @Test func aMeetingIsARecordToOpenAndExportAgain() throws {
        let s = try TmuxSession(args: ["--lang", "vi"], width: 80, height: 24)
        defer { s.close() }
        try s.openDemo(.vi)
        #expect(s.screen()[0].contains("DỮ LIỆU MẪU"))
        // A day the demo has no meeting on (a day that has one would open it).
        try s.openMeetingWithOnePresent(on: "30/12/2026")
        s.send(keys: "2")
        try s.waitFor(text: "Lý do", timeout: 10)
        s.type(text: "Đi công tác Hà Nội")
        s.send(keys: "Enter")
        try s.waitFor(text: "– Vắng có lý do: Đi công tác Hà Nội", timeout: 10)
        // A member volunteers: quick-assign records the task as self-registered (F4).
        s.send(keys: "Tab")
        try s.waitFor(text: "Phân công nhanh: [phân công]", timeout: 10)
        s.send(keys: "F4")
        try s.waitFor(text: "Phân công nhanh: [tự nhận]", timeout: 10)
        s.type(text: "a")
        s.send(keys: "Enter")
        s.type(text: "phu")
        s.send(keys: "Enter")
        s.type(text: "Vận động chị em tham gia tổ tiết kiệm")
        s.send(keys: "Enter")
        try s.waitFor(text: "Đã phân công", timeout: 10)
        s.send(keys: "Escape")
        // Notes and decisions: the last field of the form, two decisions on two lines.
        s.send(keys: "F5")
        try s.waitFor(text: "Giờ bắt đầu", timeout: 10)
        for _ in 0..<7 { s.send(keys: "Tab") }
        s.type(text: "Giao tổ 1 vận động")
        s.send(keys: "Enter")
        s.type(text: "Họp lại ngày 30")
        s.send(keys: "F2")
        try s.waitFor(text: "Giao tổ 1 vận động", timeout: 10)
        // Back to the panes, then the meetings list of the committee.
        s.send(keys: "Escape")
        try s.waitUntil("back to the panes") { $0.count == 24 && $0[1].contains("Tổ chức ·") }
        s.send(keys: "H")
        try s.waitFor(text: "Các buổi sinh hoạt", timeout: 10)
        let row = s.screen()[4]
        #expect(row.contains("30/12/2026 Thường kỳ") && row.contains(" 1/") && row.hasSuffix(" 2"), "\(row)")
        s.send(keys: "Enter")
        try s.waitFor(text: "– Vắng có lý do: Đi công tác Hà Nội", timeout: 10)
        s.send(keys: "Escape")
        try s.waitFor(text: "Các buổi sinh hoạt", timeout: 10)
        let target = s.folder.appendingPathComponent("lai.md").path
        try s.exportMinutes(key: "w", to: target)
        try s.waitFor(text: "Đã ghi biên bản", timeout: 10)
        let minutes = try String(contentsOfFile: target, encoding: .utf8)
        #expect(minutes.contains("Giao tổ 1 vận động") && minutes.contains("Đi công tác Hà Nội"))
        #expect(minutes.contains("Vận động chị em tham gia tổ tiết kiệm — tự nhận"), "\(minutes)")
        // File → Về dữ liệu thật: the real folder never held the demo.
        s.send(keys: "Escape", "F9", "Down", "Down", "Down", "Enter")
        try s.waitFor(text: "Đã về dữ liệu thật", timeout: 20)
        try s.waitFor(text: "Mở dữ liệu mẫu", timeout: 10)
        #expect(!s.screen()[0].contains("DỮ LIỆU MẪU"))
        #expect(FileManager.default.fileExists(atPath: s.dataFolder + "-demo"))
        s.send(keys: "q")
        #expect(try s.waitForExit(timeout: 15) == 0)
    }
}
