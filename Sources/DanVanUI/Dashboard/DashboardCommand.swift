import DanVanCore

/// The dashboard page.
public enum DashboardCommand: String, CaseIterable, Sendable, FeatureCommand {
    case openDashboard

    var command: Command { .dashboard(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Bảng số liệu", "Dashboard")

    var bi: BiText {
        switch self {
        case .openDashboard: return BiText("Bảng số liệu", "Dashboard")
        }
    }

    /// The dashboard opens from the panes; on it the pages' shared keys apply (`.pages`).
    static let bindings = KeyBindings<DashboardCommand>.make { bind in
        bind(.panes, [.char("b")], .openDashboard)
    }

    static let hints: [KeyContext: [Command]] = [
        .dashboard: [.general(.help), .general(.previousYear), .general(.nextYear), .general(.closeOverlay),
                     .menu(.openMenu), .general(.quit)],
    ]
}
