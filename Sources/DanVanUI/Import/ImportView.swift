import DanVanCore

/// Draws File → Import a roster: the file list with its type-ahead line, "Reading…", or the
/// preview (errors first, the columns and their meanings, what was inferred, the rows left
/// out, the first rows as they will be stored), scrolling as one list.
enum ImportView {
    /// Rows of the preview that show stored rows.
    static let firstRows = 10

    static func draw(_ p: ImportPage, state: AppState, into canvas: inout Canvas) -> Point? {
        let lang = state.lang
        var title = Strings.Import.title.text(lang)
        if let file = p.file, p.step != .files { title += ": " + ImportPage.fileName(file) }
        else if let l = p.listing { title += " — " + l.path }
        canvas.putPadded(" " + title, x: 0, y: 1, width: state.width, style: Style(.paneBorderFocused, bold: true))
        switch p.step {
        case .files:
            return drawFiles(p, state: state, into: &canvas)
        case .reading:
            let name = p.file.map(ImportPage.fileName) ?? ""
            canvas.put(" \(Strings.Import.reading.text(lang)) \(name)…", x: 0, y: 2, style: Style(.title), maxWidth: state.width)
            let (done, total) = p.progress
            if total > 0 {
                // A long file: how far the checking has got.
                let percent = Int(Int64(min(done, total)) * 100 / Int64(total))
                let label = " \(percent)%"
                let w = max(1, min(60, state.width - 2 - VietText.width(label)))
                let filled = w * percent / 100
                canvas.put(String(repeating: "█", count: filled), x: 1, y: 3, style: Style(.barFill))
                canvas.put(String(repeating: "░", count: w - filled), x: 1 + filled, y: 3, style: Style(.barEmpty))
                canvas.put(label, x: 1 + w, y: 3, style: Style(.normal))
            }
            return nil
        case .preview:
            PageBody.draw(lines(p, state: state).lines, scroll: p.scroll, state: state, into: &canvas)
            return nil
        }
    }

    /// Rows of the file list under the type-ahead line.
    static func listRows(_ state: AppState) -> Int { max(1, state.pageBodyRows - 1) }

    private static func drawFiles(_ p: ImportPage, state: AppState, into canvas: inout Canvas) -> Point? {
        let label = " " + Strings.Import.filter.text(state.lang) + ": "
        let lx = canvas.put(label, x: 0, y: 2, style: Style(.title))
        let cx = p.filter.render(into: &canvas, x: lx, y: 2, width: max(1, state.width - lx - 1), focused: true)
        if p.filter.isEmpty {
            canvas.put("(" + Strings.Import.typeToFilter.text(state.lang) + ")", x: lx + 1, y: 2, style: Style(.dim), maxWidth: max(0, state.width - lx - 1))
        }
        let choices = p.choices
        if p.listing != nil, choices.isEmpty {
            canvas.put("  " + Strings.Import.noFiles.text(state.lang), x: 0, y: 3, style: Style(.dim), maxWidth: state.width)
        }
        let rows = listRows(state)
        let top = max(0, min(p.cursor - rows + 1, choices.count - rows))
        let start = max(0, min(top, p.cursor))
        let focused = state.overlay == nil && state.form == nil
        for (i, c) in choices.dropFirst(start).prefix(rows).enumerated() {
            let index = start + i
            let style = Style(index == p.cursor ? (focused ? .selection : .selectionUnfocused) : (c.isFolder ? .title : .normal))
            canvas.putPadded("  " + c.label, x: 0, y: 3 + i, width: state.width, style: style)
        }
        return focused ? Point(x: cx, y: 2) : nil
    }

