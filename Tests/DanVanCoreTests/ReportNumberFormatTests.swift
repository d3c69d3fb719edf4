import DanVanCore
import Testing

@Suite struct ReportNumberFormatTests {
    @Test func counts() {
        #expect(NumberFormat.count(2757, .vi) == "2.757")
        #expect(NumberFormat.count(2757, .en) == "2,757")
        #expect(NumberFormat.count(0, .vi) == "0")
        #expect(NumberFormat.count(999, .vi) == "999")
        #expect(NumberFormat.count(1000, .vi) == "1.000")
        #expect(NumberFormat.count(16340, .vi) == "16.340")
        #expect(NumberFormat.count(370_000, .en) == "370,000")
        #expect(NumberFormat.count(1_234_567, .vi) == "1.234.567")
        #expect(NumberFormat.count(-1234, .en) == "-1,234")
    }

    @Test func seedPercentages() {
        #expect(NumberFormat.percent(532, 2757, .vi) == "19,3%")  // 19.296… → 19.3
        #expect(NumberFormat.percent(532, 2757, .en) == "19.3%")
        #expect(NumberFormat.percent(4245, 5115, .vi) == "83,0%")  // 82.99… → 83.0
        #expect(NumberFormat.percent(1, 8, .vi) == "12,5%")
        #expect(NumberFormat.fraction(532, 2757, .vi) == "532/2.757")
        #expect(NumberFormat.fraction(4245, 5115, .en) == "4,245/5,115")
    }

    @Test func halfUp() {
        #expect(NumberFormat.tenths(77, 400) == 193)  // exactly 19.25 → 19.3 (a Double gives 19.2)
        #expect(NumberFormat.tenths(1, 16) == 63)  // 6.25 → 6.3
        #expect(NumberFormat.tenths(1, 2000) == 1)  // 0.05 → 0.1
        #expect(NumberFormat.tenths(1, 2001) == 0)  // 0.0499… → 0.0
        #expect(NumberFormat.tenths(2, 3) == 667)
        #expect(NumberFormat.tenths(1, 3) == 333)
        #expect(NumberFormat.tenths(5, 5) == 1000)
        #expect(NumberFormat.tenths(0, 5) == 0)
        #expect(NumberFormat.percent(77, 400, .vi) == "19,3%")
        #expect(NumberFormat.percent(5, 5, .vi) == "100,0%")
        #expect(NumberFormat.percent(0, 7, .en) == "0.0%")
        #expect(NumberFormat.percent(123_456, 100, .vi) == "123.456,0%")
    }

    @Test func zeroDenominator() {
        #expect(NumberFormat.tenths(0, 0) == nil)
        #expect(NumberFormat.tenths(3, 0) == nil)
        #expect(NumberFormat.percent(0, 0, .vi) == "—")
        #expect(NumberFormat.plainDecimal(tenths: nil) == nil)
        #expect(NumberFormat.plainDecimal(tenths: 193) == "19.3")
        #expect(NumberFormat.plainDecimal(tenths: 5) == "0.5")
    }

    @Test func hugeValuesDoNotTrap() {
        #expect(NumberFormat.tenths(Int.max, 1) == Int.max)
        #expect(NumberFormat.tenths(Int.max / 1000, Int.max / 1000) == 1000)
    }
}
