import DanVanCore
import DanVanExchange
import DanVanStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// City-scale import as `danvan import members FILE.csv --create-orgs` runs it into an empty
/// data folder: read + parse, validate + build ops, durable commit of the one batch, each
/// with wall and CPU time (the machine is shared: CPU time is the steadier figure), the
/// end-to-end total (closing the store included) (target < 5 s wall), and `sqlite3 :memory: .import` of the same file
/// in the same run for comparison.
///
/// DANVAN_BENCH_CSV=FILE imports FILE instead (a real roster, say); when FILE does not
/// exist yet, the city demo's CSV is written there first, so repeated runs (and profilers)
/// skip generating it.
func importBenchmark() throws {
    // Figures appear as they come, even when stdout is a file.
    func print(_ s: String) { Swift.print(s); fflush(nil) }
    func pad(_ s: String) -> String { s.padding(toLength: 28, withPad: " ", startingAt: 0) }

    let dir = (ProcessInfo.processInfo.environment["DANVAN_BENCH_DIR"] ?? NSTemporaryDirectory())
        + "/danvan-import-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }

    let file = ProcessInfo.processInfo.environment["DANVAN_BENCH_CSV"] ?? dir + "/members.csv"
    if !FileManager.default.fileExists(atPath: file) {
        var clock = BenchClock()
        let state = Demo.generate(scale: .city, seed: 1)
        print(pad("  demo city generate:") + "\(clock.lap())  (\(state.orgs.count) nodes, \(state.members.count) members)")
        let csv = TableExport.members(state, under: nil, lang: .vi)
        try Data(csv).write(to: URL(fileURLWithPath: file))
        print(pad("  export members CSV:") + "\(clock.lap())  (\(csv.count / 1_000_000) MB, \(file))")
    } else {
        print("  importing \(file)")
    }

    // What `danvan import members FILE --create-orgs` does, step by step.
    var clock = BenchClock()
    let start = clock
    let store = try Store.open(dir + "/data")
    guard let bytes = FileManager.default.contents(atPath: file) else { throw CocoaError(.fileReadNoSuchFile) }
    let table = try CSVReader.parse([UInt8](bytes))
    print(pad("  open, read + parse CSV:") + "\(clock.lap(bytes: bytes.count))  (\(table.rows.count) rows)")
    let plan = MemberImport.plan(table, into: store.state, createOrgs: true)
    guard plan.ok else {
        print("  import refused: \(plan.errors.count) errors, first: \(plan.errors.prefix(3).map(\.description))")
        return
    }
    print(pad("  validate + build ops:") + "\(clock.lap())  (\(plan.ops.count) ops, \(plan.createdOrgs.count) nodes created)")
    try store.commit(plan.ops)
    print(pad("  durable commit (1 batch):") + "\(clock.lap())  (\(store.state.members.count) members in the store)")
    // The command closes the store before it exits, which waits for the checkpoint that a
    // large commit starts.
    store.close()
    print(pad("  close (checkpoint):") + clock.lap())
    var total = start
    print(pad("  import end to end:") + "\(total.lap())  (target < 5 s wall)")

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
    let child0 = childCPU()
    let t0 = Date()
    try p.run()
    let rows = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    p.waitUntilExit()
    let wall = Date().timeIntervalSince(t0)
    print(pad("  sqlite3 :memory: .import:") + String(format: "wall %.3f s, cpu %.3f s", wall, childCPU() - child0) + "  (\(rows) rows)")
}

/// CPU seconds used by finished child processes.
private func childCPU() -> Double {
    var u = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &u)
    func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return s(u.ru_utime) + s(u.ru_stime)
}
