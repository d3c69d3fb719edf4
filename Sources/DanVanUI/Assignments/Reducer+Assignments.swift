import DanVanCore

extension AppState {
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

    /// `a` with members marked: one assignment form, one batch for all of them.
    mutating func newBatchAssignment() -> [Effect] {
        overlay = nil
        guard mayEdit() else { return [] }
        let shown = cache.memberIDs.filter { marked.contains($0) }
        let ids = shown + marked.subtracting(shown).sorted()
        var f = AssignmentForm.make(member: ids[0], today: today)
        f.purpose = .edit(.batchAssignment(ids))
        f.title = .batchAssignmentTitle
        form = f
        return []
    }

    func buildEnd(_ id: AssignmentID, _ f: inout Form) -> [Change]? {
        f.clearErrors()
        f.checkRequired()
        let day = MemberForm.date(&f, "to")
        if let day, let a = data.assignments[id], day < a.from { f.setError("to", .errDateOrder) }
        guard !f.hasErrors, let day else { return nil }
        return [.endAssignment(id, on: day)]
    }
}
