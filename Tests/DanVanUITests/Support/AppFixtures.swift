import DanVanApp
import DanVanCore
import Foundation
@testable import DanVanUI

/// A small ward committee with two cells and members whose names exercise Vietnamese
/// order, long names and every status.
enum Fixture {
    static let ward = OrgID(1), cell1 = OrgID(2), cell2 = OrgID(3)
    static let today = Day(year: 2026, month: 11, day: 23)!

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    static func state() -> State {
        let orgs = [
            Org(id: ward, parent: nil, name: "Đảng bộ Phường Bến Nghé", level: .grassrootsCommittee),
            Org(id: cell1, parent: ward, name: "Chi bộ Khu phố 1", level: .subordinateCell),
            Org(id: cell2, parent: ward, name: "Chi bộ Khu phố 2", level: .subordinateCell),
        ]
        let members = [
            Member(id: MemberID(10), org: cell1, fullName: "Nguyễn Văn An", cardNo: "10.000.001", role: .secretary),
            Member(id: MemberID(11), org: cell1, fullName: "Trần Thị Bình", cardNo: "10.000.002"),
            Member(id: MemberID(12), org: cell1, fullName: "Lê Văn Đức", cardNo: "10.000.003",
                   status: MemberStatus(kind: .exempt, date: day(2024, 1, 1), note: "tuổi cao")),
            Member(id: MemberID(13), org: cell2, fullName: "Tôn Nữ Thị Hoàng Phương Thảo Nguyên Khánh Linh", cardNo: "10.000.004"),
            Member(id: MemberID(14), org: cell2, fullName: "Phạm Văn Dũng", cardNo: "10.000.005",
                   status: MemberStatus(kind: .transferredOut, date: day(2025, 6, 1))),
            Member(id: MemberID(15), org: cell2, fullName: "Võ Thị Ánh", cardNo: "10.000.006",
                   status: MemberStatus(kind: .deceased, date: day(2023, 3, 3))),
            Member(id: MemberID(16), org: cell2, fullName: "Đặng Thị Ân", cardNo: "10.000.007", role: .deputy),
        ]
        let assignments = [
            Assignment(id: AssignmentID(100), member: MemberID(10), targetGroup: .hoDan, area: "Tổ 5", households: 12,
                       from: day(2025, 1, 1)),
            Assignment(id: AssignmentID(101), member: MemberID(10), targetGroup: .thanhNien, source: .selfRegistered,
                       from: day(2026, 2, 1)),
            Assignment(id: AssignmentID(102), member: MemberID(13), targetGroup: .phuNu, from: day(2024, 1, 1),
                       to: day(2024, 12, 31)),
        ]
        return try! State(orgs: orgs, members: members, assignments: assignments)
    }

    static func app(width: Int = 80, height: Int = 24, lang: Lang = .vi, readOnly: Bool = false, data: State? = nil) -> AppState {
        AppState(data: data ?? state(), readOnly: readOnly, lockHolder: readOnly ? "bithu@may1 (pid 42)" : nil, lang: lang,
                 themeName: "default", themeNames: ["default", "dark", "mono"], width: width, height: height, today: today)
    }
}

extension AppState {
    /// Sends keys one after another, collecting every effect.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var out: [Effect] = []
        for k in keys { out += reduce(.key(k)) }
        return out
    }

    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        var out: [Effect] = []
        for ch in text { out += reduce(.key(.char(ch))) }
        return out
    }

    var screen: [String] { render(self).canvas.lines }
}

/// Performs the commit effects through the run loop's own handling (stamping, committing,
/// answering `.commitSucceeded`), on a store double that holds `app.data`. Throws when the
/// double refused a batch, so a test never goes on from a commit that did not happen.
func performCommit(_ app: inout AppState, _ effects: [Effect]) throws {
    let commits = effects.filter { if case .commit = $0 { true } else { false } }
    guard !commits.isEmpty else { return }
    let records = StateRecords(app.data)
    let loop = AppLoop(app: app, terminal: ScriptedTerminal(width: app.width, height: app.height),
                       records: records, services: .inert)
    loop.perform(commits)
    app = loop.app
    if let refused = records.refused { throw refused }
}

/// The store as a plain value: a batch applies all-or-nothing, nothing is written.
final class StateRecords: AppRecords {
    private(set) var records: State
    var readOnly = false
    private(set) var refused: Error?
    init(_ state: State) { records = state }
    func commitOps(_ ops: [Op]) throws {
        do { try records.apply(batch: ops) } catch {
            refused = error
            throw error
        }
    }
    func seedRecords(_ state: State) throws { records = state }
    /// A value has no folder to encrypt (the passphrase is tested on the real store in DanVanAppTests).
    func changePassphrase(_ request: PassphraseRequest) throws -> SecurityInfo { throw NoFolder() }
    func security() -> SecurityInfo? { nil }
    struct NoFolder: Error {}
}

extension AppServices {
    /// A fixed clock and author, and no theme, settings or files: only commits are performed.
    static var inert: AppServices {
        AppServices(now: { Date(timeIntervalSince1970: 1_764_000_000) }, author: "tester",
                    openFolder: { _ in StateRecords(State()) }, applyTheme: { _ in [] }, saveSettings: { _, _ in },
                    writeFile: { _, _, _ in nil })
    }
}

extension AppState {
    /// Types `text` into the open form's content field by keys (Tab to it, type, Shift-Tab
    /// back where the focus was): an assignment needs content to be saved.
    mutating func fillContent(_ text: String = "Vận động hộ dân giữ vệ sinh môi trường") {
        guard let f = form, let target = f.fields.firstIndex(where: { $0.key == "content" }) else { return }
        let start = f.focus
        while form!.focus != target { press(.tab) }
        type(text)
        while form!.focus != start { press(.backTab) }
    }
}
