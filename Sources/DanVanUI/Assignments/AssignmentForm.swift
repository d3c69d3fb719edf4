import DanVanCore

/// The "new assignment" form and how its values become an `Assignment`.
public enum AssignmentForm {
    public static func make(member: MemberID, today: Day) -> Form {
        Form(purpose: .newAssignment(member), title: .newAssignmentTitle, fields: [
            FormField(key: "target", label: .fieldTargetGroup, choices: Choice.all(TargetGroup.self)),
            FormField(key: "area", label: .fieldArea),
            FormField(key: "households", label: .fieldHouseholds),
            FormField(key: "content", label: .fieldContent),
            FormField(key: "place", label: .fieldPlace, choices: Choice.all(Place.self), selected: 1),
            FormField(key: "source", label: .fieldSource, choices: Choice.all(Source.self)),
            // The start date opens filled with today, in the form people type.
            FormField(key: "from", label: .fieldFrom, text: today.vn, required: true),
            FormField(key: "to", label: .fieldTo),
            FormField(key: "resolution", label: .fieldResolution),
        ])
    }

    /// Validates the form, marking each bad field; returns the assignment when all is well.
    public static func build(_ form: inout Form, member: MemberID, id: AssignmentID) -> Assignment? {
        form.clearErrors()
        form.checkRequired()
        var households: Int?
        let h = form.value("households")
        if !h.isEmpty {
            if let n = Int(h.replacingOccurrences(of: ".", with: "")), n >= 0 { households = n } else { form.setError("households", .errNumber) }
        }
        let fromText = form.value("from")
        let from = Day.parse(fromText)
        if !fromText.isEmpty, from == nil { form.setError("from", .errDate) }
        let toText = form.value("to")
        let to = toText.isEmpty ? nil : Day.parse(toText)
        if !toText.isEmpty, to == nil { form.setError("to", .errDate) }
        if let from, let to, to < from { form.setError("to", .errDateOrder) }
        guard !form.hasErrors, let from,
              let target = TargetGroup(rawValue: form.value("target")),
              let place = Place(rawValue: form.value("place")),
              let source = Source(rawValue: form.value("source")) else {
            if let first = form.fields.firstIndex(where: { $0.error != nil }) { form.focus = first }
            return nil
        }
        return Assignment(id: id, member: member, targetGroup: target, area: form.value("area"), households: households,
                          content: form.value("content"), place: place, source: source, from: from, to: to,
                          resolution: form.value("resolution"))
    }
}

/// The "create organization" form (welcome screen, File menu, `n` in the tree).
public enum OrgForm {
    public static func make(parent: OrgID?, parentLevel: OrgLevel?) -> Form {
        let levels = OrgLevel.allCases.filter { $0.canSit(under: parentLevel) }
        return Form(purpose: .newOrg(parent: parent), title: .newOrgTitle, fields: [
            FormField(key: "name", label: .fieldOrgName, required: true),
            FormField(key: "level", label: .fieldOrgLevel, choices: levels.map { Choice(code: $0.code, vi: $0.vi, en: $0.en) }),
            MemberForm.optional("unitKind", .fieldUnitKind, UnitKind.self, nil),
            FormField(key: "term", label: .fieldTerm),
        ])
    }

    public static func build(_ form: inout Form, parent: OrgID?, id: OrgID) -> Org? {
        form.clearErrors()
        form.checkRequired()
        guard !form.hasErrors, let level = OrgLevel(rawValue: form.value("level")) else {
            if let first = form.fields.firstIndex(where: { $0.error != nil }) { form.focus = first }
            return nil
        }
        return Org(id: id, parent: parent, name: form.value("name"), level: level,
                   unitKind: UnitKind(rawValue: form.value("unitKind")), term: form.value("term"))
    }
}
