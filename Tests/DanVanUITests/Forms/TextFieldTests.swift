import DanVanCore
import Testing

@testable import DanVanUI

/// Types a string key by key, as a terminal delivers it (one Character per key event).
private func type(_ s: String, into f: inout TextField) {
    for scalar in s.unicodeScalars { f.handle(.char(Character(scalar))) }
}

private func keys(_ ks: [Key], into f: inout TextField) {
    for k in ks { f.handle(k) }
}

@Suite("TextField editing")
struct TextFieldEditingTests {
    @Test func typingAppendsAndMovesCursor() {
        var f = TextField()
        type("abc", into: &f)
        #expect(f.text == "abc")
        #expect(f.cursor == 3)
    }

    @Test func backspaceDeletesGraphemeBeforeCursor() {
        var f = TextField("Nguyễn")
        let consumed = f.handle(.backspace)
        #expect(consumed)
        #expect(f.text == "Nguyễ")
        f.handle(.backspace)
        #expect(f.text == "Nguy")
        f.cursor = 0
        let atStart = f.handle(.backspace)
        #expect(atStart)  // consumed, nothing to delete
        #expect(f.text == "Nguy")
    }

    @Test func ctrlHIsBackspace() {
        var f = TextField("ab")
        f.handle(.ctrl("h"))
        #expect(f.text == "a")
    }

    @Test func deleteRemovesGraphemeAtCursor() {
        var f = TextField("Đặng")
        f.cursor = 0
        f.handle(.delete)
        #expect(f.text == "ặng")
        #expect(f.cursor == 0)
        f.handle(.end)
        f.handle(.delete)  // at end: nothing
        #expect(f.text == "ặng")
    }

    @Test func leftRightHomeEnd() {
        var f = TextField("xin chào")
        f.handle(.left)
        f.handle(.left)
        #expect(f.cursor == 6)
        f.handle(.right)
        #expect(f.cursor == 7)
        f.handle(.home)
        #expect(f.cursor == 0)
        f.handle(.left)
        #expect(f.cursor == 0)
        f.handle(.end)
        #expect(f.cursor == 8)
        f.handle(.right)
        #expect(f.cursor == 8)
        f.handle(.ctrl("a"))
        #expect(f.cursor == 0)
        f.handle(.ctrl("e"))
        #expect(f.cursor == 8)
    }

    @Test func insertInMiddle() {
        var f = TextField("Văn A")
        f.cursor = 3
        type(" Bé", into: &f)
        #expect(f.text == "Văn Bé A")
        #expect(f.cursor == 6)
    }

    @Test func ctrlWDeletesWordBeforeCursor() {
        var f = TextField("Nguyễn Văn   An")
        f.handle(.ctrl("w"))
        #expect(f.text == "Nguyễn Văn   ")
        f.handle(.ctrl("w"))  // skips the spaces, then the word
        #expect(f.text == "Nguyễn ")
        f.cursor = 3
        f.handle(.ctrl("w"))
        #expect(f.text == "yễn ")
        #expect(f.cursor == 0)
    }

    @Test func ctrlUDeletesToStart() {
        var f = TextField("Hoàng Phủ Ngọc")
        f.cursor = 6
        f.handle(.ctrl("u"))
        #expect(f.text == "Phủ Ngọc")
        #expect(f.cursor == 0)
    }

    @Test func ctrlKDeletesToEnd() {
        var f = TextField("Hoàng Phủ Ngọc")
        f.cursor = 5
        f.handle(.ctrl("k"))
        #expect(f.text == "Hoàng")
        #expect(f.cursor == 5)
    }

    @Test func keysTheFieldDoesNotOwnAreNotConsumed() {
        var f = TextField("a")
        for k in [.enter, .tab, .backTab, .escape, .up, .down, .pageUp, .pageDown, .function(2), .ctrl("s"), .ctrl("f"), .ctrl("b"), .alt("x")] as [Key] {
            let consumed = f.handle(k)
            #expect(!consumed, "\(k)")
        }
        #expect(f.text == "a")
        let esc = f.handle(.char("\u{1B}"))
        #expect(!esc)
        let resize = f.handle(.resize(width: 80, height: 24))
        #expect(!resize)
    }

