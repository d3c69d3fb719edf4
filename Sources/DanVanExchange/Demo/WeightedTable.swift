import DanVanCore

/// Picks from a fixed weighted table in O(log n).
struct WeightedTable<T> {
    let items: [T]
    let cumulative: [Int]

    init(_ pairs: [(T, Int)]) {
        items = pairs.map(\.0)
        var sum = 0
        cumulative = pairs.map { sum += $0.1; return sum }
    }

    func pick(_ g: inout SeededGenerator) -> T {
        let r = g.below(cumulative.last!)
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > r { hi = mid } else { lo = mid + 1 }
        }
        return items[lo]
    }
}
extension WeightedTable: Sendable where T: Sendable {}
