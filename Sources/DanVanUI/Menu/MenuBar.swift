import DanVanCore

/// The menus of the menu bar. Every item is a named command, so a menu does exactly what
/// its key does. Alt+letter (or Esc then the letter) opens a menu by its first letter.
public enum Menu: Int, CaseIterable, Sendable, Localized {
    case file, edit, view, options, help

    public var bi: BiText {
        switch self {
        case .file: return BiText("Tệp", "File")
        case .edit: return BiText("Sửa", "Edit")
        case .view: return BiText("Xem", "View")
        case .options: return BiText("Cài đặt", "Options")
        case .help: return BiText("Trợ giúp", "Help")
        }
    }

    public var items: [Command] {
        switch self {
        case .file: [.newOrg, .importRoster, .openDemo, .leaveDemo, .openSecurity, .quit]
        case .edit: [.newAssignment] + Menu.editingItems
        case .view: [.expandNode, .collapseNode, .nextPane, .previousYear, .nextYear, .openDashboard, .openReview, .startMeeting, .openMeetings, .openPersons, .openModels]
        case .options: [.switchLanguage, .chooseTheme]
        case .help: [.help]
        }
    }

    /// The letter that opens this menu with Alt or Esc: the first letter of a word of the
    /// title (without marks) that no menu to its left took ("Trợ giúp": G, Tệp has T).
    public func hotkey(_ lang: Lang) -> Character {
        let title = Array(text(lang))
        return VietText.fold(String(title[hotkeyOffset(lang)])).lowercased().first ?? " "
    }

    /// Where the hotkey letter is in the title (the bar underlines it).
    public func hotkeyOffset(_ lang: Lang) -> Int {
        let taken = Set(Menu.allCases.prefix(rawValue).map { $0.hotkey(lang) })
        let title = Array(text(lang))
        for (i, ch) in title.enumerated() where i == 0 || title[i - 1] == " " {
            if let f = VietText.fold(String(ch)).lowercased().first, !taken.contains(f) { return i }
        }
        return 0
    }

    /// The menu whose hotkey is `c` in `lang` (case and diacritics ignored).
    public static func withHotkey(_ c: Character, _ lang: Lang) -> Menu? {
        let f = VietText.fold(String(c)).lowercased().first
        return allCases.first { $0.hotkey(lang) == f }
    }
}

/// The open menu and the highlighted item.
public struct MenuState: Equatable, Sendable {
    public var menu: Menu
    public var item: Int
    public init(menu: Menu, item: Int = 0) {
        self.menu = menu
        self.item = item
    }
}
