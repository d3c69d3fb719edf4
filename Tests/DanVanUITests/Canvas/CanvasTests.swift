import Testing

@testable import DanVanUI

@Suite("Canvas")
struct CanvasTests {
    @Test func putWritesOneGraphemePerCellAndClips() {
        var c = Canvas(width: 8, height: 2)
        let n = c.put("Nguyễn Văn", x: 1, y: 0)
        #expect(n == 7)
        #expect(c.line(0) == " Nguyễn ")
        #expect(c[5, 0].text == "ễ")
        #expect(c.put("abc", x: 0, y: 1, maxWidth: 2) == 2)
        #expect(c.lines == [" Nguyễn", "ab"])
        #expect(c.put("x", x: 0, y: 5) == 0)
    }

    @Test func wideGraphemesTakeTwoCellsAndAreNotSplitAtTheEdge() {
        var c = Canvas(width: 4, height: 1)
        #expect(c.put("a中文", x: 0, y: 0) == 3)
        #expect(c[1, 0].text == "中")
        #expect(c[2, 0].text == "")
        #expect(c.line(0) == "a中 ")  // "文" would need columns 3–4: left out, not halved
    }

    @Test func combiningMarkJoinsThePreviousCell() {
        var c = Canvas(width: 6, height: 1)
        c.put("Tra\u{300}n", x: 0, y: 0)
        #expect(c[2, 0].text == "a\u{300}")
        #expect(c[3, 0].text == "n")
    }

    @Test func fillAndRestyle() {
        var c = Canvas(width: 4, height: 3)
        c.fill(x: 1, y: 1, width: 10, height: 10, with: Cell("#"))
        #expect(c.lines == ["", " ###", " ###"])
        c.restyle(x: 0, y: 1, width: 2, style: Style(.selection))
        #expect(c[0, 1].style.role == .selection && c[1, 1].style.role == .selection)
        #expect(c[1, 1].text == "#")
        #expect(c[2, 1].style.role == .normal)
    }

    @Test func overwritingHalfAWideGraphemeBlanksTheOtherHalf() {
        var c = Canvas(width: 6, height: 1)
        c.put("中文", x: 0, y: 0)
        c[1, 0] = Cell("x")  // right half of 中
        #expect(c.line(0) == " x文  ")
        var d = Canvas(width: 6, height: 1)
        d.put("中文", x: 0, y: 0)
        d[2, 0] = Cell("y")  // left half of 文
        #expect(d.line(0) == "中y   ")
        var e = Canvas(width: 6, height: 1)
        e.put("ab", x: 0, y: 0)
        e.put("中", x: 1, y: 0)  // wide over narrow cells
        #expect(e.line(0) == "a中   ")
        e.put("文", x: 0, y: 0)  // over "a" and the left half of 中
        #expect(e.line(0) == "文    ")
    }

    @Test func changesOfAFreshCanvasCoverEverything() {
        let c = Canvas(width: 3, height: 2)
        let runs = c.changes(since: nil)
        #expect(runs.count == 2)
        #expect(runs.allSatisfy { $0.x == 0 && $0.cells.count == 3 })
        #expect(c.changes(since: Canvas(width: 2, height: 2)).count == 2)
    }

    @Test func changesAreTheDifferingRuns() {
        let old = Canvas(width: 10, height: 2)
        var new = old
        new.put("ab", x: 2, y: 0)
        new.put("z", x: 9, y: 1)
        new.restyle(x: 5, y: 0, width: 2, style: Style(.title))
        let runs = new.changes(since: old)
        #expect(runs.map { [$0.x, $0.y, $0.cells.count] } == [[2, 0, 2], [5, 0, 2], [9, 1, 1]])
        #expect(runs[0].cells.map(\.text) == ["a", "b"])
        #expect(new.changes(since: new).isEmpty)
    }

    @Test func aRunNeverStartsOnTheRightHalfOfAWideGrapheme() {
        var old = Canvas(width: 6, height: 1)
        old.put("中", x: 2, y: 0)
        var new = old
        new.restyle(x: 3, y: 0, width: 1, style: Style(.selection))
        let runs = new.changes(since: old)
        #expect(runs.count == 1)
        #expect(runs[0].x == 2)
        #expect(runs[0].cells.map(\.text) == ["中", ""])
    }
}
