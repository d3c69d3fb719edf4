import Dispatch
import Foundation

/// Two pieces of work at once: the machines danvan runs on have two cores or more, and an
/// import of a whole city is worth splitting. Each closure must touch only its own data.
enum Parallel {
    static func both<A, B>(_ a: () -> A, _ b: () -> B) -> (A, B) {
        withoutActuallyEscaping(b) { b in
            let job = Job(b)
            let done = DispatchSemaphore(value: 0)
            // A thread of its own, not a dispatch queue's: a caller that is itself on a busy
            // queue must not wait for a worker that never comes.
            Thread {
                job.run()
                done.signal()
            }.start()
            let ra = a()
            done.wait()
            return (ra, job.result!)
        }
    }

    /// `b` of `both`, run on another thread; `both` waits for it before reading the result.
    /// The closure is dropped as soon as it has run: it must not outlive `both`.
    private final class Job<T>: @unchecked Sendable {
        var work: (() -> T)?
        var result: T?
        init(_ work: @escaping () -> T) { self.work = work }
        func run() {
            result = work!()
            work = nil
        }
    }
}
