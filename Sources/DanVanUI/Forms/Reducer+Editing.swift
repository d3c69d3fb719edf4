import DanVanCore

/// What an edit form is for (the `.edit` purpose of `Form`).
enum EditPurpose: Equatable, Sendable {
    case newMember(OrgID)
    case quickMember(OrgID)
    case editMember(MemberID)
    /// Exempt, transferred out or deceased: date and reason or destination.
    case status(MemberID, StatusKind)
    case transfer(MemberID)
    case editOrg(OrgID)
    case editAssignment(AssignmentID)
    case endAssignment(AssignmentID)
    case evaluate(AssignmentID, year: Int)
    case batchAssignment([MemberID])
}

/// Which history step a pending commit is (its success moves the entry).
enum PendingHistory: Sendable { case undo, redo }

extension AppState {
    /// Esc: closes what is on top; a form with unsaved changes asks first.
    mutating func closePressed() -> [Effect] {
        if case .finder = overlay { finderIndex = nil }
        if overlay != nil {
            overlay = nil
        } else if let f = form {
            if f.hasUnsavedText { overlay = .confirm(Confirmation(purpose: .discardForm)) } else { form = nil }
        }
        return []
    }

    /// The person said yes.
    mutating func confirmed(_ c: Confirmation) -> [Effect] {
        overlay = nil
        switch c.purpose {
        case .discardForm:
            form = nil
            return []
        case .deleteOrg(let id):
            return commitChecked([.deleteOrg(id)], message: .orgDeleted)
        case .deleteAssignment(let id):
            return commitChecked([.deleteAssignment(id)], message: .assignmentDeleted)
        case .deleteMember(let id):
            return commitChecked([.deleteMember(id)], message: .memberDeleted)
        case .assignMarked:
            openBatchAssignment()
            return []
        }
    }

    /// Keys that edit a search query or a finder's query; true when used.
    mutating func typedIntoEditing(_ key: Key) -> Bool {
        if case .finder = overlay { return typeIntoFinder(key) }
        if keyContext == .search { return typeIntoSearch(key) }
        return false
    }

    mutating func pastedIntoEditing(_ text: String) -> Bool {
        if case .finder = overlay { return pasteIntoFinder(text) }
        if keyContext == .search {
            for ch in text where !ch.isNewline { _ = typeIntoSearch(.char(ch)) }
            return true
        }
        return false
    }

    /// Enter in a finder.
    mutating func finderChosen() -> [Effect] {
        guard case .finder(let f) = overlay, f.items.indices.contains(f.cursor) else { return [] }
        let target = f.items[f.cursor].target
        overlay = nil
        finderIndex = nil
        switch (f.purpose, target) {
        case (.goTo, .org(let id)):
            jump(toOrg: id)
        case (.goTo, .member(let id)):
            jump(toMember: id)
        case (.transferTo(let m), .org(let cell)):
            openTransferForm(m, to: cell)
        case (.moveOrg(let id), .org(let parent)):
            return commitChecked([.moveOrg(id, to: parent)], message: .orgMoved)
        case (.statusOf(let m), .status(let kind)):
            return statusChosen(m, kind)
        case (.statusOf(let m), .transfer):
            openTransferChoices(m)
        case (.importInto, .org(let unit)):
            return importUnitChosen(unit)
        case (.cellForMember(let quick), .org(let cell)):
            return memberForm(in: cell, quick: quick)
        default: break
        }
        return []
    }

    /// After a durable commit: history, the status line for undo/redo, selections.
    mutating func afterCommit(_ changes: [Change], old: State) {
        switch pendingHistory {
        case .undo?:
            if let e = history.nextUndo { status = StatusMessage("\(Strings.UI.undone.text(lang)): \(e.label(lang))", .ok) }
            history.didUndo()
        case .redo?:
            if let e = history.nextRedo { status = StatusMessage("\(Strings.UI.redone.text(lang)): \(e.label(lang))", .ok) }
            history.didRedo()
        case nil:
            history.record(changes, before: old)
        }
        pendingHistory = nil
        for c in changes {
            switch c {
            case .addMember(let m):
                // The new member is shown under the cursor when the list holds them.
                if let i = cache.memberIDs.firstIndex(of: m.id) {
                    memberCursor = i
                    keepVisible()
                }
            case .addAssignment(let a) where marked.contains(a.member): marked = []
            default: break
            }
        }
        for id in marked where data.members[id] == nil { marked.remove(id) }
    }

