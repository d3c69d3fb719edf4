import DanVanCore

/// Commands every screen shares: moving, choosing, closing, help, quitting, yes/no, language,
/// theme, year, undo.
public enum GeneralCommand: String, CaseIterable, Sendable, FeatureCommand {
    case moveUp, moveDown, pageUp, pageDown, moveHome, moveEnd, nextPane, prevPane, activate, closeOverlay,
         help, quit, confirmYes, confirmNo, switchLanguage, chooseTheme, previousYear, nextYear, undo, redo

    var command: Command { .general(self) }

    /// The title help shows above the keys this feature binds.
    static let title = FeatureTitle(vi: "Chung", en: "General")

    public var vi: String {
        switch self {
        case .moveUp: "Lên một dòng"
        case .moveDown: "Xuống một dòng"
        case .pageUp: "Lên một trang"
        case .pageDown: "Xuống một trang"
        case .moveHome: "Về đầu"
        case .moveEnd: "Về cuối"
        case .nextPane: "Sang ô kế tiếp"
        case .prevPane: "Về ô trước"
        case .activate: "Chọn"
        case .closeOverlay: "Đóng / quay lại"
        case .help: "Trợ giúp"
        case .quit: "Thoát"
        case .confirmYes: "Đồng ý"
        case .confirmNo: "Không"
        case .switchLanguage: "Đổi ngôn ngữ"
        case .chooseTheme: "Giao diện màu"
        case .previousYear: "Năm trước"
        case .nextYear: "Năm sau"
        case .undo: "Hoàn tác"
        case .redo: "Làm lại"
        }
    }

    public var en: String {
        switch self {
        case .moveUp: "Up one row"
        case .moveDown: "Down one row"
        case .pageUp: "Up one page"
        case .pageDown: "Down one page"
        case .moveHome: "First row"
        case .moveEnd: "Last row"
        case .nextPane: "Next pane"
        case .prevPane: "Previous pane"
        case .activate: "Choose"
        case .closeOverlay: "Close / back"
        case .help: "Help"
        case .quit: "Quit"
        case .confirmYes: "Yes"
        case .confirmNo: "No"
        case .switchLanguage: "Switch language"
        case .chooseTheme: "Color theme"
        case .previousYear: "Previous year"
        case .nextYear: "Next year"
        case .undo: "Undo"
        case .redo: "Redo"
        }
    }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String {
        switch (self, lang) {
        case (.nextPane, .vi): "Ô kế"
        case (.nextPane, .en): "Pane"
        case (.closeOverlay, .vi): "Đóng"
        case (.closeOverlay, .en): "Close"
        case (.help, .vi): "Giúp"
        case (.help, .en): "Help"
        case (.quit, .vi): "Thoát"
        case (.quit, .en): "Quit"
        case (.switchLanguage, .vi): "English"
        case (.switchLanguage, .en): "Tiếng Việt"
        case (.chooseTheme, .vi): "Màu"
        case (.chooseTheme, .en): "Theme"
        default: text(lang)
        }
    }

    /// The keys shared by the panes (`.panes`) and by the pages that do not take text
    /// (`.pages`: a page's own use of a key wins, and in the roll call and the review letters
    /// are the type-ahead's), and the keys of the help, the theme list and the yes/no questions.
    /// F-keys always have a letter twin (some terminals eat F-keys) and Esc+digit reaches them
    /// too (the terminal turns Esc 2 into F2).
    static let bindings = KeyBindings<GeneralCommand>.make { bind in
        bind(.panes, [.function(1), .char("?")], .help)
        bind(.panes, [.function(7), .char("l")], .switchLanguage)
        bind(.panes, [.function(8), .char("t")], .chooseTheme)
        bind(.panes, [.char("q"), .ctrl("q")], .quit)
        bind(.panes, [.tab], .nextPane)
        bind(.panes, [.backTab], .prevPane)
        bind(.panes, [.up, .char("k")], .moveUp)
        bind(.panes, [.down, .char("j")], .moveDown)
        bind(.panes, [.pageUp], .pageUp)
        bind(.panes, [.pageDown], .pageDown)
        bind(.panes, [.home], .moveHome)
        bind(.panes, [.end], .moveEnd)
        bind(.panes, [.char("[")], .previousYear)
        bind(.panes, [.char("]")], .nextYear)
        bind(.panes, [.ctrl("z")], .undo)
        bind(.panes, [.ctrl("y")], .redo)
        bind(.pages, [.escape, .backspace], .closeOverlay)
        bind(.pages, [.up, .char("k")], .moveUp)
        bind(.pages, [.down, .char("j")], .moveDown)
        bind(.pages, [.pageUp], .pageUp)
        bind(.pages, [.pageDown], .pageDown)
        bind(.pages, [.home], .moveHome)
        bind(.pages, [.end], .moveEnd)
        bind(.pages, [.char("[")], .previousYear)
        bind(.pages, [.char("]")], .nextYear)
        bind(.pages, [.function(1), .char("?")], .help)
        bind(.pages, [.function(7), .char("l")], .switchLanguage)
        bind(.pages, [.function(8), .char("t")], .chooseTheme)
        bind(.pages, [.char("q"), .ctrl("q")], .quit)
        bind(.pages, [.ctrl("z")], .undo)
        bind(.pages, [.ctrl("y")], .redo)
        // Help overlay.
        bind(.help, [.escape, .char("?"), .function(1), .enter, .char("q")], .closeOverlay)
        bind(.help, [.up, .char("k")], .moveUp)
        bind(.help, [.down, .char("j")], .moveDown)
        bind(.help, [.pageUp], .pageUp)
        bind(.help, [.pageDown], .pageDown)
        bind(.help, [.home], .moveHome)
        bind(.help, [.end], .moveEnd)
        // A list to choose from (themes).
        bind(.picker, [.up], .moveUp)
        bind(.picker, [.down], .moveDown)
        bind(.picker, [.home], .moveHome)
        bind(.picker, [.end], .moveEnd)
        bind(.picker, [.enter], .activate)
        bind(.picker, [.escape], .closeOverlay)
        // Yes / no question (c/k: có/không).
        bind(.confirm, [.char("y"), .char("c"), .char("Y"), .char("C")], .confirmYes)
        bind(.confirm, [.char("n"), .char("k"), .char("N"), .char("K"), .escape], .confirmNo)
        // A refusal closes with Enter or Esc only: letters typed after it are held, not run.
        bind(.refused, [.enter, .escape], .closeOverlay)
        bind(.refused, [.ctrl("q")], .quit)
    }

    static let hints: [KeyContext: [Command]] = [
        .panes: [GeneralCommand.help.command, .assignments(.newAssignment), .general(.switchLanguage),
                 .general(.chooseTheme), .menu(.openMenu), .general(.nextPane), .general(.quit)],
        .help: [.general(.closeOverlay)],
        .picker: [.general(.activate), .general(.closeOverlay)],
        .confirm: [.general(.confirmYes), .general(.confirmNo)],
        .refused: [.general(.closeOverlay)],
    ]
}
