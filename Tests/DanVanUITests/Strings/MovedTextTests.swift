import Testing
import DanVanCore
@testable import DanVanUI

/// Text that was written inline (`lang == .vi ? … : …`) before it became table keys, pinned
/// as the person reads it where no screen test shows it.
@Suite struct MovedTextTests {
    @Test func shortEvaluationsInBothLanguages() {
        var a = Assignment(id: AssignmentID(1), member: MemberID(10), targetGroup: .hoDan, from: Fixture.day(2026, 1, 1))
        func shorts(_ lang: Lang) -> [String] {
            let app = Fixture.app(lang: lang)
            var out: [String] = []
            a.evaluations = [:]
            out.append(DetailPane.shortEvaluation(a, app))
            for level in [EvaluationLevel.outstanding, .good, .completed, .notCompleted] {
                a.evaluations[app.year] = Evaluation(level: level)
                out.append(DetailPane.shortEvaluation(a, app))
            }
            return out
        }
        #expect(shorts(.vi) == ["chưa ĐG", "HTXS", "HTT", "HT", "KHT"])
        #expect(shorts(.en) == ["not eval.", "outstanding", "good", "completed", "not completed"])
    }

    @Test func transferChoicesNameTheRunningCount() {
        let cells = Fixture.state().orgs.values.filter { $0.parent != nil }.sorted { $0.id.raw < $1.id.raw }
        let form = EditForms.transfer(MemberID(10), cells: cells, to: Fixture.cell2, today: Fixture.today, running: 2)
        guard case .choice(let choices, _)? = form.fields.last?.input else {
            Issue.record("no choice of what becomes of the running assignments")
            return
        }
        #expect(choices.map { $0.text(.vi) } == ["Kết thúc vào ngày chuyển (2)", "Giữ nguyên, vẫn tiếp tục (2)"])
        #expect(choices.map { $0.text(.en) } == ["End on the transfer date (2)", "Keep them running (2)"])
    }

    @Test func minutesFormatsInBothLanguages() {
        let m = Meeting(id: MeetingID(1), org: Fixture.cell1, date: Fixture.day(2026, 10, 20))
        let form = MeetingForms.export(m, state: Fixture.state())
        guard case .choice(let choices, _)? = form.fields.first?.input else {
            Issue.record("the export form has no format choice")
            return
        }
        #expect(choices.map { $0.text(.vi) } == ["Markdown", "Văn bản thường", "Word (.docx)"])
        #expect(choices.map { $0.text(.en) } == ["Markdown", "Plain text", "Word (.docx)"])
    }

    @Test func thousandsGroupedPerLanguage() {
        #expect(Figures.count(2757, .vi) == "2.757" && Figures.count(2757, .en) == "2,757")
        #expect(Figures.count(-1234567, .vi) == "-1.234.567")
    }
}
