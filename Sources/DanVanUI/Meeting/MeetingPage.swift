import DanVanCore

/// A cell meeting in progress: the roll call, the quick-assign line, notes and decisions.
/// Every mark and every assignment is committed at once.
struct MeetingPage: Equatable, Sendable {
    enum Focus: Equatable, Sendable { case list, quickAssign }
    /// A question waiting for yes or no.
    enum Pending: Equatable, Sendable {
        /// Leave the page although the quick-assign line holds text.
        case discard
        /// The export file exists: replace it?
        case overwrite(path: String, contents: String)
        /// The Word minutes exist: replace them?
        case overwriteDocument(path: String, meeting: MeetingID)
    }

    var meeting: MeetingID
    var cursor = 0
    var scroll = 0
    var focus: Focus = .list
    var quick = QuickAssign()
    var pending: Pending?
    /// A name typed in the roll call (type-ahead, see PageFind).
    var find = ""
    /// The cell's members on its roll on the meeting date (active and exempt), in name order.
    var roster: [MemberID] = []
    var rosterKey: PageCacheKey?
    /// The meetings list this meeting was opened from: Esc goes back to it.
    var list: MeetingsPage?

    init(meeting: MeetingID) { self.meeting = meeting }

    var currentMember: MemberID? { roster.indices.contains(cursor) ? roster[cursor] : nil }
}

/// The quick-assign line: a member by name and a target group, both by type-ahead, and the content.
struct QuickAssign: Equatable, Sendable {
    enum Field: Int, Sendable { case member, group, content }
    var field: Field = .member
    var member = TextField()
    var group = TextField()
    var content = TextField()
    var chosenMember: MemberID?
    var chosenGroup: TargetGroup?
    /// Assigned by the cell or self-registered (tự nhận): members volunteer at meetings.
    var source: Source = .assigned
    /// The highlighted suggestion of the focused field.
    var suggestion = 0

    var hasText: Bool { !member.isEmpty || !group.isEmpty || !content.isEmpty }

    /// Members of `roster` matching the typed name, best first (MemberSearch: no case, no marks).
    static func memberSuggestions(_ text: String, roster: [MemberID], state: State) -> [MemberID] {
        let eligible = roster.filter { state.members[$0]?.isEligible == true }
        return Array(MemberSearch(state: state, members: eligible).find(text).prefix(6))
    }

    /// Target groups whose label (either language) or code matches, best first.
    static func groupSuggestions(_ text: String) -> [TargetGroup] {
        let q = TextQuery(text)
        if q.isEmpty { return TargetGroup.allCases }
        var ranked: [(TargetGroup, MatchRank)] = []
        for g in TargetGroup.allCases {
            let r = [q.rank(g.vi), q.rank(g.en), q.rank(g.code)].compactMap { $0 }.min()
            if let r { ranked.append((g, r)) }
        }
        return ranked.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element.0)
    }
}

extension AppState {
    mutating func run(_ command: MeetingCommand) -> [Effect] {
        switch command {
        case .startMeeting: return startMeeting()
        case .openMeetings: return openMeetings()
        case .markPresent, .markExcused, .markAbsent, .focusQuickAssign, .editMinutes, .exportMinutes, .toggleSource:
            return []  // Only an open roll call or meetings list acts on these, and it already had them.
        }
    }

    var openMeeting: Meeting? {
        if case .meeting(let m) = page { return data.meetings[m.meeting] }
        return nil
    }

    /// The quick-assign line holds text that would be lost.
    var pageHasUnsavedText: Bool {
        if case .meeting(let m) = page { return m.quick.hasText }
        return false
    }

    /// The page of meeting `id`, remembering the meetings list when it is the open page.
    func meetingPage(_ id: MeetingID) -> MeetingPage {
        var m = MeetingPage(meeting: id)
        if case .meetings(let p) = page { m.list = p }
        if case .meeting(let open) = page { m.list = open.list }
        return m
    }

    mutating func refreshMeeting(_ m: inout MeetingPage) {
        guard let meeting = data.meetings[m.meeting] else { return }
        let k = pageCacheKey(meeting.org)
        if m.rosterKey != k {
            // The roll on the meeting date (MeetingAttendance), not today's: a past meeting
            // reopened lists whom it expected then.
            m.roster = data.sortByName(MeetingAttendance(meeting: meeting, state: data).roll)
            m.rosterKey = k
        }
        m.cursor = max(0, min(m.cursor, m.roster.count - 1))
        m.scroll = scrolled(m.scroll, toShow: m.cursor, rows: MeetingView.listRows(self), count: m.roster.count)
    }

