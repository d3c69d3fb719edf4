import Testing
import DanVanCore
@testable import DanVanUI

/// Quick-assign records the source: F4 (or Ctrl-T) toggles phân công / tự nhận, shown on
/// the line; the line refuses an assignment without content.
@Suite struct QuickAssignSourceTests {
    @Test func selfRegistrationAtTheMeeting() throws {
        var app = Fixture.app()
        app.press(.down, .char("h"))
        try performCommit(&app, app.press(.function(2)))
        app.press(.tab)
        #expect(app.keyContext == .quickAssign)
        #expect(app.screen[19].hasPrefix(" Phân công nhanh: [phân công] "))
        app.press(.function(4))
        #expect(app.screen[19].hasPrefix(" Phân công nhanh: [tự nhận] "))
        app.type("binh")
        app.press(.enter)
        app.type("phu")
        app.press(.enter)
        // No content yet: refused, the cursor on the content.
        #expect(app.press(.enter).isEmpty)
        guard case .meeting(let m) = app.page else { Issue.record("no page"); return }
        #expect(m.quick.field == .content)
        #expect(app.screen[22].contains("cần ghi nội dung công việc được giao"))
        app.type("Vận động chị em tham gia tổ tiết kiệm")
        let effects = app.press(.enter)
        guard case .commit(let ops, .quickAssigned) = effects.first, case .addAssignment(let a) = ops.first else {
            Issue.record("no assignment: \(effects)")
            return
        }
        #expect(a.member == MemberID(11) && a.targetGroup == .phuNu && a.source == .selfRegistered)
        try performCommit(&app, effects)
        // The choice stays for the next volunteer; Ctrl-T turns it back.
        #expect(app.screen[19].hasPrefix(" Phân công nhanh: [tự nhận] "))
        app.press(.ctrl("t"))
        #expect(app.screen[19].hasPrefix(" Phân công nhanh: [phân công] "))
        // The minutes say which is which.
        let text = Minutes(meeting: app.openMeeting!, state: app.data).render(.text, .vi)
        #expect(text.contains("  • Trần Thị Bình: Phụ nữ — Vận động chị em tham gia tổ tiết kiệm — tự nhận"))
    }
}
