import DanVanCore

/// Draws the open page in place of the panes; returns where the cursor goes.
enum PageView {
    static func draw(_ page: Page, state: AppState, into canvas: inout Canvas) -> Point? {
        switch page {
        case .dashboard(let d):
            DashboardView.draw(d, state: state, into: &canvas)
            return nil
        case .review(let r):
            ReviewView.draw(r, state: state, into: &canvas)
            return nil
        case .meeting(let m):
            return MeetingView.draw(m, state: state, into: &canvas)
        case .records(let r):
            return RecordsView.draw(r, state: state, into: &canvas)
        case .importRoster(let i):
            return ImportView.draw(i, state: state, into: &canvas)
        case .meetings(let p):
            return MeetingsView.draw(p, state: state, into: &canvas)
        }
    }
}
