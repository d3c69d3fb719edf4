import Foundation
import Testing

/// The terminal layer seen from outside: the real binary in a real (tmux) terminal.
@Suite("Terminal end to end", .serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.unavailableReason))
struct TmuxTerminalTests {
    @Test func harnessRunsTheBinaryAndReportsItsExit() throws {
        let s = try TmuxSession(args: ["--help"], width: 100, height: 30)
        defer { s.close() }
        #expect(try s.waitForExit() == 0)
        #expect(s.screenText.contains("USAGE"))
        #expect(s.screen().count == 30)
    }

    @Test func shellQuotingKeepsArgumentsWhole() {
        #expect(TmuxSession.quote("a b") == "'a b'")
        #expect(TmuxSession.quote("it's") == "'it'\\''s'")
        #expect(TmuxSession.quote("Nguyễn $HOME") == "'Nguyễn $HOME'")
    }

    @Test func nonUTF8LocaleIsRefusedWithAClearMessage() throws {
        let s = try TmuxSession(env: ["LANG": "C", "LC_ALL": "C"])
        defer { s.close() }
        let status = try s.waitForExit()
        #expect(status != 0)
        let text = s.screenText
        #expect(text.contains("UTF-8 locale"))
        #expect(text.contains("LC_ALL=C"))
        #expect(text.contains("LANG=C.UTF-8"))
        // Nothing but plain ASCII reached the screen, and full-screen mode never started.
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(!s.paneState().alternateScreen)
        // Nothing was created in the data folder either.
        #expect(!FileManager.default.fileExists(atPath: s.dataFolder))
    }

    @Test(arguments: ["dumb", "no-such-terminal"])
    func unusableTerminalTypeIsRefusedWithAClearMessage(_ term: String) throws {
        let s = try TmuxSession(env: ["TERM": term])
        defer { s.close() }
        #expect(try s.waitForExit() != 0)
        let text = s.screenText
        #expect(text.contains("cannot start the full-screen program: TERM=\(term)"))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(!s.paneState().alternateScreen)
    }