    @Test func maxLengthRefusesExtraGraphemes() {
        var f = TextField(maxLength: 3)
        type("abcd", into: &f)
        #expect(f.text == "abc")
        // A combining mark adds no grapheme, so it still joins.
        f.handle(.char("\u{301}"))
        #expect(f.text == "abć")
        f.paste("xyz")
        #expect(f.text == "abć")
        let g = TextField("Nguyễn", maxLength: 4)
        #expect(g.text == "Nguy")
    }

    @Test func settingTextNormalizesAndMovesCursorToEnd() {
        var f = TextField()
        f.text = "Ngu\u{79}\u{65}\u{302}\u{303}n"  // NFD "Nguyễn"
        #expect(f.text == "Nguyễn")
        #expect(f.text.unicodeScalars.count == 6)
        #expect(f.cursor == 6)
        f.clear()
        #expect(f.isEmpty && f.cursor == 0)
    }
}

@Suite("TextField input methods")
struct TextFieldInputMethodTests {
    @Test func telexRewriteBurstGivesChac() {
        // Typing "chắc" with Telex may arrive as "chăc", two Backspaces, "ắc" in one read.
        var f = TextField()
        let burst: [Key] = [.char("c"), .char("h"), .char("ă"), .char("c"), .backspace, .backspace, .char("ắ"), .char("c")]
        keys(burst, into: &f)
        #expect(f.text == "chắc")
        #expect(f.graphemes.count == 4)
        #expect(f.cursor == 4)
    }

    @Test func telexRewriteInsideAWord() {
        // Editing the middle syllable of "Nguyen Van An": cursor after "Van", the IME
        // turns "Van" into "Văn" by deleting two letters and sending "ăn".
        var f = TextField("Nguyen Van An")
        f.cursor = 10
        keys([.backspace, .backspace, .char("ă"), .char("n")], into: &f)
        #expect(f.text == "Nguyen Văn An")
        #expect(f.cursor == 10)
        // VNI: "duong" + "9" style rewrite of the whole syllable to "đường".
        var g = TextField("ông duong")
        keys([.backspace, .backspace, .backspace, .backspace, .backspace], into: &g)
        type("đường", into: &g)
        #expect(g.text == "ông đường")
    }

    @Test func nfdMarksJoinTheLetterBefore() {
        var f = TextField()
        type("e\u{302}\u{301}", into: &f)
        #expect(f.text == "ế")
        #expect(f.text.unicodeScalars.map(\.value) == [0x1EBF])
        #expect(f.graphemes.count == 1)
        f.handle(.backspace)
        #expect(f.text.isEmpty)
    }

    @Test func nfdWordTypedScalarByScalar() {
        var f = TextField()
        type("Nguye\u{302}\u{303}n Va\u{306}n A", into: &f)
        #expect(f.text == "Nguyễn Văn A")
        #expect(f.cursor == 12)
    }

    @Test func markJoinsLetterBeforeCursorInMiddle() {
        var f = TextField("Viet Nam")
        f.cursor = 3  // after "Vie"
        f.handle(.char("\u{302}"))
        f.handle(.char("\u{323}"))
        #expect(f.text == "Việt Nam")
        #expect(f.cursor == 3)
    }

    @Test func loneMarkAtStartIsDropped() {
        var f = TextField()
        let consumed = f.handle(.char("\u{301}"))
        #expect(consumed)
        #expect(f.text.isEmpty)
    }

    @Test func precomposedAndDecomposedCharactersAreStoredNFC() {
        var f = TextField()
        f.handle(.char("e\u{302}\u{301}"))  // one Character made of three scalars
        #expect(f.text.unicodeScalars.map(\.value) == [0x1EBF])
    }
}

@Suite("TextField paste")
struct TextFieldPasteTests {
    @Test func pasteInsertsAtCursor() {
        var f = TextField("AB")
        f.cursor = 1
        let consumed = f.handle(.paste("xyz"))
        #expect(consumed)
        #expect(f.text == "AxyzB")
        #expect(f.cursor == 4)
    }

