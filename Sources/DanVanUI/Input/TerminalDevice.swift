/// What a run loop needs from a terminal: its size, the next input event, and a way to
/// show a frame. `CursesTerminal` is the real one; `ScriptedTerminal` is its in-memory
/// twin for tests, so a loop can be driven without a tty.
public protocol TerminalDevice: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// The next event, or nil when `timeoutMs` passed without one (nil timeout: wait).
    func nextEvent(timeoutMs: Int?) -> InputEvent?
    /// Shows a frame and puts the cursor at `cursor` (hidden when nil).
    func draw(_ canvas: Canvas, cursor: (x: Int, y: Int)?)
}

/// A terminal that plays back scripted events and keeps every frame it was asked to draw.
/// When the script runs out, `nextEvent` returns nil (a timeout), so a loop under test must
/// also stop on its own quit condition or after a bounded number of idle turns.
final class ScriptedTerminal: TerminalDevice {
    private(set) var size: (width: Int, height: Int)
    private(set) var frames: [Canvas] = []
    private(set) var cursors: [(x: Int, y: Int)?] = []
    private var script: [InputEvent]

    init(width: Int, height: Int, events: [InputEvent] = []) {
        size = (width, height)
        script = events
    }

    /// Queues more events (e.g. typed text as `.key(.char)` events).
    func enqueue(_ events: [InputEvent]) { script.append(contentsOf: events) }

    /// Queues one key event per character of `text`.
    func enqueue(typing text: String) { script.append(contentsOf: text.map { .key(.char($0)) }) }

    var pendingEvents: Int { script.count }

    func nextEvent(timeoutMs: Int?) -> InputEvent? {
        guard !script.isEmpty else { return nil }
        let e = script.removeFirst()
        if case .resize(let w, let h) = e { size = (w, h) }
        return e
    }

    func draw(_ canvas: Canvas, cursor: (x: Int, y: Int)?) {
        frames.append(canvas)
        cursors.append(cursor)
    }

    /// The last frame's text lines (trailing spaces removed), or [] before any frame.
    var screen: [String] { frames.last?.lines ?? [] }
}
