import DanVanCore

/// A yes/no question before a step that loses something. It is answered with y/c (or
/// n/k/Esc), never with the key that asked for the step.
public struct Confirmation: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// Esc on a form holding unsaved changes.
        case discardForm
        case deleteOrg(OrgID)
        case deleteAssignment(AssignmentID)
        /// A member entered by mistake (no assignments, meetings or history).
        case deleteMember(MemberID)
    }
    public var purpose: Purpose

    /// The question, naming the record where there is one.
    func question(_ state: AppState) -> String {
        let lang = state.lang
        switch purpose {
        case .discardForm: return Strings.UI.confirmDiscard.text(lang)
        case .deleteOrg(let id): return Change.deleteOrg(id).summary(in: state.data, lang) + "?"
        case .deleteAssignment(let id): return Change.deleteAssignment(id).summary(in: state.data, lang) + "?"
        case .deleteMember(let id): return Change.deleteMember(id).summary(in: state.data, lang) + "?"
        }
    }

    func answers(_ lang: Lang) -> String {
        switch purpose {
        case .discardForm: Strings.UI.confirmDiscardKeys.text(lang)
        case .deleteOrg, .deleteAssignment, .deleteMember: Strings.UI.confirmDeleteKeys.text(lang)
        }
    }
}
