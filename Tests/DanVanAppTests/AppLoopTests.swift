@testable import DanVanApp
import DanVanCore
import DanVanExchange
import DanVanStore
@testable import DanVanUI
import Foundation
import Testing

/// The run loop driven in process: a scripted terminal, the real store on the in-memory file
/// system, a fixed clock and author.
@Suite struct AppLoopTests {
    static let moment = Date(timeIntervalSince1970: 1_764_000_000.25)

    static func services(written: @escaping ([UInt8], String, Bool) throws -> String? = { _, _, _ in nil }) -> AppServices {
        AppServices(now: { moment }, author: "bí thư", openFolder: { _ in throw CancellationError() }, applyTheme: { _ in [] },
                    saveSettings: { _, _ in }, writeFile: written)
    }

    static func app(_ store: Store, width: Int = 80, height: Int = 24) -> AppState {
        AppState(data: store.state, readOnly: store.isReadOnly, lockHolder: nil, lang: .vi, themeName: "default",
                 themeNames: ["default"], width: width, height: height, today: Day(year: 2026, month: 11, day: 23)!)
    }

    static func keys(_ text: String) -> [InputEvent] { text.map { .key(.char($0)) } }

    @Test func keysCreateAnOrgThatTheStoreKeepsStampedByTheLoop() throws {
        let fs = MemoryFileSystem()
        let store = try Store.open("/data/danvan", fileSystem: fs)
        defer { store.close() }
        let terminal = ScriptedTerminal(width: 80, height: 24,
                                        events: Self.keys("n") + Self.keys("Chi bộ Khu phố 3") + [.key(.function(2))])
        let loop = AppLoop(app: Self.app(store), terminal: terminal, records: store, services: Self.services())
        #expect(loop.run(idleTurns: 1) == false)

        let orgs = Array(store.state.orgs.values)
        #expect(orgs.map(\.name) == ["Chi bộ Khu phố 3"])
        #expect(loop.app.data == store.state)
        let logged = try store.history(limit: 10).map(\.op)
        #expect(logged.count == 1)
        #expect(logged.first?.time == 1_764_000_000_250)
        #expect(logged.first?.author == "bí thư")
        #expect(logged.first?.change == .addOrg(orgs[0]))
        // The last frame drawn is the tree with the new unit in it.
        #expect(terminal.screen[2].hasPrefix(" · Khu phố 3 0/0 │"))
        #expect(terminal.screen[22] == " Đã lưu: Đã tạo tổ chức")
        #expect(terminal.frames.last == render(loop.app).canvas)
    }

    @Test func aFailedSyncMakesTheAppReadOnlyThroughTheReducer() throws {
        let fs = MemoryFileSystem()
        let store = try Store.open("/data/danvan", fileSystem: fs)
        defer { store.close() }
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let loop = AppLoop(app: Self.app(store), terminal: terminal, records: store, services: Self.services())
        fs.fail(.sync, onCall: 1)
        terminal.enqueue(Self.keys("n") + Self.keys("Chi bộ A") + [.key(.function(2))])
        loop.run(idleTurns: 1)
        #expect(store.isReadOnly)
        #expect(loop.app.readOnly)
        #expect(store.state.orgs.isEmpty && loop.app.data.orgs.isEmpty)
        #expect(loop.app.status?.text.hasPrefix(Strings.UI.savingFailed.text(.vi)) == true)
        // The form stays open with what was typed, so nothing is lost from the screen.
        #expect(loop.app.form != nil)
    }

    @Test func quitEndsTheRunAndDrawsNothingAfter() throws {
        let store = try Store.open("/data/danvan", fileSystem: MemoryFileSystem())
        defer { store.close() }
        let terminal = ScriptedTerminal(width: 80, height: 24, events: Self.keys("q") + Self.keys("n"))
        let loop = AppLoop(app: Self.app(store), terminal: terminal, records: store, services: Self.services())
        #expect(loop.run(idleTurns: 1))
        #expect(terminal.pendingEvents == 1)
        #expect(loop.app.form == nil)
    }

    @Test func aResizeFromTheTerminalReachesTheState() throws {
        let store = try Store.open("/data/danvan", fileSystem: MemoryFileSystem())
        defer { store.close() }
        let terminal = ScriptedTerminal(width: 80, height: 24, events: [.resize(width: 100, height: 30)])
        let loop = AppLoop(app: Self.app(store), terminal: terminal, records: store, services: Self.services())
        loop.run(idleTurns: 1)
        #expect(loop.app.width == 100 && loop.app.height == 30)
        #expect(terminal.frames.last?.lines.count == 30)
    }

    @Test func theCellPickedForANewMemberIsRememberedForTheNextRun() throws {
        let store = try Store.open("/data/danvan", fileSystem: MemoryFileSystem())
        defer { store.close() }
        var data = State()
        try data.apply(.addOrg(Org(id: OrgID(1), parent: nil, name: "Đảng bộ Xã An Phú", level: .grassrootsCommittee)))
        try data.apply(.addOrg(Org(id: OrgID(2), parent: OrgID(1), name: "Chi bộ Ấp 1", level: .subordinateCell)))
        try store.seed(with: data)
        var remembered: [UInt64] = []
        var services = Self.services()
        services.rememberCell = { remembered.append($0) }
        // The committee selected: `+` offers its cells, Enter takes the first, the name, F2.
        let events: [InputEvent] = [.key(.tab), .key(.char("+")), .key(.enter)] + Self.keys("Lê Thị Hoa") + [.key(.function(2))]
        let loop = AppLoop(app: Self.app(store), terminal: ScriptedTerminal(width: 80, height: 24, events: events),
                           records: store, services: services)
        loop.run(idleTurns: 1)
        #expect(remembered == [2])
        #expect(store.state.members.values.map(\.fullName) == ["Lê Thị Hoa"])
    }

