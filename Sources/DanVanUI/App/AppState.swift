import DanVanCore

/// Everything the screen shows, as one value. `reduce` changes it; `render` draws it.
public struct AppState: Equatable, Sendable {
    /// The records, as the store last reported them.
    public internal(set) var data: State
    public internal(set) var readOnly: Bool
    /// Who holds the data folder when we opened it read-only.
    public internal(set) var lockHolder: String?
    public internal(set) var lang: Lang
    public internal(set) var themeName: String
    /// Themes the Theme picker offers (the run loop fills it from the theme machinery).
    public var themeNames: [String]
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// The year the tree figures count.
    public internal(set) var year: Int
    public internal(set) var today: Day

    public internal(set) var focus: Pane = .tree
    public internal(set) var overlay: Overlay?
    /// What File → Security shows (set by the program that opened the folder).
    public var security: SecurityInfo?
    public internal(set) var form: Form?
    /// A full-screen page (dashboard, review, meeting) shown instead of the panes.
    public internal(set) var page: Page?
    public internal(set) var status: StatusMessage?
    /// Clock ticks the current status message has been shown (Reducer+Tick).
    var statusAge = 0
    var statusSeen: StatusMessage?
    public internal(set) var welcomeCursor = 0
    /// Set while demo data is being created, so keys do not start it twice.
    public internal(set) var busy = false
    /// The screen shows the separate demo folder, not the person's data (Welcome/DemoFolder).
    public internal(set) var demo = false

    public internal(set) var expanded: Set<OrgID> = []
    public internal(set) var treeCursor = 0
    public internal(set) var treeScroll = 0
    public internal(set) var memberCursor = 0
    public internal(set) var memberScroll = 0
    public internal(set) var detailCursor = 0

    /// The member-list search (`/`), undo history and marked members (Reducer+Editing).
    public internal(set) var filter: MemberFilter?
    /// The query of the last search, for n / N once the filter is gone.
    public internal(set) var lastQuery: String?
    public internal(set) var history = UndoHistory()
    var pendingHistory: PendingHistory?
    public internal(set) var marked: Set<MemberID> = []
    /// The cell last used for a new member or a meeting (the run loop keeps it in the
    /// settings): pickers open on it.
    public var lastCell: OrgID?
    @Derived var finderIndex: FinderIndex?

    var rng: SplitMix64
    /// Lists and figures drawn from `data`, keyed by the epochs the reducer bumps.
    @Derived var cache = ViewCache()

    public init(data: State, readOnly: Bool = false, lockHolder: String? = nil, lang: Lang, themeName: String = "default",
                themeNames: [String] = ["default"], width: Int = 80, height: Int = 24, today: Day, seed: UInt64 = 0x5EED) {
        self.data = data
        self.readOnly = readOnly
        self.lockHolder = lockHolder
        self.lang = lang
        self.themeName = themeName
        self.themeNames = themeNames
        self.width = width
        self.height = height
        self.today = today
        year = today.year
        rng = SplitMix64(seed: seed)
        // Start with the first roots open so the tree shows something useful.
        for r in data.sortedRoots { expanded.insert(r) }
        refreshCaches()
        if readOnly, let holder = lockHolder {
            status = StatusMessage("\(Strings.UI.lockedBy.text(lang)) \(holder) — \(Strings.UI.readOnlyBadge.text(lang))", .warning)
        }
    }

    /// The empty-folder welcome screen is up.
    public var showsWelcome: Bool { data.orgs.isEmpty }

    /// Minimum size for the full layout; below it a short message is shown.
    public static let minWidth = 60
    public static let minHeight = 16
    public var tooSmall: Bool { width < AppState.minWidth || height < AppState.minHeight }

    // MARK: What is selected

    public var treeRows: [TreeRow] { cache.treeRows }
    public var selectedOrg: OrgID? { cache.treeRows.indices.contains(treeCursor) ? cache.treeRows[treeCursor].id : nil }
    /// Members of the selected node and its subtree, in Vietnamese name order.
    public var memberRows: [MemberID] { cache.memberIDs }
    public var selectedMember: MemberID? {
        cache.memberIDs.indices.contains(memberCursor) ? cache.memberIDs[memberCursor] : nil
    }
    public var selectedAssignments: [Assignment] { cache.assignments }
    /// Assigned/eligible figures of every node for `year`.
    public var tally: [OrgID: Counts] { cache.tally }

    /// The key context the keyboard is in now.
    public var keyContext: KeyContext {
        switch overlay {
        case .menu: return .menu
        case .help, .security: return .help
        case .picker: return .picker
        case .confirmQuit: return .confirm
        case .finder: return .finder
        case .confirm: return .confirm
        case .refused: return .refused
        case nil: break
        }
        if form == nil, focus == .members, filter?.editing == true, !showsWelcome { return .search }
        if let form { return form.focusedIsChoice ? .formChoice : .form }
        if let c = pageContext { return c }
        if showsWelcome { return .welcome }
        return focus.context
    }

    /// The rows the tree and member panes show (the layout decides; kept here for paging).
    var paneRows: Int { Layout(width: width, height: height).paneRows }
    var memberListRows: Int { max(1, paneRows - 1) }
}

/// One visible row of the org tree.
public struct TreeRow: Equatable, Sendable {
    public var id: OrgID
    public var depth: Int
    public var hasChildren: Bool
    public var isExpanded: Bool
}

typealias SplitMix64 = SeededGenerator
