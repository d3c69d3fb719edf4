import CNcursesw
import DanVanCore
import DanVanUI
import Foundation
import Glibc

/// The real terminal, through ncursesw: reads keys as `InputEvent`s and shows a `Canvas`,
/// redrawing only the cells that changed since the last frame.
///
/// One instance at a time, used from one thread (ncurses is not thread-safe). The terminal
/// is restored on every way out: `shutdown()`, deinit, exit(), SIGTERM/SIGHUP/SIGINT/SIGQUIT
/// (noticed by `nextEvent`, which restores, calls `beforeExit`, and re-raises), and crashes.
public final class CursesTerminal: TerminalDevice {
    /// The theme in use, already fitted to the terminal's colors.
    public private(set) var theme: Theme
    /// Colors the terminal offers (0 when it has none, 8, 256, …).
    public let colors: Int
    /// Things worth telling the user that did not stop the start (e.g. a locale fallback).
    public private(set) var warnings: [String]
    /// Runs after the terminal is restored and before the process dies of a terminating
    /// signal; close files here. Edits committed to the store are already durable.
    public var beforeExit: (() -> Void)?

    private let screen: OpaquePointer
    private var active = true
    private var lastFrame: Canvas?
    private var needsClear = false
    private var decoder = KeyDecoder()
    private var queue: [InputEvent] = []
    private var cursorVisible: Int32 = -1
    private var useDefaultColors = false
    private var looks: [Style: (attr_t, Int16)] = [:]
    private var pairs: [PairKey: Int16] = [:]
    private var quickErrors = 0

    private struct PairKey: Hashable {
        var fg: Int16
        var bg: Int16
    }

    /// Starts full-screen mode. Throws `TerminalError` (with a message for the user) when
    /// stdin/stdout is not a terminal, the locale is not UTF-8, or TERM is unknown; in
    /// those cases the screen is left untouched.
    public init(theme: Theme) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        warnings = try Self.prepareLocale()
        TerminalSignals.install()
        set_escdelay(25)
        guard let scr = newterm(nil, danvan_stdout(), danvan_stdin()) else {
            TerminalSignals.uninstall()
            throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        guard danvan_can_address_cursor() != 0 else {
            endwin()
            delscreen(scr)
            TerminalSignals.uninstall()
            throw TerminalError.limitedTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        screen = scr
        set_escdelay(25)  // again, for this screen
        TerminalSignals.setScreenActive(true)
        let win = danvan_stdscr()
        raw()
        noecho()
        nonl()
        keypad(win, true)
        intrflush(win, false)
        leaveok(win, false)
        scrollok(win, false)
        if has_colors() {
            start_color()
            useDefaultColors = use_default_colors() == OK
            colors = Int(danvan_colors())
        } else {
            colors = 0
        }
        self.theme = theme.adapted(toColors: colors)
        setCursor(visible: false)
        wnoutrefresh(win)
        doupdate()
        // Bracketed paste: a paste arrives as one event instead of thousands of keys.
        Self.writeRaw("\u{1B}[?2004h")
    }

    deinit { shutdown() }

    /// Makes sure `setlocale(LC_ALL, "")` gives a UTF-8 character set. When the environment
    /// asks for a UTF-8 locale that is not installed, falls back to C.UTF-8 and returns a
    /// warning; when it asks for another character set, throws `TerminalError.notUTF8`.
    public static func prepareLocale() throws -> [String] {
        var warnings: [String] = []
        let asked = localeSetting()
        if setlocale(LC_ALL, "") == nil {
            let value = asked.split(separator: "=", maxSplits: 1).last.map(String.init) ?? ""
            let wantsUTF8 = value.lowercased().replacingOccurrences(of: "-", with: "").contains("utf8")
            if wantsUTF8, setlocale(LC_ALL, "C.UTF-8") != nil {
                warnings.append("the locale \(asked) is not installed; using C.UTF-8")
            }
        }
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        let norm = codeset.uppercased().replacingOccurrences(of: "-", with: "")
        guard norm == "UTF8" else { throw TerminalError.notUTF8(codeset: codeset, setting: asked) }
        return warnings
    }

    /// The variable that decides LC_CTYPE, as "NAME=value" (or "no locale variables set").
    static func localeSetting() -> String {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let v = getenv(name), v.pointee != 0 { return "\(name)=\(String(cString: v))" }
        }
        return "no LANG or LC_ALL set"
    }

