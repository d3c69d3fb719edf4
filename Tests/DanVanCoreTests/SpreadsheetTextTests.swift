import Testing
@testable import DanVanCore

/// Finding 21: one guard against spreadsheet formulas for every CSV, undone exactly on import.
@Suite struct SpreadsheetTextTests {
    @Test func formulasAreGuardedAndNumbersAreNot() {
        for s in ["=HYPERLINK(\"http://x\",\"Bấm\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r\n=1", "'=1", "''@x"] {
            #expect(SpreadsheetText.neutralised(s) == "'" + s, "\(s)")
        }
        for s in ["-5", "+84912345678", "12", "Nguyễn Văn A", "", "'quoted", "a=b", "3-4"] {
            #expect(SpreadsheetText.neutralised(s) == s, "\(s)")
        }
    }

    @Test func restoreUndoesNeutraliseExactly() {
        for s in ["=1", "'=1", "''=1", "'", "'abc", "-x", "-5", "@", "x", "", "\t", "'\t", "Ghi chú: =A1"] {
            #expect(SpreadsheetText.restored(SpreadsheetText.neutralised(s)) == s, "\(s)")
        }
    }
}
