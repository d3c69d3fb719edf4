import DanVanCore

/// The annual review screen: member, assignment and this year's evaluation, flagged lines
/// marked with "!".
enum ReviewView {
    struct ColumnWidths: Equatable {
        var name: Int
        var assignment: Int
        var evaluation: Int
    }

    static func columns(width: Int) -> ColumnWidths {
        let evaluation = 21
        let name = max(12, (width - 2) * 3 / 10)
        return ColumnWidths(name: name, assignment: max(8, width - 2 - name - evaluation - 2), evaluation: evaluation)
    }

    static func draw(_ r: ReviewPage, state: AppState, into canvas: inout Canvas) {
        let lang = state.lang
        let t = { (s: Strings.Meet) in s.text(lang) }
        let n = { NumberFormat.count($0, lang) }
        let title = "\(t(.reviewTitle)) \(state.year) — \(state.data.orgs[r.org]?.name ?? "")"
        canvas.putPadded(" " + title, x: 0, y: 1, width: state.width, style: Style(.paneBorderFocused, bold: true))
        guard let review = r.review else { return }
        PageFindView.draw(state.findLabel(r.find, in: review.rows.map(\.member)), title: " " + title, state: state, into: &canvas)
        let summary = "\(n(review.rows.count)) \(t(.reviewMembers)) · \(n(review.assignmentCount)) \(t(.reviewAssignments)) · "
            + "\(n(review.membersWithoutAssignment)) \(t(.reviewWithout)) · \(n(review.unevaluatedAssignments)) \(t(.reviewUnevaluated))"
        canvas.putPadded(" " + summary, x: 0, y: 2, width: state.width, style: Style(.normal))
        let c = columns(width: state.width)
        func row(_ a: String, _ b: String, _ e: String) -> String {
            "  " + VietText.pad(a, to: c.name) + " " + VietText.pad(b, to: c.assignment) + " " + VietText.pad(e, to: c.evaluation)
        }
        canvas.putPadded(row(Strings.UI.colName.text(lang), Strings.UI.paneDetail.text(lang),
                             "\(Strings.UI.evaluation.text(lang)) \(state.year)"),
                         x: 0, y: 3, width: state.width, style: Style(.header, bold: true))
        if r.lines.isEmpty {
            canvas.put("  " + Strings.UI.noMembers.text(lang), x: 0, y: 4, style: Style(.dim))
            return
        }
        let rows = ReviewPage.bodyRows(state)
        let focused = state.form == nil && state.overlay == nil
        for i in 0..<rows {
            let index = r.scroll + i
            guard index < r.lines.count else { break }
            let line = r.lines[index]
            let reviewRow = review.rows[line.row]
            // The name on the member's first line only (or again at the top of the screen).
            let first = index == 0 || r.lines[index - 1].row != line.row || i == 0
            let name = first ? reviewRow.name : ""
            var what: String, eval: String
            if let a = r.assignment(at: line) {
                what = "• " + a.targetGroup.label(lang) + (a.area.isEmpty ? "" : " — " + a.area)
                if let e = a.evaluations[state.year] {
                    eval = e.level.label(lang) + (e.note.isEmpty ? "" : " ✎")
                } else {
                    eval = t(.reviewNotEvaluatedMark)
                }
            } else {
                what = t(.reviewNoAssignmentMark)
                eval = ""
            }
            let flagged = r.isFlagged(line)
            let text = row(name, what, eval)
            let y = 4 + i
            var style = Style(flagged ? .statusWarning : .normal)
            if index == r.cursor { style = Style(focused ? .selection : .selectionUnfocused) }
            canvas.putPadded(text, x: 0, y: y, width: state.width, style: style)
            if flagged { canvas.put("!", x: 0, y: y, style: Style(.fieldError, bold: true)) }
        }
        if let pending = r.pendingClear, let a = state.data.assignments[pending] {
            let name = state.data.members[a.member]?.fullName ?? ""
            ConfirmBox.draw(title: t(.reviewClearTitle), question: "\(t(.reviewClearQuestion)) \(name) — \(a.targetGroup.label(lang))?",
                            answers: t(.confirmAnswers), state: state, into: &canvas)
        }
    }
}
