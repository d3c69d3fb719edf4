import Testing
import DanVanCore
@testable import DanVanUI

/// Undo and redo commit new ops (inverse, then original); history moves only on success.
@Suite struct AppUndoTests {
    @Test func undoAndRedoAnAddedAssignment() throws {
        var app = Fixture.app()
        app.press(.tab)  // Nguyễn Văn An
        app.press(.function(2))
        app.fillContent()
        app.press(.tab)
        app.type("Tổ 7")
        try performCommit(&app, app.press(.function(2)))
        #expect(app.selectedAssignments.count == 3)
        #expect(app.history.undoStack.count == 1)
        // Ctrl-Z commits the inverse: a delete, as a new op.
        let undo = app.press(.ctrl("z"))
        guard case .commit(let ops, _) = undo.first, case .deleteAssignment = ops.first else {
            Issue.record("expected a delete, got \(undo)")
            return
        }
        try performCommit(&app, undo)
        #expect(app.selectedAssignments.count == 2)
        #expect(app.screen[22].contains("Đã hoàn tác: Phân công Nguyễn Văn An: Cán bộ, công chức"))
        #expect(app.history.undoStack.isEmpty && app.history.redoStack.count == 1)
        // Ctrl-Y adds it again (same id).
        let redo = app.press(.ctrl("y"))
        try performCommit(&app, redo)
        #expect(app.selectedAssignments.count == 3)
        #expect(app.selectedAssignments.contains { $0.area == "Tổ 7" })
        #expect(app.screen[22].contains("Đã làm lại: Phân công Nguyễn Văn An"))
        #expect(app.history.undoStack.count == 1 && app.history.redoStack.isEmpty)
    }

    @Test func aRefusedUndoLeavesHistoryAsItWas() throws {
        var app = Fixture.app(lang: .en)
        app.press(.tab)
        app.press(.char("a"))
        #expect(app.form != nil)
        app.fillContent()
        try performCommit(&app, app.press(.function(2)))
        #expect(app.history.undoStack.count == 1)
        _ = app.press(.ctrl("z"))
        _ = app.reduce(.commitFailed("disk full (ENOSPC)"))
        #expect(app.history.undoStack.count == 1 && app.history.redoStack.isEmpty)
        #expect(app.screen[22].contains("Could not save: disk full"))
        // The next undo still offers the same entry.
        let again = app.press(.ctrl("z"))
        try performCommit(&app, again)
        #expect(app.screen[22].contains("Undone: Assign Nguyễn Văn An"))
    }

    @Test func nothingToUndoAndTheEditMenuItems() {
        var app = Fixture.app(lang: .en)
        #expect(app.press(.ctrl("z")).isEmpty)
        #expect(app.screen[22].contains("Nothing to undo"))
        #expect(app.press(.ctrl("y")).isEmpty)
        #expect(app.screen[22].contains("Nothing to redo"))
        app.press(.function(9), .right)
        let s = app.screen.joined(separator: "\n")
        #expect(s.contains("Undo") && s.contains("Ctrl-Z"))
        #expect(s.contains("Redo") && s.contains("Ctrl-Y"))
    }

    @Test func readOnlyRefusesUndo() {
        var app = Fixture.app(readOnly: true)
        #expect(app.press(.ctrl("z")).isEmpty)
        #expect(app.screen[22].contains("chỉ đọc"))
    }
}
