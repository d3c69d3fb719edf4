import Testing
import DanVanCore
@testable import DanVanUI

/// An assignment means work: no content, no save — said beside the field.
@Suite struct AssignmentContentTests {
    @Test func twoPressesOfF2SaveNothing() throws {
        var app = Fixture.app()
        app.press(.tab)  // Nguyễn Văn An
        let before = app.data.assignments.count
        #expect(app.press(.function(2)).isEmpty)  // opens the form
        #expect(app.form?.title == .newAssignmentTitle)
        #expect(app.press(.function(2)).isEmpty)  // refused
        #expect(app.data.assignments.count == before)
        #expect(app.form?.focus == 3 && app.form?.field("content")?.error == .errContent)
        let line = try #require(app.screen.firstIndex { $0.contains("Nội dung") })
        #expect(app.screen[line].contains("Nội dung") && app.screen[line + 1].contains("cần ghi nội dung công việc được giao"))
        app.type("Vận động hộ dân tổ 5 đóng góp làm đường")
        let saved = app.press(.function(2))
        guard case .commit(let ops, .assignmentAdded) = saved.first, case .addAssignment(let a) = ops.first else {
            Issue.record("no save: \(saved)")
            return
        }
        #expect(a.content == "Vận động hộ dân tổ 5 đóng góp làm đường")
    }

    @Test func theCoreRefusesEmptyContentWithTheFieldNamed() {
        let s = Fixture.state()
        let a = Assignment(id: AssignmentID(900), member: MemberID(10), targetGroup: .hoDan, content: "  ",
                           from: Fixture.today)
        #expect { try s.checkNew(a) } throws: { ($0 as? OpError)?.field == .content && ($0 as? OpError)?.vi == "Nội dung không được để trống" }
    }
}
