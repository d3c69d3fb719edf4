import DanVanCore

/// The organization tree: opening branches and editing nodes.
public enum TreeCommand: String, CaseIterable, Sendable, FeatureCommand {
    case expandNode, collapseNode, toggleNode, newOrg, editOrg, moveOrg, deleteOrg

    var command: Command { .tree(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Tổ chức", "Organization")

    var bi: BiText {
        switch self {
        case .expandNode: return BiText("Mở nhánh", "Expand node")
        case .collapseNode: return BiText("Đóng nhánh", "Collapse node")
        case .toggleNode: return BiText("Mở/đóng nhánh", "Expand/collapse")
        case .newOrg: return BiText("Tạo tổ chức", "Create organization")
        case .editOrg: return BiText("Sửa tổ chức", "Edit node")
        case .moveOrg: return BiText("Chuyển tổ chức", "Move node")
        case .deleteOrg: return BiText("Xóa tổ chức", "Delete node")
        }
    }

    /// The tree pane's keys (the panes' shared keys are `GeneralCommand`'s).
    static let bindings = KeyBindings<TreeCommand>.make { bind in
        bind(.tree, [.right, .char("+")], .expandNode)
        bind(.tree, [.left, .char("-")], .collapseNode)
        bind(.tree, [.enter, .char(" ")], .toggleNode)
        bind(.tree, [.char("n")], .newOrg)
        bind(.tree, [.char("e")], .editOrg)
        bind(.tree, [.char("M")], .moveOrg)
        bind(.tree, [.delete, .char("D")], .deleteOrg)
    }
}
