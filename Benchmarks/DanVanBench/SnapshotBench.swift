import DanVanCore
import Foundation

// The snapshot targets: 300k members + 400k assignments written in < 1 s and loaded in < 1.5 s,
// peak memory < 1 GiB; and op decoding fast enough to replay 1M log records in < 2 s.
func snapshotBenchmark() throws {
    // DANVAN_SNAPSHOT_SCALE=0.05 shrinks everything (for profiling under valgrind).
    let scale = Double(ProcessInfo.processInfo.environment["DANVAN_SNAPSHOT_SCALE"] ?? "") ?? 1
    let memberCount = Int(300_000 * scale), assignmentCount = Int(400_000 * scale)
    var clock = BenchClock()
    var bytes: [UInt8] = []
    let meta = SnapshotMeta(seq: 1_000_000, createdAt: 1_763_000_000_000, appVersion: "bench")
    var opSources: (members: [Member], assignments: [Assignment]) = ([], [])
    do {
        let state = try SnapshotBenchData.state(members: memberCount, assignments: assignmentCount, seed: 2025)
        print("  generated \(state.orgs.count) orgs, \(state.members.count) members, \(state.assignments.count) assignments"
              + " (\(clock.lap()))")
        opSources = (Array(state.members.values.prefix(5000)), Array(state.assignments.values.prefix(5000)))
        clock = BenchClock()
        bytes = SnapshotCodec.encode(state, meta: meta)
        print("  encode: \(clock.lap(bytes: bytes.count)), \(String(format: "%.1f", Double(bytes.count) / 1e6)) MB (\(bytes.count) bytes)")
    }

    // The load as the store does it, measured in two steps: parse into tables, then build the State.
    do {
        clock = BenchClock()
        let (_, tables) = try DocumentCodec.decode(bytes, format: SnapshotCodec.format, supportedVersion: SnapshotCodec.version)
        print("  decode step 1, parse to tables: \(clock.lap(bytes: bytes.count))")
        let state = try tables.makeState()
        print("  decode step 2, State(orgs:members:…) with indexes: \(clock.lap()) (\(state.members.count) members)")
    }

    do {
        clock = BenchClock()
        let (one, _) = try SnapshotCodec.decode(bytes, twoThreads: false)
        print("  decode on one thread (SnapshotCodec.decode, whole): \(clock.lap(bytes: bytes.count)) (\(one.members.count) members)")
    }
    resetPeakRSS()
    clock = BenchClock()
    let (loaded, loadedMeta) = try SnapshotCodec.decode(bytes)
    print("  decode on two threads (SnapshotCodec.decode, whole): \(clock.lap(bytes: bytes.count))")
    guard loaded.members.count == memberCount, loaded.assignments.count == assignmentCount, loadedMeta == meta else {
        throw BenchError.mismatch("snapshot round trip lost records")
    }
    print("  peak RSS while loading (input bytes + state): \(peakRSS())")
    bytes = []

    try opBenchmark(members: opSources.members, assignments: opSources.assignments, count: Int(1_000_000 * scale))
    withExtendedLifetime(loaded) {}
}

/// Wall time and this process's CPU time (the machine is shared, so wall time alone misleads).
struct BenchClock {
    var wall = Date()
    var cpu = BenchClock.cpuNow()

    static func cpuNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// "wall 1.234 s, cpu 1.100 s[, 123 MB/s by cpu]" since the last lap.
    mutating func lap(bytes: Int? = nil) -> String {
        let w = Date().timeIntervalSince(wall), c = BenchClock.cpuNow() - cpu
        wall = Date()
        cpu = BenchClock.cpuNow()
        var s = String(format: "wall %.3f s, cpu %.3f s", w, c)
        if let bytes { s += String(format: ", %.0f MB/s (cpu)", Double(bytes) / 1e6 / c) }
        return s
    }
}

/// Restarts VmHWM so the figure covers only what follows (Linux ≥ 4.0).
func resetPeakRSS() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

private enum BenchError: Error { case mismatch(String) }

/// VmHWM from /proc/self/status.
func peakRSS() -> String {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "?" }
    for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = Double(line.split(separator: " ").dropFirst().first.map(String.init) ?? "") ?? 0
        return String(format: "%.0f MiB", kb / 1024)
    }
    return "?"
}

