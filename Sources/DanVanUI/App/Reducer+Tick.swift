import DanVanCore

/// What the run loop's clock tick does (about once a second while no key comes): status
/// messages go away after a while, and a read-only window shows what the writer committed.
extension AppState {
    /// Ticks an info or "saved" message stays; warnings and errors stay longer.
    static let statusTicks = 6
    static let stickyStatusTicks = 30

    mutating func ticked() {
        guard let s = status else { statusAge = 0; return }
        if statusSeen != s {
            statusSeen = s
            statusAge = 0
        }
        statusAge += 1
        let limit = s.kind == .info || s.kind == .ok ? AppState.statusTicks : AppState.stickyStatusTicks
        if statusAge >= limit {
            status = nil
            statusSeen = nil
            statusAge = 0
        }
    }

    /// The writer committed: the new records, the screen kept where it was.
    mutating func recordsRefreshed(_ newState: State) {
        guard newState.revision != data.revision || newState != data else { return }
        data = newState
        dataChanged(roster: true)
        cache.names.forgetAll()
        refreshCaches()
        treeCursor = min(treeCursor, max(0, treeRows.count - 1))
        memberCursor = min(memberCursor, max(0, memberRows.count - 1))
    }
}

extension Strings {
    /// Short notices of the main loop.
    enum Notice: Localized, CaseIterable {
        case howToQuit, moreBelow

        var bi: BiText {
            switch self {
            case .howToQuit: return BiText("Ctrl-C không dùng để thoát: bấm q (hoặc Ctrl-Q) để thoát", "Ctrl-C does not quit here: press q (or Ctrl-Q) to quit")
            case .moreBelow: return BiText("còn", "more")
            }
        }
    }
}
