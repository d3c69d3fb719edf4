import DanVanCore

extension AppState {
    /// Ctrl-Z: commits the inverse of the last edit as new ops (the log is never rewritten).
    /// The history moves only once the store says the ops are durable.
    mutating func undo() -> [Effect] {
        guard mayEdit() else { return [] }
        guard let e = history.nextUndo else {
            status = StatusMessage(Strings.UI.nothingToUndo.text(lang), .warning)
            return []
        }
        pendingHistory = .undo
        return [.commit(e.backward, message: .undone)]
    }

    /// Ctrl-Y: commits the undone edit again.
    mutating func redo() -> [Effect] {
        guard mayEdit() else { return [] }
        guard let e = history.nextRedo else {
            status = StatusMessage(Strings.UI.nothingToRedo.text(lang), .warning)
            return []
        }
        pendingHistory = .redo
        return [.commit(e.forward, message: .redone)]
    }
}