/// 1M encoded ops laid end to end like a log, each decoded from its slice.
private func opBenchmark(members: [Member], assignments: [Assignment], count: Int) throws {
    var g = BenchRandom(seed: 99)
    var log: [UInt8] = []
    log.reserveCapacity(count * 260)
    var ends: [Int] = []
    ends.reserveCapacity(count)
    var clock = BenchClock()
    for i in 0..<count {
        let change: Change
        switch i % 10 {
        case 0, 1, 2:
            var a = assignments[g.int(assignments.count)]
            a.id = AssignmentID(UInt64(10_000_000 + i))
            change = .addAssignment(a)
        case 3, 4: change = .updateMember(members[g.int(members.count)])
        case 5, 6:
            change = .setEvaluation(assignments[g.int(assignments.count)].id, year: 2025,
                                    Evaluation(level: .good, note: "Hoàn thành tốt nhiệm vụ được giao"))
        case 7:
            change = .transferMember(members[g.int(members.count)].id, to: OrgID(3), date: Day(year: 2025, month: 6, day: 1)!,
                                     note: "Chuyển sinh hoạt về nơi cư trú")
        case 8: change = .setMemberStatus(members[g.int(members.count)].id, MemberStatus(kind: .exempt, date: Day(year: 2025, month: 1, day: 1), note: "Tuổi cao"))
        default: change = .endAssignment(assignments[g.int(assignments.count)].id, on: Day(year: 2025, month: 12, day: 31)!)
        }
        OpCodec.encode(Op(time: 1_763_000_000_000 + Int64(i), author: "Nguyễn Văn Bí Thư", change: change), into: &log)
        ends.append(log.count)
    }
    print("  ops: encoded \(count) ops, \(String(format: "%.0f", Double(log.count) / 1e6)) MB: \(clock.lap(bytes: log.count))")

    for shared in [false, true] {
        let decoder = OpDecoder()
        clock = BenchClock()
        var checksum = 0
        try log.withUnsafeBytes { buf in
            var start = 0
            for end in ends {
                let slice = UnsafeRawBufferPointer(rebasing: buf[start..<end])
                let op = shared ? try decoder.decode(slice) : try OpCodec.decode(slice)
                checksum &+= Int(truncatingIfNeeded: op.time)
                start = end
            }
        }
        let cpu = BenchClock.cpuNow() - clock.cpu
        let how = shared ? "OpDecoder (shared text cache)" : "OpCodec.decode"
        print("  ops: decoded \(count) with \(how): \(clock.lap(bytes: log.count)), "
              + "\(String(format: "%.0f", Double(count) / cpu)) records/s (cpu; checksum \(checksum & 0xFFFF))")
    }
}

/// The core's seeded generator with the helpers this benchmark's data builder uses.
struct BenchRandom {
    var generator: SeededGenerator
    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }
    mutating func next() -> UInt64 { generator.next() }
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ a: [T]) -> T { a[int(a.count)] }
    mutating func chance(_ percent: Int) -> Bool { int(100) < percent }
}

