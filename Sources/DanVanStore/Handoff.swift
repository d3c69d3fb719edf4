import Foundation

/// Items made on one thread and taken, in order, on another: the replay decodes log records
/// on a second thread while this one applies them. At most `limit` items wait at a time, so
/// the producer cannot run far ahead and fill memory.
final class Handoff<T>: @unchecked Sendable {
    private let cond = NSCondition()
    private var items: [T] = []
    private var head = 0
    private var finished = false
    private var cancelled = false
    private let limit: Int

    init(limit: Int) { self.limit = max(1, limit) }

    /// Producer: queues `item`, waiting while the queue is full. False once the consumer has
    /// given up, so the producer can stop.
    func put(_ item: T) -> Bool {
        cond.lock()
        defer { cond.unlock() }
        while items.count - head >= limit && !cancelled { cond.wait() }
        if cancelled { return false }
        items.append(item)
        cond.broadcast()
        return true
    }

    /// Producer: nothing more will come (call it however the producer ends).
    func finish() {
        cond.lock()
        finished = true
        cond.broadcast()
        cond.unlock()
    }

    /// Consumer: the next item, waiting for it; nil once the producer has finished and
    /// everything has been taken.
    func take() -> T? {
        cond.lock()
        defer { cond.unlock() }
        while head == items.count && !finished { cond.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
        cond.broadcast()
        return item
    }

    /// Consumer: stops the producer (its next `put` returns false).
    func cancel() {
        cond.lock()
        cancelled = true
        cond.broadcast()
        cond.unlock()
    }
}
