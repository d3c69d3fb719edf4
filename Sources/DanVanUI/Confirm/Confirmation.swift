import DanVanCore

/// A yes/no question before a step that loses something. It is answered with y/c (or
/// n/k/Esc), never with the key that asked for the step.
struct Confirmation: Equatable, Sendable {
    enum Purpose: Equatable, Sendable {
        /// Esc on a form holding unsaved changes.
        case discardForm
        case deleteOrg(OrgID)
        case deleteAssignment(AssignmentID)
        /// A member entered by mistake (no assignments, meetings or history).
        case deleteMember(MemberID)
        /// `a` with marks outside the selected unit: assign all the marked members anyway?
        case assignMarked(outside: [MemberID], all: Int)
    }
    var purpose: Purpose

    /// The question, naming the record where there is one.
    func question(_ state: AppState) -> String {
        let lang = state.lang
        switch purpose {
        case .discardForm: return Strings.UI.confirmDiscard.text(lang)
        case .deleteOrg(let id): return Change.deleteOrg(id).summary(in: state.data, lang) + "?"
        case .deleteAssignment(let id): return Change.deleteAssignment(id).summary(in: state.data, lang) + "?"
        case .deleteMember(let id): return Change.deleteMember(id).summary(in: state.data, lang) + "?"
        case .assignMarked(let outside, _):
            let unit = state.selectedOrg.flatMap { state.data.orgs[$0]?.name } ?? ""
            return "\(NumberFormat.count(outside.count, lang)) \(Strings.Keys.outsideOf.text(lang)) \(unit):"
        }
    }

    /// Lines under the question: the marked members outside the unit, with their cell.
    func detail(_ state: AppState) -> [String] {
        guard case .assignMarked(let outside, _) = purpose else { return [] }
        return outside.compactMap { id in
            state.data.members[id].map { "\($0.fullName) — \(state.data.orgs[$0.org]?.name ?? "")" }
        }
    }

    func answers(_ lang: Lang) -> String {
        switch purpose {
        case .discardForm: Strings.UI.confirmDiscardKeys.text(lang)
        case .deleteOrg, .deleteAssignment, .deleteMember: Strings.UI.confirmDeleteKeys.text(lang)
        case .assignMarked(_, let all):
            Strings.Keys.outsideQuestion.text(lang).replacingOccurrences(of: "%d", with: NumberFormat.count(all, lang))
        }
    }
}

extension Confirmation.Purpose {
    var isAssignMarked: Bool { if case .assignMarked = self { true } else { false } }
}
