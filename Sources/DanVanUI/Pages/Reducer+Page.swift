import DanVanCore

extension AppState {
    /// The open page's say over a command: its own and the shared ones it reads its own way;
    /// nil when the page leaves the command to its feature (help, menu, language, quit…).
    /// A page asking yes/no takes every command.
    mutating func openPageRuns(_ command: Command) -> [Effect]? {
        guard overlay == nil, form == nil, let current = page else { return nil }
        switch current {
        case .dashboard(var d):
            let effects = runDashboard(command, &d)
            if case .dashboard = page { page = .dashboard(d) }
            return effects
        case .review(var r):
            if command == .general(.closeOverlay), r.pendingClear == nil, r.find.isEmpty {
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
    mutating func pageOrg() -> OrgID? {
        if let org = selectedOrg { return org }
        status = StatusMessage(Strings.Meet.selectNodeFirst.text(lang), .warning)
        return nil
    }

    /// How far a movement command moves a page's cursor or scroll; nil for other commands.
    func scrollStep(_ command: Command) -> Int? {
        switch command {
        case .general(.moveUp): -1
        case .general(.moveDown): 1
        case .general(.pageUp): -max(1, pageBodyRows - 1)
        case .general(.pageDown): max(1, pageBodyRows - 1)
        case .general(.moveHome): Int.min / 2
        case .general(.moveEnd): Int.max / 2
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
