import DanVanCore

/// The menu bar.
public enum MenuCommand: String, CaseIterable, Sendable, FeatureCommand {
    case openMenu, menuLeft, menuRight

    var command: Command { .menu(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Thanh thực đơn", "Menu bar")

    var bi: BiText {
        switch self {
        case .openMenu: return BiText("Thanh thực đơn", "Menu bar")
        case .menuLeft: return BiText("Thực đơn bên trái", "Menu to the left")
        case .menuRight: return BiText("Thực đơn bên phải", "Menu to the right")
        }
    }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String {
        switch self {
        case .openMenu: return BiText("Menu", "Menu").text(lang)
        default: return text(lang)
        }
    }

    /// The menu bar's keys, and the keys that open it from the panes and the pages.
    static let bindings = KeyBindings<MenuCommand>.make { bind in
        bind(.panes, [.function(9), .function(10), .char("m")], .openMenu)
        bind(.pages, [.function(9), .function(10), .char("m")], .openMenu)
        bind(.menu, [.left], .menuLeft)
        bind(.menu, [.right], .menuRight)
        bind(.menu, [.up], .general(.moveUp))
        bind(.menu, [.down], .general(.moveDown))
        bind(.menu, [.home], .general(.moveHome))
        bind(.menu, [.end], .general(.moveEnd))
        bind(.menu, [.enter], .general(.activate))
        bind(.menu, [.escape, .function(9), .function(10)], .general(.closeOverlay))
        bind(.menu, [.ctrl("q")], .general(.quit))
    }

    static let hints: [KeyContext: [Command]] = [
        .menu: [.general(.activate), .general(.closeOverlay)],
    ]
}

extension AppState {
    mutating func run(_ command: MenuCommand) -> [Effect] {
        switch command {
        case .openMenu:
            overlay = .menu(MenuState(menu: .file))
        case .menuLeft, .menuRight:
            if case .menu(let m) = overlay {
                let n = Menu.allCases.count
                let next = (m.menu.rawValue + (command == .menuLeft ? n - 1 : 1)) % n
                overlay = .menu(MenuState(menu: Menu(rawValue: next)!))
            }
        }
        return []
    }
}