    func memberSuggestions(_ m: MeetingPage) -> [MemberID] {
        QuickAssign.memberSuggestions(m.quick.member.text, roster: m.roster, state: data)
    }

    /// Meeting commands; nil for commands the page leaves to the reducer.
    mutating func runMeeting(_ command: Command, _ m: inout MeetingPage) -> [Effect]? {
        if let pending = m.pending {
            switch command {
            case .general(.confirmYes):
                m.pending = nil
                switch pending {
                case .discard: page = m.list.map { .meetings($0) }
                case .overwrite(let path, let contents): return [.writeFile(path: path, contents: contents, overwrite: true)]
                case .overwriteDocument(let path, let meeting): return [.writeMinutesDocument(path: path, meeting: meeting, overwrite: true)]
                }
                return []
            case .general(.confirmNo), .general(.closeOverlay):
                m.pending = nil
                return []
            default: return []
            }
        }
        guard let meeting = data.meetings[m.meeting] else { return nil }
        if m.focus == .quickAssign { return runQuickAssign(command, &m, meeting) }
        if PageFind.took(command, find: &m.find, cursor: &m.cursor, count: m.roster.count, scroll: scrollStep) { return [] }
        switch command {
        case .general(.closeOverlay):
            if m.quick.hasText { m.pending = .discard } else { page = m.list.map { .meetings($0) } }
            return []
        case .meeting(.markPresent), .meeting(.markAbsent):
            guard refusePageEdit(), let id = m.currentMember else { return [] }
            // The cursor moves on once the mark is durable (advanceAfterRecording).
            let kind: AttendanceKind = command == .meeting(.markPresent) ? .present : .absent
            return [.commit([.setAttendance(meeting.id, id, Attendance(kind: kind))], message: .attendanceSaved)]
        case .meeting(.markExcused):
            guard refusePageEdit(), let id = m.currentMember else { return [] }
            form = MeetingForms.reason(meeting: meeting.id, member: id, current: meeting.attendance[id])
            return []
        case .general(.nextPane), .meeting(.focusQuickAssign):
            m.focus = .quickAssign
            m.quick.suggestion = 0
            return []
        case .meeting(.editMinutes):
            guard refusePageEdit() else { return [] }
            form = MeetingForms.notes(meeting)
            return []
        case .meeting(.exportMinutes):
            form = MeetingForms.export(meeting, state: data)
            return []
        default:
            return nil
        }
    }

    private mutating func runQuickAssign(_ command: Command, _ m: inout MeetingPage, _ meeting: Meeting) -> [Effect]? {
        switch command {
        case .general(.closeOverlay), .general(.prevPane):
            // Back to the roll call; the typed text stays.
            m.focus = .list
            return []
        case .general(.moveUp), .general(.moveDown):
            m.quick.suggestion = max(0, m.quick.suggestion + (command == .general(.moveUp) ? -1 : 1))
            return []
        case .meeting(.toggleSource):
            m.quick.source = m.quick.source == .assigned ? .selfRegistered : .assigned
            return []
        case .form(.nextField):
            acceptSuggestion(&m)
            m.quick.field = QuickAssign.Field(rawValue: (m.quick.field.rawValue + 1) % 3)!
            m.quick.suggestion = 0
            return []
        case .form(.prevField):
            m.quick.field = QuickAssign.Field(rawValue: (m.quick.field.rawValue + 2) % 3)!
            m.quick.suggestion = 0
            return []
        case .general(.activate):
            // Enter: accept and move on; on the content, save.
            if m.quick.field != .content {
                acceptSuggestion(&m)
                m.quick.field = QuickAssign.Field(rawValue: m.quick.field.rawValue + 1)!
                m.quick.suggestion = 0
                return []
            }
            return saveQuickAssign(&m, meeting)
        case .form(.saveForm):
            return saveQuickAssign(&m, meeting)
        default:
            return nil
        }
    }

    /// Takes the highlighted suggestion of the focused field (member or group).
    private func acceptSuggestion(_ m: inout MeetingPage) {
        accept(m.quick.field, index: m.quick.suggestion, &m)
    }

