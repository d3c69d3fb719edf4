import DanVanCore

/// The choices of the welcome screen, top to bottom.
enum WelcomeChoice: CaseIterable, Sendable {
    case create, demo, quit
    var label: Strings.UI {
        switch self {
        case .create: .welcomeCreate
        case .demo: .welcomeDemo
        case .quit: .welcomeQuit
        }
    }
}
