import DanVanCore

/// The organization tree: opening branches and editing nodes.
public enum TreeCommand: String, CaseIterable, Sendable, FeatureCommand {
    case expandNode, collapseNode, toggleNode, newOrg, editOrg, moveOrg, deleteOrg

    var command: Command { .tree(self) }

    /// The title help shows above the keys this feature binds.
    static let title = FeatureTitle(vi: "Tổ chức", en: "Organization")

    public var vi: String {
        switch self {
        case .expandNode: "Mở nhánh"
        case .collapseNode: "Đóng nhánh"
        case .toggleNode: "Mở/đóng nhánh"
        case .newOrg: "Tạo tổ chức"
        case .editOrg: "Sửa tổ chức"
        case .moveOrg: "Chuyển tổ chức"
        case .deleteOrg: "Xóa tổ chức"
        }
    }

    public var en: String {
        switch self {
        case .expandNode: "Expand node"
        case .collapseNode: "Collapse node"
        case .toggleNode: "Expand/collapse"
        case .newOrg: "Create organization"
        case .editOrg: "Edit node"
        case .moveOrg: "Move node"
        case .deleteOrg: "Delete node"
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