    private func accept(_ field: QuickAssign.Field, index: Int, _ m: inout MeetingPage) {
        switch field {
        case .member:
            let s = memberSuggestions(m)
            guard !m.quick.member.isEmpty, !s.isEmpty else { return }
            let id = s[max(0, min(index, s.count - 1))]
            m.quick.chosenMember = id
            m.quick.member.text = data.members[id]?.fullName ?? ""
        case .group:
            guard !m.quick.group.isEmpty else { return }
            let s = QuickAssign.groupSuggestions(m.quick.group.text)
            guard !s.isEmpty else { return }
            let g = s[max(0, min(index, s.count - 1))]
            m.quick.chosenGroup = g
            m.quick.group.text = g.label(lang)
        case .content: break
        }
    }

    private mutating func saveQuickAssign(_ m: inout MeetingPage, _ meeting: Meeting) -> [Effect] {
        guard refusePageEdit() else { return [] }
        // Text typed but not yet matched takes its best suggestion.
        if m.quick.chosenMember == nil { accept(.member, index: m.quick.field == .member ? m.quick.suggestion : 0, &m) }
        if m.quick.chosenGroup == nil { accept(.group, index: m.quick.field == .group ? m.quick.suggestion : 0, &m) }
        guard let member = m.quick.chosenMember else {
            m.quick.field = .member
            status = StatusMessage(Strings.Meet.quickNoMember.text(lang), .error)
            return []
        }
        guard let group = m.quick.chosenGroup else {
            m.quick.field = .group
            status = StatusMessage(Strings.Meet.quickNoGroup.text(lang), .error)
            return []
        }
        let content = VietText.clean(m.quick.content.text)
        if (try? Assignment.requireContent(content)) == nil {
            m.quick.field = .content
            status = StatusMessage(Strings.UI.errContent.text(lang), .error)
            return []
        }
        let a = Assignment(id: AssignmentID.random(using: &rng), member: member, targetGroup: group,
                           content: content, source: m.quick.source, from: meeting.date)
        return [.commit([.addAssignment(a)], message: .quickAssigned)]
    }

    /// Gives a key the page did not bind to the focused quick-assign field.
    mutating func typeIntoPage(_ key: Key) {
        guard case .meeting(var m) = page, m.focus == .quickAssign, m.pending == nil else { return }
        switch m.quick.field {
        case .member:
            if m.quick.member.handle(key) { m.quick.chosenMember = nil; m.quick.suggestion = 0 }
        case .group:
            if m.quick.group.handle(key) { m.quick.chosenGroup = nil; m.quick.suggestion = 0 }
        case .content:
            m.quick.content.handle(key)
        }
        page = .meeting(m)
    }

    /// Pasted text goes to the focused quick-assign field.
    mutating func pasteIntoPage(_ text: String) {
        for ch in text { typeIntoPage(.char(ch.isNewline ? " " : ch)) }
    }

    /// After a durable commit: open a started meeting, clear a saved quick-assign line.
    mutating func pageCommitted(_ changes: [Change], message: Strings.UI) {
        advanceAfterRecording(changes)
        if message == .meetingStarted, let started = changes.lazy.compactMap({ c -> Meeting? in
            if case .addMeeting(let mt) = c { return mt } else { return nil }
        }).first {
            page = .meeting(meetingPage(started.id))
        }
        if message == .quickAssigned, case .meeting(var m) = page {
            // A clean line; the source stays for the next volunteer.
            let source = m.quick.source
            m.quick = QuickAssign()
            m.quick.source = source
            page = .meeting(m)
        }
    }

    /// A file the run loop was asked to write: written, or already there.
    mutating func fileEffectAnswered(_ action: Action) {
        switch action {
        case .fileWritten(let path):
            form = nil
            status = StatusMessage("\(Strings.Meet.minutesWritten.text(lang)): \(path)", .ok)
        case .fileExists(let path, _), .documentExists(let path, _):
            if case .meeting(var m) = page {
                form = nil
                if case .fileExists(_, let contents) = action { m.pending = .overwrite(path: path, contents: contents) }
                if case .documentExists(_, let meeting) = action { m.pending = .overwriteDocument(path: path, meeting: meeting) }
                page = .meeting(m)
            } else if case .meetings(var p) = page {
                form = nil
                if case .fileExists(_, let contents) = action { p.pending = .overwrite(path: path, contents: contents) }
                if case .documentExists(_, let meeting) = action { p.pending = .overwriteDocument(path: path, meeting: meeting) }
                page = .meetings(p)
            } else {
                status = StatusMessage("\(Strings.Meet.fileExists.text(lang)): \(path)", .error)
            }
        default: break
        }
    }
}
