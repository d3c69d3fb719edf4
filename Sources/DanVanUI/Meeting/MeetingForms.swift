import DanVanCore

/// The small forms of meeting mode: start, absence reason, notes and decisions, export.
enum MeetingForms {
    /// Cells a meeting can be started for from `org`: itself when a cell, else the cells below.
    static func cells(under org: OrgID, state: State) -> [OrgID] {
        guard let o = state.orgs[org] else { return [] }
        if o.level.isCell { return [org] }
        return state.subtree(of: org).filter { state.orgs[$0]?.level.isCell == true }
    }

    static func start(cells: [OrgID], state: State, today: Day) -> Form {
        let choices = cells.map { Choice(code: String($0.raw), BiText(verbatim: state.orgs[$0]?.name ?? "")) }
        return Form(purpose: .page(.meetingStart), title: .meetingStartTitle, fields: [
            FormField(key: "cell", label: .memberOrg, choices: choices),
            FormField(key: "date", label: .fieldDate, text: today.vn, required: true),
            FormField(key: "kind", label: .fieldKind, choices: Choice.all(MeetingKind.self)),
        ])
    }

    static func reason(meeting: MeetingID, member: MemberID, current: Attendance?) -> Form {
        Form(purpose: .page(.absenceReason(meeting, member)), title: .absenceTitle, fields: [
            FormField(key: "reason", label: .fieldReason, text: current?.kind == .excused ? current!.reason : "", required: true),
        ])
    }

    /// What the minutes record beyond the roll call: time, place, chair and minute-taker,
    /// then content, opinions and decisions, each of several lines.
    static func notes(_ m: Meeting) -> Form {
        Form(purpose: .page(.meetingNotes(m.id)), title: .meetingNotesTitle, fields: [
            FormField(key: "started", label: .fieldStarted, text: m.started),
            FormField(key: "ended", label: .fieldEnded, text: m.ended),
            FormField(key: "place", label: .fieldMeetingPlace, text: m.place),
            FormField(key: "chair", label: .fieldChair, text: m.chair),
            FormField(key: "recorder", label: .fieldRecorder, text: m.recorder),
            FormField(key: "notes", label: .fieldMeetingNotes, multilineText: m.notes),
            FormField(key: "opinions", label: .fieldOpinions, multilineText: m.opinions),
            FormField(key: "decisions", label: .fieldDecisions, multilineText: m.decisions),
        ])
    }

    /// "bien-ban-chi-bo-khu-pho-1-2026-11-23.md": the cell's name without marks, the ISO date.
    static func defaultFileName(_ m: Meeting, state: State, format: Minutes.Format) -> String {
        defaultFileName(m, state: state, ext: format.fileExtension)
    }

    /// The file extension of a choice in the export form: md, txt, or docx for Word.
    static func fileExtension(_ code: String) -> String? {
        code == wordFormat ? "docx" : Minutes.Format(rawValue: code)?.fileExtension
    }

    /// `path` with the extension of the chosen format: a name ending in another format's
    /// extension (the default name included) takes this one's; a name without any gets it.
    static func path(_ path: String, withExtension ext: String, addMissing: Bool = true) -> String {
        let known = [wordFormat] + Minutes.Format.allCases.map(\.fileExtension)
        if let other = known.first(where: { $0 != ext && path.lowercased().hasSuffix("." + $0) }) {
            return String(path.dropLast(other.count)) + ext
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return addMissing && !name.contains(".") ? path + "." + ext : path
    }

    static func defaultFileName(_ m: Meeting, state: State, ext: String) -> String {
        let folded = VietText.fold(state.orgs[m.org]?.name ?? "").lowercased()
        var slug = ""
        for ch in folded {
            if ch.isASCII, ch.isLetter || ch.isNumber { slug.append(ch) } else if slug.last != "-", !slug.isEmpty { slug.append("-") }
        }
        while slug.last == "-" { slug.removeLast() }
        return "bien-ban-\(slug)-\(m.date.iso).\(ext)"
    }

    /// The export form's code for a Word document (not a `Minutes.Format`: the run loop makes it).
    static let wordFormat = "docx"

    static func export(_ m: Meeting, state: State) -> Form {
        Form(purpose: .page(.exportMinutes(m.id)), title: .exportMinutesTitle, fields: [
            FormField(key: "format", label: .fieldFormat, choices: [
                Choice(code: Minutes.Format.markdown.rawValue, BiText(verbatim: "Markdown")),
                Choice(code: Minutes.Format.text.rawValue, Strings.UI.formatPlainText.bi),
                Choice(code: MeetingForms.wordFormat, BiText(verbatim: "Word (.docx)")),
            ]),
            FormField(key: "path", label: .fieldPath, text: defaultFileName(m, state: state, format: .markdown), required: true),
        ])
    }
}

extension AppState {
    mutating func startMeeting() -> [Effect] {
        overlay = nil
        guard refusePageEdit() else { return [] }
        var org = selectedOrg
        if case .meetings(let p) = page { org = p.org }
        guard let org else {
            status = StatusMessage(Strings.Meet.selectNodeFirst.text(lang), .warning)
            return []
        }
        let cells = MeetingForms.cells(under: org, state: data)
        guard !cells.isEmpty, cells.count <= 500 else {
            status = StatusMessage(Strings.Meet.selectCellFirst.text(lang), .warning)
            return []
        }
        form = MeetingForms.start(cells: cells, state: data, today: today)
        if let last = lastCell { form!.preselect("cell", code: String(last.raw)) }
        return []
    }

