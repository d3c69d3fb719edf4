#ifndef DANVAN_CNCURSESW_SHIM_H
#define DANVAN_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/curses.h>
// Swift 6 refuses C mutable globals; reach them through functions.
static inline WINDOW *danvan_stdscr(void) { return stdscr; }
static inline int danvan_lines(void) { return LINES; }
static inline int danvan_cols(void) { return COLS; }
static inline int danvan_colors(void) { return COLORS; }
static inline int danvan_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t danvan_color_pair(int n) { return COLOR_PAIR(n); }
static inline FILE *danvan_stdin(void) { return stdin; }
static inline FILE *danvan_stdout(void) { return stdout; }
// A terminal that cannot move the cursor (TERM=dumb, a printer) cannot show a full screen.
static inline int danvan_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != 0 && cup != (const char *)-1;
}
// Attribute macros are not imported into Swift.
static inline attr_t danvan_a_normal(void) { return A_NORMAL; }
static inline attr_t danvan_a_bold(void) { return A_BOLD; }
static inline attr_t danvan_a_underline(void) { return A_UNDERLINE; }
static inline attr_t danvan_a_reverse(void) { return A_REVERSE; }
static inline attr_t danvan_a_dim(void) { return A_DIM; }

// Signals. The state below is `static`, so every Swift file that calls these functions
// gets its own copy: only DanVanTerminal/TerminalSignals.swift may call them.
//
// A terminating signal (TERM, HUP, INT, QUIT) only records itself; the event loop sees it,
// restores the terminal and re-raises. A second one while the first is still pending
// means the loop is stuck: restore here and die. A crash signal restores the terminal,
// then hands over to whatever handler was there before (the Swift runtime's backtracer).
// (Function-local statics: Swift's importer emits them with the function that owns them.)
static inline volatile sig_atomic_t *danvan_pending_signal_ptr(void) { static volatile sig_atomic_t v = 0; return &v; }
static inline volatile sig_atomic_t *danvan_screen_active_ptr(void) { static volatile sig_atomic_t v = 0; return &v; }
static inline struct sigaction *danvan_previous_actions(void) { static struct sigaction a[NSIG]; return a; }
#define danvan_pending_signal (*danvan_pending_signal_ptr())
#define danvan_screen_active (*danvan_screen_active_ptr())

static inline void danvan_restore_terminal(void) {
    if (danvan_screen_active) {
        danvan_screen_active = 0;
        endwin();
        static const char paste_off[] = "\033[?2004l";
        ssize_t ignored = write(STDOUT_FILENO, paste_off, sizeof paste_off - 1);
        (void)ignored;
    }
}

static void danvan_on_terminate(int sig) {
    if (danvan_pending_signal != 0) {
        danvan_restore_terminal();
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    danvan_pending_signal = sig;
}

static void danvan_on_crash(int sig) {
    danvan_restore_terminal();
    sigaction(sig, &danvan_previous_actions()[sig], NULL);
    raise(sig);
}

static inline void danvan_install_signal_handlers(void) {
    static const int terminate[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT};
    static const int crash[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = danvan_on_terminate;  // no SA_RESTART: a blocked read wakes up
    for (unsigned i = 0; i < sizeof terminate / sizeof terminate[0]; i++)
        sigaction(terminate[i], &sa, &danvan_previous_actions()[terminate[i]]);
    sa.sa_handler = danvan_on_crash;
    sa.sa_flags = SA_RESETHAND;
    for (unsigned i = 0; i < sizeof crash / sizeof crash[0]; i++)
        sigaction(crash[i], &sa, &danvan_previous_actions()[crash[i]]);
    // A parent may have left these blocked; then no handler would ever run.
    sigset_t set;
    sigemptyset(&set);
    for (unsigned i = 0; i < sizeof terminate / sizeof terminate[0]; i++) sigaddset(&set, terminate[i]);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static inline void danvan_uninstall_signal_handlers(void) {
    static const int all[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (unsigned i = 0; i < sizeof all / sizeof all[0]; i++)
        sigaction(all[i], &danvan_previous_actions()[all[i]], NULL);
}

static inline int danvan_take_pending_signal(void) {
    int sig = danvan_pending_signal;
    danvan_pending_signal = 0;
    return sig;
}

static inline void danvan_set_screen_active(int active) { danvan_screen_active = active; }
static inline int danvan_screen_is_active(void) { return danvan_screen_active; }
#endif
