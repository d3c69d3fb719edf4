import DanVanCore

/// A single-line text input: the text as graphemes, a cursor between graphemes, the usual
/// editing keys, and a renderer that scrolls sideways to keep the cursor in view.
///
/// Vietnamese input methods rewrite a syllable by sending Backspaces and the recomposed
/// text in one burst ("chăc", ⌫, ⌫, "ắc"); since every edit works on whole graphemes,
/// the field ends up holding exactly what the person sees. NFD keyboards send a base
/// letter followed by lone combining marks; a mark joins the grapheme before the cursor.
public struct TextField: Equatable, Sendable {
    /// One entry per user-perceived character, each in NFC.
    private(set) var graphemes: [Character]
    /// Cursor position as a grapheme index, 0...graphemes.count.
    var cursor: Int {
        get { _cursor }
        set { _cursor = min(max(0, newValue), graphemes.count) }
    }
    private var _cursor: Int
    /// Upper bound on the number of graphemes; nil for none.
    var maxLength: Int?

    /// Starts with `text` (normalized and flattened to one line), cursor at the end.
    public init(_ text: String = "", maxLength: Int? = nil) {
        self.maxLength = maxLength
        graphemes = []
        _cursor = 0
        insert(text: text)
    }

    /// The text in NFC. Setting it replaces everything and puts the cursor at the end.
    public var text: String {
        get { VietText.nfc(String(graphemes)) }
        set {
            graphemes = []
            _cursor = 0
            insert(text: newValue)
        }
    }

    var isEmpty: Bool { graphemes.isEmpty }

    mutating func clear() {
        graphemes = []
        _cursor = 0
    }

    // MARK: - Input

