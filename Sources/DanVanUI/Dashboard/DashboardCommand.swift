import DanVanCore

/// The dashboard page.
public enum DashboardCommand: String, CaseIterable, Sendable, FeatureCommand {
    case openDashboard

    var command: Command { .dashboard(self) }

    /// The title help shows above the keys this feature binds.
    static let title = FeatureTitle(vi: "Bảng số liệu", en: "Dashboard")

    public var vi: String {
        switch self {
        case .openDashboard: "Bảng số liệu"
        }
    }

    public var en: String {
        switch self {
        case .openDashboard: "Dashboard"
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
