import DanVanCore

/// The list of meetings: date, kind, cell, attendance (the one definition, MeetingAttendance)
/// and how many decisions were recorded.
enum MeetingsView {
    static func listRows(_ state: AppState) -> Int { max(1, state.pageBodyRows - 2) }

    static func draw(_ p: MeetingsPage, state: AppState, into canvas: inout Canvas) -> Point? {
        let lang = state.lang
        let t = { (s: Strings.Meetings) in s.text(lang) }
        let title = t(.listTitle) + " — " + (state.data.orgs[p.org]?.name ?? "") + " (\(NumberFormat.count(p.ids.count, lang)))"
        canvas.putPadded(" " + title, x: 0, y: 1, width: state.width, style: Style(.paneBorderFocused, bold: true))
        canvas.putPadded(" " + t(.listKeys), x: 0, y: 2, width: state.width, style: Style(.dim))
        // Date and figures keep their width; the cell takes what is left.
        let dateW = 10, kindW = max(8, min(16, state.width / 6)), attW = 8, decW = 10
        let cellW = max(6, state.width - 2 - dateW - kindW - attW - decW - 4)
        func row(_ c: [String]) -> String {
            "  " + VietText.pad(c[0], to: dateW) + " " + VietText.pad(c[1], to: kindW) + " " + VietText.pad(c[2], to: cellW) + " "
                + VietText.pad(c[3], to: attW, alignRight: true) + " " + VietText.pad(c[4], to: decW, alignRight: true)
        }
        canvas.putPadded(row([Strings.UI.fieldDate.text(lang), Strings.UI.fieldKind.text(lang), Strings.UI.memberOrg.text(lang),
                              t(.colPresent), t(.colDecisions)]),
                         x: 0, y: 3, width: state.width, style: Style(.header, bold: true))
        if p.ids.isEmpty { canvas.put("  " + t(.none), x: 0, y: 4, style: Style(.dim), maxWidth: state.width - 2) }
        let focused = state.form == nil && state.overlay == nil && p.pending == nil
        for i in 0..<listRows(state) {
            let index = p.scroll + i
            guard index < p.ids.count, let m = state.data.meetings[p.ids[index]] else { break }
            let att = MeetingAttendance(meeting: m, state: state.data)
            let org = state.data.orgs[m.org]
            // Shortened as the tree shortens it, so a cell reads the same in both.
            let cell = TreePane.shortName(org?.name ?? "", fits: cellW, parent: org?.parent.flatMap { state.data.orgs[$0]?.name })
            let cols = [m.date.formatted(lang), m.kind.label(lang), cell,
                        NumberFormat.fraction(att.present.count, att.expected.count, lang),
                        NumberFormat.count(MeetingsPage.decisionCount(m), lang)]
            let style = Style(index == p.cursor ? (focused ? .selection : .selectionUnfocused) : .normal)
            canvas.putPadded(row(cols), x: 0, y: 4 + i, width: state.width, style: style)
        }
        switch p.pending {
        case .overwrite(let path, _), .overwriteDocument(let path, _):
            ConfirmBox.draw(title: Strings.UI.exportMinutesTitle.text(lang),
                            question: "\(Strings.Meet.fileExists.text(lang)): \(path). \(Strings.Meet.overwriteQuestion.text(lang))",
                            answers: Strings.Meet.confirmAnswers.text(lang), state: state, into: &canvas)
        case .discard, nil: break
        }
        return nil
    }
}
