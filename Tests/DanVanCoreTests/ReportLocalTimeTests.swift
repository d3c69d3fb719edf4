import DanVanCore
import Foundation
import Testing

/// Reports for people state the time where they are, with the zone; JSON and CSV keep UTC.
@Suite struct ReportLocalTimeTests {
    @Test func readingFormatsStampTheLocalTimeWithItsZone() throws {
        var report = Report.build(state: try ReportFixture.state(), org: ReportFixture.root, year: ReportFixture.year,
                                  now: ReportFixture.now)
        report.zone = TimeZone(secondsFromGMT: 7 * 3600)!
        #expect(report.text(.vi).contains("\nLập lúc: 2026-01-05 14:08 UTC+07:00\n"))
        #expect(report.text(.en).contains("\nGenerated: 2026-01-05 14:08 UTC+07:00\n"))
        #expect(report.render(.json, .vi).contains("\"generatedAt\": \"2026-01-05T07:08:09Z\""))
        report.zone = TimeZone(secondsFromGMT: -(3 * 3600 + 30 * 60))!
        #expect(report.text(.vi).contains("\nLập lúc: 2026-01-05 03:38 UTC-03:30\n"))
        report.zone = TimeZone(identifier: "UTC")!
        #expect(report.text(.vi).contains("\nLập lúc: 2026-01-05 07:08 UTC\n"))
    }
}
