import DanVanCore

/// File → Import a roster.
public enum ImportCommand: String, CaseIterable, Sendable, FeatureCommand {
    case importRoster, chooseImportUnit, confirmImport, nextImportSheet, convertImportFont, createImportUnits, switchImportKind,
         chooseHeaderRow

    var command: Command { .importing(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Nhập danh sách", "Import a roster")

    var bi: BiText {
        switch self {
        case .importRoster: return BiText("Nhập danh sách", "Import a roster")
        case .chooseImportUnit: return BiText("Đổi đơn vị nhận danh sách", "Change the unit it goes into")
        case .confirmImport: return BiText("Nhập vào dữ liệu (một lần lưu)", "Import it (one save)")
        case .nextImportSheet: return BiText("Đọc trang tính kế tiếp của sổ tính", "Read the workbook's next sheet")
        case .convertImportFont: return BiText("Chuyển chữ phông cũ (TCVN3, VNI) sang Unicode", "Convert legacy-font text (TCVN3, VNI) to Unicode")
        case .createImportUnits: return BiText("Tạo các đơn vị tệp nêu mà chưa có", "Create the units the file names that are missing")
        case .switchImportKind: return BiText("Đọc là danh sách đảng viên / danh sách phân công", "Read as a member roster / an assignment list")
        case .chooseHeaderRow: return BiText("Chọn dòng tiêu đề cột (khi tệp không có tiêu đề quen)", "Choose the header row (when its headings are not known)")
        }
    }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String {
        switch self {
        case .chooseImportUnit: return BiText("Đơn vị", "Unit").text(lang)
        case .confirmImport: return BiText("Nhập", "Import").text(lang)
        case .nextImportSheet: return BiText("Trang tính", "Sheet").text(lang)
        case .convertImportFont: return BiText("Phông cũ", "Old font").text(lang)
        case .createImportUnits: return BiText("Tạo đơn vị", "New units").text(lang)
        case .switchImportKind: return BiText("Loại tệp", "File kind").text(lang)
        case .chooseHeaderRow: return BiText("Dòng tiêu đề", "Header row").text(lang)
        default: return text(lang)
        }
    }

    /// The file list takes typing (type-ahead), so only keys that are not text; the preview
    /// has the pages' shared keys (`.pages`) besides its own.
    static let bindings = KeyBindings<ImportCommand>.make { bind in
        bind(.importFiles, [.up], .general(.moveUp))
        bind(.importFiles, [.down], .general(.moveDown))
        bind(.importFiles, [.pageUp], .general(.pageUp))
        bind(.importFiles, [.pageDown], .general(.pageDown))
        bind(.importFiles, [.home], .general(.moveHome))
        bind(.importFiles, [.end], .general(.moveEnd))
        bind(.importFiles, [.enter], .general(.activate))
        bind(.importFiles, [.escape], .general(.closeOverlay))
        bind(.importFiles, [.function(1)], .general(.help))
        bind(.importFiles, [.function(9), .function(10)], .menu(.openMenu))
        bind(.importFiles, [.ctrl("q")], .general(.quit))
        // Not Enter: a whole file is not imported by a stray key.
        bind(.importPreview, [.function(2), .ctrl("s")], .confirmImport)
        bind(.importPreview, [.tab], .form(.nextField))
        bind(.importPreview, [.backTab], .form(.prevField))
        bind(.importPreview, [.right, .char(" ")], .form(.pickNext))
        bind(.importPreview, [.left], .form(.pickPrevious))
        bind(.importPreview, [.char("o"), .char("u")], .chooseImportUnit)
        // Offered on the preview when they apply (another sheet, legacy-font text, missing units).
        bind(.importPreview, [.function(3), .char("s")], .nextImportSheet)
        bind(.importPreview, [.function(4), .char("f")], .convertImportFont)
        bind(.importPreview, [.function(5), .char("c")], .createImportUnits)
        bind(.importPreview, [.function(6), .char("p")], .switchImportKind)
        bind(.importPreview, [.char("d")], .chooseHeaderRow)
    }

    static let hints: [KeyContext: [Command]] = [
        .importFiles: [.general(.activate), .general(.closeOverlay)],
        .importPreview: [.importing(.confirmImport), .form(.nextField), .form(.pickNext), .importing(.chooseImportUnit),
                         .general(.closeOverlay)],
    ]
}
