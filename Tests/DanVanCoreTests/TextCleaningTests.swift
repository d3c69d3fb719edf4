import Testing
@testable import DanVanCore

@Suite struct TextCleaningTests {
    @Test func singleLineCollapsesWhiteSpaceAndComposes() {
        #expect(VietText.clean("  Trần \t  Thi\u{0300}  ") == "Trần Thì")
        #expect(VietText.clean("Nguyễn Văn\tAn") == "Nguyễn Văn An")
        #expect(VietText.clean("Nguyễn Văn\r\nAn\n") == "Nguyễn Văn An")
        #expect(VietText.clean("Lê\u{00A0}\u{2003}Thị\u{2028}Hoa") == "Lê Thị Hoa")
    }

    @Test func invisibleCharactersGoButEmojiSequencesStay() {
        #expect(VietText.clean("Ng\u{200B}uyễn\u{FEFF} V\u{2060}ăn\u{200C} A\u{00AD}n\u{200E}") == "Nguyễn Văn An")
        #expect(VietText.clean("\u{FEFF}Lê Thị Hoa") == "Lê Thị Hoa")
        #expect(VietText.clean("An\u{200D}") == "An")  // a joiner outside an emoji sequence
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(VietText.clean("Hoa \(family)") == "Hoa \(family)")
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        #expect(VietText.clean(scotland) == scotland)
        #expect(VietText.clean("❤️ 👍🏽 🇻🇳") == "❤️ 👍🏽 🇻🇳")
    }

    @Test func multiLineKeepsLineBreaks() {
        #expect(VietText.cleanMultiline("Dòng 1\r\nDòng 2\rDòng 3\n\n  Dòng  5 \n\n") == "Dòng 1\nDòng 2\nDòng 3\n\n  Dòng  5")
        #expect(VietText.cleanMultiline("a\tb\u{200B}c") == "a bc")
        #expect(VietText.cleanMultiline("") == "")
    }

    @Test func controlCharactersAreRefusedWithTheirCode() {
        let p = VietText.problem(in: "Lê\u{1B}[31mVăn", limit: TextLimit.name)
        #expect(p?.en.contains("U+001B") == true && p?.en.contains("position 3") == true)
        #expect(p?.vi.contains("ký tự điều khiển U+001B") == true)
        #expect(VietText.problem(in: "A\u{0}B", limit: 10)?.en.contains("U+0000") == true)
        #expect(VietText.problem(in: "A\u{85}B\u{9B}", limit: 10)?.en.contains("U+009B") == true)
        #expect(VietText.problem(in: "Dòng 1\nDòng\t2\r\n", limit: 100) == nil)
        #expect(VietText.problem(in: "Nguyễn Văn An", limit: TextLimit.name) == nil)
    }

    /// The byte check reads eight bytes at a time: a control character is found wherever it
    /// sits in a word or in the tail, and letters sharing its lead byte (° is C2 B0) or
    /// line breaks in a word do not hide one.
    @Test func aControlCharacterIsFoundAtEveryPositionOfLongText() {
        let letters = Array("Nguyễn Thị Ánh Tuyết, số 12 đường Lê Lợi")
        for k in 0...letters.count {
            for control in ["\u{1B}", "\u{0}", "\u{7F}", "\u{9B}"] {
                var chars = letters.map(String.init)
                chars.insert(control, at: k)
                let code = String(format: "U+%04X", control.unicodeScalars.first!.value)
                let p = VietText.problem(in: chars.joined(), limit: TextLimit.line)
                #expect(p?.en.contains("\(code) at position \(k + 1)") == true, "\(k) \(code): \(String(describing: p))")
            }
        }
        #expect(VietText.problem(in: "Nhiệt độ 37°C\nghi\tchú\r\n« trích »\u{85}", limit: TextLimit.text) == nil)
        #expect(VietText.problem(in: "12345678\n12345678\u{1}", limit: TextLimit.text)?.en.contains("U+0001 at position 18") == true)
    }

    @Test func overLongTextIsRefusedWithoutReadingItAll() {
        let long = String(repeating: "a", count: TextLimit.name + 1)
        #expect(VietText.problem(in: long, limit: TextLimit.name)?.en.contains("over the limit of 200") == true)
        #expect(VietText.problem(in: String(repeating: "ế", count: TextLimit.name), limit: TextLimit.name) == nil)
        let huge = String(repeating: "x", count: 5_000_000)
        let clock = ContinuousClock()
        let t = clock.measure { #expect(VietText.problem(in: huge, limit: TextLimit.name) != nil) }
        #expect(t < .seconds(1))
    }

    @Test func escapingForOutputShowsControlsVisibly() {
        #expect(VietText.escapingControls("Lê\u{1B}[2JVăn\u{0}") == "Lê\\u{1B}[2JVăn\\u{0}")
        #expect(VietText.escapingControls("a\nb") == "a\\u{A}b")
        #expect(VietText.escapingControls("a\nb", keepLineBreaks: true) == "a\nb")
        #expect(VietText.escapingControls("Nguyễn Văn An") == "Nguyễn Văn An")
    }
}
