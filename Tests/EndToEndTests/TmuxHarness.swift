import DanVanCore
import Foundation
import Testing

/// Drives the real `danvan` binary inside a detached tmux session of a fixed size, with its
/// own tmux server (`-L` socket) and a fresh temporary data folder, so tests never touch a
/// person's tmux or data.
///
/// The pane runs a small shell wrapper: it records danvan's pid, runs it with a clean
/// environment (LANG=C.UTF-8, DANVAN_DATA=<temp>/data, TERM from tmux, plus `env`), then
/// prints `[danvan exited N]` and the tty modes (`[tty echo icanon …]`) and stays open for
/// five minutes, so tests can read what was left on the screen (and a server orphaned by a
/// killed test run goes away by itself).
///
///     let s = try TmuxSession(args: ["demo"])
///     defer { s.close() }
///     try s.waitFor(text: "Tổ chức")
///     s.send(keys: "Down", "Enter")
///     s.type(text: "Nguyễn")
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// True when tmux and the danvan binary are both there; tests use
    /// `.enabled(if: TmuxSession.isAvailable, TmuxSession.unavailableReason)`.
    static let isAvailable: Bool = tmuxPath != nil && binaryPath != nil
    static var unavailableReason: Comment {
        if tmuxPath == nil { return "tmux is not installed: end-to-end terminal tests skipped" }
        return "the danvan binary was not found next to the tests (build it first): end-to-end terminal tests skipped"
    }

    static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// `$DANVAN_BINARY`, else `danvan` beside the test executable (the build folder), else
    /// the repository's `.build/debug/danvan`.
    static let binaryPath: String? = {
        var candidates: [String] = []
        if let b = ProcessInfo.processInfo.environment["DANVAN_BINARY"], !b.isEmpty { candidates.append(b) }
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
            // Inside an .xctest bundle on some platforms; walk up to the build folder.
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("danvan").path)
                dir = dir.deletingLastPathComponent()
            }
        }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(repo.appendingPathComponent(".build/debug/danvan").path)
        return candidates.first { path in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
                && FileManager.default.isExecutableFile(atPath: path)
        }
    }()

    /// The terminal type inside tmux: 256 colors when the system knows tmux-256color.
    static let terminalType: String = {
        let known = ["/usr/share/terminfo/t/tmux-256color", "/lib/terminfo/t/tmux-256color", "/usr/lib/terminfo/t/tmux-256color"]
        return known.contains { FileManager.default.fileExists(atPath: $0) } ? "tmux-256color" : "screen"
    }()

    private static let counter = Counter()

    let socket: String
    let folder: URL
    /// The data folder the binary was given (DANVAN_DATA); empty at start.
    let dataFolder: String
    private(set) var width: Int
    private(set) var height: Int
    private var closed = false

    /// Starts `danvan args…` in a `width`×`height` tmux session. `env` adds to or overrides
    /// the clean environment (e.g. ["LANG": "C", "LC_ALL": "C"]).
    init(args: [String] = [], env: [String: String] = [:], width: Int = 120, height: Int = 40) throws {
        guard Self.tmuxPath != nil, let binary = Self.binaryPath else {
            throw Failure(description: "\(Self.unavailableReason)")
        }
        self.width = width
        self.height = height
        let n = Self.counter.next()
        socket = "danvan-test-\(getpid())-\(n)-\(UInt32.random(in: 0...UInt32.max))"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        dataFolder = folder.appendingPathComponent("data").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

        var environment: [String: String] = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": folder.path,
            "LANG": "C.UTF-8",
            "DANVAN_DATA": dataFolder,
        ]
        for (k, v) in env { environment[k] = v }
        let assignments = environment.keys.sorted().map { Self.quote("\($0)=\(environment[$0]!)") }.joined(separator: " ")
        let command = ([binary] + args).map(Self.quote).joined(separator: " ")
        let pidFile = folder.appendingPathComponent("pid").path
        let inner = folder.appendingPathComponent("danvan.sh").path
        let outer = folder.appendingPathComponent("run.sh").path
        let config = folder.appendingPathComponent("tmux.conf").path
        // The inner script's pid becomes danvan's through exec.
        try """
            echo $$ > \(Self.quote(pidFile))
            exec env -i TERM="$TERM" \(assignments) \(command)

            """.write(toFile: inner, atomically: true, encoding: .utf8)
        try """
            /bin/sh \(Self.quote(inner))
            status=$?
            printf '\\n[danvan exited %s]\\n' "$status"
            printf '[tty %s]\\n' "$(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(echo|icanon|icrnl|isig|opost)$' | tr '\\n' ' ')"
            exec sleep 300

            """.write(toFile: outer, atomically: true, encoding: .utf8)
        try """
            set -g default-terminal \(Self.terminalType)
            set -g status off

            """.write(toFile: config, atomically: true, encoding: .utf8)
        try tmuxChecked(["-f", config, "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "t", "/bin/sh " + Self.quote(outer)])
    }

    deinit { close() }

    // MARK: - Driving

    /// Sends tmux key names: "Enter", "Escape", "Up", "F5", "C-w", "M-x", "BSpace", "q".
    func send(keys: String...) { send(keys: keys) }

    func send(keys: [String]) {
        _ = tmux(["send-keys", "-t", "t"] + keys)
    }

    /// Types text literally, one key event per character (as a keyboard would).
    func type(text: String) {
        _ = tmux(["send-keys", "-t", "t", "-l", text])
    }

    /// Pastes text the way a terminal does (bracketed when the program asked for it).
    func paste(text: String) {
        _ = tmux(["set-buffer", "-b", "danvan", text])
        _ = tmux(["paste-buffer", "-p", "-d", "-b", "danvan", "-t", "t"])
    }

    /// Resizes the terminal; the program gets SIGWINCH.
    func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        _ = tmux(["resize-window", "-t", "t", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Sends a signal to the danvan process.
    func signal(_ sig: Int32) throws {
        guard let pid = try? pid() else { throw Failure(description: "danvan's pid file never appeared") }
        if kill(pid, sig) != 0 { throw Failure(description: "kill(\(pid), \(sig)) failed: errno \(errno)") }
    }

    /// danvan's process id (its wrapper `exec`s it, so the wrapper's pid is danvan's).
    func pid(timeout: Double = 5) throws -> Int32 {
        let file = folder.appendingPathComponent("pid").path
        try poll(timeout: timeout, what: "danvan's pid file") {
            (try? String(contentsOfFile: file, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } != nil
        }
        return Int32(try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))!
    }

    // MARK: - Reading

    /// The visible lines, trailing spaces removed.
    func screen() -> [String] {
        let out = tmux(["capture-pane", "-p", "-t", "t"]).output
        var lines = out.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop(while: { $0 == " " }).reversed())
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    var screenText: String { screen().joined(separator: "\n") }

    /// The screen with its attributes as SGR escape sequences (capture-pane -e).
    func screenWithEscapes() -> String {
        tmux(["capture-pane", "-p", "-e", "-t", "t"]).output
    }

    /// Every SGR sequence on the screen, as its parameter lists ("1;4", "38;5;117", …).
    func sgrSequences() -> [String] {
        let text = screenWithEscapes()
        var out: [String] = []
        var rest = Substring(text)
        while let r = rest.range(of: "\u{1B}[") {
            let after = rest[r.upperBound...]
            guard let m = after.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            if after[m] == "m" { out.append(String(after[..<m])) }
            rest = after[m...]
        }
        return out
    }

    /// Waits until the screen shows `text`; throws with the screen attached on timeout.
    func waitFor(text: String, timeout: Double = 10) throws {
        try poll(timeout: timeout, what: "'\(text)'") { screenText.contains(text) }
    }

    /// Waits until `condition` holds for the screen lines.
    func waitUntil(_ what: String, timeout: Double = 10, _ condition: ([String]) -> Bool) throws {
        try poll(timeout: timeout, what: what) { condition(screen()) }
    }

    /// Waits until danvan is in full-screen mode (tmux's alternate screen) and has drawn.
    func waitUntilFullScreen(timeout: Double = 15) throws {
        try poll(timeout: timeout, what: "full-screen mode") { paneState().alternateScreen }
        try poll(timeout: timeout, what: "a drawn screen") { screen().contains { !$0.isEmpty } }
    }

    /// Waits for danvan to end and returns its exit status (128+N when killed by signal N).
    func waitForExit(timeout: Double = 10) throws -> Int {
        var status: Int?
        try poll(timeout: timeout, what: "danvan to exit") {
            status = Self.capture(in: screenText, prefix: "[danvan exited ").flatMap { Int($0) }
            return status != nil
        }
        return status!
    }

    /// The tty modes the wrapper saw after danvan ended, e.g. ["icrnl", "isig", "icanon", "echo", "opost"]
    /// (a "-" prefix marks a mode left off).
    func ttyModesAfterExit(timeout: Double = 10) throws -> Set<String> {
        var modes: Set<String> = []
        try poll(timeout: timeout, what: "the tty modes line") {
            guard let s = Self.capture(in: screenText, prefix: "[tty ") else { return false }
            modes = Set(s.split(separator: " ").map(String.init))
            return true
        }
        return modes
    }

    /// tmux's view of the pane: in the alternate screen (full-screen mode) and cursor shown.
    func paneState() -> (alternateScreen: Bool, cursorVisible: Bool) {
        let out = tmux(["display-message", "-p", "-t", "t", "#{alternate_on} #{cursor_flag}"]).output
        let parts = out.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return (parts.first == "1", parts.count > 1 && parts[1] == "1")
    }

    /// Ends the tmux server and removes the temporary folder. Safe to call twice.
    func close() {
        guard !closed else { return }
        closed = true
        _ = tmux(["kill-server"])
        // tmux leaves the socket file behind.
        let tmpdir = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        unlink("\(tmpdir)/tmux-\(getuid())/\(socket)")
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: - Pieces

    /// Time limits stretch by this factor (env DANVAN_E2E_SLACK, default 4): a suite running
    /// in parallel on a loaded 2-core machine can take far longer to start a binary, and a
    /// wait ends as soon as its condition holds, so the slack costs nothing when all is well.
    static let slack: Double = Double(ProcessInfo.processInfo.environment["DANVAN_E2E_SLACK"] ?? "") ?? 4

    private func poll(timeout: Double, what: String, _ done: () -> Bool) throws {
        let timeout = timeout * TmuxSession.slack
        let deadline = Date().addingTimeInterval(timeout)
        var delay: useconds_t = 10_000
        while true {
            if done() { return }
            if Date() >= deadline {
                throw Failure(description: "timed out after \(timeout) s waiting for \(what); the screen was:\n" + screenText)
            }
            usleep(delay)
            delay = min(delay * 2, 100_000)
        }
    }

    private static func capture(in text: String, prefix: String) -> String? {
        guard let r = text.range(of: prefix) else { return nil }
        let rest = text[r.upperBound...]
        guard let end = rest.firstIndex(of: "]") else { return nil }
        return String(rest[..<end]).trimmingCharacters(in: .whitespaces)
    }

    @discardableResult
    private func tmux(_ args: [String]) -> (status: Int32, output: String) {
        let out = folder.appendingPathComponent("tmux-out-\(UUID().uuidString)").path
        defer { unlink(out) }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TMUX")  // never talk to a tmux the tests run inside
        let status = Self.run([Self.tmuxPath ?? "/usr/bin/tmux", "-L", socket] + args, environment: env, output: out)
        let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        return (status, text)
    }

    /// Runs a program with stdin from /dev/null and stdout+stderr into `output`, and waits.
    /// posix_spawn rather than Foundation's Process: the test runner's threads block most
    /// signals and Process passes that mask on, which would leave the tmux server (and
    /// danvan under it) deaf to SIGTERM and SIGCHLD. Here the child starts with an empty
    /// mask and default handlers. Output goes to a file, not a pipe, because the tmux
    /// server keeps inherited descriptors open long after the client exits.
    static func run(_ argv: [String], environment: [String: String], output: String) -> Int32 {
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, &attr, cArgs, cEnv)
        guard rc == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS by hand (macros are not imported).
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    private func tmuxChecked(_ args: [String]) throws {
        let r = tmux(args)
        if r.status != 0 { throw Failure(description: "tmux \(args.joined(separator: " ")) failed: \(r.output)") }
    }

    /// Single-quotes a word for /bin/sh.
    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}

extension TmuxSession {
    /// On the welcome screen of an empty folder: opens the demo data (`d`) and waits for it.
    /// `h` on the selected unit opens a meeting of its first cell (on `date`, else today)
    /// and the roll call marks the first member present (`1`).
    func openMeetingWithOnePresent(on date: String? = nil) throws {
        send(keys: "h")
        try waitFor(text: "Sinh hoạt chi bộ", timeout: 10)
        if let date {
            send(keys: "Tab", "C-u")
            type(text: date)
        }
        send(keys: "F2")
        try waitFor(text: "Đã mở buổi sinh hoạt", timeout: 10)
        send(keys: "1")
        try waitFor(text: "✓ Có mặt", timeout: 10)
    }

    /// The minutes' export form, opened by `key`: the format chosen by `format` keys until its
    /// label shows, the path typed over the proposed one, F2. The outcome is the caller's to await.
    func exportMinutes(key: String = "F6", format: (keys: [String], shown: String)? = nil, to path: String) throws {
        send(keys: key)
        try waitFor(text: "Xuất biên bản", timeout: 10)
        if let format {
            send(keys: format.keys)
            try waitFor(text: format.shown, timeout: 10)
        }
        send(keys: "Tab", "C-u")
        type(text: path)
        send(keys: "F2")
    }

    func openDemo(_ lang: Lang) throws {
        try waitFor(text: lang == .vi ? "Mở dữ liệu mẫu" : "Open demo data", timeout: 20)
        send(keys: "d")
        // The demo opens in a folder of its own beside the data folder (removed with `folder`).
        try waitFor(text: lang == .vi ? "Đang xem dữ liệu mẫu" : "Showing demo data", timeout: 60)
    }
}
