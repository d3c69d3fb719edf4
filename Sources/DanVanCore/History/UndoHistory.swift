/// Undo and redo for one session. Undo never rewrites the log: it commits the inverse
/// changes as new ops, and redo commits the original changes again.
///
/// The flow keeps the store in charge: `nextUndo` says what to commit; only when the commit
/// succeeded does `didUndo` move the entry, so a refused commit leaves history as it was.
public struct UndoHistory: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        /// What the user did, in both languages (shown as "undone: …").
        public let vi: String
        public let en: String
        public let forward: [Change]
        public let backward: [Change]
        public func label(_ lang: Lang) -> String { lang == .vi ? vi : en }
    }

    public private(set) var undoStack: [Entry] = []
    public private(set) var redoStack: [Entry] = []
    public let limit: Int

    public init(limit: Int = 200) { self.limit = limit }

    /// Records changes that were just committed; `before` is the state they applied to.
    public mutating func record(_ changes: [Change], before: State) {
        // One change needs no trial run on a copy of the state (which costs a copy of the
        // tables it touches); a batch does, since each inverse depends on the ones before.
        let backward = changes.count == 1 ? before.inverse(of: changes[0]).map { [$0] } : before.inverse(of: changes)
        guard !changes.isEmpty, let backward else { return }
        undoStack.append(Entry(vi: changes.summary(in: before, .vi), en: changes.summary(in: before, .en),
                               forward: changes, backward: backward))
        if undoStack.count > limit { undoStack.removeFirst(undoStack.count - limit) }
        redoStack.removeAll()
    }

    public var nextUndo: Entry? { undoStack.last }
    public var nextRedo: Entry? { redoStack.last }

    /// Call once the entry's `backward` changes are durable.
    public mutating func didUndo() {
        guard let e = undoStack.popLast() else { return }
        redoStack.append(e)
    }

    /// Call once the entry's `forward` changes are durable again.
    public mutating func didRedo() {
        guard let e = redoStack.popLast() else { return }
        undoStack.append(e)
    }
}