    /// The store refused: the form stays, and the message goes beside the field the core's
    /// error names (none for a disk failure: then it is only on the status line).
    mutating func commitRefused(_ message: String, field: Field? = nil) {
        pendingHistory = nil
        guard var f = form else { return }
        if let i = FieldNames.index(of: field, in: f) {
            f.fields[i].errorText = message
            f.focus = i
        }
        form = f
    }

    /// Checks `changes` against the records first, so a refusal (a non-empty node, a level
    /// that may not sit there) is told at once; otherwise asks the store to commit them.
    mutating func commitChecked(_ changes: [Change], message: Strings.UI) -> [Effect] {
        guard mayEdit() else { return [] }
        do {
            _ = try data.applying(changes[0])
        } catch let e as OpError {
            status = StatusMessage(e.message(lang), .error)
            return []
        } catch {}
        return [.commit(changes, message: message)]
    }

    /// Saves an edit form: the builder validates the fields; a valid form becomes ops.
    mutating func saveEdit(_ purpose: EditPurpose, _ f: inout Form) -> [Effect] {
        let changes = buildEdit(purpose, &f)
        f.focusFirstError()
        form = f
        guard let changes, !changes.isEmpty else {
            status = StatusMessage(Strings.UI.checkFields.text(lang), .error)
            return []
        }
        // A refusal the records can tell now goes beside its field, before anything is written.
        if changes.count == 1 {
            do {
                _ = try data.applying(changes[0])
            } catch let e as OpError {
                commitRefused(e.message(lang), field: e.field)
                status = StatusMessage(e.message(lang), .error)
                return []
            } catch {}
        }
        return [.commit(changes, message: purpose.message)]
    }
}

extension EditPurpose {
    /// What the status line says once the edit is saved.
    var message: Strings.UI {
        switch self {
        case .newMember, .quickMember: .memberAdded
        case .editMember: .memberUpdated
        case .status: .statusChanged
        case .transfer: .memberTransferred
        case .editOrg: .orgUpdated
        case .editAssignment: .assignmentUpdated
        case .endAssignment: .assignmentEnded
        case .evaluate: .evaluationSaved
        case .batchAssignment: .batchAssigned
        }
    }
}

/// Which form field an `OpError` is about: the core names the field (`OpError.field`), the
/// run loop passes it on with a refused commit; form keys map to fields.
enum FieldNames {
    static let byKey: [String: [Field]] = [
        "fullName": [.fullName], "card": [.cardNo], "given": [.givenName], "family": [.familyName], "birth": [.birthDate],
        "joined": [.joinedDate], "fullDate": [.fullMemberDate], "date": [.statusDate, .date],
        "note": [.statusNote, .reason], "name": [.name], "term": [.term], "from": [.from], "to": [.to],
        "households": [.households], "cell": [.org], "content": [.content], "started": [.started], "ended": [.ended],
    ]

    /// The index of the form field that edits `field`.
    static func index(of field: Field?, in form: Form) -> Int? {
        guard let field else { return nil }
        return form.fields.firstIndex { byKey[$0.key]?.contains(field) == true }
    }
}

extension AppState {
    /// The changes a valid edit form makes; nil when a field is wrong (marked on the form).
    mutating func buildEdit(_ purpose: EditPurpose, _ f: inout Form) -> [Change]? {
        switch purpose {
        case .newMember(let cell), .quickMember(let cell):
            let base = Member(id: MemberID.random(using: &rng), org: cell, fullName: "")
            return MemberForm.build(&f, base: base).map { [.addMember($0)] }
        case .editMember(let id):
            guard let old = data.members[id] else { return nil }
            return MemberForm.build(&f, base: old).map { [.updateMember($0)] }
        case .status(let id, let kind):
            return buildStatus(id, kind, &f)
        case .transfer(let id):
            return buildTransfer(id, &f)
        case .editOrg(let id):
            return buildOrg(id, &f)
        case .editAssignment(let id):
            guard let old = data.assignments[id], var a = AssignmentForm.build(&f, member: old.member, id: id) else { return nil }
            a.evaluations = old.evaluations
            return [.updateAssignment(a)]
        case .endAssignment(let id):
            return buildEnd(id, &f)
        case .evaluate(let id, let year):
            f.clearErrors()
            guard let level = EvaluationLevel(rawValue: f.value("level")) else { return nil }
            return [.setEvaluation(id, year: year, Evaluation(level: level, note: f.value("note")))]
        case .batchAssignment(let ids):
            var out: [Change] = []
            for m in ids {
                guard let a = AssignmentForm.build(&f, member: m, id: AssignmentID.random(using: &rng)) else { return nil }
                out.append(.addAssignment(a))
            }
            return out
        }
    }
}