    /// Applies one key. Returns true when the key belongs to the field (even if it changed
    /// nothing, such as Backspace at the start), false when the caller should handle it
    /// (Enter, Tab, Esc, Up/Down, function keys, Alt keys, Ctrl keys other than the
    /// editing ones: Ctrl-A/E home/end, Ctrl-H backspace, Ctrl-W/U/K deletions).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let ch):
            return insert(ch)
        case .backspace, .ctrl("h"):
            if _cursor > 0 {
                graphemes.remove(at: _cursor - 1)
                _cursor -= 1
            }
        case .delete:
            if _cursor < graphemes.count { graphemes.remove(at: _cursor) }
        case .left:
            if _cursor > 0 { _cursor -= 1 }
        case .right:
            if _cursor < graphemes.count { _cursor += 1 }
        case .home, .ctrl("a"):
            _cursor = 0
        case .end, .ctrl("e"):
            _cursor = graphemes.count
        case .ctrl("w"):
            deleteWordBeforeCursor()
        case .ctrl("u"):
            graphemes.removeSubrange(0..<_cursor)
            _cursor = 0
        case .ctrl("k"):
            graphemes.removeSubrange(_cursor..<graphemes.count)
        default:
            return false
        }
        return true
    }

    /// Applies a key or a paste; resizes are not the field's business.
    @discardableResult
    mutating func handle(_ event: InputEvent) -> Bool {
        switch event {
        case .key(let key): return handle(key)
        case .paste(let s):
            paste(s)
            return true
        case .resize: return false
        }
    }

    /// Inserts pasted text at the cursor: line breaks and tabs become spaces (the field has
    /// one line), other control characters are dropped, and text past `maxLength` is cut.
    public mutating func paste(_ s: String) {
        insert(text: s)
    }

    /// Inserts one typed character. A lone combining mark joins the grapheme before the
    /// cursor (or is dropped at the start, where it would have nothing to sit on).
    /// Control characters are refused (returns false) so the caller can see them.
    @discardableResult
    mutating func insert(_ ch: Character) -> Bool {
        if Self.isControl(ch) { return false }
        if Self.isLoneMark(ch) {
            guard _cursor > 0 else { return true }
            let joined = VietText.nfc(String(graphemes[_cursor - 1]) + String(ch))
            if joined.count == 1 {
                graphemes[_cursor - 1] = joined.first!
            } else {
                // Cannot happen for real marks; keep every scalar rather than lose one.
                graphemes.replaceSubrange((_cursor - 1)..<_cursor, with: Array(joined))
                _cursor = _cursor - 1 + joined.count
            }
            return true
        }
        if let maxLength, graphemes.count >= maxLength { return true }
        let n = VietText.nfc(String(ch))
        graphemes.insert(contentsOf: Array(n), at: _cursor)
        _cursor += n.count
        return true
    }

    private mutating func insert(text s: String) {
        var flat = ""
        var lastWasCR = false
        for ch in s {
            if ch == "\r\n" || ch == "\r" || ch == "\n" || ch == "\t" || ch == "\u{2028}" || ch == "\u{2029}" {
                // "\r\n" is one grapheme in Swift; a lone "\r" followed by "\n" must not make two spaces.
                if !(ch == "\n" && lastWasCR) { flat.append(" ") }
                lastWasCR = ch == "\r"
                continue
            }
            lastWasCR = false
            if Self.isControl(ch) { continue }
            flat.append(ch)
        }
        // Insert grapheme by grapheme so a leading mark joins the letter before the cursor.
        for ch in VietText.nfc(flat) { insert(ch) }
    }

    private mutating func deleteWordBeforeCursor() {
        var start = _cursor
        while start > 0, graphemes[start - 1].isWhitespace { start -= 1 }
        while start > 0, !graphemes[start - 1].isWhitespace { start -= 1 }
        graphemes.removeSubrange(start..<_cursor)
        _cursor = start
    }

    static func isControl(_ ch: Character) -> Bool {
        guard let v = ch.unicodeScalars.first?.value else { return true }
        return v < 0x20 || (v >= 0x7F && v < 0xA0)
    }

    /// A grapheme made only of combining marks (what an NFD keyboard sends after a letter).
    static func isLoneMark(_ ch: Character) -> Bool {
        ch.unicodeScalars.allSatisfy { s in
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    // MARK: - Drawing

    /// The first grapheme shown in a field `width` columns wide: 0 when the text up to the
    /// cursor fits, otherwise just enough scrolled that the cursor sits in the last column.
    func scrollStart(width: Int) -> Int {
        guard width > 0 else { return _cursor }
        let cursorWidth = _cursor < graphemes.count ? Self.columns(graphemes[_cursor]) : 1
        var used = cursorWidth
        var start = _cursor
        while start > 0 {
            let w = Self.columns(graphemes[start - 1])
            if used + w > width { break }
            used += w
            start -= 1
        }
        return start
    }

    /// Draws the field at (x, y), `width` columns wide, filled with `.inputFocused` or
    /// `.inputField`. An empty unfocused field shows `placeholder` dimmed. Returns the
    /// canvas column where the terminal should put the hardware cursor.
    @discardableResult
    public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int, focused: Bool, placeholder: String = "") -> Int {
        guard width > 0 else { return x }
        let style = Style(focused ? .inputFocused : .inputField)
        canvas.fill(x: x, y: y, width: width, height: 1, with: Cell(" ", style: style))
        if graphemes.isEmpty && !focused && !placeholder.isEmpty {
            canvas.put(placeholder, x: x, y: y, style: Style(.dim), maxWidth: width)
            return x
        }
        // Not focused, a long text shows its start and "…" where it goes on (the end is
        // what the cursor left in view while typing, rarely what tells fields apart).
        let start = focused ? scrollStart(width: width) : 0
        let cut = !focused && graphemes.reduce(0) { $0 + Self.columns($1) } > width
        let room = cut ? width - 1 : width
        var col = 0
        var cursorCol = 0
        var i = start
        while i <= graphemes.count {
            if i == _cursor { cursorCol = col }
            guard i < graphemes.count else { break }
            let g = graphemes[i]
            let w = Self.columns(g)
            if col + w > room { break }
            canvas[x + col, y] = Cell(String(g), style: style)
            if w == 2 { canvas[x + col + 1, y] = Cell("", style: style) }
            col += w
            i += 1
        }
        if cut { canvas[x + col, y] = Cell("…", style: style) }
        return x + cursorCol
    }

    /// Columns of one grapheme; at least one so every grapheme stays reachable.
    static func columns(_ g: Character) -> Int { max(1, VietText.width(of: g)) }
}
