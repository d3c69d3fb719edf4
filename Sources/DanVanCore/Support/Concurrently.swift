import Foundation

/// Work started on a second thread now and collected later with `wait()`, so a job that
/// splits into two halves sharing no mutable data (the two halves of a snapshot) keeps both
/// cores busy. The caller guarantees that disjointness, which is why `body` need not be
/// `Sendable`; it must also keep alive whatever `body` reads until `wait()` has returned.
public final class BackgroundJob<T>: @unchecked Sendable {
    private var outcome: Result<T, Error>?
    private let done = DispatchSemaphore(value: 0)
    private var waited = false
    private var body: (() throws -> T)?

    public init(_ body: @escaping () throws -> T) {
        self.body = body
        let thread = Thread { [self] in
            outcome = Result { try self.body!() }
            self.body = nil
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Blocks until the job has finished; then (and on later calls) its result.
    public func wait() -> Result<T, Error> {
        if !waited {
            done.wait()
            waited = true
        }
        return outcome!
    }
}

/// `a` on this thread and `b` on a second one at the same time; both results. For a job
/// split in two halves that only read what they share.
public func bothAtOnce<A, B>(_ a: () -> A, _ b: @escaping () -> B) -> (A, B) {
    let second = BackgroundJob(b)
    let first = a()
    switch second.wait() {
    case .success(let value): return (first, value)
    case .failure: fatalError("a non-throwing job cannot fail")
    }
}
