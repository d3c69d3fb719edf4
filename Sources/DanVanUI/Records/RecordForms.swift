import DanVanCore

/// The forms of outstanding non-members and "Dân vận khéo" models.
enum RecordForms {
    static func orgChoices(_ ids: [OrgID], state: State) -> [Choice] {
        ids.map { Choice(code: String($0.raw), BiText(verbatim: state.orgs[$0]?.name ?? "")) }
    }

    static func memberName(_ id: MemberID?, _ state: State) -> String {
        id.flatMap { state.members[$0]?.fullName } ?? ""
    }

    static func person(_ p: OutstandingPerson?, org: OrgID, state: State, today: Day) -> Form {
        let cells = MeetingForms.cells(under: org, state: state)
        let choices = orgChoices(cells.isEmpty ? [org] : cells, state: state)
        let selected = p.flatMap { p in choices.firstIndex { $0.code == String(p.org.raw) } } ?? 0
        return Form(purpose: .page(.person(p?.id, org: org)), title: p == nil ? .newPersonTitle : .editPersonTitle, fields: [
            FormField(key: "name", label: .fieldFullName, text: p?.name ?? "", required: true),
            FormField(key: "org", label: .fieldCell, choices: choices, selected: selected),
            FormField(key: "introducer", label: .fieldIntroducer, text: memberName(p?.introducer, state)),
            FormField(key: "introduced", label: .fieldIntroduced, text: p?.introduced?.vn ?? (p == nil ? today.vn : "")),
            FormField(key: "class", label: .fieldClassDate, text: p?.classDate?.vn ?? ""),
            FormField(key: "admitted", label: .fieldAdmitted, text: p?.admitted?.vn ?? ""),
            FormField(key: "notes", label: .fieldNotes, multilineText: p?.notes ?? ""),
        ])
    }

    static func model(_ m: MobilizationModel?, org: OrgID, state: State, year: Int) -> Form {
        // A choice list stays short on a big committee; the model's own unit is always in it,
        // so saving never moves the model elsewhere.
        var nodes = Array(state.subtree(of: org).prefix(500))
        if let own = m?.org, !nodes.contains(own) { nodes.append(own) }
        let choices = orgChoices(nodes, state: state)
        let selected = m.flatMap { m in choices.firstIndex { $0.code == String(m.org.raw) } } ?? 0
        func index<C: Coded>(_ v: C?) -> Int { v.flatMap { Array(C.allCases).firstIndex(of: $0) } ?? 0 }
        return Form(purpose: .page(.model(m?.id, org: org)), title: m == nil ? .newModelTitle : .editModelTitle, fields: [
            FormField(key: "name", label: .fieldModelName, text: m?.name ?? "", required: true),
            FormField(key: "field", label: .fieldModelField, choices: Choice.all(ModelField.self), selected: index(m?.field)),
            FormField(key: "year", label: .yearLabel, text: String(m?.year ?? year), required: true),
            FormField(key: "stage", label: .fieldModelStage, choices: Choice.all(ModelStage.self), selected: index(m?.stage)),
            FormField(key: "org", label: .memberOrg, choices: choices, selected: selected),
            FormField(key: "owner", label: .fieldOwner, text: memberName(m?.ownerMember, state)),
            FormField(key: "description", label: .fieldDescription, text: m?.description ?? ""),
        ])
    }

    /// An optional date field: nil when empty, an error mark when not a date.
    /// An optional member typed by name or card number, found among the node's members.
    static func member(_ f: inout Form, _ key: String, under org: OrgID, state: State) -> MemberID? {
        let text = f.value(key)
        if text.isEmpty { return nil }
        if let hit = MemberSearch(state: state, members: state.members(inSubtreeOf: org)).find(text).first { return hit }
        f.setError(key, .errNoSuchMember)
        return nil
    }
}

extension AppState {
    mutating func saveRecordForm(_ f: inout Form, _ purpose: PageForm) -> [Effect]? {
        f.clearErrors()
        f.checkRequired()
        switch purpose {
        case .person(let id, let scope):
            let introducer = RecordForms.member(&f, "introducer", under: scope, state: data)
            let introduced = f.day("introduced"), cls = f.day("class")
            let admitted = f.day("admitted")
            guard !f.hasErrors, let raw = UInt64(f.value("org")) else { return nil }
            let p = OutstandingPerson(id: id ?? MassID.random(using: &rng), org: OrgID(raw), name: f.value("name"),
                                      introducer: introducer, introduced: introduced, classDate: cls, admitted: admitted,
                                      notes: f.value("notes"))
            return [.commit([id == nil ? .addPerson(p) : .updatePerson(p)], message: .personSaved)]
        case .model(let id, let scope):
            let owner = RecordForms.member(&f, "owner", under: scope, state: data)
            let year = Int(f.value("year"))
            if year == nil, !f.value("year").isEmpty { f.setError("year", .errNumber) }
            guard !f.hasErrors, let year, let raw = UInt64(f.value("org")),
                  let field = ModelField(rawValue: f.value("field")), let stage = ModelStage(rawValue: f.value("stage")) else { return nil }
            let m = MobilizationModel(id: id ?? ModelID.random(using: &rng), org: OrgID(raw), name: f.value("name"), field: field,
                                      year: year, stage: stage, ownerMember: owner, description: f.value("description"))
            return [.commit([id == nil ? .addModel(m) : .updateModel(m)], message: .modelSaved)]
        default:
            return nil
        }
    }
}
