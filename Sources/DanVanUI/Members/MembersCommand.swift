import DanVanCore

/// The member list: adding, editing and marking members.
public enum MembersCommand: String, CaseIterable, Sendable, FeatureCommand {
    case newMember, quickAddMember, editMember, changeStatus, deleteMember, toggleMark, clearMarks

    var command: Command { .members(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Đảng viên", "Members")

    var bi: BiText {
        switch self {
        case .newMember: return BiText("Thêm đảng viên", "Add member")
        case .quickAddMember: return BiText("Thêm nhanh đảng viên", "Quick add member")
        case .editMember: return BiText("Sửa đảng viên", "Edit member")
        case .changeStatus: return BiText("Đổi trạng thái / chuyển sinh hoạt", "Change status / transfer")
        case .deleteMember: return BiText("Xóa đảng viên (nhập nhầm)", "Delete member (mistakes)")
        case .toggleMark: return BiText("Đánh dấu / bỏ đánh dấu", "Mark / unmark")
        case .clearMarks: return BiText("Bỏ mọi đánh dấu", "Clear all marks")
        }
    }

    /// The member list's keys (its search keys are `SearchCommand`'s).
    static let bindings = KeyBindings<MembersCommand>.make { bind in
        bind(.members, [.enter, .right], .general(.activate))
        bind(.members, [.left], .general(.prevPane))
        bind(.members, [.char(" ")], .toggleMark)
        bind(.members, [.char("i"), .insert], .newMember)
        bind(.members, [.char("+")], .quickAddMember)
        bind(.members, [.char("e")], .editMember)
        bind(.members, [.char("s")], .changeStatus)
        bind(.members, [.delete, .char("D")], .deleteMember)
        // Marks are seen (status bar) and cleared from any pane.
        bind(.panes, [.char("u")], .clearMarks)
    }
}
