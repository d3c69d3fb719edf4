import DanVanCore

extension AppState {
    /// The member list's commands.
    mutating func run(_ command: MembersCommand) -> [Effect] {
        switch command {
        case .newMember: return openMemberForm(quick: false)
        case .quickAddMember: return openMemberForm(quick: true)
        case .editMember: editSelectedMember()
        case .changeStatus: openStatusChoices()
        case .deleteMember: askDeleteMember()
        case .toggleMark: toggleMark()
        case .clearMarks: clearMarks()
        }
        return []
    }

    /// The cell new members go to: the selected node when it is a cell.
    private var selectedCell: OrgID? {
        guard let id = selectedOrg, let o = data.orgs[id], o.level.isCell else { return nil }
        return id
    }

    /// `i` / `+`: the member form for the selected cell; with a committee selected, the
    /// cells below it to pick by typing (the last cell used first), so the name typed next
    /// goes to the picker, never to the panes' commands.
    mutating func openMemberForm(quick: Bool) -> [Effect] {
        guard mayEdit() else { return [] }
        guard let cell = selectedCell else {
            let cells = selectedOrg.map { MeetingForms.cells(under: $0, state: data) } ?? []
            guard !cells.isEmpty else {
                refuse(Strings.Keys.noCellBelow.text(lang))
                return []
            }
            var index = FinderIndex()
            index.orgs = cells.compactMap { data.orgs[$0] }.map { ($0.id, $0.name, $0.parent.flatMap { data.orgs[$0]?.name } ?? "") }
            openFinder(.cellForMember(quick: quick), title: .pickCellTitle, index: index)
            if case .finder(var f) = overlay {
                f.heading = .pickCellForMember
                if let last = lastCell, let i = f.items.firstIndex(where: { $0.target == .org(last) }) { f.cursor = i }
                overlay = .finder(f)
            }
            return []
        }
        return memberForm(in: cell, quick: quick)
    }

    /// The member form for `cell`, which becomes the last cell used.
    mutating func memberForm(in cell: OrgID, quick: Bool) -> [Effect] {
        form = MemberForm.make(purpose: quick ? .quickMember(cell) : .newMember(cell), member: nil)
        return useCell(cell)
    }

    /// Remembers `cell` as the last one used (kept in the settings across runs).
    mutating func useCell(_ cell: OrgID) -> [Effect] {
        guard lastCell != cell else { return [] }
        lastCell = cell
        return [.rememberCell(cell)]
    }

    mutating func editSelectedMember() {
        guard mayEdit() else { return }
        guard let id = selectedMember, let m = data.members[id] else {
            refuse(Strings.UI.selectMemberFirst.text(lang))
            return
        }
        form = MemberForm.make(purpose: .editMember(id), member: m)
    }

    /// Space: marks or unmarks the selected member (for one assignment given to all) and
    /// moves down.
    mutating func toggleMark() {
        guard let id = selectedMember else { return }
        if marked.contains(id) { marked.remove(id) } else { marked.insert(id) }
        memberCursor = min(memberCursor + 1, max(0, cache.memberIDs.count - 1))
        keepVisible()
        status = nil  // the status bar's badge counts the marks
    }

    /// `s`: the statuses a member can move to, and "transfer to another cell".
    mutating func openStatusChoices() {
        guard mayEdit() else { return }
        guard let id = selectedMember, let m = data.members[id] else {
            refuse(Strings.UI.selectMemberFirst.text(lang))
            return
        }
        var index = FinderIndex()
        for kind in [StatusKind.exempt, .transferredOut, .deceased, .active] where kind != m.status.kind {
            let label = kind == .active ? Strings.UI.reactivateTitle.text(lang) : kind.label(lang)
            index.fixed.append(Finder.Item(label: label, detail: "", target: .status(kind)))
        }
        if m.status.kind == .active {
            index.fixed.insert(Finder.Item(label: Strings.UI.transferTitle.text(lang), detail: "", target: .transfer), at: 0)
        }
        openFinder(.statusOf(id), title: .statusTitle, index: index)
    }

    /// A status was picked: back to active at once; the others ask for a date (and reason).
    mutating func statusChosen(_ id: MemberID, _ kind: StatusKind) -> [Effect] {
        if kind == .active {
            return commitChecked([.setMemberStatus(id, .active)], message: .statusChanged)
        }
        form = EditForms.status(id, kind, today: today)
        return []
    }

    /// Every cell but the member's own, in tree order.
    private func otherCells(than id: MemberID) -> [Org] {
        let own = data.members[id]?.org
        return allOrgsInTreeOrder().compactMap { data.orgs[$0] }.filter { $0.level.isCell && $0.id != own }
    }

    mutating func openTransferChoices(_ id: MemberID) {
        let cells = otherCells(than: id)
        guard !cells.isEmpty else {
            status = StatusMessage(Strings.UI.noOtherCell.text(lang), .warning)
            return
        }
        var index = FinderIndex()
        index.orgs = cells.map { ($0.id, $0.name, finderDetail(of: $0.id)) }
        openFinder(.transferTo(id), title: .pickCellTitle, index: index)
    }

    mutating func openTransferForm(_ id: MemberID, to cell: OrgID) {
        form = EditForms.transfer(id, cells: otherCells(than: id), to: cell, today: today,
                                  running: runningAssignments(of: id, on: today).count)
    }

    func buildStatus(_ id: MemberID, _ kind: StatusKind, _ f: inout Form) -> [Change]? {
        f.clearErrors()
        f.checkRequired()
        let day = f.day("date", partial: true)  // "Miễn SH từ 2021": often known to the year
        if let day, let j = data.members[id]?.joinedDate, day.lastDay < j.firstDay { f.setError("date", .errDateOrder) }
        guard !f.hasErrors, let day else { return nil }
        return [.setMemberStatus(id, MemberStatus(kind: kind, date: day, note: f.value("note")))]
    }

    func buildTransfer(_ id: MemberID, _ f: inout Form) -> [Change]? {
        f.clearErrors()
        f.checkRequired()
        let day = f.day("date")
        guard !f.hasErrors, let day, let raw = UInt64(f.value("cell")) else { return nil }
        var changes: [Change] = [.transferMember(id, to: OrgID(raw), date: day, note: f.value("note"))]
        if f.value("running") == "end" {
            // Ended on the transfer date (never before an assignment began).
            for a in runningAssignments(of: id, on: day) { changes.append(.endAssignment(a.id, on: max(day, a.from))) }
        }
        return changes
    }

    /// The member's assignments still in force on `day` (no end, or ending after it).
    func runningAssignments(of id: MemberID, on day: Day) -> [Assignment] {
        data.assignments(of: id).filter { $0.to.map { $0 > day } ?? true }
    }
}

extension AppState {
    /// Delete or D on a member: asks (answered with y/c, never D again) when the member may
    /// go as entered by mistake; otherwise says why not and changes nothing.
    mutating func askDeleteMember() {
        guard mayEdit() else { return }
        guard let id = selectedMember else {
            refuse(Strings.UI.noMemberSelected.text(lang))
            return
        }
        do {
            try data.checkDeletableByMistake(id)
            overlay = .confirm(Confirmation(purpose: .deleteMember(id)))
        } catch let e as OpError {
            status = StatusMessage(e.message(lang), .error)
        } catch {}
    }
}
