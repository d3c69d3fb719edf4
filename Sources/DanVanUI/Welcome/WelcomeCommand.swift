import DanVanCore

/// The welcome screen and the demo folder.
public enum WelcomeCommand: String, CaseIterable, Sendable, FeatureCommand {
    case openDemo, leaveDemo

    var command: Command { .welcome(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Màn hình chào", "Welcome screen")

    var bi: BiText {
        switch self {
        case .openDemo: return BiText("Mở dữ liệu mẫu", "Open demo data")
        case .leaveDemo: return BiText("Về dữ liệu thật", "Back to your data")
        }
    }

    /// The welcome screen's keys.
    static let bindings = KeyBindings<WelcomeCommand>.make { bind in
        bind(.welcome, [.up, .char("k")], .general(.moveUp))
        bind(.welcome, [.down, .char("j")], .general(.moveDown))
        bind(.welcome, [.enter], .general(.activate))
        bind(.welcome, [.char("n")], .tree(.newOrg))
        bind(.welcome, [.char("d")], .openDemo)
        bind(.welcome, [.function(1), .char("?")], .general(.help))
        bind(.welcome, [.function(7), .char("l")], .general(.switchLanguage))
        bind(.welcome, [.function(8), .char("t")], .general(.chooseTheme))
        bind(.welcome, [.function(9), .function(10), .char("m")], .menu(.openMenu))
        bind(.welcome, [.char("q"), .ctrl("q")], .general(.quit))
    }

    static let hints: [KeyContext: [Command]] = [
        .welcome: [.general(.help), .general(.switchLanguage), .general(.chooseTheme), .menu(.openMenu),
                   .general(.quit)],
    ]
}
