import DanVanCore

/// The security screen.
public enum SecurityCommand: String, CaseIterable, Sendable, FeatureCommand {
    case openSecurity

    var command: Command { .security(self) }

    /// The title help shows above the keys this feature binds.
    static let title = FeatureTitle(vi: "Bảo mật", en: "Security")

    public var vi: String {
        switch self {
        case .openSecurity: "Bảo mật"
        }
    }

    public var en: String {
        switch self {
        case .openSecurity: "Security"
        }
    }

    /// Opened from the File menu only; the screen's own keys are read in `pressedOnSecurity`.
    static let bindings: [Binding] = []
}
