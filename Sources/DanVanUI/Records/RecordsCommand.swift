import DanVanCore

/// The outstanding non-members and the skilful-mobilization models.
public enum RecordsCommand: String, CaseIterable, Sendable, FeatureCommand {
    case openPersons, openModels, newRecord, editRecord, deleteRecord

    var command: Command { .records(self) }

    /// The title help shows above the keys this feature binds.
    static let title = FeatureTitle(vi: "Quần chúng ưu tú, mô hình", en: "Non-members and models")

    public var vi: String {
        switch self {
        case .openPersons: "Quần chúng ưu tú"
        case .openModels: "Mô hình Dân vận khéo"
        case .newRecord: "Thêm"
        case .editRecord: "Sửa"
        case .deleteRecord: "Xóa"
        }
    }

    public var en: String {
        switch self {
        case .openPersons: "Outstanding non-members"
        case .openModels: "Skilful-mobilization models"
        case .newRecord: "Add"
        case .editRecord: "Edit"
        case .deleteRecord: "Delete"
        }
    }

    /// The records pages: the member list's search and editing keys.
    static let bindings = KeyBindings<RecordsCommand>.make { bind in
        bind(.panes, [.char("Q")], .openPersons)
        bind(.panes, [.char("K")], .openModels)
        bind(.records, [.char("/")], .search(.startSearch))
        bind(.records, [.char("i"), .insert], .newRecord)
        bind(.records, [.char("e"), .enter], .editRecord)
        bind(.records, [.delete, .char("D")], .deleteRecord)
        bind(.recordSearch, [.enter], .search(.keepSearch))
        bind(.recordSearch, [.escape], .search(.clearSearch))
        bind(.recordSearch, [.ctrl("q")], .general(.quit))
    }

    static let hints: [KeyContext: [Command]] = [
        .records: [.general(.help), .search(.startSearch), .records(.newRecord), .records(.editRecord),
                   .records(.deleteRecord), .general(.closeOverlay)],
        .recordSearch: [.search(.keepSearch), .search(.clearSearch)],
    ]
}
