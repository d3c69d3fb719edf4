/// Why the full-screen terminal could not start. Messages are plain ASCII: when the locale
/// is wrong, anything else would print as garbage.
public enum TerminalError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Standard input or output is not a terminal (a pipe, a file, cron).
    case notATerminal
    /// The locale's character set is not UTF-8. `setting` is the variable in effect, e.g. "LANG=C".
    case notUTF8(codeset: String, setting: String)
    /// ncurses does not know `TERM` (or it is unset).
    case unknownTerminal(String)
    /// The terminal type cannot move the cursor (TERM=dumb, an editor's shell buffer).
    case limitedTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return """
                danvan: the full-screen program needs a terminal, but standard input or output is not one.
                Run it in a terminal window, or use a subcommand (report, export, check) in scripts.
                """
        case .notUTF8(let codeset, let setting):
            return """
                danvan: the terminal needs a UTF-8 locale to show Vietnamese text, but the current locale \
                (\(setting)) uses the \(codeset) character set.
                Set a UTF-8 locale and start danvan again, for example:
                    export LANG=C.UTF-8
                (or vi_VN.UTF-8 if it is installed: see 'locale -a'). Make sure LC_ALL is unset or also UTF-8.
                """
        case .unknownTerminal(let term):
            let shown = term.isEmpty ? "TERM is not set" : "TERM=\(term) is not a terminal type this system knows"
            return """
                danvan: cannot start the full-screen program: \(shown).
                Set TERM to your terminal's type (for example: export TERM=xterm-256color) and try again.
                """
        case .limitedTerminal(let term):
            return """
                danvan: cannot start the full-screen program: TERM=\(term) cannot move the cursor.
                Run danvan in a terminal emulator (TERM=xterm-256color or similar), or use a subcommand \
                (report, export, check) here.
                """
        }
    }
}