/// A deterministic district-sized state with realistic Vietnamese text.
enum SnapshotBenchData {
    static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
                           "Ngô", "Dương", "Lý", "Hoàng Phủ"]
    static let middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Xuân", "Thu", "Thị Thanh", "Văn Quang"]
    static let givens = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Lan", "Linh", "Long",
                         "Mai", "Minh", "Nam", "Nga", "Phúc", "Phương", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy",
                         "Trang", "Trung", "Tuấn", "Vân", "Yến", "Đạt", "Ánh"]
    static let wards = ["Phường Bến Nghé", "Phường Tân Định", "Xã Tân Thông Hội", "Xã Phước Vĩnh An", "Thị trấn Củ Chi",
                        "Phường Đa Kao", "Xã An Nhơn Tây", "Phường Cầu Ông Lãnh"]
    static let workplaces = ["UBND phường", "Trường THCS Nguyễn Du", "Trạm y tế xã", "Công ty TNHH Minh Phát",
                             "Hợp tác xã nông nghiệp Tân Thành", "Nghỉ hưu", "Ban quản lý chợ Bến Thành", ""]
    static let contents = [
        "Vận động các hộ gia đình thực hiện nếp sống văn minh, giữ gìn vệ sinh môi trường khu dân cư",
        "Tuyên truyền, vận động nhân dân chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
        "Vận động hội viên phát triển kinh tế hộ gia đình, giảm nghèo bền vững",
        "Nắm bắt tâm tư, nguyện vọng của đoàn viên thanh niên, kịp thời phản ánh với chi bộ",
        "Vận động đồng bào tham gia xây dựng nông thôn mới, hiến đất làm đường",
        "Phối hợp với Ban điều hành khu phố giữ gìn an ninh trật tự",
    ]
    static let resolutions = ["Nghị quyết số 05-NQ/CB ngày 10/01/2024", "Quyết định số 12-QĐ/CB", "Nghị quyết chi bộ tháng 3/2024", ""]

    static func state(members memberCount: Int, assignments assignmentCount: Int, seed: UInt64) throws -> State {
        var g = BenchRandom(seed: seed)
        var orgs: [Org] = [Org(id: OrgID(1), parent: nil, name: "Đảng bộ huyện Củ Chi", level: .higherCommittee,
                               unitKind: .khac, term: "2025–2030")]
        var cells: [OrgID] = []
        var next: UInt64 = 2
        for c in 0..<40 {
            let committee = OrgID(next)
            next += 1
            let kind: UnitKind = c % 3 == 0 ? .xa : (c % 3 == 1 ? .phuong : .coQuan)
            orgs.append(Org(id: committee, parent: OrgID(1), name: "Đảng bộ \(wards[c % wards.count]) \(c + 1)",
                            level: .grassrootsCommittee, unitKind: kind, term: "2025–2030"))
            for k in 0..<39 {
                let cell = OrgID(next)
                next += 1
                orgs.append(Org(id: cell, parent: committee, name: "Chi bộ ấp \(k + 1) – \(wards[(c + k) % wards.count])",
                                level: .subordinateCell, unitKind: kind, term: "2025–2027"))
                cells.append(cell)
            }
        }
        var members: [Member] = []
        members.reserveCapacity(memberCount)
        for i in 0..<memberCount {
            let female = g.chance(45)
            let middle = female ? (g.chance(70) ? "Thị" : g.pick(middles)) : g.pick(middles)
            let name = "\(g.pick(families)) \(middle) \(g.pick(givens))"
            let born = 1940 + g.int(60)
            let joined = Day(year: min(2024, born + 18 + g.int(30)), month: 1 + g.int(12), day: 1 + g.int(28))!
            var status = MemberStatus.active
            if g.chance(6) { status = MemberStatus(kind: .exempt, date: Day(year: 2020 + g.int(5), month: 3, day: 1), note: "Tuổi cao, sức khỏe yếu") }
            else if g.chance(2) { status = MemberStatus(kind: .transferredOut, date: Day(year: 2023, month: 6, day: 15), note: "Đảng bộ phường 7, quận 3") }
            let ward = g.pick(wards)
            members.append(Member(
                id: MemberID(UInt64(100_000 + i)), org: cells[i % cells.count], fullName: name,
                cardNo: g.chance(95) ? String(format: "%08d", 10_000_000 + i) : nil,
                gender: female ? .female : .male, birthDate: Day(year: born, month: 1 + g.int(12), day: 1 + g.int(28)),
                joinedDate: joined, fullMemberDate: Day(year: joined.year + 1, month: joined.month, day: joined.day),
                kind: g.chance(95) ? .full : .probationary, status: status,
                role: i % 150 == 0 ? .secretary : (i % 150 == 1 ? .deputy : (i % 50 == 2 ? .committee : .member)),
                residence: "Tổ \(1 + g.int(20)), Khu phố \(1 + g.int(8)), \(ward)", workplace: g.pick(workplaces),
                phone: "09\(10_000_000 + g.int(89_999_999))", notes: g.chance(10) ? "Gia đình có công với cách mạng" : ""))
        }
        var assignments: [Assignment] = []
        assignments.reserveCapacity(assignmentCount)
        let groups = TargetGroup.allCases
        for i in 0..<assignmentCount {
            let member = members[i < memberCount ? i : g.int(memberCount)]
            var evals: [Int: Evaluation] = [:]
            if g.chance(80) { evals[2023] = Evaluation(level: g.chance(70) ? .good : .outstanding) }
            if g.chance(60) { evals[2024] = Evaluation(level: g.chance(80) ? .good : .completed, note: g.chance(20) ? "Cần phát huy hơn" : "") }
            assignments.append(Assignment(
                id: AssignmentID(UInt64(1_000_000 + i)), member: member.id, targetGroup: g.pick(groups),
                area: "Tổ dân phố \(1 + g.int(30)), khu phố \(1 + g.int(8))", households: g.chance(80) ? 5 + g.int(30) : nil,
                content: g.pick(contents), place: g.chance(60) ? .residence : .workplace,
                source: g.chance(20) ? .selfRegistered : .assigned,
                from: Day(year: 2022 + g.int(3), month: 1 + g.int(12), day: 1)!,
                to: g.chance(15) ? Day(year: 2025, month: 12, day: 31) : nil, resolution: g.pick(resolutions),
                evaluations: evals))
        }
        return try State(orgs: orgs, members: members, assignments: assignments)
    }
}
