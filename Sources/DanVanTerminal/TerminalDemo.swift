import DanVanCore
import DanVanUI

/// A small full-screen check of the terminal layer: shows each key as decoded, a text
/// field, every theme role, Vietnamese and wide text, and the size. Useful when a
/// terminal misbehaves ("which key does F10 send here?"), and for end-to-end tests of the
/// backend without the application. F10 (or Esc 0, or Ctrl-Q) quits; Ctrl-Z suspends.
public enum TerminalDemo {
    public static func run(theme: Theme) throws {
        let term = try CursesTerminal(theme: theme)
        defer { term.shutdown() }
        var field = TextField()
        var log: [String] = []
        var size = term.size
        while true {
            let canvas = render(width: size.width, height: size.height, field: field, log: log, theme: term.theme, colors: term.colors)
            term.draw(canvas.canvas, cursor: canvas.cursor)
            guard let event = term.nextEvent(timeoutMs: nil) else { continue }
            switch event {
            case .resize(let w, let h):
                size = (w, h)
                log.append("resize \(w)x\(h)")
            case .key(.function(10)), .key(.ctrl("q")):
                return
            case .key(.ctrl("z")):
                term.suspend()
                log.append("resumed")
            case .key(let k):
                if !field.handle(k) { log.append("key \(describe(k))") } else { log.append("field \(describe(k))") }
            case .paste(let s):
                field.paste(s)
                log.append("paste \(s.unicodeScalars.count) scalars")
            }
            if log.count > 200 { log.removeFirst(log.count - 200) }
        }
    }

    static func describe(_ k: Key) -> String {
        switch k {
        case .char(let c): return "char \(c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " "))"
        case .ctrl(let c): return "ctrl \(c)"
        case .alt(let c): return "alt \(c)"
        case .function(let n): return "F\(n)"
        default: return "\(k)"
        }
    }

    static func render(width: Int, height: Int, field: TextField, log: [String], theme: Theme, colors: Int)
        -> (canvas: Canvas, cursor: (x: Int, y: Int)?)
    {
        var c = Canvas(width: width, height: height)
        c.fill(x: 0, y: 0, width: width, height: 1, with: Cell(" ", style: Style(.menuBar)))
        c.put("danvan terminal check — F10 quits", x: 1, y: 0, style: Style(.menuBar))
        c.put("size \(width)x\(height)  colors \(colors)  theme \(theme.name)", x: 1, y: 1, style: Style(.status))
        c.put("Tiếng Việt: Nguyễn Văn Đặng — chắc chắn | 中文 |", x: 1, y: 2)
        c.put("Field:", x: 1, y: 3, style: Style(.header))
        let cursorX = field.render(into: &c, x: 8, y: 3, width: max(1, min(40, width - 9)), focused: true)
        c.put("Field text: \(field.text)", x: 1, y: 4, style: Style(.dim))
        var x = 1
        var y = 5
        for role in StyleRole.allCases {
            let label = " \(role.rawValue) "
            if x + label.count > width - 1 { x = 1; y += 1 }
            c.put(label, x: x, y: y, style: Style(role))
            x += label.count + 1
        }
        y += 2
        let rows = max(0, height - y - 1)
        for (i, line) in log.suffix(rows).enumerated() { c.put(line, x: 1, y: y + i) }
        c[width - 1, height - 1] = Cell("◢", style: Style(.title))
        return (c, (cursorX, 3))
    }
}
