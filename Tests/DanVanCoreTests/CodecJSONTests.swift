import Foundation
import Testing
@testable import DanVanCore

@Suite struct CodecJSONTests {
    func write(_ body: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter()
        body(&w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    func readError(_ text: String, _ body: (inout JSONReader) throws -> Void) -> CodecError? {
        do {
            try JSONReader.read(Array(text.utf8)) { r in try body(&r) }
            return nil
        } catch let e as CodecError {
            return e
        } catch {
            Issue.record("not a CodecError: \(error)")
            return nil
        }
    }

    @Test func writerPutsCommasAndNests() {
        let s = write { w in
            w.beginObject()
            w.field("a", 1)
            w.key("b"); w.beginArray(); w.value(true); w.null(); w.beginObject(); w.endObject(); w.beginArray(); w.endArray(); w.value(-42); w.endArray()
            w.field("c", "x")
            w.key("d"); w.beginObject(); w.field("e", Int64.min); w.field("f", UInt64.max); w.endObject()
            w.endObject()
        }
        #expect(s == #"{"a":1,"b":[true,null,{},[],-42],"c":"x","d":{"e":-9223372036854775808,"f":18446744073709551615}}"#)
    }

    @Test func writerGrowsAndFinishes() throws {
        var w = JSONWriter(capacity: 1)
        let long = String(repeating: "Nguyễn \"A\" \u{1} ", count: 5000)
        w.beginArray()
        for i in 0..<2000 { w.value(i) }
        w.value(long)
        w.endArray()
        let copy = w.bytes
        let out = w.finish()
        #expect(copy == out)
        #expect(w.count == 0)
        let back = try JSONReader.read(out) { r -> (Int, String) in
            try r.beginArray()
            var n = 0, s = ""
            while try r.nextElement() {
                if r.peek() == UInt8(ascii: "\"") { s = try r.readString() } else { n += try r.readInt() }
            }
            return (n, s)
        }
        #expect(back.0 == 1999 * 2000 / 2 && back.1 == long)
    }

    @Test func writerEscapes() {
        let s = write { w in w.value("a\"b\\c\n\t\r\u{8}\u{C}\u{1}\u{1F}é😀/") }
        #expect(s == "\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001fé😀/\"")
    }

    @Test func writerDaysAndOmissions() {
        let s = write { w in
            w.beginObject()
            w.field("d", Day(year: 2025, month: 3, day: 7)!)
            w.field("n", omitNil: nil as Day?)
            w.field("e", omitEmpty: "")
            w.field("s", omitNil: "" as String?)
            w.endObject()
        }
        #expect(s == #"{"d":"2025-03-07","s":""}"#)
    }

    @Test func readerReadsWhatTheWriterWrote() throws {
        let nasty = "Nguyễn \"Văn\" \\ A\n\u{0}\u{1F}😀 Đặng"
        var w = JSONWriter()
        w.beginObject()
        w.field("s", nasty)
        w.field("i", Int64.min)
        w.field("u", UInt64.max)
        w.field("b", false)
        w.key("n"); w.null()
        w.key("a"); w.beginArray(); w.value(1); w.value(2); w.endArray()
        w.endObject()
        var got: (String, Int64, UInt64, Bool, Bool, [Int]) = ("", 0, 0, true, false, [])
        try JSONReader.read(w.bytes) { r in
            try r.beginObject()
            while let k = try r.nextKey() {
                switch k {
                case "s": got.0 = try r.readString()
                case "i": got.1 = try r.readInt64()
                case "u": got.2 = try r.readUInt64()
                case "b": got.3 = try r.readBool()
                case "n": got.4 = r.readNull()
                case "a":
                    try r.beginArray()
                    while try r.nextElement() { got.5.append(try r.readInt()) }
                default: try r.skipValue()
                }
            }
        }
        #expect(Array(got.0.utf8) == Array(nasty.utf8))
        #expect(got.1 == Int64.min && got.2 == UInt64.max && got.3 == false && got.4 && got.5 == [1, 2])
    }

    @Test func readerDecodesEveryEscape() throws {
        let text = #"" \" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u1ec7 \ud83d\ude00 ""#
        let s = try JSONReader.read(Array(text.utf8)) { r in try r.readString() }
        #expect(s == " \" \\ / \u{8} \u{C} \n \r \t A é ệ 😀 ")
    }

    @Test func readerNormalizesToNFC() throws {
        let nfd = "Nguye\u{302}\u{303}n Va\u{306}n D\u{323}a\u{306}\u{300}ng"
        let s = try JSONReader.read(Array("\"\(nfd)\"".utf8)) { r in try r.readString() }
        #expect(Array(s.utf8) == Array(nfd.precomposedStringWithCanonicalMapping.utf8))
        #expect(!s.unicodeScalars.contains { $0.value >= 0x300 && $0.value <= 0x36F })
        // Escaped combining marks are normalized too.
        let e = try JSONReader.read(Array(#""e\u0301""#.utf8)) { r in try r.readString() }
        #expect(Array(e.utf8) == Array("é".utf8))
        // Singletons outside the fast ranges (Ohm sign) go through the normalizer.
        let ohm = try JSONReader.read(Array("\"\u{2126}\"".utf8)) { r in try r.readString() }
        #expect(ohm.unicodeScalars.first?.value == 0x3A9)
    }

    @Test func readerMatchesEscapedKeys() throws {
        let n = try JSONReader.read(Array(#"{"\u0069d":5}"#.utf8)) { r -> Int in
            try r.beginObject()
            var v = 0
            while let k = try r.nextKey() {
                if k == "id" { v = try r.readInt() } else { try r.skipValue() }
            }
            return v
        }
        #expect(n == 5)
    }

    @Test func keysOfEveryLengthAndKind() throws {
        let text = #"{"a":1,"abcdefg":2,"abcdefgh":3,"abcdefghijklmnopq":4,"trường mới":5,"a\"b":6,"tab\tkey":7,"x\u0041":8}"#
        let keys = try JSONReader.read(Array(text.utf8)) { r -> [String] in
            try r.beginObject()
            var out: [String] = []
            while let k = try r.nextKey() {
                out.append(k.string)
                try r.skipValue()
            }
            return out
        }
        #expect(keys == ["a", "abcdefg", "abcdefgh", "abcdefghijklmnopq", "trường mới", "a\"b", "tab\tkey", "xA"])
        #expect(readError("{\"ab\u{1}cdefghij\":1}") { r in try r.skipValue() }?.reason.contains("control character") == true)
    }

    @Test func readerSkipsUnknownValues() throws {
        let text = #" { "x" : [1, -2.5e+3, 0.0, "s\"", {"y": [true, false, null, {}]}, []], "id" : 7 } "#
        let v = try JSONReader.read(Array(text.utf8)) { r -> Int in
            try r.beginObject()
            var v = 0
            while let k = try r.nextKey() {
                if k == "id" { v = try r.readInt() } else { try r.skipValue() }
            }
            return v
        }
        #expect(v == 7)
    }

    @Test(arguments: [
        ("{\"a\":1,}", "key"), ("[1,]", "value"), ("[1 2]", "','"), ("{\"a\" 1}", "':'"), ("01", "leading zeros"),
        ("\"a\u{1}\"", "control character"), ("\"\\x\"", "invalid escape"), ("\"\\ud800\"", "unpaired surrogate"),
        ("\"\\udc00\"", "unpaired surrogate"), ("\"\\u12G4\"", "hex"), ("1 2", "after the end"), ("[", "end of input"),
        ("\"abc", "unterminated"), ("tru", "true or false"), ("-", "digit"), ("1.", "digit"), ("1e", "exponent"), ("", "end of input"),
        ("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "nesting"),
    ])
    func readerRejectsBadJSON(text: String, says: String) {
        let e = readError(text) { r in try r.skipValue() }
        #expect(e != nil)
        #expect(e?.reason.contains(says) == true, "\(text): \(e?.reason ?? "no error")")
    }

    @Test func readerRejectsInvalidUTF8() {
        let cases: [[UInt8]] = [
            [0x22, 0xC3, 0x22], [0x22, 0xC0, 0x80, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22],
            [0x22, 0xE0, 0x80, 0x80, 0x22], [0x22, 0xF0, 0x80, 0x80, 0x80, 0x22], [0x22, 0xFF, 0x22], [0x22, 0x80, 0x22],
        ]
        for c in cases {
            #expect(throws: CodecError.self) { try JSONReader.read(c) { r in try r.readString() } }
        }
    }

    @Test func integersAreStrict() {
        #expect(throws: CodecError.self) { try JSONReader.read(Array("1.5".utf8)) { r in try r.readInt() } }
        #expect(throws: CodecError.self) { try JSONReader.read(Array("18446744073709551616".utf8)) { r in try r.readUInt64() } }
        #expect(throws: CodecError.self) { try JSONReader.read(Array("9223372036854775808".utf8)) { r in try r.readInt64() } }
        #expect(throws: CodecError.self) { try JSONReader.read(Array("-1".utf8)) { r in try r.readUInt64() } }
        #expect(throws: CodecError.self) { try JSONReader.read(Array("\"1\"".utf8)) { r in try r.readInt() } }
        #expect((try? JSONReader.read(Array("-0".utf8)) { r in try r.readInt() }) == 0)
    }

    @Test func daysAreChecked() throws {
        #expect(try JSONReader.read(Array("\"2024-02-29\"".utf8)) { r in try r.readDay() } == Day(year: 2024, month: 2, day: 29))
        let e = readError("\"2023-02-29\"") { r in _ = try r.readDay() }
        #expect(e?.reason.contains("2023-02-29") == true)
        #expect(readError("\"29/02/2024\"") { r in _ = try r.readDay() } != nil)
        #expect(readError("20240229") { r in _ = try r.readDay() } != nil)
    }

    @Test func errorOffsetPointsAtTheProblem() {
        let e = readError(#"{"a":1,"b":tru}"#) { r in try r.skipValue() }
        #expect(e?.offset == 11)
    }
}
