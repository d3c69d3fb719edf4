import Foundation

/// Two pieces of a city-wide report at once, on the machine's two cores. Both pieces
/// only read shared values; each result goes to its own box, and `concurrentPerform`
/// returns only when both are done, so the reads after it see the writes.
enum Parallel {
    static func both<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        let first = Box<A>(), second = Box<B>()
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 { first.value = a() } else { second.value = b() }
        }
        return (first.value!, second.value!)
    }

    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }
}
