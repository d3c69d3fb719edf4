import DanVanCore
import Foundation

/// Filter-as-you-type over 300k members: time per keystroke (narrowing the previous hits as
/// the query grows, a full scan after a backspace), against `fzf --filter` on the same
/// folded names in the same run.
func filterBenchmark() throws {
    let state = benchPopulation(members: 300_000, seed: 7)
    let order = state.members.keys.sorted()
    var t = Date()
    let index = MemberSearch(state: state, members: order)
    print("  index of \(index.count) members built in \(ms(since: t)) ms")

    let typed = ["nguyen thi h", "tran van", "dang", "Lê Thị Hoa", "pham ngoc anh", "vu", "hoàng phủ"]
    var perKey: [Double] = []
    let verbose = ProcessInfo.processInfo.environment["VERBOSE"] != nil
    var lastHits = 0
    for phrase in typed {
        var within: [Int32]? = nil
        var prefix = ""
        for ch in phrase {
            prefix.append(ch)
            t = Date()
            let r = index.search(TextQuery(prefix), within: within)
            perKey.append(Date().timeIntervalSince(t) * 1000)
            if verbose { print(String(format: "    %-14@ %7.2f ms %7d hits", "\(prefix)" as NSString, perKey.last!, r.ranked.count)) }
            within = r.sorted
            lastHits = r.ranked.count
        }
        // A backspace widens the query again: a full scan.
        t = Date()
        _ = index.search(TextQuery(String(prefix.dropLast())))
        perKey.append(Date().timeIntervalSince(t) * 1000)
    }
    perKey.sort()
    print(String(format: "  danvan: %d keystrokes, median %.2f ms, worst %.2f ms (last query: %d hits)",
                 perKey.count, perKey[perKey.count / 2], perKey.last!, lastHits))

    // fzf over the same folded names, one process per query (what a shell user would do).
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-filter-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("names.txt")
    try order.map { VietText.fold(state.members[$0]!.fullName) }.joined(separator: "\n").write(to: file, atomically: false, encoding: .utf8)
    guard let fzf = ["/usr/bin/fzf", "/usr/local/bin/fzf"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        print("  fzf: not installed (apt-get install fzf), comparison skipped")
        return
    }
    var fzfTimes: [Double] = []
    for phrase in typed {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: fzf)
        p.arguments = ["--filter", VietText.fold(phrase)]
        p.standardInput = try FileHandle(forReadingFrom: file)
        p.standardOutput = FileHandle.nullDevice
        t = Date()
        try p.run()
        p.waitUntilExit()
        fzfTimes.append(Date().timeIntervalSince(t) * 1000)
    }
    fzfTimes.sort()
    print(String(format: "  fzf --filter (whole process per query): median %.1f ms, worst %.1f ms",
                 fzfTimes[fzfTimes.count / 2], fzfTimes.last!))
}

func ms(since t: Date) -> Int { Int(Date().timeIntervalSince(t) * 1000) }
