import CNcursesw
import Glibc

/// The one Swift file that touches the shim's signal state (it is `static` in the header,
/// so each calling file would see its own copy).
enum TerminalSignals {
    private nonisolated(unsafe) static var installed = false
    private nonisolated(unsafe) static var atexitRegistered = false

    /// Installs the handlers; call before `newterm` so ncurses keeps ours.
    static func install() {
        guard !installed else { return }
        // Swift emits a header's static inline functions only when Swift code names them;
        // the handlers reach these through other inline functions, so name them here.
        _ = danvan_previous_actions()
        _ = danvan_pending_signal_ptr()
        _ = danvan_screen_active_ptr()
        danvan_install_signal_handlers()
        installed = true
        if !atexitRegistered {
            atexitRegistered = true
            // A path that calls exit() without shutdown() still gets its terminal back.
            atexit { danvan_restore_terminal() }
        }
    }

    static func uninstall() {
        guard installed else { return }
        danvan_uninstall_signal_handlers()
        installed = false
    }

    static func setScreenActive(_ active: Bool) { danvan_set_screen_active(active ? 1 : 0) }
    static var screenActive: Bool { danvan_screen_is_active() != 0 }

    /// Ends curses mode once (endwin and bracketed paste off); later calls do nothing.
    static func restoreTerminal() { danvan_restore_terminal() }

    /// The terminating signal that arrived since the last call, if any.
    static func takePending() -> Int32? {
        let s = danvan_take_pending_signal()
        return s == 0 ? nil : s
    }

    /// Dies of `signal` the way the process would have without our handler, so the
    /// parent sees the usual status (143 for SIGTERM, 129 for SIGHUP).
    static func reraise(_ signal: Int32) -> Never {
        uninstall()
        Glibc.signal(signal, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(signal)
        exit(128 + signal)
    }
}
