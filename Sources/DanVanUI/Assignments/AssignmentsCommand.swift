import DanVanCore

/// A member's assignments.
public enum AssignmentsCommand: String, CaseIterable, Sendable, FeatureCommand {
    case newAssignment, editAssignment, endAssignment, deleteAssignment, evaluate

    var command: Command { .assignments(self) }

    /// The title help shows above the keys this feature binds.
    static let title = FeatureTitle(vi: "Phân công", en: "Assignments")

    public var vi: String {
        switch self {
        case .newAssignment: "Thêm phân công"
        case .editAssignment: "Sửa phân công"
        case .endAssignment: "Kết thúc phân công"
        case .deleteAssignment: "Xóa phân công (nhập nhầm)"
        case .evaluate: "Đánh giá năm"
        }
    }

    public var en: String {
        switch self {
        case .newAssignment: "New assignment"
        case .editAssignment: "Edit assignment"
        case .endAssignment: "End assignment"
        case .deleteAssignment: "Delete assignment (mistakes)"
        case .evaluate: "Evaluate for the year"
        }
    }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String {
        switch (self, lang) {
        case (.newAssignment, .vi): "Phân công"
        case (.newAssignment, .en): "Assign"
        default: text(lang)
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