    /// Columns and rows of the terminal now.
    public var size: (width: Int, height: Int) {
        (Int(danvan_cols()), Int(danvan_lines()))
    }

    // MARK: - Input

    /// The next event, waiting at most `timeoutMs` milliseconds (forever when nil).
    /// Returns nil on timeout. A pending terminating signal ends the process from here,
    /// after restoring the terminal.
    public func nextEvent(timeoutMs: Int?) -> InputEvent? {
        guard active else { return nil }
        let deadline = timeoutMs.map { Self.nowMs() + max(0, $0) }
        while true {
            handlePendingSignal()
            if !queue.isEmpty { return queue.removeFirst() }
            let wait: Int
            if decoder.isInPaste {
                wait = 200
            } else if decoder.isPending {
                wait = 10
            } else if let deadline {
                wait = max(0, min(200, deadline - Self.nowMs()))
            } else {
                wait = 200
            }
            let win = danvan_stdscr()
            wtimeout(win, Int32(wait))
            var wch: wint_t = 0
            let started = Self.nowMs()
            let rc = wget_wch(win, &wch)
            let raw: RawInput?
            if rc == OK {
                raw = .char(UInt32(wch))
                quickErrors = 0
            } else if rc == KEY_CODE_YES {
                quickErrors = 0
                if Int32(wch) == KEY_RESIZE {
                    lastFrame = nil
                    needsClear = true
                    raw = .resize(width: size.width, height: size.height)
                } else {
                    raw = rawKey(forCursesCode: Int32(wch)).map { .key($0) }
                }
            } else {
                checkHangup(waited: Self.nowMs() - started, asked: wait)
                if decoder.isPending {
                    raw = .idle
                } else {
                    if let deadline, Self.nowMs() >= deadline { return nil }
                    continue
                }
            }
            if let raw { queue.append(contentsOf: decoder.feed(raw)) }
        }
    }

    /// A terminal that went away (window closed, ssh dropped) makes reads fail at once
    /// instead of waiting; treat that like the SIGHUP that usually comes with it.
    private func checkHangup(waited: Int, asked: Int) {
        guard asked >= 50, waited < asked / 4 else {
            quickErrors = 0
            return
        }
        quickErrors += 1
        var p = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        let hungUp = poll(&p, 1, 0) == 1 && (Int32(p.revents) & (POLLHUP | POLLERR | POLLNVAL)) != 0
        if hungUp { terminate(signal: SIGHUP) }
        // Reads failing fast for another reason (bytes that are not UTF-8): never spin.
        if quickErrors > 20 { usleep(10_000) }
    }

    private func handlePendingSignal() {
        if let sig = TerminalSignals.takePending() { terminate(signal: sig) }
    }

    private func terminate(signal sig: Int32) -> Never {
        shutdown()
        beforeExit?()
        TerminalSignals.reraise(sig)
    }

    // MARK: - Output

