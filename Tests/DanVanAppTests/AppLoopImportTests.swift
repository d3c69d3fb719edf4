@testable import DanVanApp
import DanVanCore
import DanVanStore
@testable import DanVanUI
import Foundation
import Testing

/// File → Nhập danh sách through the run loop: the folder is listed and the roster read from
/// the file system the loop was given (in memory here), and the batch lands in the store.
@Suite struct AppLoopImportTests {
    @Test func theLoopListsAndReadsTheRosterThroughItsFileSystemAndStoresTheBatch() throws {
        let fs = MemoryFileSystem()
        try fs.createDirectory("/home/u")
        fs.setContents("/home/u/ds.csv", Array("""
            DANH SÁCH ĐẢNG VIÊN CHI BỘ KHU PHỐ 3
            Họ và tên,Ngày sinh,Số thẻ,Ngày vào Đảng
            Lý Văn Tâm,09/09/1969,79030001,01/01/1995
            Tổng cộng: 1 đồng chí,,,

            """.utf8))
        let store = try Store.open("/data/danvan", fileSystem: fs)
        defer { store.close() }
        try store.commit([Op(time: 1, author: "t", change: .addOrg(Org(id: OrgID(7), parent: nil, name: "Chi bộ Khu phố 3", level: .subordinateCell)))])
        var services = AppLoopTests.services()
        services.files = fs
        services.currentFolder = "/home/u"
        services.homeFolder = "/home/u"
        let importAt = Menu.file.items.firstIndex(of: .importing(.importRoster))!
        let keys: [InputEvent] = [.key(.function(9))]
            + Array(repeating: .key(.down), count: importAt) + [.key(.enter)] + AppLoopTests.keys("ds") + [.key(.enter)]
        let terminal = ScriptedTerminal(width: 80, height: 24, events: keys)
        let loop = AppLoop(app: AppLoopTests.app(store), terminal: terminal, records: store, services: services)
        loop.run(idleTurns: 1)

        guard case .importRoster(let page) = loop.app.page, let preview = page.preview else {
            Issue.record("no preview: \(String(describing: loop.app.page))")
            return
        }
        #expect(page.listing?.entries == [FileEntry(name: "ds.csv", isFolder: false)])
        #expect(preview.errors.isEmpty)
        #expect(preview.skipped.map(\.vi) == ["Dòng 1: tiêu đề phía trên bảng", "Dòng 4: dòng tổng cộng"])
        #expect(store.state.members.isEmpty)
        // While the file was read, the screen said so.
        #expect(terminal.frames.contains { $0.lines[2].hasPrefix(" Đang đọc ds.csv…") })
        // …and how far it had got: the bar ends full before the preview is drawn.
        #expect(terminal.frames.contains { $0.lines[2].hasPrefix(" Đang đọc ds.csv…") && $0.lines[3].hasSuffix("█ 100%") })

        terminal.enqueue([.key(.function(2))])
        loop.run(idleTurns: 1)
        let members = Array(store.state.members.values)
        #expect(members.map(\.fullName) == ["Lý Văn Tâm"])
        #expect(members.first?.cardNo == "79030001")
        #expect(members.first?.org == OrgID(7))
        let logged = try store.history(limit: 10).map(\.op)
        #expect(logged.last?.author == "bí thư")
        #expect(loop.app.page == nil)
    }

    @Test func aFolderThatCannotBeListedIsSaidInTheStatusLine() throws {
        let fs = MemoryFileSystem()
        let store = try Store.open("/data/danvan", fileSystem: fs)
        defer { store.close() }
        try store.commit([Op(time: 1, author: "t", change: .addOrg(Org(id: OrgID(7), parent: nil, name: "Chi bộ A", level: .subordinateCell)))])
        var services = AppLoopTests.services()
        services.files = fs
        services.currentFolder = "/khong-co"
        let loop = AppLoop(app: AppLoopTests.app(store), terminal: ScriptedTerminal(width: 80, height: 24), records: store, services: services)
        loop.dispatch(.command(.importing(.importRoster)))
        guard case .importRoster(let page) = loop.app.page else { Issue.record("page closed"); return }
        #expect(page.listing == nil)
        #expect(loop.app.status?.kind == .error)
        #expect(loop.app.status?.text.contains("/khong-co") == true)
    }
}
