import DanVanCore
import Testing
@testable import DanVanStore

/// Faults and power cuts through the file-system seam.
struct FaultInjectionTests {
    /// What a workload got acknowledged.
    struct Outcome {
        var acked = State()
        /// The state had the batch in flight when it failed been saved.
        var inflight: State?
        var failed = false
    }

    enum Step { case commit(Int), checkpoint }
    static let steps: [Step] = [.commit(2), .commit(1), .checkpoint, .commit(3), .commit(1), .checkpoint, .commit(2), .commit(1), .checkpoint, .commit(1)]

    /// Runs the steps until the first failure.
    static func run(_ store: Store, _ gen: inout OpGenerator, from start: State) -> Outcome {
        var out = Outcome(acked: start)
        for s in steps {
            switch s {
            case .commit(let n):
                let b = gen.batch(n)
                do {
                    try store.commit(b)
                    out.acked = gen.state
                } catch {
                    out.inflight = gen.state
                    out.failed = true
                    return out
                }
            case .checkpoint:
                do { try store.checkpoint() } catch {
                    out.failed = true
                    return out
                }
            }
        }
        return out
    }

    /// A store with a few ops already saved.
    static func prepared(seed: UInt64) throws -> (MemoryFileSystem, Store, OpGenerator) {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: seed)
        let store = try fs.open()
        try store.commit(gen.batch(3))
        return (fs, store, gen)
    }

    @Test(arguments: [MemoryFileSystem.Fault.write, .sync, .rename])
    func failingNthCallLeavesOnlyAcknowledgedOps(fault: MemoryFileSystem.Fault) throws {
        var sawFailure = 0
        for n in 1...16 {
            var (fs, store, gen) = try Self.prepared(seed: UInt64(n))
            let start = gen.state
            fs.fail(fault, onCall: n)
            let out = Self.run(store, &gen, from: start)
            #expect(store.state == out.acked, "\(fault) #\(n)")
            if out.failed {
                sawFailure += 1
                #expect(store.isReadOnly)
                #expect(store.readOnlyReason?.contains("injected") == true)
                #expect(throws: StoreError.self) { try store.commit(gen.batch(1)) }
            } else {
                #expect(!store.isReadOnly)
            }
            store.close()
            // Opening and closing write the manifest too: the injected fault is for the workload.
            fs.clearFaults()
            gen.state = out.acked
            // Reopened as is, and after a power cut: only what was acknowledged.
            let again = try fs.open()
            #expect(again.state == out.acked, "\(fault) #\(n) reopened")
            again.close()
            fs.crash()
            let afterCrash = try fs.open()
            #expect(afterCrash.state == out.acked, "\(fault) #\(n) after crash")
            try afterCrash.commit(gen.batch(1))  // and it takes new work
            _ = fs
        }
        #expect(sawFailure >= 3)
    }

    /// Crash at every single call that changes the disk, through commits and checkpoints;
    /// with torn writes keeping none, half, or all of the unsynced bytes.
    @Test(arguments: [0, 1, 2])
    func crashAtEveryStepKeepsExactlyTheAcknowledgedOps(tornMode: Int) throws {
        // How many mutations the whole workload makes.
        var (fs0, store0, gen0) = try Self.prepared(seed: 99)
        let m0 = fs0.mutationCount
        _ = Self.run(store0, &gen0, from: gen0.state)
        let total = fs0.mutationCount - m0
        #expect(total > 40)
        for n in 1...(total + 1) {
            var (fs, store, gen) = try Self.prepared(seed: 99)
            let keep: (Int) -> Int = tornMode == 0 ? { _ in 0 } : tornMode == 1 ? { $0 / 2 } : { $0 }
            fs.crash(atMutation: n, keep: keep)
            let out = Self.run(store, &gen, from: gen.state)
            #expect(out.failed == (n <= total), "crash at \(n)")
            store.close()
            fs.restart()
            let again = try fs.open()
            let ok = again.state == out.acked || (tornMode == 2 && out.inflight.map { again.state == $0 } == true)
            #expect(ok, "crash at \(n) of \(total), torn mode \(tornMode)")
            // Whatever is there must take new work and survive another reopen.
            let state = again.state
            again.close()
            let third = try fs.open()
            #expect(third.state == state)
        }
    }

    /// Random op sequences with checkpoints (some automatic, on a background thread while
    /// commits go on): the state rebuilt from disk equals the state in memory.
    @Test(arguments: 1...12)
    func replayEqualsMemory(seed: UInt64) throws {
        let fs = MemoryFileSystem()
        var gen = OpGenerator(seed: seed * 7919)
        var rng = SeededRNG(seed: seed)
        var store = try fs.open()
        store.checkpointRecords = 7
        for _ in 0..<60 {
            try store.commit(gen.batch(Int.random(in: 1...4, using: &rng)))
            #expect(store.state == gen.state)
            switch Int.random(in: 0..<20, using: &rng) {
            case 0: try store.checkpoint()
            case 1:
                store.close()
                store = try fs.open()
                store.checkpointRecords = 7
                #expect(store.state == gen.state)
            default: break
            }
        }
        store.close()
        let again = try fs.open()
        #expect(again.state == gen.state)
        #expect(again.state == store.state)
        #expect(again.lastSeq == store.lastSeq)
    }
}
