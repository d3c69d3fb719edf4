import DanVanCore

/// The member form (full, or quick: the full name alone) and how it becomes a `Member`.
enum MemberForm {
    static func choices<C: Coded>(_ type: C.Type, optional: Bool) -> [Choice] {
        (optional ? [Choice(code: "", BiText(verbatim: "—"))] : []) + Choice.all(type)
    }
    static func index<C: Coded>(of value: C?, _ type: C.Type, optional: Bool) -> Int {
        guard let value, let i = Array(C.allCases).firstIndex(of: value) else { return 0 }
        return i + (optional ? 1 : 0)
    }

    /// A choice field where "—" (nothing) is allowed.
    static func optional<C: Coded>(_ key: String, _ label: Strings.UI, _ type: C.Type, _ value: C?) -> FormField {
        var f = FormField(key: key, label: label, choices: choices(type, optional: true), selected: index(of: value, type, optional: true))
        f.required = false
        return f
    }

    static func make(purpose: EditPurpose, member m: Member?) -> Form {
        if case .quickMember = purpose {
            return Form(purpose: .edit(purpose), title: .quickMemberTitle, fields: [
                FormField(key: "fullName", label: .fieldFullName, required: true),
            ])
        }
        let title: Strings.UI = m == nil ? .newMemberTitle : .editMemberTitle
        return Form(purpose: .edit(purpose), title: title, fields: [
            FormField(key: "fullName", label: .fieldFullName, text: m?.fullName ?? "", required: true),
            FormField(key: "card", label: .fieldCardNo, text: m?.cardNo ?? ""),
            optional("gender", .fieldGender, Gender.self, m?.gender),
            FormField(key: "birth", label: .fieldBirthDate, text: m?.birthDate?.vn ?? ""),
            FormField(key: "kind", label: .fieldMemberKind, choices: choices(MemberKind.self, optional: false),
                      selected: index(of: m?.kind, MemberKind.self, optional: false)),
            FormField(key: "joined", label: .fieldJoinedDate, text: m?.joinedDate?.vn ?? ""),
            FormField(key: "fullDate", label: .fieldFullMemberDate, text: m?.fullMemberDate?.vn ?? ""),
            FormField(key: "role", label: .fieldRole, choices: choices(MemberRole.self, optional: false),
                      selected: index(of: m?.role ?? .member, MemberRole.self, optional: false)),
            FormField(key: "residence", label: .fieldResidence, text: m?.residence ?? ""),
            FormField(key: "workplace", label: .fieldWorkplace, text: m?.workplace ?? ""),
            FormField(key: "phone", label: .fieldPhone, text: m?.phone ?? ""),
            FormField(key: "given", label: .fieldGivenName, text: m?.givenName ?? ""),
            FormField(key: "family", label: .fieldFamilyName, text: m?.familyName ?? ""),
            FormField(key: "notes", label: .fieldNotes, multilineText: m?.notes ?? ""),
        ])
    }

    /// Validates the fields (dates dd/mm/yyyy, their order) and returns the member: `base`
    /// keeps what the form does not show (status, history, cell).
    static func build(_ form: inout Form, base: Member) -> Member? {
        form.clearErrors()
        form.checkRequired()
        var m = base
        m.fullName = form.value("fullName")
        guard form.field("card") != nil else { return form.hasErrors ? nil : m }
        let card = form.value("card")
        m.cardNo = card.isEmpty ? nil : card
        let given = form.value("given")
        m.givenName = given.isEmpty ? nil : given
        let family = form.value("family")
        m.familyName = family.isEmpty ? nil : family
        m.gender = Gender(rawValue: form.value("gender"))
        m.kind = MemberKind(rawValue: form.value("kind")) ?? .full
        m.role = MemberRole(rawValue: form.value("role")) ?? .member
        // Many records know a birth or a joining only to the year or month: kept as known.
        m.birthDate = form.day("birth", partial: true)
        m.joinedDate = form.day("joined", partial: true)
        m.fullMemberDate = form.day("fullDate", partial: true)
        // Out of order only when certainly so (a partial date spans its month or year).
        if let b = m.birthDate, let j = m.joinedDate, j.lastDay <= b.firstDay { form.setError("joined", .errDateOrder) }
        if let j = m.joinedDate, let f = m.fullMemberDate, f.lastDay < j.firstDay { form.setError("fullDate", .errDateOrder) }
        m.residence = form.value("residence")
        m.workplace = form.value("workplace")
        m.phone = form.value("phone")
        m.notes = form.value("notes")
        if form.hasErrors {
            if let first = form.fields.firstIndex(where: { $0.error != nil }) { form.focus = first }
            return nil
        }
        return m
    }

}
