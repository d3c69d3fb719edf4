import Foundation

/// A string hashed and compared by its UTF-8 bytes, as a key for caches of cell text.
///
/// `String` hashes by canonical equivalence, which normalizes every non-ASCII key on every
/// lookup: most of the cost of a Vietnamese-keyed dictionary. The cells of one column repeat
/// byte for byte (one cell path, one status word), so caches keyed on the bytes are right and
/// several times faster; two spellings of the same text just take two entries.
struct Utf8Key: Hashable {
    let text: String

    init(_ text: String) {
        var t = text
        t.makeContiguousUTF8()
        self.text = t
    }

    static func == (a: Utf8Key, b: Utf8Key) -> Bool {
        let x = a.text.utf8, y = b.text.utf8
        guard x.count == y.count else { return false }
        if x.isEmpty { return true }
        return x.withContiguousStorageIfAvailable { p in
            y.withContiguousStorageIfAvailable { q in memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
        }.flatMap { $0 } ?? x.elementsEqual(y)
    }

    func hash(into h: inout Hasher) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { Array(text.utf8).withUnsafeBytes { h.combine(bytes: $0) } }
    }
}
