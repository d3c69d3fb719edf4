import DanVanCore

/// A multi-line text input for notes and decisions: Enter starts a new line, Up and Down
/// move between lines (and leave the field at its first and last line), the save key saves.
/// Each line is a `TextField`, so input-method rewrites, NFD marks and the editing keys
/// work exactly as in a one-line field; line breaks survive every edit.
struct TextArea: Equatable, Sendable {
    private(set) var lines: [TextField]
    /// The line holding the cursor.
    private(set) var row: Int

    /// Starts with `text` (line breaks kept, CR LF and CR read as one break), cursor at the end.
    init(_ text: String = "") {
        lines = TextArea.split(text).map { TextField($0) }
        if lines.isEmpty { lines = [TextField()] }
        row = lines.count - 1
    }

    static func split(_ text: String) -> [String] {
        var out: [String] = []
        var line = ""
        for ch in VietText.nfc(text) {
            if ch.isNewline {
                out.append(line)
                line = ""
            } else {
                line.append(ch)
            }
        }
        out.append(line)
        return out
    }

    /// The lines joined with "\n", each in NFC.
    var text: String { lines.map(\.text).joined(separator: "\n") }
    var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

    /// Applies one key; false when the key is not the field's (Up on the first line, Down
    /// on the last, Tab, Esc, function keys, …) so the form can use it.
    @discardableResult
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .enter:
            let line = lines[row]
            let head = String(line.graphemes[..<line.cursor]), tail = String(line.graphemes[line.cursor...])
            lines[row] = TextField(head)
            lines.insert(TextField(tail), at: row + 1)
            row += 1
            lines[row].cursor = 0
        case .up:
            guard row > 0 else { return false }
            move(to: row - 1)
        case .down:
            guard row + 1 < lines.count else { return false }
            move(to: row + 1)
        case .backspace, .ctrl("h"):
            guard lines[row].cursor == 0, row > 0 else { return lines[row].handle(key) }
            let joinAt = lines[row - 1].graphemes.count
            lines[row - 1] = TextField(lines[row - 1].text + lines[row].text)
            lines.remove(at: row)
            row -= 1
            lines[row].cursor = joinAt
        case .delete:
            guard lines[row].cursor == lines[row].graphemes.count, row + 1 < lines.count else { return lines[row].handle(key) }
            let at = lines[row].cursor
            lines[row] = TextField(lines[row].text + lines[row + 1].text)
            lines.remove(at: row + 1)
            lines[row].cursor = at
        default:
            return lines[row].handle(key)
        }
        return true
    }

    /// Pasted text keeps its line breaks.
    mutating func paste(_ s: String) {
        let pieces = TextArea.split(s)
        for (i, piece) in pieces.enumerated() {
            if i > 0 { handle(.enter) }
            lines[row].paste(piece)
        }
    }

    private mutating func move(to newRow: Int) {
        let column = lines[row].cursor
        row = newRow
        lines[row].cursor = column
    }

    /// Draws `height` lines at (x, y), scrolled so the cursor's line shows; returns the cursor.
    @discardableResult
    func render(into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int, focused: Bool) -> Point {
        let first = max(0, min(row - height + 1, lines.count - height))
        var cursor = Point(x: x, y: y)
        for k in 0..<height {
            let i = first + k
            guard i < lines.count else {
                canvas.fill(x: x, y: y + k, width: width, height: 1, with: Cell(" ", style: Style(focused ? .inputFocused : .inputField)))
                continue
            }
            var line = lines[i]
            if i != row { line.cursor = 0 }
            let cx = line.render(into: &canvas, x: x, y: y + k, width: width, focused: focused)
            if i == row { cursor = Point(x: cx, y: y + k) }
        }
        return cursor
    }
}
