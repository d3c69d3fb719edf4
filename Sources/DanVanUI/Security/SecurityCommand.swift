import DanVanCore

/// The security screen.
public enum SecurityCommand: String, CaseIterable, Sendable, FeatureCommand {
    case openSecurity

    var command: Command { .security(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Bảo mật", "Security")

    var bi: BiText {
        switch self {
        case .openSecurity: return BiText("Bảo mật", "Security")
        }
    }

    /// Opened from the File menu only; the screen's own keys are read in `pressedOnSecurity`.
    static let bindings: [Binding] = []
}
