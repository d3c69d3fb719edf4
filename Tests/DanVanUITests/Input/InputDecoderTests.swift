import Testing

@testable import DanVanUI

private func raw(_ s: String) -> [RawInput] { s.unicodeScalars.map { .char($0.value) } }

private func decode(_ inputs: [RawInput]) -> [InputEvent] {
    var d = KeyDecoder()
    return d.feed(inputs + [.idle])
}

private func keys(_ ks: Key...) -> [InputEvent] { ks.map { .key($0) } }

@Suite("Key decoding")
struct InputDecoderTests {
    @Test func printableAndVietnameseCharacters() {
        #expect(decode(raw("a Z")) == keys(.char("a"), .char(" "), .char("Z")))
        #expect(decode(raw("ắ")) == keys(.char("ắ")))
        // NFD arrives as separate code points; the text field joins them.
        #expect(decode(raw("e\u{302}")) == keys(.char("e"), .char("\u{302}")))
    }

    @Test func enterTabBackspace() {
        #expect(decode([.char(13), .char(10), .char(9), .char(127), .char(8)])
            == keys(.enter, .enter, .tab, .backspace, .backspace))
    }

    @Test func controlLetters() {
        #expect(decode([.char(1)]) == keys(.ctrl("a")))
        #expect(decode([.char(23), .char(21), .char(11), .char(26)]) == keys(.ctrl("w"), .ctrl("u"), .ctrl("k"), .ctrl("z")))
        #expect(decode([.char(3)]) == keys(.ctrl("c")))
        #expect(decode([.char(28), .char(31)]) == keys(.ctrl("\\"), .ctrl("_")))
        #expect(decode([.char(0), .char(0x85)]).isEmpty)
    }

    @Test func escapeAloneIsInstantOnIdle() {
        var d = KeyDecoder()
        #expect(d.feed(.char(27)).isEmpty)
        #expect(d.isPending)
        #expect(d.feed(.idle) == keys(.escape))
        #expect(!d.isPending)
        #expect(decode([.char(27), .char(27)]) == keys(.escape, .escape))
    }

    @Test func escapeThenLetterIsAlt() {
        #expect(decode(raw("\u{1B}x")) == keys(.alt("x")))
        #expect(decode(raw("\u{1B}X")) == keys(.alt("X")))
        #expect(decode(raw("\u{1B}đ")) == keys(.alt("đ")))
        #expect(decode(raw("\u{1B}[")) == keys(.alt("[")))
        #expect(decode(raw("\u{1B}O")) == keys(.alt("O")))
    }

    @Test func escapeThenDigitIsFunctionKey() {
        for n in 1...9 { #expect(decode(raw("\u{1B}\(n)")) == keys(.function(n))) }
        #expect(decode(raw("\u{1B}0")) == keys(.function(10)))
    }

    @Test func escapeThenControlIsTwoKeys() {
        #expect(decode([.char(27), .char(13)]) == keys(.escape, .enter))
        #expect(decode([.char(27), .key(.up)]) == keys(.escape, .up))
        #expect(decode([.char(27), .resize(width: 80, height: 24)]) == [.key(.escape), .resize(width: 80, height: 24)])
    }

    @Test func libraryKeysMap() {
        let pairs: [(RawKey, Key)] = [
            (.up, .up), (.down, .down), (.left, .left), (.right, .right), (.home, .home), (.end, .end),
            (.pageUp, .pageUp), (.pageDown, .pageDown), (.insert, .insert), (.delete, .delete),
            (.backspace, .backspace), (.enter, .enter), (.backTab, .backTab), (.function(1), .function(1)),
            (.function(12), .function(12)),
        ]
        for (r, k) in pairs { #expect(decode([.key(r)]) == keys(k)) }
        #expect(decode([.resize(width: 120, height: 40)]) == [.resize(width: 120, height: 40)])
    }

    @Test func undecodedEscapeSequences() {
        #expect(decode(raw("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D")) == keys(.up, .down, .right, .left))
        #expect(decode(raw("\u{1B}[1;5C\u{1B}[H\u{1B}[F\u{1B}[Z")) == keys(.right, .home, .end, .backTab))
        #expect(decode(raw("\u{1B}[2~\u{1B}[3~\u{1B}[5~\u{1B}[6~\u{1B}[1~\u{1B}[4~")) == keys(.insert, .delete, .pageUp, .pageDown, .home, .end))
        #expect(decode(raw("\u{1B}[11~\u{1B}[15~\u{1B}[17~\u{1B}[21~\u{1B}[24~")) == keys(.function(1), .function(5), .function(6), .function(10), .function(12)))
        #expect(decode(raw("\u{1B}OP\u{1B}OS\u{1B}OA\u{1B}[[A\u{1B}[[E")) == keys(.function(1), .function(4), .up, .function(1), .function(5)))
        #expect(decode(raw("\u{1B}[1;2P")) == keys(.function(1)))
        // Unknown sequences are dropped, not typed as text.
        #expect(decode(raw("\u{1B}[?1;2c\u{1B}[99~x")) == keys(.char("x")))
    }

    @Test func bracketedPasteIsOneEvent() {
        #expect(decode(raw("\u{1B}[200~Xin chào\r\nbạn\u{1B}[201~")) == [.paste("Xin chào\r\nbạn")])
        #expect(decode(raw("a\u{1B}[200~b\u{1B}[201~c")) == [.key(.char("a")), .paste("b"), .key(.char("c"))])
        // An Esc inside the paste that is not the end marker stays text.
        #expect(decode(raw("\u{1B}[200~x\u{1B}[2y\u{1B}[201~")) == [.paste("x\u{1B}[2y")])
        #expect(decode(raw("\u{1B}[200~\u{1B}[201~")).isEmpty)
    }

    @Test func pasteKeepsLibraryDecodedEnterAsNewline() {
        #expect(decode(raw("\u{1B}[200~a") + [.key(.enter)] + raw("b\u{1B}[201~")) == [.paste("a\nb")])
    }

    @Test func pasteWithoutEndMarkerEndsWhenIdle() {
        var d = KeyDecoder()
        #expect(d.feed(raw("\u{1B}[200~Tổ 1\u{1B}[20")).isEmpty)
        #expect(d.isInPaste)
        #expect(d.feed(.idle) == [.paste("Tổ 1")])
        #expect(!d.isPending)
        #expect(d.feed(raw("q")) == keys(.char("q")))
    }

    @Test func resizeInsidePasteIsReportedAndPasteContinues() {
        #expect(decode(raw("\u{1B}[200~ab") + [.resize(width: 50, height: 20)] + raw("c\u{1B}[201~"))
            == [.resize(width: 50, height: 20), .paste("abc")])
    }

    @Test func telexBurstArrivesAsKeysInOrder() {
        let burst = raw("chăc") + [.char(127), .char(127)] + raw("ắc")
        let events = decode(burst)
        #expect(events == keys(.char("c"), .char("h"), .char("ă"), .char("c"), .backspace, .backspace, .char("ắ"), .char("c")))
        var field = TextField()
        for case .key(let k) in events { field.handle(k) }
        #expect(field.text == "chắc")
    }

    @Test func largePasteArrivesWhole() {
        let text = String(repeating: "Nguyễn Văn A\n", count: 2_000)
        #expect(decode(raw("\u{1B}[200~" + text + "\u{1B}[201~")) == [.paste(text)])
    }
}
