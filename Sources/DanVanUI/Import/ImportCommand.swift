import DanVanCore

/// File → Import a roster.
public enum ImportCommand: String, CaseIterable, Sendable, FeatureCommand {
    case importRoster, chooseImportUnit, confirmImport

    var command: Command { .importing(self) }

    /// The title help shows above the keys this feature binds.
    static let title = FeatureTitle(vi: "Nhập danh sách", en: "Import a roster")

    public var vi: String {
        switch self {
        case .importRoster: "Nhập danh sách"
        case .chooseImportUnit: "Đổi đơn vị nhận danh sách"
        case .confirmImport: "Nhập vào dữ liệu (một lần lưu)"
        }
    }

    public var en: String {
        switch self {
        case .importRoster: "Import a roster"
        case .chooseImportUnit: "Change the unit it goes into"
        case .confirmImport: "Import it (one save)"
        }
    }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String {
        switch (self, lang) {
        case (.chooseImportUnit, .vi): "Đơn vị"
        case (.chooseImportUnit, .en): "Unit"
        case (.confirmImport, .vi): "Nhập"
        case (.confirmImport, .en): "Import"
        default: text(lang)
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
    }

    static let hints: [KeyContext: [Command]] = [
        .importFiles: [.general(.activate), .general(.closeOverlay)],
        .importPreview: [.importing(.confirmImport), .form(.nextField), .form(.pickNext), .importing(.chooseImportUnit),
                         .general(.closeOverlay)],
    ]
}
