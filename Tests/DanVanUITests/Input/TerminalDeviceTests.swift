import Testing

@testable import DanVanUI

/// A tiny loop written against the protocol, as the application's run loop is.
private func echoLoop(_ term: some TerminalDevice) {
    var field = TextField()
    var idle = 0
    while idle < 2 {
        var c = Canvas(width: term.size.width, height: term.size.height)
        let x = field.render(into: &c, x: 0, y: 0, width: term.size.width, focused: true)
        term.draw(c, cursor: (x, 0))
        guard let e = term.nextEvent(timeoutMs: 0) else {
            idle += 1
            continue
        }
        if e == .key(.escape) { return }
        field.handle(e)
    }
}

@Suite("Scripted terminal")
struct TerminalDeviceTests {
    @Test func playsEventsAndRecordsFrames() {
        let t = ScriptedTerminal(width: 10, height: 2)
        t.enqueue(typing: "chăc")
        t.enqueue([.key(.backspace), .key(.backspace)])
        t.enqueue(typing: "ắc")
        t.enqueue([.resize(width: 6, height: 1), .key(.escape), .key(.char("x"))])
        echoLoop(t)
        #expect(t.screen == ["chắc"])
        #expect(t.frames.last?.width == 6)
        #expect(t.cursors.last??.x == 4)
        #expect(t.pendingEvents == 1)  // the loop stopped at Esc
        #expect(t.frames.count == 10)
    }

    @Test func timesOutWhenTheScriptIsEmpty() {
        let t = ScriptedTerminal(width: 3, height: 1)
        #expect(t.nextEvent(timeoutMs: 100) == nil)
        #expect(t.screen.isEmpty)
    }
}
