import DanVanCore

/// Searching the member list and going to a name.
public enum SearchCommand: String, CaseIterable, Sendable, FeatureCommand {
    case startSearch, nextMatch, previousMatch, keepSearch, clearSearch, goTo

    var command: Command { .search(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Tìm kiếm", "Search")

    var bi: BiText {
        switch self {
        case .startSearch: return BiText("Tìm trong danh sách", "Search the list")
        case .nextMatch: return BiText("Kết quả kế tiếp", "Next match")
        case .previousMatch: return BiText("Kết quả trước", "Previous match")
        case .keepSearch: return BiText("Giữ bộ lọc", "Keep the filter")
        case .clearSearch: return BiText("Bỏ bộ lọc", "Clear the filter")
        case .goTo: return BiText("Đi tới…", "Go to…")
        }
    }

    /// Searching the member list (`/`), and the list narrowed by typing (go to, cells, parents).
    static let bindings = KeyBindings<SearchCommand>.make { bind in
        bind(.panes, [.ctrl("g")], .goTo)
        bind(.members, [.char("/")], .startSearch)
        bind(.members, [.char("n")], .nextMatch)
        bind(.members, [.char("N")], .previousMatch)
        bind(.members, [.escape], .clearSearch)
        // Typing a search: other keys edit the query.
        bind(.search, [.enter], .keepSearch)
        bind(.search, [.escape], .clearSearch)
        bind(.search, [.ctrl("q")], .general(.quit))
        // A list narrowed by typing: other keys edit the query.
        bind(.finder, [.up], .general(.moveUp))
        bind(.finder, [.down], .general(.moveDown))
        bind(.finder, [.pageUp], .general(.pageUp))
        bind(.finder, [.pageDown], .general(.pageDown))
        bind(.finder, [.enter], .general(.activate))
        bind(.finder, [.escape], .general(.closeOverlay))
        bind(.finder, [.ctrl("q")], .general(.quit))
    }

    static let hints: [KeyContext: [Command]] = [
        .search: [.search(.keepSearch), .search(.clearSearch)],
        .finder: [.general(.activate), .general(.closeOverlay)],
    ]
}
