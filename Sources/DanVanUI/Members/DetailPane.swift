import DanVanCore

/// The selected member and their assignments.
enum DetailPane {
    static func draw(_ state: AppState, layout: Layout, into canvas: inout Canvas) {
        let x = layout.detailX, w = state.width - layout.detailX, top = layout.paneTop
        let lang = state.lang
        guard let id = state.selectedMember, let m = state.data.members[id] else {
            canvas.put(" " + Strings.UI.noMemberSelected.text(lang), x: x, y: top, style: Style(.dim), maxWidth: w)
            return
        }
        var y = top
        var limit = top + layout.paneRows
        func line(_ text: String, _ style: Style) {
            guard y < limit else { return }
            canvas.putPadded(" " + text, x: x, y: y, width: w, style: style)
            y += 1
        }
        line(m.fullName, Style(.title, bold: true))
        line("\(Strings.UI.memberCard.text(lang)): \(m.cardNo ?? "—")", Style(.normal))
        line("\(Strings.UI.memberRole.text(lang)): \(m.role.label(lang))", Style(.normal))
        let statusRole: StyleRole = m.status.kind == .active ? .normal : (m.status.kind == .exempt ? .exempt : .inactive)
        line("\(Strings.UI.memberStatus.text(lang)): \(m.status.kind.label(lang))", Style(statusRole))
        line("\(Strings.UI.memberOrg.text(lang)): \(state.data.orgs[m.org]?.name ?? "")", Style(.normal))
        let list = state.selectedAssignments
        line("\(Strings.UI.assignmentsTitle.text(lang)) (\(list.count))", Style(.header, bold: true))
        if list.isEmpty {
            line(Strings.UI.noAssignments.text(lang), Style(.dim))
            return
        }
        let focused = state.focus == .detail && state.form == nil && state.overlay == nil
        // The selected assignment's particulars go at the bottom when there is room.
        let particulars = focused ? details(of: list[state.detailCursor], state) : []
        let reserve = particulars.isEmpty ? 0 : min(particulars.count + 1, max(0, (top + layout.paneRows - y) / 2))
        let bottom = top + layout.paneRows - reserve
        if reserve > 0 {
            var py = bottom
            canvas.putPadded(" " + String(repeating: "─", count: max(0, w - 2)), x: x, y: py, width: w, style: Style(.paneBorder))
            for l in particulars.prefix(reserve - 1) {
                py += 1
                canvas.putPadded(" " + l, x: x, y: py, width: w, style: Style(.normal))
            }
        }
        limit = bottom
        let room = max(1, (bottom - y) / 2)
        let first = max(0, state.detailCursor - room + 1)
        for (i, a) in list.enumerated().dropFirst(first) {
            guard y + 1 < bottom + 1 else { break }
            let selected = i == state.detailCursor
            let base = Style(selected ? (focused ? .selection : .selectionUnfocused) : .normal)
            let to = a.to?.formatted(lang) ?? Strings.UI.openEndedTo.text(lang)
            var title = a.targetGroup.label(lang)
            if !a.area.isEmpty { title += " — " + a.area }
            line("• " + title, base)
            // Source and evaluation first: in a narrow pane they are what the end would lose.
            var sub = " \(a.source.label(lang)) · \(shortEvaluation(a, state)) · \(a.from.formatted(lang))–\(to) · \(a.place.label(lang))"
            if let h = a.households { sub += " · \(Figures.count(h, lang))" }
            line(sub, selected ? base : Style(.dim))
        }
    }

    /// The year's evaluation in the few letters committees write it with (HTXS, HTT, HT,
    /// KHT), or "chưa ĐG" when the year has none yet.
    static func shortEvaluation(_ a: Assignment, _ state: AppState) -> String {
        let short: Strings.UI
        switch a.evaluations[state.year]?.level {
        case nil: short = .evalShortNone
        case .outstanding: short = .evalShortOutstanding
        case .good: short = .evalShortGood
        case .completed: short = .evalShortCompleted
        case .notCompleted: short = .evalShortNotCompleted
        }
        return short.text(state.lang)
    }

    /// Content, resolution, households and this year's evaluation of one assignment.
    static func details(of a: Assignment, _ state: AppState) -> [String] {
        let lang = state.lang
        var out: [String] = []
        if !a.content.isEmpty { out.append("\(Strings.UI.fieldContent.text(lang)): \(a.content)") }
        if let h = a.households { out.append("\(Strings.UI.fieldHouseholds.text(lang)): \(Figures.count(h, lang))") }
        if !a.resolution.isEmpty { out.append("\(Strings.UI.fieldResolution.text(lang)): \(a.resolution)") }
        if let e = a.evaluations[state.year] {
            out.append("\(Strings.UI.evaluation.text(lang)) \(state.year): \(e.level.label(lang))")
        }
        return out
    }
}
