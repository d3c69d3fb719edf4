import DanVanCore

/// The member list: adding, editing and marking members.
public enum MembersCommand: String, CaseIterable, Sendable, FeatureCommand {
    case newMember, quickAddMember, editMember, changeStatus, deleteMember, toggleMark, clearMarks

    var command: Command { .members(self) }

    /// The title help shows above the keys this feature binds.
    static let title = FeatureTitle(vi: "Đảng viên", en: "Members")

    public var vi: String {
        switch self {
        case .newMember: "Thêm đảng viên"
        case .quickAddMember: "Thêm nhanh đảng viên"
        case .editMember: "Sửa đảng viên"
        case .changeStatus: "Đổi trạng thái / chuyển sinh hoạt"
        case .deleteMember: "Xóa đảng viên (nhập nhầm)"
        case .toggleMark: "Đánh dấu / bỏ đánh dấu"
        case .clearMarks: "Bỏ mọi đánh dấu"
        }
    }

    public var en: String {
        switch self {
        case .newMember: "Add member"
        case .quickAddMember: "Quick add member"
        case .editMember: "Edit member"
        case .changeStatus: "Change status / transfer"
        case .deleteMember: "Delete member (mistakes)"
        case .toggleMark: "Mark / unmark"
        case .clearMarks: "Clear all marks"
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
