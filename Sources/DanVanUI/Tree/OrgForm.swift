import DanVanCore

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
