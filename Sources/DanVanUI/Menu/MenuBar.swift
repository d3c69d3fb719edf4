import DanVanCore

/// The menus of the menu bar. Every item is a named command, so a menu does exactly what
/// its key does. Alt+letter (or Esc then the letter) opens a menu by its first letter.
enum Menu: Int, CaseIterable, Sendable, Localized {
    case file, edit, view, options, help

    var bi: BiText {
        switch self {
        case .file: return BiText("Tệp", "File")
        case .edit: return BiText("Sửa", "Edit")
        case .view: return BiText("Xem", "View")
        case .options: return BiText("Cài đặt", "Options")
        case .help: return BiText("Trợ giúp", "Help")
        }
    }

    /// The items of each menu: a command in a menu needs no key to be reachable.
    var items: [Command] {
        switch self {
        case .file:
            [.tree(.newOrg), .importing(.importRoster), .welcome(.openDemo), .welcome(.leaveDemo),
             .security(.openSecurity), .general(.quit)]
        case .edit:
            [.assignments(.newAssignment), .general(.undo), .general(.redo), .search(.goTo), .members(.newMember),
             .members(.quickAddMember), .members(.editMember), .members(.changeStatus), .members(.deleteMember),
             .members(.clearMarks), .tree(.editOrg), .tree(.moveOrg), .tree(.deleteOrg),
             .assignments(.editAssignment), .assignments(.endAssignment), .assignments(.deleteAssignment),
             .assignments(.evaluate)]
        case .view:
            [.tree(.expandNode), .tree(.collapseNode), .general(.nextPane), .general(.previousYear),
             .general(.nextYear), .dashboard(.openDashboard), .review(.openReview), .meeting(.startMeeting),
             .meeting(.openMeetings), .records(.openPersons), .records(.openModels)]
        case .options: [.general(.switchLanguage), .general(.chooseTheme)]
        case .help: [.general(.help)]
        }
    }

    /// The letter that opens this menu with Alt or Esc: the first letter of a word of the
    /// title (without marks) that no menu to its left took ("Trợ giúp": G, Tệp has T).
    func hotkey(_ lang: Lang) -> Character {
        let title = Array(text(lang))
        return VietText.fold(String(title[hotkeyOffset(lang)])).lowercased().first ?? " "
    }

    /// Where the hotkey letter is in the title (the bar underlines it).
    func hotkeyOffset(_ lang: Lang) -> Int {
        let taken = Set(Menu.allCases.prefix(rawValue).map { $0.hotkey(lang) })
        let title = Array(text(lang))
        for (i, ch) in title.enumerated() where i == 0 || title[i - 1] == " " {
            if let f = VietText.fold(String(ch)).lowercased().first, !taken.contains(f) { return i }
        }
        return 0
    }

    /// The menu whose hotkey is `c` in `lang` (case and diacritics ignored).
    static func withHotkey(_ c: Character, _ lang: Lang) -> Menu? {
        let f = VietText.fold(String(c)).lowercased().first
        return allCases.first { $0.hotkey(lang) == f }
    }
}

/// The open menu and the highlighted item.
struct MenuState: Equatable, Sendable {
    var menu: Menu
    var item: Int
    init(menu: Menu, item: Int = 0) {
        self.menu = menu
        self.item = item
    }
}