    @Test func missingUTF8LocaleFallsBackToCUTF8() throws {
        // Asking for a UTF-8 locale that is not installed still gives a working screen.
        let s = try TmuxSession(env: ["LANG": "xx_NOWHERE.UTF-8"])
        defer { s.close() }
        try waitForFullScreen(s)
        s.send(keys: "C-q")
        #expect(try s.waitForExit() == 0)
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func terminalIsRestoredAfterSignal(_ sig: Int32) throws {
        let s = try TmuxSession()
        defer { s.close() }
        try waitForFullScreen(s)
        // Leave the terminal in the middle of things: a hidden cursor or a form open.
        s.send(keys: "Down")
        try s.signal(sig)
        #expect(try s.waitForExit() == 128 + Int(sig))
        let modes = try s.ttyModesAfterExit()
        #expect(modes == ["echo", "icanon", "icrnl", "isig", "opost"], "tty modes left behind: \(modes)")
        let pane = s.paneState()
        #expect(!pane.alternateScreen)
        #expect(pane.cursorVisible)
    }

    @Test func quittingRestoresTheTerminal() throws {
        let s = try TmuxSession()
        defer { s.close() }
        try waitForFullScreen(s)
        s.send(keys: "C-q")
        #expect(try s.waitForExit() == 0)
        #expect(try s.ttyModesAfterExit() == ["echo", "icanon", "icrnl", "isig", "opost"])
        #expect(!s.paneState().alternateScreen)
        #expect(s.paneState().cursorVisible)
    }

    @Test func tinyTerminalAsksToEnlargeAndRecovers() throws {
        let s = try TmuxSession(width: 120, height: 40)
        defer { s.close() }
        try waitForFullScreen(s)
        let normal = s.screen()
        s.resize(width: 40, height: 8)
        try s.waitFor(text: "Window too small, please enlarge it")
        #expect(s.screenText.contains("(40×8)"))
        #expect(s.screen().count == 8)
        // Growing back redraws the full screen as it was.
        s.resize(width: 120, height: 40)
        try s.waitUntil("the normal screen again") { $0 == normal }
        s.send(keys: "C-q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func startsInATinyTerminalWithoutCrashing() throws {
        let s = try TmuxSession(width: 12, height: 3)
        defer { s.close() }
        try waitForFullScreen(s)
        s.resize(width: 1, height: 1)
        usleep(200_000)
        s.resize(width: 80, height: 24)
        try s.waitUntil("a screen after growing") { $0.count == 24 && $0.contains { !$0.isEmpty } }
        s.send(keys: "C-q")
        #expect(try s.waitForExit() == 0)
    }

    /// Color numbers used by SGR sequences: foreground/background 0–7 as 30–37/40–47,
    /// bright ones, and 256-color ones (38;5;N / 48;5;N).
    private func colorsUsed(_ sgr: [String]) -> (basic: Set<Int>, extended: Set<Int>) {
        var basic: Set<Int> = []
        var extended: Set<Int> = []
        for seq in sgr {
            let p = seq.split(separator: ";").compactMap { Int($0) }
            var i = 0
            while i < p.count {
                if (p[i] == 38 || p[i] == 48), i + 2 < p.count, p[i + 1] == 5 {
                    extended.insert(p[i + 2])
                    i += 3
                    continue
                }
                if (30...37).contains(p[i]) || (40...47).contains(p[i]) || (90...97).contains(p[i]) || (100...107).contains(p[i]) {
                    basic.insert(p[i])
                }
                i += 1
            }
        }
        return (basic, extended)
    }

    @Test func noColorShowsAttributesOnly() throws {
        let s = try TmuxSession(env: ["NO_COLOR": "1"])
        defer { s.close() }
        try s.waitFor(text: "Create an organization")
        let sgr = s.sgrSequences()
        let used = colorsUsed(sgr)
        #expect(used.basic.isEmpty && used.extended.isEmpty, "colors drawn under NO_COLOR: \(used)")
        // The menu bar and the selection still stand out, in reverse video.
        #expect(sgr.contains { $0.split(separator: ";").contains("7") })
    }

    @Test func eightColorTerminalGetsOnlyBasicColors() throws {
        let s = try TmuxSession(args: ["--theme", "dusk"], env: ["TERM": "screen"])
        defer { s.close() }
        try s.waitFor(text: "Create an organization")
        let used = colorsUsed(s.sgrSequences())
        #expect(used.extended.isEmpty, "256-color codes sent to an 8-color terminal: \(used.extended)")
        // dusk's menu bar, 252 on 24, becomes its nearest basic pair: white (37) on cyan (46).
        #expect(used.basic.isSuperset(of: [37, 46]), "\(used.basic)")
        // The same theme on a 256-color terminal keeps its own colors.
        let t = try TmuxSession(args: ["--theme", "dusk"], env: ["TERM": "tmux-256color"])
        defer { t.close() }
        try t.waitFor(text: "Create an organization")
        #expect(colorsUsed(t.sgrSequences()).extended.contains(235))
    }

    /// Opens the welcome screen's "create organization" form, whose first field is text.
    private func openNameField(_ s: TmuxSession) throws {
        try s.waitFor(text: "Create an organization")
        s.send(keys: "n")
        try s.waitFor(text: "Name*")
    }

    /// The Name field's text as drawn, NFC.
    private func nameField(_ s: TmuxSession) -> String? {
        guard let line = s.screen().first(where: { $0.contains("Name*") }) else { return nil }
        let after = line.components(separatedBy: "Name*").last ?? ""
        let inner = after.split(separator: "│").first.map(String.init) ?? after
        return inner.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
    }

    @Test func inputMethodRewriteBurstEndsAsWhatThePersonSees() throws {
        let s = try TmuxSession()
        defer { s.close() }
        try openNameField(s)
        // Telex "chắc": the IME sends "chăc", two Backspaces and "ắc" in one write.
        s.send(keys: "c", "h", "ă", "c", "BSpace", "BSpace", "ắ", "c")
        try s.waitUntil("the field to show chắc") { _ in nameField(s) == "chắc" }
        // VNI-style rewrite of a whole syllable in the middle of the text.
        s.send(keys: "Space", "d", "u", "o", "n", "g", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "đ", "ư", "ờ", "n", "g")
        try s.waitUntil("the field to show chắc đường") { _ in nameField(s) == "chắc đường" }
        // Esc on a form holding text asks before throwing it away.
        s.send(keys: "Escape")
        try s.waitFor(text: "Discard them?")
        s.send(keys: "y")
        try s.waitFor(text: "Create an organization")
    }

    @Test func decomposedInputJoinsIntoOneCharacter() throws {
        let s = try TmuxSession()
        defer { s.close() }
        try openNameField(s)
        s.type(text: "Tie\u{302}\u{301}n")  // an NFD keyboard: letter, then the marks
        try s.waitUntil("the field to show Tiến") { _ in nameField(s) == "Tiến" }
        s.send(keys: "BSpace")
        s.send(keys: "BSpace")
        try s.waitUntil("one Backspace to remove ế whole") { _ in nameField(s) == "Ti" }
    }

    @Test func pasteArrivesAsOneLine() throws {
        let s = try TmuxSession()
        defer { s.close() }
        try openNameField(s)
        s.paste(text: "Chi bộ\nTổ dân phố 5")
        try s.waitUntil("the pasted text on one line") { _ in nameField(s) == "Chi bộ Tổ dân phố 5" }
        // Still in the form: the newline inside the paste did not act as Enter.
        #expect(s.screenText.contains("Name*"))
    }

    @Test func functionKeysAndEscDigitReachTheProgram() throws {
        let s = try TmuxSession()
        defer { s.close() }
        try s.waitFor(text: "Create an organization")
        s.send(keys: "F1")
        try s.waitFor(text: "Esc, ?, F1: close")
        s.send(keys: "Escape")  // a lone Esc closes at once
        try s.waitUntil("help closed") { !$0.joined().contains("Esc, ?, F1: close") }
        // Esc then 1, as one write (what a terminal that eats F1 needs): also F1.
        s.send(keys: "Escape", "1")
        try s.waitFor(text: "Esc, ?, F1: close")
        s.send(keys: "F1")
        try s.waitUntil("help closed") { !$0.joined().contains("Esc, ?, F1: close") }
        // Esc 0 is F10: the menu opens.
        s.send(keys: "Escape", "0")
        try s.waitFor(text: "Enter Choose  Esc Close")
        #expect(s.screenText.contains("Open demo data"))
    }

    @Test func standardInputThatIsNotATerminalIsRefused() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: TmuxSession.binaryPath!)
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-notty-\(UUID().uuidString)").path
        p.environment = ["LANG": "C.UTF-8", "TERM": "xterm", "DANVAN_DATA": data, "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        try? FileManager.default.removeItem(atPath: data)
        #expect(p.terminationStatus != 0)
        #expect(text.contains("needs a terminal"))
        #expect(!text.contains("\u{1B}["))  // no escape sequences sprayed into a pipe
    }

    private func waitForFullScreen(_ s: TmuxSession) throws {
        try s.waitUntilFullScreen()
    }
}
