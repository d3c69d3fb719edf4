import DanVanCore
import Foundation
import Testing
@testable import DanVanStore

@Suite struct HandoffTests {
    @Test func itemsArriveInOrderAndTheQueueStaysBounded() throws {
        let feed = Handoff<Int>(limit: 3)
        let producer = BackgroundJob { () -> Int in
            defer { feed.finish() }
            for i in 0..<10_000 { _ = feed.put(i) }
            return 0
        }
        var got: [Int] = []
        while let i = feed.take() { got.append(i) }
        _ = producer.wait()
        #expect(got == Array(0..<10_000))
    }

    @Test func cancellingStopsTheProducer() throws {
        let feed = Handoff<Int>(limit: 2)
        let producer = BackgroundJob { () -> Int in
            defer { feed.finish() }
            var made = 0
            while feed.put(made) { made += 1 }
            return made
        }
        #expect(feed.take() == 0)
        feed.cancel()
        let made = try producer.wait().get()
        #expect(made >= 1 && made <= 4)  // it stopped soon after, not never
    }
}