    @Test func pasteFlattensLineBreaksAndDropsControls() {
        var f = TextField()
        f.paste("Tổ 1\r\nTổ 2\nTổ\t3\r4\u{7}!")
        #expect(f.text == "Tổ 1 Tổ 2 Tổ 3 4!")
    }

    @Test func pasteNormalizesNFD() {
        var f = TextField()
        f.paste("Tra\u{300}n")
        #expect(f.text == "Tràn")
        #expect(f.text.unicodeScalars.count == 4)
    }

    @Test func pasteStartingWithMarkJoinsLetterBefore() {
        var f = TextField("Ha")
        f.paste("\u{300} Nội")
        #expect(f.text == "Hà Nội")
    }
}

@Suite("TextField rendering")
struct TextFieldRenderTests {
    @Test func drawsTextAndPadsWithFieldStyle() {
        var c = Canvas(width: 12, height: 1)
        let f = TextField("Việt")
        let cur = f.render(into: &c, x: 2, y: 0, width: 8, focused: true)
        #expect(c.line(0) == "  Việt      ")
        #expect(cur == 6)
        for x in 2..<10 { #expect(c[x, 0].style.role == .inputFocused) }
        #expect(c[0, 0].style.role == .normal)
        #expect(c[10, 0].style.role == .normal)
    }

    @Test func unfocusedUsesFieldRoleAndShowsPlaceholderWhenEmpty() {
        var c = Canvas(width: 10, height: 1)
        TextField("ab").render(into: &c, x: 0, y: 0, width: 10, focused: false)
        #expect(c[0, 0].style.role == .inputField)
        var d = Canvas(width: 10, height: 1)
        TextField().render(into: &d, x: 0, y: 0, width: 10, focused: false, placeholder: "Tìm…")
        #expect(d.lines == ["Tìm…"])
        #expect(d[0, 0].style.role == .dim)
        #expect(d[6, 0].style.role == .inputField)
        var e = Canvas(width: 10, height: 1)
        TextField().render(into: &e, x: 0, y: 0, width: 10, focused: true, placeholder: "Tìm…")
        #expect(e.lines == [""])
    }

    @Test func scrollsToKeepCursorVisible() {
        var f = TextField("0123456789")  // cursor at end
        var c = Canvas(width: 5, height: 1)
        let cur = f.render(into: &c, x: 0, y: 0, width: 5, focused: true)
        #expect(c.line(0) == "6789 ")
        #expect(cur == 4)
        f.handle(.home)
        var d = Canvas(width: 5, height: 1)
        #expect(f.render(into: &d, x: 0, y: 0, width: 5, focused: true) == 0)
        #expect(d.line(0) == "01234")
        f.cursor = 7
        var e = Canvas(width: 5, height: 1)
        #expect(f.render(into: &e, x: 0, y: 0, width: 5, focused: true) == 4)
        #expect(e.line(0) == "34567")
    }

    @Test func vietnameseGraphemesTakeOneColumnEach() {
        let f = TextField("Nguyễn Văn Đặng")
        var c = Canvas(width: 20, height: 1)
        let cur = f.render(into: &c, x: 0, y: 0, width: 20, focused: true)
        #expect(cur == 15)
        #expect(c[4, 0].text == "ễ")
        #expect(c[5, 0].text == "n")
    }

    @Test func wideGraphemesTakeTwoColumnsAndNeverSplit() {
        let f = TextField("ab中文")
        var c = Canvas(width: 7, height: 1)
        let cur = f.render(into: &c, x: 0, y: 0, width: 7, focused: true)
        #expect(c[2, 0].text == "中")
        #expect(c[3, 0].text == "")
        #expect(c[4, 0].text == "文")
        #expect(cur == 6)
        var d = Canvas(width: 5, height: 1)
        var g = f
        g.cursor = 0
        g.render(into: &d, x: 0, y: 0, width: 5, focused: true)
        #expect(d.line(0) == "ab中 ")  // "文" does not fit: blank, not half a glyph
    }

    @Test func zeroWidthDrawsNothing() {
        var c = Canvas(width: 3, height: 1)
        let cur = TextField("abc").render(into: &c, x: 1, y: 0, width: 0, focused: true)
        #expect(cur == 1)
        #expect(c.line(0) == "   ")
    }
}
