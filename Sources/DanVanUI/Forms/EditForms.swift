import DanVanCore

/// The small forms of the editing workflows: a member's status, a transfer, a node, an
/// assignment's end and evaluation.
enum EditForms {
    static func status(_ id: MemberID, _ kind: StatusKind, today: Day) -> Form {
        var fields = [FormField(key: "date", label: .fieldStatusDate, text: today.vn, required: true)]
        switch kind {
        case .exempt: fields.append(FormField(key: "note", label: .fieldReason, required: true))
        case .transferredOut: fields.append(FormField(key: "note", label: .fieldDestination))
        case .deceased, .active: break
        }
        let title: Strings.UI = kind == .exempt ? .exemptTitle : (kind == .transferredOut ? .transferOutTitle : .deceasedTitle)
        return Form(purpose: .edit(.status(id, kind)), title: title, fields: fields)
    }

    /// Transfer form: the cell (picked in the finder, still changeable), the date, a note.
    /// With `running` assignments still in force it asks what becomes of them: ended on the
    /// transfer date (the old area is no longer theirs), or kept.
    static func transfer(_ id: MemberID, cells: [Org], to cell: OrgID, today: Day, running: Int = 0) -> Form {
        let choices = cells.map { Choice(code: String($0.id.raw), BiText(verbatim: $0.name)) }
        var fields = [
            FormField(key: "cell", label: .fieldCell, choices: choices, selected: cells.firstIndex { $0.id == cell } ?? 0),
            FormField(key: "date", label: .fieldStatusDate, text: today.vn, required: true),
            FormField(key: "note", label: .fieldNotes),
        ]
        if running > 0 {
            fields.append(FormField(key: "running", label: .fieldRunningAssignments, choices: [
                Choice(code: "end", Strings.UI.endRunningOnTransfer.bi.map { "\($0) (\(running))" }),
                Choice(code: "keep", Strings.UI.keepRunningOnTransfer.bi.map { "\($0) (\(running))" }),
            ]))
        }
        return Form(purpose: .edit(.transfer(id)), title: .transferTitle, fields: fields)
    }

    static func org(_ o: Org, parentLevel: OrgLevel?) -> Form {
        let levels = OrgLevel.allCases.filter { $0.canSit(under: parentLevel) }
        return Form(purpose: .edit(.editOrg(o.id)), title: .editOrgTitle, fields: [
            FormField(key: "name", label: .fieldOrgName, text: o.name, required: true),
            FormField(key: "level", label: .fieldOrgLevel, choices: levels.map { Choice($0) },
                      selected: levels.firstIndex(of: o.level) ?? 0),
            MemberForm.optional("unitKind", .fieldUnitKind, UnitKind.self, o.unitKind),
            FormField(key: "term", label: .fieldTerm, text: o.term),
        ] + OrgForm.documentFields(o))
    }

    static func endAssignment(_ a: Assignment, today: Day) -> Form {
        Form(purpose: .edit(.endAssignment(a.id)), title: .endAssignmentTitle, fields: [
            FormField(key: "to", label: .fieldEndDate, text: max(today, a.from).vn, required: true),
        ])
    }

    static func evaluate(_ a: Assignment, year: Int) -> Form {
        let current = a.evaluations[year]
        return Form(purpose: .edit(.evaluate(a.id, year: year)), title: .evaluateTitle, fields: [
            FormField(key: "level", label: .fieldEvaluationLevel, choices: Choice.all(EvaluationLevel.self),
                      selected: current.flatMap { Array(EvaluationLevel.allCases).firstIndex(of: $0.level) } ?? 0),
            FormField(key: "note", label: .fieldNotes, text: current?.note ?? ""),
        ])
    }

    /// The assignment form opened on an existing assignment.
    static func editAssignment(_ a: Assignment) -> Form {
        var f = AssignmentForm.make(member: a.member, today: a.from)
        f.purpose = .edit(.editAssignment(a.id))
        f.title = .editAssignmentTitle
        func set(_ key: String, _ text: String) {
            if let i = f.fields.firstIndex(where: { $0.key == key }) {
                f.fields[i] = FormField(key: key, label: f.fields[i].label, text: text, required: f.fields[i].required)
            }
        }
        func pick<C: Coded>(_ key: String, _ value: C) {
            if let i = f.fields.firstIndex(where: { $0.key == key }), let at = Array(C.allCases).firstIndex(of: value) {
                f.fields[i] = FormField(key: key, label: f.fields[i].label, choices: Choice.all(C.self), selected: at)
            }
        }
        pick("target", a.targetGroup)
        set("area", a.area)
        set("households", a.households.map(String.init) ?? "")
        set("content", a.content)
        pick("place", a.place)
        pick("source", a.source)
        set("from", a.from.vn)
        set("to", a.to?.vn ?? "")
        set("resolution", a.resolution)
        return f
    }
}