    @Test func writeFileEffectsAnswerWrittenExistsOrFailed() throws {
        let store = try Store.open("/data/danvan", fileSystem: MemoryFileSystem())
        defer { store.close() }
        struct Refused: LocalizedFailure {
            func message(_ lang: Lang) -> String { lang == .vi ? "ổ đĩa đầy" : "disk full" }
        }
        var calls: [(String, String, Bool)] = []  // contents as text, path, overwrite
        var outcome: Result<String?, Refused> = .success("/tmp/x/bien-ban.txt")
        let loop = AppLoop(app: Self.app(store), terminal: ScriptedTerminal(width: 80, height: 24), records: store,
                           services: Self.services { c, p, o in calls.append((String(decoding: c, as: UTF8.self), p, o)); return try outcome.get() })
        loop.perform([.writeFile(path: "bien-ban.txt", contents: "Biên bản", overwrite: false)])
        #expect(calls.count == 1 && calls[0] == ("Biên bản", "bien-ban.txt", false))
        #expect(loop.app.status?.text.contains("/tmp/x/bien-ban.txt") == true)
        outcome = .success(nil)
        loop.perform([.writeFile(path: "bien-ban.txt", contents: "Biên bản", overwrite: false)])
        #expect(loop.app.status?.text == "\(Strings.Meet.fileExists.text(.vi)): bien-ban.txt")
        outcome = .failure(Refused())
        loop.perform([.writeFile(path: "bien-ban.txt", contents: "Biên bản", overwrite: true)])
        #expect(loop.app.status?.text.contains("ổ đĩa đầy") == true)
    }

    @Test func aMinutesDocumentIsMadeFromTheRecordsAndWrittenOrFoundThere() throws {
        let store = try Store.open("/data/danvan", fileSystem: MemoryFileSystem())
        defer { store.close() }
        try store.seed(with: Demo.generate(scale: .cell, seed: 5, today: Day(year: 2026, month: 11, day: 23)!))
        let meeting = try #require(store.state.meetings.values.max { $0.date < $1.date })
        var written: [([UInt8], String, Bool)] = []
        var there = false
        let loop = AppLoop(app: Self.app(store), terminal: ScriptedTerminal(width: 80, height: 24), records: store,
                           services: Self.services { b, p, o in written.append((b, p, o)); return there && !o ? nil : "/tmp/x/" + p })
        loop.perform([.writeMinutesDocument(path: "bb.docx", meeting: meeting.id, overwrite: false)])
        #expect(written.count == 1 && written[0].1 == "bb.docx" && !written[0].2)
        #expect(written.first?.0 == (try MinutesDocument.make(store.state, meetings: [meeting.id])))
        #expect(written.first?.0.starts(with: [0x50, 0x4B, 0x03, 0x04]) == true)  // a zip: the .docx container
        #expect(loop.app.status?.text.contains("/tmp/x/bb.docx") == true)
        there = true
        loop.perform([.writeMinutesDocument(path: "bb.docx", meeting: meeting.id, overwrite: false)])
        #expect(loop.app.status?.text.contains("bb.docx") == true && written.count == 2)
    }

    @Test func aRefusedCommitNamesTheCoreFieldAndLeavesTheStoreAsItWas() throws {
        let store = try Store.open("/data/danvan", fileSystem: MemoryFileSystem())
        defer { store.close() }
        let cell = Org(id: OrgID(1), parent: nil, name: "Chi bộ 1", level: .grassrootsCell)
        try store.commit([Op(time: 1, author: "t", change: .addOrg(cell)),
                          Op(time: 1, author: "t", change: .addMember(Member(id: MemberID(5), org: cell.id, fullName: "Lê Thị Hạnh", cardNo: "10.000.500")))])
        let before = store.state
        let loop = AppLoop(app: Self.app(store), terminal: ScriptedTerminal(width: 80, height: 24), records: store,
                           services: Self.services())
        loop.perform([.commit([.addMember(Member(id: MemberID(6), org: cell.id, fullName: "Trần Văn Nam", cardNo: "10.000.500"))],
                              message: .memberAdded)])
        #expect(store.state == before && loop.app.data == before)
        #expect(!store.isReadOnly && !loop.app.readOnly)
        #expect(loop.app.status?.text == "\(Strings.UI.savingFailed.text(.vi)): Số thẻ 10.000.500 đã thuộc về đảng viên Lê Thị Hạnh")
        do {
            try store.commitOps([Op(time: 2, author: "t", change: .deleteMember(MemberID(99)))])
            Issue.record("expected a refusal")
        } catch {
            #expect(AppLoop.refusal(error) != nil)
        }
        do {
            try store.commitOps([Op(time: 2, author: "t", change: .addMember(Member(id: MemberID(7), org: cell.id, fullName: "X", cardNo: "10.000.500")))])
        } catch {
            #expect(AppLoop.refusal(error)?.field == .cardNo)
        }
    }
}