    /// Shows `canvas`, sending only the cells that changed since the last call, and puts
    /// the hardware cursor at `cursor` (hidden when nil). Cells beyond the terminal are
    /// clipped; a wide grapheme takes two cells and its "" continuation is skipped.
    public func draw(_ canvas: Canvas, cursor: (x: Int, y: Int)?) {
        guard active else { return }
        let win = danvan_stdscr()
        if needsClear {
            clearok(win, true)
            needsClear = false
        }
        let (cols, rows) = size
        var cc = cchar_t()
        var wch = [wchar_t](repeating: 0, count: 8)
        for run in canvas.changes(since: lastFrame) where run.y < rows {
            var x = run.x
            for (i, cell) in run.cells.enumerated() {
                defer { x += 1 }
                if x >= cols { break }
                var text = cell.text
                if text.isEmpty {
                    // The right half of a wide grapheme is drawn with it; a stray "" is a blank.
                    let left = i > 0 ? run.cells[i - 1].text : (x > 0 ? canvas[x - 1, run.y].text : " ")
                    if left.count == 1, VietText.width(left) == 2 {
                        // A wide glyph covers this column, unless it is drawn in two halves.
                        guard let half = VietText.terminalForm(left.first!).rightHalf else { continue }
                        text = half
                    } else {
                        text = " "
                    }
                }
                var width = VietText.width(text)
                if width == 0 {
                    text = "\u{FFFD}"  // a control character or lone mark: never send it raw
                    width = 1
                }
                if width == 2, x + 1 >= cols {
                    text = " "  // half a wide glyph does not fit at the right edge
                } else if text.count == 1 {
                    // Emoji sequences in a form every terminal draws at the canvas's width.
                    text = VietText.terminalForm(text.first!).text
                }
                let (attr, pair) = look(for: cell.style)
                var n = 0
                for scalar in VietText.nfc(text).unicodeScalars where n < 5 {
                    wch[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
                wch[n] = 0
                setcchar(&cc, wch, attr, pair, nil)
                mvwadd_wch(win, Int32(run.y), Int32(x), &cc)
            }
        }
        lastFrame = canvas
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < cols, cursor.y < rows {
            setCursor(visible: true)
            wmove(win, Int32(cursor.y), Int32(cursor.x))
        } else {
            setCursor(visible: false)
        }
        wnoutrefresh(win)
        doupdate()
    }

    /// Repaints the whole screen on the next `draw` (after something else wrote to it).
    public func redraw() {
        lastFrame = nil
        needsClear = true
    }

    /// Switches theme; the next `draw` repaints everything in the new colors.
    public func setTheme(_ theme: Theme) {
        guard active else { return }
        self.theme = theme.adapted(toColors: colors)
        looks = [:]
        pairs = [:]
        redraw()
    }

    /// Stops the program as Ctrl-Z does in a shell (raw mode turns Ctrl-Z into a key, so the
    /// application calls this for it). ncurses' own SIGTSTP handler leaves full-screen mode
    /// and restores it on `fg`; the next `draw` repaints everything. Without job control
    /// (nobody to resume us) the kernel drops the signal and nothing happens.
    public func suspend() {
        guard active else { return }
        Self.writeRaw("\u{1B}[?2004l")
        raise(SIGTSTP)
        Self.writeRaw("\u{1B}[?2004h")
        redraw()
    }

    /// Leaves full-screen mode and gives the terminal back as it was. Safe to call twice.
    public func shutdown() {
        guard active else { return }
        active = false
        curs_set(1)
        TerminalSignals.restoreTerminal()
        delscreen(screen)
        TerminalSignals.uninstall()
    }

    private func setCursor(visible: Bool) {
        let want: Int32 = visible ? 1 : 0
        if want != cursorVisible {
            curs_set(want)
            cursorVisible = want
        }
    }

    /// Attributes and color pair for a style, allocating pairs as roles first appear.
    private func look(for style: Style) -> (attr_t, Int16) {
        if let l = looks[style] { return l }
        let paint = theme.paint(for: style)
        var attr = danvan_a_normal()
        if paint.attributes.contains(.bold) { attr |= danvan_a_bold() }
        if paint.attributes.contains(.underline) { attr |= danvan_a_underline() }
        if paint.attributes.contains(.reverse) { attr |= danvan_a_reverse() }
        if paint.attributes.contains(.dim) { attr |= danvan_a_dim() }
        var pair: Int16 = 0
        if colors > 0 {
            let key = PairKey(fg: colorNumber(paint.fg, foreground: true), bg: colorNumber(paint.bg, foreground: false))
            if key.fg == -1 && key.bg == -1 {
                pair = 0
            } else if let p = pairs[key] {
                pair = p
            } else if pairs.count + 1 < Int(danvan_color_pairs()) && pairs.count + 1 < Int(Int16.max) {
                pair = Int16(pairs.count + 1)
                init_pair(pair, key.fg, key.bg)
                pairs[key] = pair
            }
        }
        looks[style] = (attr, pair)
        return (attr, pair)
    }

    private func colorNumber(_ c: TermColor, foreground: Bool) -> Int16 {
        switch c {
        case .default:
            return useDefaultColors ? -1 : (foreground ? 7 : 0)
        case .index(let i):
            if i < colors { return Int16(i) }
            if case .index(let j) = Theme.nearest8(c) { return Int16(j) }
            return foreground ? 7 : 0
        }
    }

    static func writeRaw(_ s: String) {
        let bytes = Array(s.utf8)
        _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    static func nowMs() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return ts.tv_sec * 1000 + ts.tv_nsec / 1_000_000
    }
}
