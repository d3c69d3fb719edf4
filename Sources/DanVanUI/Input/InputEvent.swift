/// A key as the application sees it, whatever the terminal sent.
public enum Key: Hashable, Sendable {
    case char(Character)
    case enter, tab, backTab, escape, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1…F12. The terminal layer also turns Esc followed by a digit into F-keys (Esc 0 = F10).
    case function(Int)
    /// Ctrl+letter, lower-case letter ("z" for Ctrl-Z).
    case ctrl(Character)
    /// Alt+character, or Esc followed quickly by the character.
    case alt(Character)
}

/// What arrives from the terminal.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// Text pasted in one piece (bracketed paste), inserted as is.
    case paste(String)
    case resize(width: Int, height: Int)
}
