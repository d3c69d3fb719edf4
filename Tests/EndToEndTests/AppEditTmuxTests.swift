import DanVanCore
import Foundation
import Testing

/// Editing through the real binary: what was saved survives the process being killed.
@Suite("App editing end to end", .serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.unavailableReason))
struct AppEditTmuxTests {
    @Test func anAddedAssignmentSurvivesSIGKILL() throws {
        let folder = AppTmuxTests.Folder()
        do {
            let s = try TmuxSession(args: ["--lang", "vi"], env: ["DANVAN_DATA": folder.path], width: 120, height: 30)
            defer { s.close() }
            try s.waitFor(text: "Tạo tổ chức mới", timeout: 20)
            // A grassroots cell (third level at the root), a member, an assignment.
            s.send(keys: "Enter")
            s.type(text: "Chi bộ Thôn Đông")
            s.send(keys: "Tab", "Right", "Right", "F2")
            try s.waitFor(text: "Đã lưu: Đã tạo tổ chức")
            s.send(keys: "Tab", "+")
            try s.waitFor(text: "Thêm nhanh đảng viên")
            s.type(text: "Nguyễn Thị Hoa")
            s.send(keys: "Enter")
            try s.waitFor(text: "Đã lưu: Đã thêm đảng viên")
            s.send(keys: "a")
            try s.waitFor(text: "Thêm phân công")
            s.type(text: "nong")  // type-ahead on the target group: Nông dân
            try s.waitFor(text: "‹ Nông dân ›")
            s.send(keys: "Tab")
            s.type(text: "Xóm Chùa")
            s.send(keys: "Tab", "Tab")  // past the households to the content, which is required
            s.type(text: "Vận động nông dân chuyển đổi cây trồng")
            s.send(keys: "F2")
            try s.waitFor(text: "Đã lưu: Đã thêm phân công")
            try s.waitFor(text: "• Nông dân — Xóm Chùa")
            // No clean exit: the process is killed outright.
            try s.signal(SIGKILL)
            #expect(try s.waitForExit(timeout: 15) == 128 + Int(SIGKILL))
        }
        let again = try TmuxSession(args: ["--lang", "vi"], env: ["DANVAN_DATA": folder.path], width: 120, height: 30)
        defer { again.close() }
        try again.waitFor(text: "Nguyễn Thị Hoa", timeout: 20)
        try again.waitFor(text: "• Nông dân — Xóm Chùa")
        #expect(again.screenText.contains("Các phân công (1)"))
        again.send(keys: "q")
        #expect(try again.waitForExit(timeout: 15) == 0)
    }
}
