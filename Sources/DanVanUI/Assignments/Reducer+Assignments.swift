import DanVanCore

extension AppState {
    /// The assignments' commands.
    mutating func run(_ command: AssignmentsCommand) -> [Effect] {
        switch command {
        case .newAssignment:
            if !marked.isEmpty { return newBatchAssignment() }
            overlay = nil
            guard mayEdit() else { return [] }
            guard let m = selectedMember else {
                refuse(Strings.UI.selectMemberFirst.text(lang))
                return []
            }
            form = AssignmentForm.make(member: m, today: today)
        case .editAssignment: editSelectedAssignment()
        case .endAssignment: endSelectedAssignment()
        case .deleteAssignment: askDeleteAssignment()
        case .evaluate: evaluateSelectedAssignment()
        }
        return []
    }

    /// The assignment under the cursor in the detail pane.
    private var selectedAssignment: Assignment? {
        cache.assignments.indices.contains(detailCursor) ? cache.assignments[detailCursor] : nil
    }

    private mutating func requireAssignment() -> Assignment? {
        guard mayEdit() else { return nil }
        guard let a = selectedAssignment else {
            refuse(Strings.UI.selectAssignmentFirst.text(lang))
            return nil
        }
        return a
    }

    mutating func editSelectedAssignment() {
        guard let a = requireAssignment() else { return }
        form = EditForms.editAssignment(a)
    }

    mutating func endSelectedAssignment() {
        guard let a = requireAssignment() else { return }
        form = EditForms.endAssignment(a, today: today)
    }

    mutating func askDeleteAssignment() {
        guard let a = requireAssignment() else { return }
        overlay = .confirm(Confirmation(purpose: .deleteAssignment(a.id)))
    }

    mutating func evaluateSelectedAssignment() {
        guard let a = requireAssignment() else { return }
        form = EditForms.evaluate(a, year: year)
    }

    /// `a` with members marked: one assignment form, one batch for all of them. Marks
    /// outside the selected unit are listed and confirmed first.
    mutating func newBatchAssignment() -> [Effect] {
        overlay = nil
        guard mayEdit() else { return [] }
        let unit = Set(selectedOrg.map { data.subtree(of: $0) } ?? [])
        let outside = data.sortByName(Array(marked.filter { data.members[$0].map { !unit.contains($0.org) } ?? false }))
        if !outside.isEmpty {
            overlay = .confirm(Confirmation(purpose: .assignMarked(outside: outside, all: marked.count)))
            return []
        }
        openBatchAssignment()
        return []
    }

    /// The batch form, its title naming how many members and who: "Phân công 3 đảng viên: …".
    mutating func openBatchAssignment() {
        let shown = cache.memberIDs.filter { marked.contains($0) }
        let ids = shown + data.sortByName(Array(marked.subtracting(shown)))
        guard !ids.isEmpty else { return }
        var f = AssignmentForm.make(member: ids[0], today: today)
        f.purpose = .edit(.batchAssignment(ids))
        f.title = .batchAssignmentTitle
        let names = ids.compactMap { data.members[$0]?.fullName }.joined(separator: ", ")
        f.titleText = "\(Strings.Keys.batchTitle.text(lang)) \(NumberFormat.count(ids.count, lang)) "
            + "\(Strings.Keys.membersWord.text(lang)): \(names)"
        form = f
    }

    /// The marks as the status bar tells them: how many members, in how many units.
    var marksBadge: String? {
        guard !marked.isEmpty else { return nil }
        let units = Set(marked.compactMap { data.members[$0]?.org }).count
        let k = { (s: Strings.Keys) in s.text(self.lang) }
        return "✓ \(NumberFormat.count(marked.count, lang)) \(k(.marksBadgeMembers)) · \(NumberFormat.count(units, lang)) \(k(.marksBadgeUnits))"
    }

    /// `u`: clears every mark, wherever the members are.
    mutating func clearMarks() {
        guard !marked.isEmpty else {
            status = StatusMessage(Strings.Keys.noMarks.text(lang), .info)
            return
        }
        marked = []
        status = StatusMessage(Strings.Keys.marksCleared.text(lang), .ok)
    }

    func buildEnd(_ id: AssignmentID, _ f: inout Form) -> [Change]? {
        f.clearErrors()
        f.checkRequired()
        let day = f.day("to")
        if let day, let a = data.assignments[id], day < a.from { f.setError("to", .errDateOrder) }
        guard !f.hasErrors, let day else { return nil }
        return [.endAssignment(id, on: day)]
    }
}
