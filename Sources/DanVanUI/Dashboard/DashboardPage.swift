import DanVanCore

/// The dashboard of one node for the app's year: the report's figures drawn as lines.
/// The report is kept until the records, the node or the year change.
struct DashboardPage: Equatable, Sendable {
    var org: OrgID
    var scroll = 0
    var report: Report?
    var key: PageCacheKey?

    init(org: OrgID) { self.org = org }
}

extension AppState {
    mutating func run(_ command: DashboardCommand) -> [Effect] {
        switch command {
        case .openDashboard:
            overlay = nil
            guard let org = pageOrg() else { return [] }
            page = .dashboard(DashboardPage(org: org))
        }
        return []
    }

    /// The open dashboard reads the shared keys: arrows scroll it, Esc closes it.
    mutating func runDashboard(_ command: Command, _ d: inout DashboardPage) -> [Effect]? {
        if command == .general(.closeOverlay) {
            page = nil
            return []
        }
        guard let step = scrollStep(command) else { return nil }
        d.scroll = max(0, d.scroll + step)
        return []
    }

    mutating func refreshDashboard(_ d: inout DashboardPage) {
        let k = pageCacheKey(d.org)
        if d.key != k {
            d.report = Report.build(state: data, org: d.org, year: year)
            d.key = k
        }
        let count = DashboardView.lines(d.report!, width: width, lang: lang).count
        d.scroll = max(0, min(d.scroll, count - pageBodyRows))
    }
}
