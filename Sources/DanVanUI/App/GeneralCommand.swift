import DanVanCore

/// Commands every screen shares: moving, choosing, closing, help, quitting, yes/no, language,
/// theme, year, undo.
public enum GeneralCommand: String, CaseIterable, Sendable, FeatureCommand {
    case moveUp, moveDown, pageUp, pageDown, moveHome, moveEnd, nextPane, prevPane, activate, closeOverlay,
         help, quit, confirmYes, confirmNo, switchLanguage, chooseTheme, previousYear, nextYear, undo, redo

    var command: Command { .general(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Chung", "General")

    var bi: BiText {
        switch self {
        case .moveUp: return BiText("Lên một dòng", "Up one row")
        case .moveDown: return BiText("Xuống một dòng", "Down one row")
        case .pageUp: return BiText("Lên một trang", "Up one page")
        case .pageDown: return BiText("Xuống một trang", "Down one page")
        case .moveHome: return BiText("Về đầu", "First row")
        case .moveEnd: return BiText("Về cuối", "Last row")
        case .nextPane: return BiText("Sang ô kế tiếp", "Next pane")
        case .prevPane: return BiText("Về ô trước", "Previous pane")
        case .activate: return BiText("Chọn", "Choose")
        case .closeOverlay: return BiText("Đóng / quay lại", "Close / back")
        case .help: return BiText("Trợ giúp", "Help")
        case .quit: return BiText("Thoát", "Quit")
        case .confirmYes: return BiText("Đồng ý", "Yes")
        case .confirmNo: return BiText("Không", "No")
        case .switchLanguage: return BiText("Đổi ngôn ngữ", "Switch language")
        case .chooseTheme: return BiText("Giao diện màu", "Color theme")
        case .previousYear: return BiText("Năm trước", "Previous year")
        case .nextYear: return BiText("Năm sau", "Next year")
        case .undo: return BiText("Hoàn tác", "Undo")
        case .redo: return BiText("Làm lại", "Redo")
        }
    }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String {
        switch self {
        case .nextPane: return BiText("Ô kế", "Pane").text(lang)
        case .closeOverlay: return BiText("Đóng", "Close").text(lang)
        case .help: return BiText("Giúp", "Help").text(lang)
        case .quit: return BiText("Thoát", "Quit").text(lang)
        case .switchLanguage: return BiText("English", "Tiếng Việt").text(lang)
        case .chooseTheme: return BiText("Màu", "Theme").text(lang)
        default: return text(lang)
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
