@testable import DanVanApp
import DanVanCore
@testable import DanVanStore
@testable import DanVanUI
import Foundation
import Testing

/// The demo opens a folder of its own through the run loop, and the File menu goes back;
/// a read-only window follows the writer on the clock tick.
@Suite struct DemoFolderLoopTests {
    static func state(_ name: String) -> State {
        try! State(orgs: [Org(id: OrgID(1), parent: nil, name: name, level: .grassrootsCommittee)], members: [], assignments: [])
    }

    static func app(_ records: AppRecords) -> AppState {
        AppState(data: records.records, readOnly: records.readOnly, lang: .vi, width: 80, height: 24,
                 today: Day(year: 2026, month: 11, day: 23)!)
    }

    @Test func theDemoOpensBesideTheRealFolderAndFileMenuGoesBack() throws {
        let fs = MemoryFileSystem()
        let real = try Store.open("/data/danvan", fileSystem: fs)
        defer { real.close() }
        var demo: Store?
        defer { demo?.close() }
        var asked: [DataChoice] = []
        var services = AppLoopTests.services()
        services.openFolder = { choice in
            asked.append(choice)
            guard case .demo = choice else { return real }
            if let demo { return demo }
            let d = try Store.open("/data/danvan-demo", fileSystem: fs)
            try d.seed(with: Self.state("Đảng bộ xã Mẫu"))
            demo = d
            return d
        }
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let loop = AppLoop(app: AppLoopTests.app(real), terminal: terminal, records: real, services: services)
        // The welcome screen's d.
        loop.dispatch(.key(.char("d")))
        #expect(asked == [.demo(.district)])
        #expect(loop.app.demo && !loop.app.busy)
        #expect(terminal.screen[0].hasSuffix(" DỮ LIỆU MẪU  Đảng bộ xã Mẫu"))
        #expect(terminal.screen[22].hasPrefix(" Đang xem dữ liệu mẫu"))
        // What is made in the demo goes to the demo folder only.
        loop.dispatch(.key(.char("n")))
        for ch in "Chi bộ ấp 1" { loop.dispatch(.key(.char(ch))) }
        loop.dispatch(.key(.function(2)))
        #expect(demo?.state.orgs.count == 2)
        #expect(real.state.orgs.isEmpty)
        // File → Back to your data.
        loop.dispatch(.command(.welcome(.leaveDemo)))
        #expect(asked == [.demo(.district), .own])
        #expect(!loop.app.demo && loop.app.showsWelcome)
        #expect(loop.app.history == UndoHistory())  // the demo's undo steps stay behind
        #expect(!terminal.screen[0].contains("DỮ LIỆU MẪU"))
        #expect(terminal.screen[22] == " Đã về dữ liệu thật")
    }

    @Test func aDemoThatCannotOpenSaysWhyAndLeavesTheDataOnScreen() {
        var services = AppLoopTests.services()
        services.openFolder = { _ in throw StoreError.locked(holder: "pid 42 on may2, since 2026-11-23 08:00:00 +07:00") }
        let records = FakeRecords(State())
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let loop = AppLoop(app: Self.app(records), terminal: terminal, records: records, services: services)
        loop.dispatch(.key(.char("d")))
        #expect(!loop.app.demo && !loop.app.busy)
        #expect(terminal.screen[22].hasPrefix(" Thư mục dữ liệu đang được mở bởi tiến trình 42 trên máy may2, từ 2026-11-23 0"))
    }

    @Test func aReadOnlyWindowFollowsTheWritersCommitsOnTheTick() {
        let first = FakeRecords(Self.state("Đảng bộ A"), readOnly: true)
        var next: FakeRecords?
        var services = AppLoopTests.services()
        services.refresh = { _ in defer { next = nil }; return next }
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let loop = AppLoop(app: Self.app(first), terminal: terminal, records: first, services: services)
        loop.tick()
        #expect(loop.app.data.orgs[OrgID(1)]?.name == "Đảng bộ A")
        var changed = Self.state("Đảng bộ A")
        try! changed.apply(.addOrg(Org(id: OrgID(2), parent: OrgID(1), name: "Chi bộ B", level: .subordinateCell)))
        next = FakeRecords(changed, readOnly: true)
        loop.tick()
        #expect(loop.app.data.orgs.count == 2)
        #expect(loop.app.readOnly)
    }

    @Test func statusMessagesExpireOnTheTick() {
        let records = FakeRecords(Self.state("Đảng bộ A"))
        let loop = AppLoop(app: Self.app(records), terminal: ScriptedTerminal(width: 80, height: 24),
                           records: records, services: AppLoopTests.services())
        loop.dispatch(.key(.char("l")))  // "Đã đổi ngôn ngữ" (info/ok)
        #expect(loop.app.status != nil)
        for _ in 0..<(AppState.statusTicks - 1) { loop.tick() }
        #expect(loop.app.status != nil)
        loop.tick()
        #expect(loop.app.status == nil)
        // An error stays longer, then goes too.
        loop.dispatch(.effectFailed("không ghi được"))
        for _ in 0..<AppState.statusTicks { loop.tick() }
        #expect(loop.app.status?.text == "không ghi được")
        for _ in 0..<(AppState.stickyStatusTicks - AppState.statusTicks) { loop.tick() }
        #expect(loop.app.status == nil)
    }
}

/// Records held in memory (a read-only window's view of the writer, a folder that failed).
final class FakeRecords: AppRecords {
    private(set) var records: State
    let readOnly: Bool
    init(_ state: State, readOnly: Bool = false) {
        records = state
        self.readOnly = readOnly
    }
    func commitOps(_ ops: [Op]) throws { try records.apply(batch: ops) }
    func seedRecords(_ state: State) throws { records = state }
    func changePassphrase(_ request: PassphraseRequest) throws -> SecurityInfo { throw FolderPassphrase.Refusal.readOnly }
    func security() -> SecurityInfo? { nil }
}

/// A settings file that cannot be saved is explained in the person's language.
@Suite struct SettingsFailureLoopTests {
    @Test func aSettingsFailureSpeaksVietnamese() {
        var services = AppLoopTests.services()
        services.saveSettings = { _, _ in
            throw SettingsError(message: "cannot save settings to /d/settings.json: x", vi: "không lưu được cài đặt vào /d/settings.json: x")
        }
        let records = FakeRecords(DemoFolderLoopTests.state("Đảng bộ A"))
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let loop = AppLoop(app: DemoFolderLoopTests.app(records), terminal: terminal, records: records, services: services)
        loop.dispatch(.key(.char("t")))
        loop.dispatch(.key(.enter))
        #expect(loop.app.status?.text == "không lưu được cài đặt vào /d/settings.json: x")
        #expect(Settings.reason(CocoaError(.fileNoSuchFile)) == String(cString: strerror(ENOENT)))
    }
}
