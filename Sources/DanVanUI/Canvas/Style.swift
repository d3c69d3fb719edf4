/// What a cell is, not what color it is: widgets draw with roles, the theme maps roles to
/// colors, so tests compare meaning and a theme file can restyle everything.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal, dim, title, header
    case menuBar, menuItem, menuSelected, menuHotkey
    case hintKey, hintText
    case status, statusOK, statusError, statusWarning
    case paneBorder, paneBorderFocused, paneTitle
    case selection, selectionUnfocused, marked
    case inputField, inputFocused, fieldError
    case dialog, dialogTitle
    case barFill, barEmpty
    case exempt, inactive
}

public struct Style: Hashable, Sendable {
    var role: StyleRole
    var bold: Bool
    var underline: Bool
    var reverse: Bool

    public init(_ role: StyleRole = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }
    public static let normal = Style()
}
