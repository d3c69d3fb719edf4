import DanVanCore

/// The list of outstanding non-members or of "Dân vận khéo" models.
enum RecordsView {
    static func listRows(_ state: AppState) -> Int { max(1, state.pageBodyRows - 2) }

    static func draw(_ r: RecordsPage, state: AppState, into canvas: inout Canvas) -> Point? {
        let lang = state.lang
        let t = { (s: Strings.Meet) in s.text(lang) }
        let title = (r.kind == .persons ? t(.personsTitle) : t(.modelsTitle)) + " — " + (state.data.orgs[r.org]?.name ?? "")
            + " (\(NumberFormat.count(r.ids.count, lang)))"
        canvas.putPadded(" " + title, x: 0, y: 1, width: state.width, style: Style(.paneBorderFocused, bold: true))
        var cursor: Point?
        let searchLabel = " " + Strings.UI.searchPrompt.text(lang) + ": "
        let lx = canvas.put(searchLabel, x: 0, y: 2, style: Style(r.searching ? .title : .dim))
        if r.searching || !r.query.isEmpty {
            let cx = r.query.render(into: &canvas, x: lx, y: 2, width: max(4, state.width - lx - 1), focused: r.searching)
            if r.searching, state.form == nil { cursor = Point(x: cx, y: 2) }
        } else {
            canvas.put(t(.recordsKeys), x: lx, y: 2, style: Style(.dim), maxWidth: state.width - lx)
        }
        let w = state.width - 2
        let nameW = max(12, w * 3 / 10)
        let restW = max(4, (w - nameW) / 3)
        func row(_ cols: [String]) -> String {
            "  " + VietText.pad(cols[0], to: nameW) + cols.dropFirst().map { " " + VietText.pad($0, to: restW - 1) }.joined()
        }
        let header = r.kind == .persons
            ? [Strings.UI.fieldFullName.text(lang), Strings.UI.fieldCell.text(lang), Strings.UI.fieldIntroduced.text(lang), t(.personStage)]
            : [Strings.UI.fieldModelName.text(lang), Strings.UI.fieldModelField.text(lang), Strings.UI.yearLabel.text(lang), Strings.UI.fieldModelStage.text(lang)]
        canvas.putPadded(row(header), x: 0, y: 3, width: state.width, style: Style(.header, bold: true))
        if r.ids.isEmpty { canvas.put("  " + t(.dashNone), x: 0, y: 4, style: Style(.dim)) }
        let focused = state.form == nil && state.overlay == nil && !r.searching && r.pendingDelete == nil
        for i in 0..<listRows(state) {
            let index = r.scroll + i
            guard index < r.ids.count else { break }
            let cols: [String]
            switch r.kind {
            case .persons:
                guard let p = state.data.persons[MassID(r.ids[index])] else { continue }
                let stage = p.admitted != nil ? t(.personAdmitted) : (p.classDate != nil ? t(.personInClass) : t(.personIntroduced))
                cols = [p.name, state.data.orgs[p.org]?.name ?? "", p.introduced?.formatted(lang) ?? "", stage]
            case .models:
                guard let m = state.data.models[ModelID(r.ids[index])] else { continue }
                cols = [m.name, m.field.label(lang), String(m.year), m.stage.label(lang)]
            }
            let style = Style(index == r.cursor ? (focused ? .selection : .selectionUnfocused) : .normal)
            canvas.putPadded(row(cols), x: 0, y: 4 + i, width: state.width, style: style)
        }
        if let pending = r.pendingDelete {
            let name = r.kind == .persons ? state.data.persons[MassID(pending)]?.name : state.data.models[ModelID(pending)]?.name
            ConfirmBox.draw(title: t(.deleteRecordTitle), question: "\(t(.deleteRecordQuestion)) \(name ?? "")?",
                            answers: Strings.UI.confirmDeleteKeys.text(lang), state: state, into: &canvas)
            cursor = nil
        }
        return cursor
    }
}
