import Foundation
import Testing

/// Tệp → Nhập danh sách in the real binary: the home folder listed from the disk, a roster
/// with a title block and a totals row previewed and imported, the members kept on disk.
@Suite("Import screen end to end", .serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.unavailableReason))
struct ImportScreenTmuxTests {
    @Test func aRosterInTheHomeFolderIsPreviewedAndImported() throws {
        let data = tempFolder("import-screen")
        defer { try? FileManager.default.removeItem(atPath: data) }
        #expect(try Child(["demo", "--scale", "cell", "--data", data]).finish().status == 0)
        let s = try TmuxSession(args: ["--data", data, "--lang", "vi"], width: 80, height: 24)
        defer { s.close() }
        try """
            DANH SÁCH ĐẢNG VIÊN
            STT,Họ và tên,Năm sinh,Số thẻ đảng
            1,Lưu Văn Sáng,1970,79055501
            2,Kiều Thị Mận,1982,79055502
            Tổng cộng: 2 đồng chí,,,

            """.write(toFile: s.folder.appendingPathComponent("bo-sung.csv").path, atomically: true, encoding: .utf8)
        try s.waitFor(text: "Tổ chức ·", timeout: 20)
        // The cell under the committee, then File → Nhập danh sách (the second item).
        s.send(keys: "Down", "F9", "Down", "Enter")
        try s.waitFor(text: "(gõ vài chữ của tên tệp để lọc)")
        // “~/” is the second entry (after “../”).
        s.send(keys: "Down", "Enter")
        try s.waitFor(text: "bo-sung.csv")
        s.type(text: "bo-s")
        s.send(keys: "Enter")
        try s.waitFor(text: "Sẽ nhập: thêm 2, cập nhật 0, không đổi 0")
        let preview = s.screen()
        #expect(preview.contains { $0.contains("Dòng 5: dòng tổng cộng") }, "\(preview)")
        #expect(preview.contains { $0.contains("Lưu Văn Sáng · 1970 · 79055501") }, "\(preview)")
        #expect(preview.allSatisfy { !$0.contains("Tổng cộng: 2") || $0.contains("Dòng") })
        s.send(keys: "F2")
        try s.waitFor(text: "Đã nhập bo-sung.csv: thêm 2, cập nhật 0")
        s.send(keys: "q")
        #expect(try s.waitForExit(timeout: 15) == 0)
        let out = try Child(["export", "members", "--data", data, "-o", "-"]).finish()
        #expect(out.status == 0)
        #expect(out.out.contains("79055501,Lưu Văn Sáng") && out.out.contains("79055502,Kiều Thị Mận"), "\(out.out)")
    }
}
