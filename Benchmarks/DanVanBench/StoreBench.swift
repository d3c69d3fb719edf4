import DanVanCore
import DanVanStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Store figures, in a temporary folder on the same disk as the data usually lives:
// the raw fdatasync floor, one durable commit, a 100k-op batch, recovery of 1M log
// records, and the snapshot of 300k members + 400k assignments through the store.
func storeBenchmark() throws {
    let base = (ProcessInfo.processInfo.environment["DANVAN_BENCH_DIR"] ?? NSTemporaryDirectory())
        + "/danvan-bench-store-\(getpid())"
    try? FileManager.default.removeItem(atPath: base)
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: base) }
    // DANVAN_BENCH_STORE=1,4 runs only those parts.
    let only = Set((ProcessInfo.processInfo.environment["DANVAN_BENCH_STORE"] ?? "").split(separator: ",").compactMap { Int($0) })
    func part(_ n: Int) -> Bool { only.isEmpty || only.contains(n) }
    func ms(_ s: Double) -> String { String(format: "%.3f ms", s * 1000) }
    func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
    func time(_ body: () throws -> Void) rethrows -> Double {
        let t = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
    }
    // CPU seconds of the whole process, to tell work from waiting on a busy machine.
    func cpu() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    func timed(_ body: () throws -> Void) rethrows -> String {
        let c0 = cpu()
        let w = try time(body)
        return "\(ms(w)) wall, \(ms(cpu() - c0)) CPU"
    }

    // 1. The floor: append a small record and fdatasync.
    var floorMedian = 0.000234
    if part(1) {
    let floorPath = base + "/floor"
    let fd = open(floorPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    let rec = [UInt8](repeating: 0x5A, count: 120)
    var floor: [Double] = []
    for _ in 0..<200 {
        floor.append(time {
            _ = rec.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            _ = fdatasync(fd)
        })
    }
    close(fd)
    floorMedian = median(floor)
    print("  fdatasync floor (120-byte append + fdatasync, median of 200): \(ms(floorMedian))")
    }

    // 2. One durable commit (one op), small store.
    let orgs = [Org(id: OrgID(1), parent: nil, name: "Đảng bộ Quận Một", level: .higherCommittee)]
        + (2...1001).map { Org(id: OrgID(UInt64($0)), parent: OrgID(1), name: "Chi bộ \($0 - 1)", level: .grassrootsCell) }
    if part(2) {
        let store = try Store.open(base + "/commit")
        try store.commit(orgs.map { Op.make(.addOrg($0)) })
        var lat: [Double] = []
        for i in 0..<200 {
            let m = Member(id: MemberID(UInt64(1_000_000 + i)), org: OrgID(2 + UInt64(i % 1000)), fullName: "Nguyễn Văn An \(i)")
            let op = Op.make(.addMember(m))
            lat.append(try time { try store.commit([op]) })
        }
        let c = median(lat)
        print("  durable commit of one op (median of 200): \(ms(c)) = \(String(format: "%.2f", c / floorMedian))× the floor (target ≤ 1.5×)")
        store.close()
    }

    // 3. 100k ops in one batch.
    if part(3) {
        let store = try Store.open(base + "/batch")
        try store.commit(orgs.map { Op.make(.addOrg($0)) })
        let ops = (0..<100_000).map { i in
            Op.make(.addMember(Member(id: MemberID(UInt64(10 + i)), org: OrgID(2 + UInt64(i % 1000)),
                                      fullName: "Trần Thị Bình \(i)", cardNo: "0\(1_000_000 + i)", phone: "0912345678")))
        }
        let t = try timed { try store.commit(ops) }
        print("  100,000 ops in one durable batch: \(t) (target < 1000 ms; \(store.logSize.bytes / 1024) KiB of log)")
        var fresh = State()
        for o in orgs { try fresh.apply(Op.make(.addOrg(o))) }
        let ta = try timed { try fresh.apply(batch: ops) }
        print("    of which State.apply(batch:) alone (DanVanCore): \(ta)")
        store.close()
    }

    // 4. Recovery of 1M log records (one op each), written through the store on the
    // in-memory file system (no million syncs) and copied to disk.
    if part(4) {
        let mem = MemoryFileSystem()
        let folder = "/bench"
        let store = try Store.open(folder, fileSystem: mem)
        store.checkpointRecords = .max
        store.checkpointBytes = .max
        try store.commit(orgs.prefix(11).map { Op.make(.addOrg($0)) })
        let members = (0..<10).map { i in Op.make(.addMember(Member(id: MemberID(UInt64(100 + i)), org: OrgID(2 + UInt64(i % 10)), fullName: "Lê Văn Cường \(i)"))) }
        try store.commit(members)
        let assigns = (0..<10).map { i in Op.make(.addAssignment(Assignment(id: AssignmentID(UInt64(5000 + i)), member: MemberID(UInt64(100 + i)), targetGroup: .hoDan, area: "Tổ \(i % 20)", from: Day(year: 2024, month: 1, day: 1)!))) }
        try store.commit(assigns)
        let levels = Array(EvaluationLevel.allCases)
        let t0 = Date()
        for i in 0..<(1_000_000 - 2) {
            let op = Op.make(.setEvaluation(AssignmentID(UInt64(5000 + i % 10)), year: 2000 + i % 26,
                                            Evaluation(level: levels[i % levels.count], note: "")))
            try store.commit([op])
        }
        let expected = store.state
        let lastSeq = store.lastSeq
        store.close()
        let disk = base + "/recover"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        var bytes = 0
        for name in try mem.list(folder) where name != "lock" {
            let b = mem.contents(folder + "/" + name)!
            bytes += b.count
            try Data(b).write(to: URL(fileURLWithPath: disk + "/" + name))
        }
        print("  (built 1M records in \(String(format: "%.1f", Date().timeIntervalSince(t0))) s in memory; \(bytes / 1_048_576) MiB of log)")
        var opened: Store?
        let t = try timed { opened = try Store.open(disk, readOnly: true) }
        let ok = opened!.state == expected && opened!.lastSeq == lastSeq
        print("  recovery of 1,000,000 log records (\(lastSeq) ops): \(t) (target < 2000 ms)\(ok ? "" : " — STATE MISMATCH")")
    }

    // 5. Snapshot of 300k members + 400k assignments, with the envelope, through the store.
    if part(5) {
        let state = try bigState(members: 300_000, assignments: 400_000)
        let folder = base + "/snapshot"
        let store = try Store.open(folder)
        let tw = try timed { try store.seed(with: state) }
        store.close()
        let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + (try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".dvsnap") }!))[.size] as? Int) ?? 0
        var loaded: Store?
        let tl = try timed { loaded = try Store.open(folder) }
        let same = loaded!.state == state
        print("  snapshot write, 300k members + 400k assignments (\(size / 1_048_576) MiB, synced): \(tw) (target < 1000 ms)")
        print("  snapshot load through Store.open: \(tl) (target < 1500 ms)\(same ? "" : " — STATE MISMATCH")")
        loaded = nil
        var bytes: [UInt8] = []
        let te = timed { bytes = SnapshotCodec.encode(state, meta: SnapshotMeta(seq: 0, createdAt: 0)) }
        var crc: UInt32 = 0
        let tc = timed { crc = CRC32C.checksum(bytes) }
        var decoded: State?  // freed outside the timing, as the store keeps what it loads
        let td = try timed { decoded = try SnapshotCodec.decode(bytes).0 }
        withExtendedLifetime(decoded) {}
        print("    of which SnapshotCodec.encode \(te), decode \(td) (DanVanCore); CRC32C of it \(tc) (\(crc & 1))")
    }
    // 6. An encrypted folder beside a plain one, in the same run (SealBench.swift).
    if part(6) { try sealedStoreBenchmark(base: base, orgs: orgs, bigState: { try bigState(members: 300_000, assignments: 400_000) }) }
    print("  peak RSS of the whole benchmark: \(peakRSSMiB()) MiB (target < 1024 MiB)")
}

