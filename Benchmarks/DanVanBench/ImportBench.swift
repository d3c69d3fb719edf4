import DanVanCore
import DanVanExchange
import DanVanStore
import Foundation

/// City-scale import: the ~370k-member CSV of the city demo, timed through parsing,
/// validation and op building (target < 5 s), a store commit of the whole batch, and
/// `sqlite3 :memory: .import` of the same file for comparison.
func importBenchmark() throws {
    func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let t0 = Date()
        let v = try body()
        return (v, Date().timeIntervalSince(t0))
    }
    func fmt(_ s: Double) -> String { String(format: "%.2f s", s) }
    // Figures appear as they come, even when stdout is a file.
    func print(_ s: String) { Swift.print(s); fflush(nil) }

    let (state, genTime) = time { Demo.generate(scale: .city, seed: 1) }
    print("  demo city generate:      \(fmt(genTime))  (\(state.orgs.count) nodes, \(state.members.count) members, \(state.assignments.count) assignments)")

    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-import-bench-\(getpid())").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let file = dir + "/members.csv"
    let (csv, exportTime) = time { TableExport.members(state, under: nil, lang: .vi) }
    try Data(csv).write(to: URL(fileURLWithPath: file))
    print("  export members CSV:      \(fmt(exportTime))  (\(csv.count / 1_000_000) MB)")

    let bytes = [UInt8](FileManager.default.contents(atPath: file)!)
    let (table, parseTime) = try time { try CSVReader.parse(bytes) }
    let (plan, planTime) = time { MemberImport.plan(table, into: State(), createOrgs: true) }
    guard plan.ok else { print("  import plan failed: \(plan.errors.prefix(3))"); return }
    print("  parse CSV:               \(fmt(parseTime))  (\(table.rows.count) rows)")
    print("  validate + build ops:    \(fmt(planTime))  (\(plan.ops.count) ops)")
    print("  parse + validate + ops:  \(fmt(parseTime + planTime))  (target < 5 s)")

    let store = try Store.open(dir + "/data")
    let (_, commitTime) = try time { try store.commit(plan.ops) }
    print("  store commit (one batch): \(fmt(commitTime))  (\(store.state.members.count) members in the store)")
    store.close()

    let sqlite = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let sqlite else {
        print("  sqlite3 not installed; skipped (apt-get install -y sqlite3)")
        return
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: sqlite)
    p.arguments = [":memory:", "-cmd", ".mode csv", ".import \(file) members", "select count(*) from members;"]
    let out = Pipe()
    p.standardOutput = out
    let (_, sqliteTime) = try time { try p.run(); p.waitUntilExit() }
    let rows = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    print("  sqlite3 :memory: .import: \(fmt(sqliteTime))  (\(rows) rows)")
}
