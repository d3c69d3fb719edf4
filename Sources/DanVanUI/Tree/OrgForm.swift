import DanVanCore

/// The "create organization" form (welcome screen, File menu, `n` in the tree).
enum OrgForm {
    static func make(parent: OrgID?, parentLevel: OrgLevel?) -> Form {
        let levels = OrgLevel.allCases.filter { $0.canSit(under: parentLevel) }
        return Form(purpose: .newOrg(parent: parent), title: .newOrgTitle, fields: [
            FormField(key: "name", label: .fieldOrgName, required: true),
            FormField(key: "level", label: .fieldOrgLevel, choices: levels.map { Choice($0) }),
            MemberForm.optional("unitKind", .fieldUnitKind, UnitKind.self, nil),
            FormField(key: "term", label: .fieldTerm),
        ] + documentFields(nil))
    }

    /// What the unit's documents (report, minutes) print in their header and signature.
    static func documentFields(_ o: Org?) -> [FormField] {
        [FormField(key: "letterhead", label: .fieldLetterhead, text: o?.letterhead ?? ""),
         FormField(key: "placeName", label: .fieldPlaceName, text: o?.placeName ?? ""),
         FormField(key: "signer", label: .fieldSigner, text: o?.signer ?? "")]
    }

    /// Copies the document fields of a filled form into `o`.
    static func readDocumentFields(_ form: Form, into o: inout Org) {
        o.letterhead = form.value("letterhead")
        o.placeName = form.value("placeName")
        o.signer = form.value("signer")
    }

    static func build(_ form: inout Form, parent: OrgID?, id: OrgID) -> Org? {
        form.clearErrors()
        form.checkRequired()
        guard !form.hasErrors, let level = OrgLevel(rawValue: form.value("level")) else {
            if let first = form.fields.firstIndex(where: { $0.error != nil }) { form.focus = first }
            return nil
        }
        var o = Org(id: id, parent: parent, name: form.value("name"), level: level,
                    unitKind: UnitKind(rawValue: form.value("unitKind")), term: form.value("term"))
        readDocumentFields(form, into: &o)
        return o
    }
}
