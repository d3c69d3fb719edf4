import DanVanCore
import Foundation
import Testing

/// F6 in meeting mode, format Word: the real binary writes a .docx of the minutes.
@Suite("Word minutes end to end", .serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.unavailableReason))
struct WordMinutesTmuxTests {
    @Test func minutesExportAsWordWritesADocx() throws {
        let s = try TmuxSession(args: ["--lang", "vi"], width: 80, height: 24)
        defer { s.close() }
        try s.openDemo(.vi)
        try s.openMeetingWithOnePresent()
        let target = s.folder.appendingPathComponent("bien-ban.docx").path
        try s.exportMinutes(format: (["Right", "Right"], "Word (.docx)"), to: target)
        try s.waitFor(text: "Đã ghi biên bản", timeout: 10)
        let bytes = try #require(FileManager.default.contents(atPath: target))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let left = try FileManager.default.contentsOfDirectory(atPath: s.folder.path).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty, "\(left)")
        s.send(keys: "Escape")
        try s.waitUntil("back to the panes") { $0.count == 24 && $0[1].contains("Tổ chức ·") }
        s.send(keys: "q")
        #expect(try s.waitForExit(timeout: 15) == 0)
    }
}
