import DanVanCore

/// The meetings of a node's cells, newest first: each one opens again (Enter), has its
/// minutes edited (g) or exported again (w), and a new one starts from here (h).
struct MeetingsPage: Equatable, Sendable {
    var org: OrgID
    var cursor = 0
    var scroll = 0
    /// The export file exists: replace it? (the meeting page's own question)
    var pending: MeetingPage.Pending?
    /// Meeting ids in display order: newest date first, then cell name.
    var ids: [MeetingID] = []
    var key: PageCacheKey?

    init(org: OrgID) { self.org = org }

    var current: MeetingID? { ids.indices.contains(cursor) ? ids[cursor] : nil }

    /// Decisions recorded: one per non-empty line of the decisions field.
    static func decisionCount(_ m: Meeting) -> Int {
        m.decisions.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }.count
    }
}

extension AppState {
    mutating func refreshMeetings(_ p: inout MeetingsPage) {
        let k = pageCacheKey(p.org)
        if p.key != k {
            let cells = Set(data.subtree(of: p.org))
            let list = data.meetings.values.filter { cells.contains($0.org) }
            p.ids = list.sorted {
                if $0.date != $1.date { return $0.date > $1.date }
                let a = data.orgs[$0.org]?.name ?? "", b = data.orgs[$1.org]?.name ?? ""
                return a == b ? $0.id.raw < $1.id.raw : VietCollation.key(a).lexicographicallyPrecedes(VietCollation.key(b))
            }.map(\.id)
            p.key = k
        }
        p.cursor = max(0, min(p.cursor, p.ids.count - 1))
        p.scroll = scrolled(p.scroll, toShow: p.cursor, rows: MeetingsView.listRows(self), count: p.ids.count)
    }

    mutating func openMeetings() -> [Effect] {
        overlay = nil
        guard let org = selectedOrg else {
            status = StatusMessage(Strings.Meet.selectNodeFirst.text(lang), .warning)
            return []
        }
        page = .meetings(MeetingsPage(org: org))
        return []
    }

    /// List commands; nil for those the reducer runs as usual.
    mutating func runMeetings(_ command: Command, _ p: inout MeetingsPage) -> [Effect]? {
        if let pending = p.pending {
            switch command {
            case .general(.confirmYes):
                p.pending = nil
                switch pending {
                case .overwrite(let path, let contents): return [.writeFile(path: path, contents: contents, overwrite: true)]
                case .overwriteDocument(let path, let meeting): return [.writeMinutesDocument(path: path, meeting: meeting, overwrite: true)]
                case .discard: return []
                }
            case .general(.confirmNo), .general(.closeOverlay):
                p.pending = nil
                return []
            default: return []
            }
        }
        if let step = scrollStep(command) {
            p.cursor = max(0, min(p.ids.count - 1, p.cursor + step))
            return []
        }
        switch command {
        case .general(.closeOverlay):
            page = nil
            return []
        case .general(.activate):
            guard let id = p.current else { return [] }
            var m = MeetingPage(meeting: id)
            m.list = p
            page = .meeting(m)
            return []
        case .meeting(.editMinutes):
            guard refusePageEdit(), let id = p.current, let m = data.meetings[id] else { return [] }
            form = MeetingForms.notes(m)
            return []
        case .meeting(.exportMinutes):
            guard let id = p.current, let m = data.meetings[id] else { return [] }
            form = MeetingForms.export(m, state: data)
            return []
        default:
            return nil
        }
    }
}
