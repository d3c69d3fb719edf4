import DanVanCore

/// One screen cell: a grapheme (or "" for the right half of a wide one) and its style.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String = " ", style: Style = .normal) {
        self.text = text
        self.style = style
    }
    public static let blank = Cell()
}

/// A grid of cells that widgets draw into. The terminal shows it; tests read it.
public struct Canvas: Sendable, Equatable {
    let width: Int
    let height: Int
    private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// Setting a cell keeps wide graphemes whole: overwriting either half of one blanks the
    /// other half, so the grid never holds half a glyph (which a terminal would draw as
    /// garbage or shifted text).
    public subscript(x: Int, y: Int) -> Cell {
        get { (x >= 0 && y >= 0 && x < width && y < height) ? cells[y * width + x] : .blank }
        set {
            guard x >= 0 && y >= 0 && x < width && y < height else { return }
            let i = y * width + x
            let old = cells[i].text
            if old.isEmpty, !newValue.text.isEmpty, x > 0, VietText.width(cells[i - 1].text) == 2 {
                // Overwriting the right half: the left half goes too.
                cells[i - 1].text = " "
            }
            if x + 1 < width, cells[i + 1].text.isEmpty, !old.isEmpty, VietText.width(old) == 2,
                VietText.width(newValue.text) != 2
            {
                // Overwriting the left half with something narrow: the right half goes too.
                cells[i + 1].text = " "
            }
            cells[i] = newValue
        }
    }

    /// Writes `text` from (x, y), one grapheme per cell (two for wide ones), clipped to
    /// `maxWidth` columns and to the canvas. Returns the columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        for ch in text {
            let w = VietText.width(of: ch)
            if w == 0 {
                // A control character (old data: NUL, ESC) is never sent to the terminal;
                // a stray combining mark joins the previous cell so nothing shifts.
                if ch.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) { continue }
                if col > x, col - 1 < width { self[col - 1, y].text.append(ch) }
                continue
            }
            if col + w > limit { break }
            if col >= 0 {
                self[col, y] = Cell(String(ch), style: style)
                if w == 2 { self[col + 1, y] = Cell("", style: style) }
            }
            col += w
        }
        return col - x
    }

    /// Fills a rectangle with one cell.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with cell: Cell = .blank) {
        for yy in max(0, y)..<min(height, y + h) {
            for xx in max(0, x)..<min(width, x + w) { self[xx, yy] = cell }
        }
    }

    /// Sets the style of a run of cells, keeping their text (selection bars, highlights).
    mutating func restyle(x: Int, y: Int, width w: Int, style: Style) {
        guard y >= 0 && y < height else { return }
        for xx in max(0, x)..<min(width, x + w) { self[xx, y].style = style }
    }

    /// The text of one row (trailing spaces kept, so columns can be compared).
    func line(_ y: Int) -> String {
        guard y >= 0 && y < height else { return "" }
        var s = ""
        for x in 0..<width { s += cells[y * width + x].text }
        return s
    }

    /// Every row, trailing spaces removed: what a person reads.
    var lines: [String] {
        (0..<height).map { y in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }
    }

    /// The runs of cells that differ from `old`, row by row: what the terminal must redraw.
    /// A canvas of another size differs everywhere.
    public func changes(since old: Canvas?) -> [CellRun] {
        var runs: [CellRun] = []
        let same = old.map { $0.width == width && $0.height == height } ?? false
        for y in 0..<height {
            var x = 0
            while x < width {
                let i = y * width + x
                if same, old!.cells[i] == cells[i] { x += 1; continue }
                var end = x
                while end < width, !(same && old!.cells[y * width + end] == cells[y * width + end]) { end += 1 }
                // Never start a run on the right half of a wide grapheme.
                var start = x
                if start > 0, cells[i].text.isEmpty { start -= 1 }
                runs.append(CellRun(x: start, y: y, cells: Array(cells[(y * width + start)..<(y * width + end)])))
                x = end
            }
        }
        return runs
    }
}

/// A horizontal run of changed cells.
public struct CellRun: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]
}
