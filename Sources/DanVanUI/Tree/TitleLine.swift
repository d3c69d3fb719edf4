import DanVanCore

/// The right side of the title bar: DỮ LIỆU MẪU while the demo folder is open, the full
/// path of the unit the screen is about (the open page's, else the tree's selection), so a
/// committee looking at a narrow screen always knows which unit it sees.
enum TitleLine {
    /// The unit the screen shows: the open page's node, else the tree's selection.
    static func unit(_ state: AppState) -> OrgID? {
        switch state.page {
        case .dashboard(let d): d.org
        case .review(let r): r.org
        case .records(let r): r.org
        case .meetings(let p): p.org
        case .importRoster(let i): i.org
        case .meeting(let m): state.data.meetings[m.meeting]?.org
        case nil: state.selectedOrg
        }
    }

    /// Draws from column `from` (after the menu titles) to the right edge.
    static func draw(_ state: AppState, from: Int, into canvas: inout Canvas) {
        let room = state.width - from - 1
        guard room > 0 else { return }
        let badge = state.demo ? " " + Strings.Demo.badge.text(state.lang) + " " : ""
        // The year is in the tree's and the pages' titles; the path gets the room.
        let year = "\(Strings.UI.yearLabel.text(state.lang)) \(state.year) "
        var path = ""
        let pathRoom = room - VietText.width(badge) - 2
        if let id = unit(state), pathRoom >= 8 { path = UnitLabel.path(of: id, state: state.data, width: pathRoom) }
        let tail = path.isEmpty ? (room - VietText.width(badge) >= VietText.width(year) ? year : "") : path + " "
        let total = VietText.width(badge) + VietText.width(tail) + (badge.isEmpty ? 0 : 1)
        guard total <= room else { return }
        var x = state.width - total
        if !badge.isEmpty {
            x += canvas.put(badge, x: x, y: 0, style: Style(.statusWarning, bold: true)) + 1
        }
        canvas.put(tail, x: x, y: 0, style: Style(.menuBar, bold: !path.isEmpty))
    }
}
