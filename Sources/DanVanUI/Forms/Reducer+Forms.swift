import DanVanCore

extension AppState {
    /// The form commands: moving between fields, choosing, saving.
    mutating func run(_ command: FormCommand) -> [Effect] {
        switch command {
        case .nextField: form?.focusNext()
        case .prevField: form?.focusPrevious()
        case .pickNext: form?.pick(1); form?.followMinutesFormat()
        case .pickPrevious: form?.pick(-1); form?.followMinutesFormat()
        case .saveForm: return saveForm()
        }
        return []
    }

    mutating func saveForm() -> [Effect] {
        guard var f = form else { return [] }
        guard mayEdit() else { return [] }
        switch f.purpose {
        case .newAssignment(let member):
            let id = AssignmentID.random(using: &rng)
            if let a = AssignmentForm.build(&f, member: member, id: id) {
                form = f
                return [.commit([.addAssignment(a)], message: .assignmentAdded)]
            }
        case .edit(let purpose):
            return saveEdit(purpose, &f)
        case .newOrg(let parent):
            let id = OrgID.random(using: &rng)
            if let o = OrgForm.build(&f, parent: parent, id: id) {
                form = f
                if let e = OrgName.problem(o.name) {
                    commitRefused(e.message(lang), field: e.field)
                    return []
                }
                return [.commit([.addOrg(o)], message: .orgCreated)]
            }
        case .page(let p):
            if let effects = savePageForm(&f, p) {
                // A page form may close itself (a date that has a meeting opens it).
                if form != nil { form = f }
                return effects
            }
        }
        f.focusFirstError()
        form = f
        status = StatusMessage(Strings.UI.checkFields.text(lang), .error)
        return []
    }
}
