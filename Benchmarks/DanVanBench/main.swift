import Foundation

// `swift run -c release danvan-bench [name…]` runs the named benchmarks (all when none)
// and prints their figures. Each lives in its own file.
let benchmarks: [(name: String, run: () throws -> Void)] = [
    ("store", storeBenchmark),
    ("snapshot", snapshotBenchmark),
    ("ui", uiBenchmark),
    ("filter", filterBenchmark),
    ("report", reportBenchmark),
    ("import", importBenchmark),
]

let wanted = Set(CommandLine.arguments.dropFirst())
for b in benchmarks where wanted.isEmpty || wanted.contains(b.name) {
    print("== \(b.name)")
    do { try b.run() } catch { print("  failed: \(error)") }
}
