import Foundation
import Testing
import DanVanCore
@testable import DanVanUI

/// Every key of every text table has both texts, a real translation, and Vietnamese in the
/// composed form (NFC) the records and the terminal use.
@Suite struct StringTableTests {
    /// Keys whose text is the same in both languages on purpose (a word both use).
    static let sameInBoth: Set<String> = ["Command.hint.menu(DanVanUI.MenuCommand.openMenu)", "Theme.Problem.system(\"No such file or directory\")"]

    @Test func everyKeyHasBothTexts() {
        for table in StringDump.tables() {
            #expect(!table.rows.isEmpty, "\(table.name) has no keys")
            for row in table.rows {
                #expect(!row.vi.isEmpty, "\(table.name).\(row.key) has no Vietnamese")
                #expect(!row.en.isEmpty, "\(table.name).\(row.key) has no English")
            }
        }
    }

    @Test func vietnameseIsTranslated() {
        for table in StringDump.tables() {
            for row in table.rows where !Self.sameInBoth.contains("\(table.name).\(row.key)") {
                #expect(row.vi != row.en, "\(table.name).\(row.key) is \"\(row.vi)\" in both languages")
            }
        }
        // The allow-list names keys that exist and are the same: a stale entry is caught.
        let same = Set(StringDump.tables().flatMap { t in t.rows.filter { $0.vi == $0.en }.map { "\(t.name).\($0.key)" } })
        #expect(same == Self.sameInBoth)
    }

    @Test func textIsNFC() {
        for table in StringDump.tables() {
            for row in table.rows {
                for text in [row.vi, row.en] {
                    let nfc = text.precomposedStringWithCanonicalMapping
                    #expect(Array(text.unicodeScalars) == Array(nfc.unicodeScalars),
                            "\(table.name).\(row.key) is not NFC: \(text.unicodeScalars.map { String($0.value, radix: 16) })")
                }
            }
        }
    }

    /// The checks above can fail: a decomposed "ệ" is told from the composed one.
    @Test func nfcCheckSeesDecomposedText() {
        let decomposed = "Vie\u{0302}\u{0323}t"
        #expect(decomposed == "Việt")  // equal as Swift strings...
        #expect(Array(decomposed.unicodeScalars) != Array(decomposed.precomposedStringWithCanonicalMapping.unicodeScalars))  // ...not as scalars
    }

    /// Run-time text keeps both languages and picks the person's.
    @Test func biTextPicksTheLanguage() {
        let t = BiText("Đã lưu", "Saved")
        #expect(t.text(.vi) == "Đã lưu" && t.text(.en) == "Saved")
        #expect(t.map { $0 + " (2)" } == BiText("Đã lưu (2)", "Saved (2)"))
        #expect(BiText(verbatim: "Markdown") == BiText("Markdown", "Markdown"))
        #expect(Strings.UI.saved.bi == BiText("Đã lưu", "Saved"))
    }
}
