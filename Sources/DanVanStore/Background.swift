import Dispatch

/// Work started on another thread now and collected later with `wait()` (once).
final class Background<T>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The result, once the work has finished.
    func wait() -> T {
        done.wait()
        return result!
    }
}