private func bigState(members: Int, assignments: Int) throws -> State {
    let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
    let middle = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Quốc"]
    let given = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hương", "Khánh", "Lan", "Long", "Mai", "Nam", "Phúc", "Quân", "Thảo"]
    var orgs = [Org(id: OrgID(1), parent: nil, name: "Đảng bộ Thành phố", level: .higherCommittee)]
    let cells = 3000
    for c in 0..<cells {
        orgs.append(Org(id: OrgID(UInt64(10 + c)), parent: OrgID(1), name: "Chi bộ khu phố \(c + 1)", level: .grassrootsCell, unitKind: .phuong))
    }
    var ms: [Member] = []
    ms.reserveCapacity(members)
    for i in 0..<members {
        ms.append(Member(id: MemberID(UInt64(100_000 + i)), org: OrgID(UInt64(10 + i % cells)),
                         fullName: "\(family[i % 10]) \(middle[(i / 10) % 8]) \(given[(i / 80) % 16])",
                         cardNo: "\(10_000_000 + i)", gender: i % 2 == 0 ? .male : .female,
                         birthDate: Day(year: 1940 + i % 60, month: 1 + i % 12, day: 1 + i % 28),
                         joinedDate: Day(year: 1980 + i % 44, month: 1 + i % 12, day: 1 + i % 28),
                         residence: "Số \(i % 300) đường \(given[i % 16])", phone: "09\(10_000_000 + i)"))
    }
    var asg: [Assignment] = []
    asg.reserveCapacity(assignments)
    let groups = Array(TargetGroup.allCases)
    for i in 0..<assignments {
        asg.append(Assignment(id: AssignmentID(UInt64(1_000_000 + i)), member: MemberID(UInt64(100_000 + i % members)),
                              targetGroup: groups[i % groups.count], area: "Tổ dân phố \(i % 40)", households: 5 + i % 20,
                              content: "Vận động hộ gia đình thực hiện nếp sống văn minh", from: Day(year: 2020 + i % 5, month: 1, day: 15)!))
    }
    return try State(orgs: orgs, members: ms, assignments: asg)
}

private func peakRSSMiB() -> Int {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return -1 }
    return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1024
}
