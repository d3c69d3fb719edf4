import DanVanCore

/// The member list: only the visible rows are drawn, so 300k members cost as much as 40.
enum MemberPane {
    struct ColumnWidths: Equatable {
        var card: Int
        var name: Int
        var role: Int
        var status: Int
        var count: Int
    }

    /// Column widths for an inner width: the name gets what is left, and a secretary knows
    /// members by name, so when space is short the role goes first, then the status and the
    /// card number narrow (the status's style still sets the row apart; cards are 8 digits).
    static func columns(width: Int) -> ColumnWidths {
        let count = 3
        var card = width >= 30 ? 10 : 6, role = 16, status = 14
        // Leading space and one space between columns.
        func name() -> Int { width - 4 - card - status - count - (role > 0 ? role + 1 : 0) }
        if name() < 24 { role = 12 }
        if name() < 18 { role = 0 }
        if name() < 16 { status = 8 }
        if name() < 16, card == 10 { card = 8 }
        if name() < 16 { status = 6 }
        if name() < 12 { status = 5 }
        return ColumnWidths(card: card, name: max(4, name()), role: role, status: status, count: count)
    }

    static func draw(_ state: AppState, layout: Layout, into canvas: inout Canvas) {
        let x = layout.membersX, w = layout.membersWidth, top = layout.paneTop
        let lang = state.lang
        let cols = columns(width: w)
        var header = " " + VietText.pad(Strings.UI.colCard.text(lang), to: cols.card) + " "
            + VietText.pad(Strings.UI.colName.text(lang), to: cols.name) + " "
        if cols.role > 0 { header += VietText.pad(Strings.UI.colRole.text(lang), to: cols.role) + " " }
        header += VietText.pad(Strings.UI.colStatus.text(lang), to: cols.status) + " "
            + VietText.pad(Strings.UI.colAssignments.text(lang), to: cols.count, alignRight: true)
        canvas.putPadded(header, x: x, y: top, width: w, style: Style(.header, bold: true))
        let ids = state.memberRows
        if ids.isEmpty {
            canvas.put(" " + Strings.UI.noMembers.text(lang), x: x, y: top + 1, style: Style(.dim), maxWidth: w)
            return
        }
        let focused = state.focus == .members && state.form == nil && state.overlay == nil
        for i in 0..<state.memberListRows {
            let index = state.memberScroll + i
            guard index < ids.count, let m = state.data.members[ids[index]] else { break }
            let y = top + 1 + i
            var line = (state.marked.contains(m.id) ? "*" : " ") + VietText.pad(m.cardNo ?? "", to: cols.card) + " " + VietText.pad(m.fullName, to: cols.name) + " "
            if cols.role > 0 { line += VietText.pad(m.role == .member ? "" : m.role.label(lang), to: cols.role) + " " }
            let statusText = m.status.kind == .active ? "" : m.status.kind.label(lang)
            line += VietText.pad(statusText, to: cols.status) + " "
                + VietText.pad(String(state.data.assignmentIDs(of: m.id).count), to: cols.count, alignRight: true)
            let role: StyleRole
            switch m.status.kind {
            case .active: role = .normal
            case .exempt: role = .exempt
            case .transferredOut, .deceased: role = .inactive
            }
            var style = Style(role)
            if index == state.memberCursor { style = Style(focused ? .selection : .selectionUnfocused) }
            canvas.putPadded(line, x: x, y: y, width: w, style: style)
            if index == state.memberCursor, m.status.kind != .active {
                // Keep the set-apart look visible under the cursor too.
                style.underline = true
                canvas.restyle(x: x, y: y, width: w, style: style)
            }
        }
    }
}
