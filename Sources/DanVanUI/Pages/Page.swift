import DanVanCore

/// A full-screen page that takes the place of the three panes (menu bar, status line and
/// hint bar stay). Esc goes back to the panes.
enum Page: Equatable, Sendable {
    case dashboard(DashboardPage)
    case review(ReviewPage)
    case meeting(MeetingPage)
    case records(RecordsPage)
    case importRoster(ImportPage)
    /// The meetings of a node's cells (Meeting/MeetingsPage).
    case meetings(MeetingsPage)
}

extension Page {
    /// The page's name, for the help title.
    func title(_ lang: Lang) -> String {
        switch self {
        case .dashboard: DashboardCommand.openDashboard.text(lang)
        case .review: ReviewCommand.openReview.text(lang)
        case .meeting: MeetingCommand.startMeeting.text(lang)
        case .records(let r): (r.kind == .persons ? RecordsCommand.openPersons : .openModels).text(lang)
        case .importRoster: ImportCommand.importRoster.text(lang)
        case .meetings: MeetingCommand.openMeetings.text(lang)
        }
    }
}

/// What a page's cached figures were computed from: the records (revision, and the
/// reducer's epoch so a replaced state never looks the same), the node and the year.
struct PageCacheKey: Equatable, Sendable {
    var revision: UInt64
    var epoch: Int
    var org: OrgID
    var year: Int
}

extension AppState {
    /// The key context of the open page.
    var pageContext: KeyContext? {
        switch page {
        case .dashboard: .dashboard
        case .review(let r): r.pendingClear == nil ? .review : .confirm
        case .meeting(let m): m.pending != nil ? .confirm : (m.focus == .list ? .meeting : .quickAssign)
        case .records(let r): r.pendingDelete != nil ? .confirm : (r.searching ? .recordSearch : .records)
        case .importRoster(let i): i.step == .preview ? .importPreview : .importFiles
        case .meetings(let p): p.pending != nil ? .confirm : .meetings
        case nil: nil
        }
    }

    func pageCacheKey(_ org: OrgID) -> PageCacheKey {
        PageCacheKey(revision: data.revision, epoch: cache.dataEpoch, org: org, year: year)
    }

    /// Rows a page has for its scrolling body (under its title line).
    var pageBodyRows: Int { max(1, Layout(width: width, height: height).statusRow - 2) }
}
