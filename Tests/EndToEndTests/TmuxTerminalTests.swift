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

    private func waitForFullScreen(_ s: TmuxSession) throws {
        let deadline = Date().addingTimeInterval(15)
        while !s.paneState().alternateScreen {
            if Date() > deadline { throw TmuxSession.Failure(description: "danvan never entered full-screen mode:\n\(s.screenText)") }
            usleep(20_000)
        }
        // Give it the moment between entering the alternate screen and drawing.
        try s.waitUntil("a drawn screen") { lines in lines.contains { !$0.isEmpty } }
    }
}
