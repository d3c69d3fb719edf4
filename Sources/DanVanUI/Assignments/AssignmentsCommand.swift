import DanVanCore

/// A member's assignments.
public enum AssignmentsCommand: String, CaseIterable, Sendable, FeatureCommand {
    case newAssignment, editAssignment, endAssignment, deleteAssignment, evaluate

    var command: Command { .assignments(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Phân công", "Assignments")

    var bi: BiText {
        switch self {
        case .newAssignment: return BiText("Thêm phân công", "New assignment")
        case .editAssignment: return BiText("Sửa phân công", "Edit assignment")
        case .endAssignment: return BiText("Kết thúc phân công", "End assignment")
        case .deleteAssignment: return BiText("Xóa phân công (nhập nhầm)", "Delete assignment (mistakes)")
        case .evaluate: return BiText("Đánh giá năm", "Evaluate for the year")
        }
    }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String {
        switch self {
        case .newAssignment: return BiText("Phân công", "Assign").text(lang)
        default: return text(lang)
        }
    }

    /// The detail pane's keys, and a new assignment from any pane.
    static let bindings = KeyBindings<AssignmentsCommand>.make { bind in
        bind(.panes, [.function(2), .char("a")], .newAssignment)
        bind(.detail, [.left], .general(.prevPane))
        bind(.detail, [.enter], .newAssignment)
        bind(.detail, [.char("e")], .editAssignment)
        bind(.detail, [.char("x")], .endAssignment)
        bind(.detail, [.delete, .char("D")], .deleteAssignment)
        bind(.detail, [.char("v")], .evaluate)
    }
}