    /// The preview's lines, and the line of the chosen column (to keep it in view).
    static func lines(_ p: ImportPage, state: AppState) -> (lines: [PageLine], columnLine: Int) {
        guard let v = p.preview else { return ([], 0) }
        let lang = state.lang
        let t = { (s: Strings.Import) in s.text(lang) }
        let head = Style(.header, bold: true)
        var out: [PageLine] = []
        // Long messages (an error and what to do about it) wrap rather than lose their end.
        func wrapped(_ text: String, _ style: Style = Style(.normal)) {
            for (i, l) in VietText.wrap(text, to: max(10, state.width - 5)).enumerated() {
                out.append(PageLine((i == 0 ? "   " : "     ") + l, style))
            }
        }
        let unit = state.data.orgs[p.org].map { _ in state.data.path(of: p.org) } ?? ""
        out.append(PageLine([(" \(t(.into)): ", Style(.title)), (unit, Style(.normal, bold: true)), ("  (\(t(.changeCell)))", Style(.dim))]))
        // What the file is read as, when it is not the screen's usual roster or was chosen (F6).
        let members = v.kind == .members
        if !members || p.chosen.kind != nil {
            out.append(PageLine([(" \(t(.kind)): ", Style(.title)), (t(members ? .kindMembers : .kindAssignments), Style(.normal, bold: true)),
                                 ("  (\(t(members ? .readAsAssignments : .readAsMembers)))", Style(.dim))]))
        }
        if v.sheets.count > 1, let sheet = v.sheet {
            // The key first: a long list of sheet names may run past the edge.
            let at = (v.sheets.firstIndex(of: sheet) ?? 0) + 1
            let all = v.sheets.map { "“\($0)”" }.joined(separator: ", ")
            out.append(PageLine([(" \(t(.sheet)) \(at)/\(v.sheets.count): ", Style(.title)), ("“\(sheet)”", Style(.normal, bold: true)),
                                 ("  \(t(.nextSheet)) · \(all)", Style(.dim))]))
        }
        if let font = p.chosen.font {
            out.append(PageLine([(" \(t(.converted)) \(font.name)", Style(.statusOK)), ("  (\(t(.readAsIs)))", Style(.dim))]))
        }
        let n = { Figures.count($0, lang) }
        if v.errors.isEmpty {
            out.append(PageLine(" \(t(.willImport)): \(t(.added)) \(n(v.added)), \(t(.updated)) \(n(v.updated)), \(t(.unchanged)) \(n(v.unchanged)) — \(t(.confirmKeys))",
                                Style(.statusOK)))
        } else {
            out.append(PageLine(" \(n(v.errors.count)) \(t(.refused))", Style(.statusError, bold: true)))
            out.append(PageLine(" " + t(.errors), head))
            for e in v.errors { wrapped(e.text(lang), Style(.fieldError)) }
            if v.convertible != nil { wrapped(t(.convertOffer), Style(.statusOK, bold: true)) }
            if v.missingUnits > 0 && !p.chosen.createUnits { wrapped(t(.createOffer), Style(.statusOK, bold: true)) }
            if !v.fileRows.isEmpty && p.chosen.headerLine == nil { wrapped(t(.chooseHeaderOffer), Style(.statusOK, bold: true)) }
        }
        if p.chosen.createUnits {
            // Never silent: every unit the batch would add is listed before F2.
            out.append(PageLine([(" \(t(.newUnits)) (\(n(v.newUnits.count))):", Style(.statusWarning, bold: true)),
                                 ("  \(t(.createNone))", Style(.dim))]))
            for u in v.newUnits { wrapped(u, Style(.statusWarning)) }
        }
        var columnLine = out.count
        if !v.columns.isEmpty {
            out.append(PageLine(" " + t(.columns), head))
            let w = min(28, max(8, v.columns.map { VietText.width($0.heading) }.max() ?? 8))
            for (i, c) in v.columns.enumerated() {
                let chosen = i == p.column
                if chosen { columnLine = out.count }
                let mark = p.chosen.columns[c.index] != nil ? " (\(t(.changed)))" : ""
                let meaning = c.meaning.text(lang) + mark
                let heading = VietText.pad(VietText.truncate(c.heading.isEmpty ? "(\(i + 1))" : c.heading, to: w), to: w)
                out.append(PageLine([((chosen ? " ▸ " : "   ") + heading + " → ", Style(chosen ? .selection : .normal)),
                                     (meaning, Style(chosen ? .selection : (c.key == nil ? .dim : .normal)))]))
            }
        }
        func section(_ title: Strings.Import, _ items: [BiText]) {
            guard !items.isEmpty else { return }
            out.append(PageLine(" " + t(title), head))
            for i in items { wrapped(i.text(lang)) }
        }
        if !v.fileRows.isEmpty {
            out.append(PageLine(" " + t(.fileRows), head))
            for r in v.fileRows {
                let chosen = r.line == p.chosen.headerLine
                out.append(PageLine((chosen ? " ▸ " : "   ") + "\(r.line): " + r.text, Style(chosen ? .selection : .normal)))
            }
        }
        section(.inferred, v.inferred)
        section(.skipped, v.skipped)
        section(.warnings, v.warnings)
        let rows = storedRows(v.changes, state: state)
        if !rows.isEmpty {
            out.append(PageLine(" " + t(.firstRows), head))
            for r in rows { out.append(PageLine("   " + r)) }
        }
        return (out, columnLine)
    }

    /// "Lò Văn Páo · Hộ gia đình khu dân cư · Bản Nà Cà · 4 hộ · 01/03/2026 · Phân công · Tốt 2026".
    private static func assignmentRow(_ a: Assignment, state: AppState) -> String {
        let lang = state.lang
        var parts = [state.data.members[a.member]?.fullName ?? "?", a.targetGroup.label(lang)]
        if !a.area.isEmpty { parts.append(a.area) }
        if let h = a.households { parts.append("\(h) \(Strings.Import.households.text(lang))") }
        parts.append(a.from.formatted(lang) + (a.to.map { "–" + $0.formatted(lang) } ?? ""))
        parts.append(a.source.label(lang))
        for (y, e) in a.evaluations.sorted(by: { $0.key < $1.key }) { parts.append("\(e.level.label(lang)) \(y)") }
        return parts.joined(separator: " · ")
    }

    /// The scroll that keeps the chosen column's line in view.
    static func scrollShowingColumn(_ p: ImportPage, state: AppState) -> Int {
        let line = lines(p, state: state).columnLine
        let rows = state.pageBodyRows
        if line < p.scroll { return line }
        if line >= p.scroll + rows { return line - rows + 1 }
        return p.scroll
    }

    /// The first members or assignments the batch adds or updates, as they will be stored.
    static func storedRows(_ changes: [Change], state: AppState) -> [String] {
        let lang = state.lang
        var out: [String] = []
        for c in changes where out.count < firstRows {
            let m: Member
            var updated = false
            switch c {
            case .addMember(let x): m = x
            case .updateMember(let x): m = x; updated = true
            case .addAssignment(let a), .updateAssignment(let a):
                if case .updateAssignment = c { updated = true }
                out.append(assignmentRow(a, state: state) + (updated ? " (\(Strings.Import.updated.text(lang)))" : ""))
                continue
            default: continue
            }
            var parts = [m.fullName]
            if let b = m.birthDate { parts.append(b.formatted(lang)) }
            if let card = m.cardNo { parts.append(card) }
            parts.append(m.kind.label(lang))
            parts.append(m.status.kind.label(lang))
            if let o = state.data.orgs[m.org] { parts.append(o.name) }
            out.append(parts.joined(separator: " · ") + (updated ? " (\(Strings.Import.updated.text(lang)))" : ""))
        }
        return out
    }
}
