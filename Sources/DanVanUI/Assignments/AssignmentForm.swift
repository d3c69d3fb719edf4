import DanVanCore

/// The "new assignment" form and how its values become an `Assignment`.
enum AssignmentForm {
    static func make(member: MemberID, today: Day) -> Form {
        Form(purpose: .newAssignment(member), title: .newAssignmentTitle, fields: [
            FormField(key: "target", label: .fieldTargetGroup, choices: Choice.all(TargetGroup.self)),
            FormField(key: "area", label: .fieldArea),
            FormField(key: "households", label: .fieldHouseholds),
            FormField(key: "content", label: .fieldContent, required: true),
            FormField(key: "place", label: .fieldPlace, choices: Choice.all(Place.self), selected: 1),
            FormField(key: "source", label: .fieldSource, choices: Choice.all(Source.self)),
            // The start date opens filled with today, in the form people type.
            FormField(key: "from", label: .fieldFrom, text: today.vn, required: true),
            FormField(key: "to", label: .fieldTo),
            FormField(key: "resolution", label: .fieldResolution),
        ])
    }

    /// Validates the form, marking each bad field; returns the assignment when all is well.
    static func build(_ form: inout Form, member: MemberID, id: AssignmentID) -> Assignment? {
        form.clearErrors()
        form.checkRequired()
        // The core's rule (State.checkNew), said beside the field: without content two
        // presses of F2 would save a default target group as "được phân công".
        if (try? Assignment.requireContent(form.value("content"))) == nil { form.setError("content", .errContent) }
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
