import DanVanCore

/// The outstanding non-members and the skilful-mobilization models.
public enum RecordsCommand: String, CaseIterable, Sendable, FeatureCommand {
    case openPersons, openModels, newRecord, editRecord, deleteRecord

    var command: Command { .records(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Quần chúng ưu tú, mô hình", "Non-members and models")

    var bi: BiText {
        switch self {
        case .openPersons: return BiText("Quần chúng ưu tú", "Outstanding non-members")
        case .openModels: return BiText("Mô hình Dân vận khéo", "Skilful-mobilization models")
        case .newRecord: return BiText("Thêm", "Add")
        case .editRecord: return BiText("Sửa", "Edit")
        case .deleteRecord: return BiText("Xóa", "Delete")
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
