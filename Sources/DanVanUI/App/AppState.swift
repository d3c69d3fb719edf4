import DanVanCore

/// Everything the screen shows, as one value. `reduce` changes it; `render` draws it.
public struct AppState: Equatable, Sendable {
    /// The records, as the store last reported them.
    var data: State
    public internal(set) var readOnly: Bool
    /// Who holds the data folder when we opened it read-only.
    var lockHolder: String?
    public internal(set) var lang: Lang
    var themeName: String
    /// Themes the Theme picker offers (the run loop fills it from the theme machinery).
    var themeNames: [String]
    var width: Int
    var height: Int
    /// The year the tree figures count.
    var year: Int
    var today: Day

    var focus: Pane = .tree
    var overlay: Overlay?
    /// What File → Security shows (set by the program that opened the folder).
    public var security: SecurityInfo?
    var form: Form?
    /// A full-screen page (dashboard, review, meeting) shown instead of the panes.
    var page: Page?
    var status: StatusMessage?
    /// Clock ticks the current status message has been shown (Reducer+Tick).
    var statusAge = 0
    var statusSeen: StatusMessage?
    var welcomeCursor = 0
    /// Set while demo data is being created, so keys do not start it twice.
    var busy = false
    /// The screen shows the separate demo folder, not the person's data (Welcome/DemoFolder).
    var demo = false

    var expanded: Set<OrgID> = []
    var treeCursor = 0
    var treeScroll = 0
    var memberCursor = 0
    var memberScroll = 0
    var detailCursor = 0

    /// The member-list search (`/`), undo history and marked members (Reducer+Editing).
    var filter: MemberFilter?
    /// The query of the last search, for n / N once the filter is gone.
    var lastQuery: String?
    var history = UndoHistory()
    var pendingHistory: PendingHistory?
    var marked: Set<MemberID> = []
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
    var showsWelcome: Bool { data.orgs.isEmpty }

    /// Minimum size for the full layout; below it a short message is shown.
    static let minWidth = 60
    static let minHeight = 16
    var tooSmall: Bool { width < AppState.minWidth || height < AppState.minHeight }

    // MARK: What is selected

    var treeRows: [TreeRow] { cache.treeRows }
    var selectedOrg: OrgID? { cache.treeRows.indices.contains(treeCursor) ? cache.treeRows[treeCursor].id : nil }
    /// Members of the selected node and its subtree, in Vietnamese name order.
    var memberRows: [MemberID] { cache.memberIDs }
    var selectedMember: MemberID? {
        cache.memberIDs.indices.contains(memberCursor) ? cache.memberIDs[memberCursor] : nil
    }
    var selectedAssignments: [Assignment] { cache.assignments }
    /// Assigned/eligible figures of every node for `year`.
    var tally: [OrgID: Counts] { cache.tally }

    /// The key context the keyboard is in now.
    var keyContext: KeyContext {
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
struct TreeRow: Equatable, Sendable {
    var id: OrgID
    var depth: Int
    var hasChildren: Bool
    var isExpanded: Bool
}

typealias SplitMix64 = SeededGenerator
