import Dispatch
import Foundation

/// Work started on another thread now and collected later with `wait()` (once).
final class Background<T>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    /// On a thread of its own, not a dispatch queue's: a caller that is itself on a busy
    /// queue (commits may come from any thread) must not wait for a worker that never comes.
    init(_ work: @escaping @Sendable () -> T) {
        Thread {
            self.result = work()
            self.done.signal()
        }.start()
    }

    /// The result, once the work has finished.
    func wait() -> T {
        done.wait()
        return result!
    }
}
