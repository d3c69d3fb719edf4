import DanVanCore

/// The dashboard of one node for the app's year: the report's figures drawn as lines.
/// The report is kept until the records, the node or the year change.
public struct DashboardPage: Equatable, Sendable {
    public var org: OrgID
    public var scroll = 0
    public internal(set) var report: Report?
    var key: PageCacheKey?

    public init(org: OrgID) { self.org = org }
}

extension AppState {
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
