import DanVanCore

/// Searching the member list and going to a name.
public enum SearchCommand: String, CaseIterable, Sendable, FeatureCommand {
    case startSearch, nextMatch, previousMatch, keepSearch, clearSearch, goTo

    var command: Command { .search(self) }

    /// The title help shows above the keys this feature binds.
    static let title = FeatureTitle(vi: "Tìm kiếm", en: "Search")

    public var vi: String {
        switch self {
        case .startSearch: "Tìm trong danh sách"
        case .nextMatch: "Kết quả kế tiếp"
        case .previousMatch: "Kết quả trước"
        case .keepSearch: "Giữ bộ lọc"
        case .clearSearch: "Bỏ bộ lọc"
        case .goTo: "Đi tới…"
        }
    }

    public var en: String {
        switch self {
        case .startSearch: "Search the list"
        case .nextMatch: "Next match"
        case .previousMatch: "Previous match"
        case .keepSearch: "Keep the filter"
        case .clearSearch: "Clear the filter"
        case .goTo: "Go to…"
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
