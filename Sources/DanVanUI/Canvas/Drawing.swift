import DanVanCore

/// Small drawing helpers the views share.
extension Canvas {
    /// A framed box filled with `style`, with an optional title in the top border.
    mutating func box(x: Int, y: Int, width w: Int, height h: Int, style: Style, title: String? = nil, titleStyle: Style? = nil) {
        guard w >= 2, h >= 2 else { return }
        fill(x: x, y: y, width: w, height: h, with: Cell(" ", style: style))
        put("┌" + String(repeating: "─", count: w - 2) + "┐", x: x, y: y, style: style)
        for yy in (y + 1)..<(y + h - 1) {
            put("│", x: x, y: yy, style: style)
            put("│", x: x + w - 1, y: yy, style: style)
        }
        put("└" + String(repeating: "─", count: w - 2) + "┘", x: x, y: y + h - 1, style: style)
        if let title, w > 6 {
            put(" " + VietText.truncate(title, to: w - 6) + " ", x: x + 2, y: y, style: titleStyle ?? style)
        }
    }

    /// Writes `text` padded or cut to exactly `width` columns.
    mutating func putPadded(_ text: String, x: Int, y: Int, width: Int, style: Style, alignRight: Bool = false) {
        guard width > 0 else { return }
        put(VietText.pad(text, to: width, alignRight: alignRight), x: x, y: y, style: style, maxWidth: width)
    }
}

/// Numbers the Vietnamese way (2.757) or the English way (2,757).
enum Figures {
    static func count(_ n: Int, _ lang: Lang) -> String {
        let digits = String(n.magnitude)
        let separator = Strings.UI.thousandsSeparator.text(lang)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }
}

/// What the panes would show at full width: the widest tree label, a member row, the
/// detail lines (see Layout.init(_:)).
struct PaneWants {
    var tree: Int
    var members: Int
    var detail: Int
}

/// Where the parts of the main screen go for a given size.
struct Layout {
    let width: Int
    let height: Int

    var paneTop: Int { 2 }
    /// Rows of pane content (under the pane titles, above the status line).
    var paneRows: Int { max(1, height - 4) }
    var statusRow: Int { height - 2 }
    var hintRow: Int { height - 1 }

    /// Columns each pane's contents want (PaneWidths); nil: a quarter each for tree and detail.
    var wants: PaneWants?

    init(width: Int, height: Int, wants: PaneWants? = nil) {
        self.width = width
        self.height = height
        self.wants = wants
    }

    var treeWidth: Int { wants.map { shared($0).tree } ?? max(14, width / 4) }
    var detailWidth: Int { wants.map { shared($0).detail } ?? max(14, width / 4) }

    /// Each pane gets what it wants when everything fits (the tree no more; the member list
    /// takes two thirds of what is left, the detail one); otherwise the room is shared in proportion to the
    /// wants, no pane under its minimum.
    private func shared(_ w: PaneWants) -> (tree: Int, detail: Int) {
        let room = width - 2
        let sum = w.tree + w.members + w.detail
        if sum <= room { return (w.tree, w.detail + (room - sum) / 3) }
        return (max(14, w.tree * room / sum), max(14, w.detail * room / sum))
    }
    var membersWidth: Int { max(10, width - treeWidth - detailWidth - 2) }
    var treeX: Int { 0 }
    var membersX: Int { treeWidth + 1 }
    var detailX: Int { membersX + membersWidth + 1 }

    func x(of pane: Pane) -> Int {
        switch pane {
        case .tree: treeX
        case .members: membersX
        case .detail: detailX
        }
    }
    func width(of pane: Pane) -> Int {
        switch pane {
        case .tree: treeWidth
        case .members: membersWidth
        case .detail: width - detailX
        }
    }
}
