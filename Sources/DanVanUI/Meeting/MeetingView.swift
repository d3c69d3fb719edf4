import DanVanCore

/// Meeting mode: roll call above, the quick-assign line, notes and decisions below.
enum MeetingView {
    /// Rows of the roll call (between the column header and the three bottom lines).
    static func listRows(_ state: AppState) -> Int { max(1, Layout(width: state.width, height: state.height).statusRow - 7) }

    static func draw(_ m: MeetingPage, state: AppState, into canvas: inout Canvas) -> Point? {
        let lang = state.lang
        let t = { (s: Strings.Meet) in s.text(lang) }
        guard let meeting = state.data.meetings[m.meeting] else { return nil }
        let att = MeetingAttendance(meeting: meeting, state: state.data)
        let exemptThatDay = Set(att.exempt)
        let cell = state.data.orgs[meeting.org]?.name ?? ""
        let title = "\(t(.meetingTitle)) \(meeting.kind.label(lang).lowercased()) — \(cell) — \(meeting.date.formatted(lang))"
        canvas.putPadded(" " + title, x: 0, y: 1, width: state.width, style: Style(.paneBorderFocused, bold: true))
        if m.focus == .list { PageFindView.draw(state.findLabel(m.find, in: m.roster), title: " " + title, state: state, into: &canvas) }
        let n = { NumberFormat.count($0, lang) }
        // The parts add up to the expected; exempt members who came are counted apart.
        var summary = "\(t(.meetingPresent)) \(NumberFormat.fraction(att.present.count, att.expected.count, lang)) · "
            + "\(AttendanceKind.excused.label(lang)) \(n(att.excused.count)) · \(AttendanceKind.absent.label(lang)) "
            + "\(n(att.absent.count)) · \(t(.meetingNotMarked)) \(n(att.notMarked.count))"
        if !att.exemptPresent.isEmpty { summary += " · \(t(.meetingExemptPresent)) \(n(att.exemptPresent.count))" }
        canvas.putPadded(" " + summary, x: 0, y: 2, width: state.width, style: Style(.normal))
        let nameW = max(16, min(40, state.width / 2))
        canvas.putPadded("  " + VietText.pad(Strings.UI.colName.text(lang), to: nameW) + " " + t(.meetingAttendance),
                         x: 0, y: 3, width: state.width, style: Style(.header, bold: true))
        let listFocused = m.focus == .list && state.form == nil && state.overlay == nil && m.pending == nil
        let rows = listRows(state)
        for i in 0..<rows {
            let index = m.scroll + i
            guard index < m.roster.count, let member = state.data.members[m.roster[index]] else { break }
            var name = member.fullName
            let exempt = exemptThatDay.contains(member.id)
            if exempt { name += " (\(t(.meetingExemptShort)))" }
            var mark = ""
            var role: StyleRole = exempt ? .exempt : .normal
            if let a = meeting.attendance[member.id] {
                switch a.kind {
                case .present: mark = "✓ " + a.kind.label(lang)
                case .excused: mark = "– " + a.kind.label(lang) + (a.reason.isEmpty ? "" : ": " + a.reason)
                case .absent: mark = "✗ " + a.kind.label(lang); role = .statusWarning
                }
            }
            var style = Style(role)
            if index == m.cursor { style = Style(listFocused ? .selection : .selectionUnfocused) }
            canvas.putPadded("  " + VietText.pad(name, to: nameW) + " " + mark, x: 0, y: 4 + i, width: state.width, style: style)
        }
        if m.roster.isEmpty { canvas.put("  " + Strings.UI.noMembers.text(lang), x: 0, y: 4, style: Style(.dim)) }

        // The quick-assign line.
        let qy = 4 + rows
        let label = " " + t(.quickLabel) + " "
        var x = canvas.put(label, x: 0, y: qy, style: Style(m.focus == .quickAssign ? .title : .normal, bold: true))
        // The source the line will record, toggled with F4 / Ctrl-T.
        let source = "[" + (m.quick.source == .selfRegistered ? t(.quickSourceSelf) : t(.quickSourceAssigned)) + "] "
        x += canvas.put(source, x: x, y: qy, style: Style(m.quick.source == .selfRegistered ? .title : .dim, bold: m.quick.source == .selfRegistered))
        let room = max(12, state.width - x - 2)
        let widths = [room * 3 / 10, room * 3 / 10, room - 2 * (room * 3 / 10)]
        let fields = [m.quick.member, m.quick.group, m.quick.content]
        let placeholders = [t(.quickMember), t(.quickGroup), t(.quickContent)]
        var cursor: Point?
        var fieldX: [Int] = []
        for i in 0..<3 {
            let focused = m.focus == .quickAssign && m.quick.field.rawValue == i && state.form == nil && m.pending == nil
            fieldX.append(x)
            if fields[i].isEmpty && !focused {
                canvas.putPadded(placeholders[i], x: x, y: qy, width: widths[i] - 1, style: Style(.dim))
            } else {
                let cx = fields[i].render(into: &canvas, x: x, y: qy, width: widths[i] - 1, focused: focused)
                if focused { cursor = Point(x: cx, y: qy) }
            }
            x += widths[i]
        }
        let notes = meeting.notes.isEmpty ? t(.meetingNone) : FormField.oneLine(meeting.notes)
        let decisions = meeting.decisions.isEmpty ? t(.meetingNone) : FormField.oneLine(meeting.decisions)
        canvas.putPadded(" \(Strings.UI.fieldMeetingNotes.text(lang)): \(notes)", x: 0, y: qy + 1, width: state.width, style: Style(.normal))
        canvas.putPadded(" \(Strings.UI.fieldDecisions.text(lang)): \(decisions)", x: 0, y: qy + 2, width: state.width, style: Style(.normal))

        // Type-ahead suggestions above the focused field.
        if m.focus == .quickAssign, m.pending == nil, state.form == nil {
            var items: [String] = []
            switch m.quick.field {
            case .member where !m.quick.member.isEmpty && m.quick.chosenMember == nil:
                items = state.memberSuggestions(m).map { state.data.members[$0]?.fullName ?? "" }
                if items.isEmpty { items = [t(.quickNoMatch)] }
            case .group where m.quick.chosenGroup == nil:
                items = QuickAssign.groupSuggestions(m.quick.group.text).prefix(6).map { $0.label(lang) }
                if items.isEmpty { items = [t(.quickNoMatch)] }
            default: break
            }
            if !items.isEmpty {
                let w = min(state.width - fieldX[m.quick.field.rawValue], max(24, (items.map { VietText.width($0) }.max() ?? 0) + 4))
                let h = items.count + 2
                let bx = min(fieldX[m.quick.field.rawValue], state.width - w), by = qy - h
                canvas.box(x: bx, y: by, width: w, height: h, style: Style(.menuItem))
                let sel = min(m.quick.suggestion, items.count - 1)
                for (i, s) in items.enumerated() {
                    canvas.putPadded(" " + s, x: bx + 1, y: by + 1 + i, width: w - 2, style: Style(i == sel ? .menuSelected : .menuItem))
                }
            }
        }

        switch m.pending {
        case .discard:
            ConfirmBox.draw(title: t(.quickLabel), question: t(.quickDiscard), answers: t(.confirmAnswers), state: state, into: &canvas)
            cursor = nil
        case .overwrite(let path, _), .overwriteDocument(let path, _):
            ConfirmBox.draw(title: Strings.UI.exportMinutesTitle.text(lang), question: "\(t(.fileExists)): \(path). \(t(.overwriteQuestion))",
                            answers: t(.confirmAnswers), state: state, into: &canvas)
            cursor = nil
        case nil: break
        }
        return cursor
    }
}
