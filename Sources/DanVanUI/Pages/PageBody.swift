import DanVanCore

/// A line of a page: runs of text, each with its style.
struct PageLine: Equatable {
    var runs: [(text: String, style: Style)]
    init(_ runs: [(String, Style)]) { self.runs = runs.map { (text: $0.0, style: $0.1) } }
    init(_ text: String, _ style: Style = Style(.normal)) { runs = [(text, style)] }
    static let blank = PageLine("")
    static func == (a: PageLine, b: PageLine) -> Bool {
        a.runs.map(\.text) == b.runs.map(\.text) && a.runs.map(\.style) == b.runs.map(\.style)
    }
    var text: String { runs.map(\.text).joined() }
}

/// Draws a scrolling list of page lines under a page's title row.
enum PageBody {
    static func draw(_ lines: [PageLine], scroll: Int, state: AppState, into canvas: inout Canvas) {
        let rows = state.pageBodyRows
        for (i, l) in lines.dropFirst(scroll).prefix(rows).enumerated() {
            var x = 0
            for run in l.runs where x < state.width {
                x += canvas.put(run.text, x: x, y: 2 + i, style: run.style, maxWidth: state.width - x)
            }
        }
        if lines.count > rows {
            // Where we are in a long page.
            let mark = "\(min(lines.count, scroll + rows))/\(lines.count)"
            canvas.put(mark, x: state.width - VietText.width(mark), y: 1, style: Style(.paneBorderFocused))
        }
    }
}