    mutating func saveMeetingForm(_ f: inout Form, _ purpose: PageForm) -> [Effect]? {
        f.clearErrors()
        f.checkRequired()
        switch purpose {
        case .meetingStart:
            let dateText = f.value("date")
            let date = Day.parse(dateText)
            if !dateText.isEmpty, date == nil { f.setError("date", .errDate) }
            guard !f.hasErrors, let date, let raw = UInt64(f.value("cell")), let kind = MeetingKind(rawValue: f.value("kind")) else {
                return nil
            }
            let org = OrgID(raw)
            // The same cell, day and kind: carry on with that meeting.
            if let existing = data.meetings.values.first(where: { $0.org == org && $0.date == date && $0.kind == kind }) {
                form = nil
                page = .meeting(meetingPage(existing.id))
                status = StatusMessage(Strings.Meet.meetingReopened.text(lang), .info)
                return []
            }
            let m = Meeting(id: MeetingID.random(using: &rng), org: org, date: date, kind: kind)
            return [.commit([.addMeeting(m)], message: .meetingStarted)]
        case .absenceReason(let meeting, let member):
            guard !f.hasErrors else { return nil }
            return [.commit([.setAttendance(meeting, member, Attendance(kind: .excused, reason: f.value("reason")))],
                            message: .attendanceSaved)]
        case .meetingNotes(let id):
            guard var m = data.meetings[id] else { return nil }
            for key in ["started", "ended"] where !f.value(key).isEmpty && Meeting.minutesOfDay(f.value(key)) == nil {
                f.setError(key, .errTime)
            }
            guard !f.hasErrors else { return nil }
            m.started = f.value("started")
            m.ended = f.value("ended")
            m.place = f.value("place")
            m.chair = f.value("chair")
            m.recorder = f.value("recorder")
            m.notes = f.value("notes")
            m.opinions = f.value("opinions")
            m.decisions = f.value("decisions")
            return [.commit([.updateMeeting(m)], message: .meetingSaved)]
        case .exportMinutes(let id):
            guard !f.hasErrors, let m = data.meetings[id], let ext = MeetingForms.fileExtension(f.value("format")) else { return nil }
            let path = MeetingForms.path(f.value("path"), withExtension: ext)
            guard let format = Minutes.Format(rawValue: f.value("format")) else {
                return [.writeMinutesDocument(path: path, meeting: id, overwrite: false)]
            }
            let contents = Minutes(meeting: m, state: data).render(format, lang)
            return [.writeFile(path: path, contents: contents, overwrite: false)]
        case .evaluation, .person, .model:
            return nil
        }
    }
}

extension Form {
    /// In the minutes export form, the file name shown follows the chosen format: a name
    /// ending in another format's extension takes this one's, so what is shown is what
    /// gets written.
    mutating func followMinutesFormat() {
        guard case .page(.exportMinutes) = purpose, let ext = MeetingForms.fileExtension(value("format")),
              let i = fields.firstIndex(where: { $0.key == "path" }), case .text(let f) = fields[i].input else { return }
        let path = MeetingForms.path(f.text, withExtension: ext, addMissing: false)
        guard path != f.text else { return }
        let initial = fields[i].initialText
        fields[i].input = .text(TextField(path))
        fields[i].initialText = initial
    }
}
