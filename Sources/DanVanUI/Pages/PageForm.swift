import DanVanCore

/// What a page's form is for: decides how its values become ops.
enum PageForm: Equatable, Sendable {
    case evaluation(AssignmentID, year: Int)
    case meetingStart
    case absenceReason(MeetingID, MemberID)
    case meetingNotes(MeetingID)
    case exportMinutes(MeetingID)
    /// Add (nil id) or edit; `org` is the page's node (whose members an introducer is found among).
    case person(MassID?, org: OrgID)
    case model(ModelID?, org: OrgID)
}

extension AppState {
    /// Validates a page form and returns its effects; nil when a field needs correcting.
    mutating func savePageForm(_ f: inout Form, _ purpose: PageForm) -> [Effect]? {
        switch purpose {
        case .evaluation(let id, let year):
            guard let e = EvaluationForm.build(&f) else { return nil }
            return [.commit([.setEvaluation(id, year: year, e)], message: .evaluationSaved)]
        case .meetingStart:
            // The cell of a started meeting becomes the last cell used.
            guard let effects = saveMeetingForm(&f, purpose) else { return nil }
            return effects + (UInt64(f.value("cell")).map { useCell(OrgID($0)) } ?? [])
        case .absenceReason, .meetingNotes, .exportMinutes:
            return saveMeetingForm(&f, purpose)
        case .person, .model:
            return saveRecordForm(&f, purpose)
        }
    }
}
