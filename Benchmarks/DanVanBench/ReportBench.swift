import DanVanCore
import DanVanExchange
import Foundation

// `swift run -c release danvan-bench report`: Report.build at city scale (~370k members,
// ~400k assignments) for the root, one district and one cell, median of several runs,
// plus the renderers on the root report. Target: a report in < 300 ms.
func reportBenchmark() throws {
    // A fixed "today" keeps the demo data, and so the figures, the same from run to run.
    let today = Day(year: 2025, month: 11, day: 15)!
    let year = today.year
    let t0 = DispatchTime.now()
    let state = Demo.generate(scale: .city, seed: 1, today: today)
    print("  state: \(state.orgs.count) units, \(state.members.count) members, \(state.assignments.count) assignments, "
          + "\(state.meetings.count) meetings, built in \(ReportBenchData.ms(since: t0)) ms")

    let root = state.sortedRoots[0]
    let district = state.sortedChildren(of: root)[0]
    let cell = state.subtree(of: district).first { state.orgs[$0]!.level.isCell }!
    for (label, org) in [("root", root), ("district", district), ("cell", cell)] {
        var times: [Double] = [], cpu: [Double] = [], all: [Double] = []
        var report: Report?
        for _ in 0..<(label == "cell" ? 21 : 7) {
            let t = DispatchTime.now(), c = ReportBenchData.cpuMs(), p = ReportBenchData.cpuMs(allThreads: true)
            report = Report.build(state: state, org: org, year: year)
            times.append(ReportBenchData.msDouble(since: t))
            cpu.append(ReportBenchData.cpuMs() - c)
            all.append(ReportBenchData.cpuMs(allThreads: true) - p)
        }
        times.sort()
        cpu.sort()
        all.sort()
        let r = report!
        func f(_ v: Double) -> String { String(format: "%.2f", v) }
        print("  build \(label): median \(f(times[times.count / 2])) ms wall, \(f(cpu[cpu.count / 2])) ms CPU (min \(f(cpu[0]))), "
              + "\(f(all[all.count / 2])) ms CPU all threads "
              + "(wall min \(f(times[0])), max \(f(times[times.count - 1]))) — "
              + r.headline.sentences(.en)[1] + "; " + r.headline.sentences(.en)[2]
              + "; not evaluated \(r.notEvaluated.count), meetings \(r.meetings.held)")
    }
    let r = Report.build(state: state, org: root, year: year)
    for f in ReportFormat.allCases {
        let t = DispatchTime.now()
        let out = r.render(f, .vi)
        print("  render root \(f.rawValue): \(ReportBenchData.ms(since: t)) ms, \(out.utf8.count / 1024) KiB")
    }
}

/// Timing helpers.
enum ReportBenchData {
    static func ms(since t: DispatchTime) -> Int { Int(msDouble(since: t)) }
    /// CPU time of this thread (or of the whole process: a city-wide report splits its
    /// biggest passes over two threads): on a machine shared with other builds, wall time
    /// mostly measures the queue.
    static func cpuMs(allThreads: Bool = false) -> Double {
        var ts = timespec()
        clock_gettime(allThreads ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
    }
    static func msDouble(since t: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e6
    }
}
