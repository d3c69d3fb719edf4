import DanVanCore

extension AppState {
    /// Commands that open a page or that the open page handles; nil when the command is
    /// not the page's business (the reducer then runs it as usual: help, menu, language,
    /// years, quit…).
    mutating func runPageCommand(_ command: Command, key: Key?) -> [Effect]? {
        switch command {
        case .openDashboard:
            overlay = nil
            guard let org = pageOrg() else { return [] }
            page = .dashboard(DashboardPage(org: org))
            return []
        case .openReview:
            overlay = nil
            guard let org = pageOrg() else { return [] }
            page = .review(ReviewPage(org: org))
            return []
        case .startMeeting:
            return startMeeting()
        case .importRoster:
            return openImport()
        case .openMeetings:
            return openMeetings()
        case .openPersons, .openModels:
            overlay = nil
            guard let org = pageOrg() else { return [] }
            page = .records(RecordsPage(kind: command == .openPersons ? .persons : .models, org: org))
            return []
        default: break
        }
        guard overlay == nil, form == nil, let current = page else { return nil }
        switch current {
        case .dashboard(var d):
            if command == .closeOverlay {
                page = nil
                return []
            }
            guard let step = scrollStep(command) else { return nil }
            d.scroll = max(0, d.scroll + step)
            page = .dashboard(d)
            return []
        case .review(var r):
            if command == .closeOverlay, r.pendingClear == nil, r.find.isEmpty {
                page = nil
                return []
            }
            let effects = runReview(command, &r)
            page = .review(r)
            return effects
        case .meeting(var m):
            let effects = runMeeting(command, &m)
            if case .meeting = page { page = .meeting(m) }
            return effects
        case .records(var r):
            let effects = runRecords(command, &r)
            if case .records = page { page = .records(r) }
            return effects
        case .importRoster:
            return runImport(command)
        case .meetings(var p):
            let effects = runMeetings(command, &p)
            if case .meetings = page { page = .meetings(p) }
            return effects
        }
    }

    /// The node a page opens for: the tree's selection.
    private mutating func pageOrg() -> OrgID? {
        if let org = selectedOrg { return org }
        status = StatusMessage(Strings.Meet.selectNodeFirst.text(lang), .warning)
        return nil
    }

    /// How far a movement command moves a page's cursor or scroll; nil for other commands.
    func scrollStep(_ command: Command) -> Int? {
        switch command {
        case .moveUp: -1
        case .moveDown: 1
        case .pageUp: -max(1, pageBodyRows - 1)
        case .pageDown: max(1, pageBodyRows - 1)
        case .moveHome: Int.min / 2
        case .moveEnd: Int.max / 2
        default: nil
        }
    }

    /// Brings the open page's derived figures up to date (called with every refresh).
    mutating func refreshPage() {
        guard let current = page else { return }
        switch current {
        case .dashboard(var d):
            guard data.orgs[d.org] != nil else { page = nil; return }
            refreshDashboard(&d)
            page = .dashboard(d)
        case .review(var r):
            guard data.orgs[r.org] != nil else { page = nil; return }
            refreshReview(&r)
            page = .review(r)
        case .meeting(var m):
            guard data.meetings[m.meeting] != nil else { page = nil; return }
            refreshMeeting(&m)
            page = .meeting(m)
        case .records(var r):
            guard data.orgs[r.org] != nil else { page = nil; return }
            refreshRecords(&r)
            page = .records(r)
        case .importRoster(let i):
            if data.orgs[i.org] == nil { page = nil }
        case .meetings(var p):
            guard data.orgs[p.org] != nil else { page = nil; return }
            refreshMeetings(&p)
            page = .meetings(p)
        }
    }
}
