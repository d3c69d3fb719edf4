import DanVanCore

extension Keymap {
    /// Keys of the editing workflows: search and go to, undo, members, nodes, assignments.
    static func bindEditing(_ bind: (KeyContext, [Key], Command) -> Void) {
        bind(.panes, [.ctrl("g")], .goTo)
        bind(.panes, [.ctrl("z")], .undo)
        bind(.panes, [.ctrl("y")], .redo)
        // Marks are seen (status bar) and cleared from any pane.
        bind(.panes, [.char("u")], .clearMarks)
        // Member list.
        bind(.members, [.char("/")], .startSearch)
        bind(.members, [.char("n")], .nextMatch)
        bind(.members, [.char("N")], .previousMatch)
        bind(.members, [.escape], .clearSearch)
        bind(.members, [.char(" ")], .toggleMark)
        bind(.members, [.char("i"), .insert], .newMember)
        bind(.members, [.char("+")], .quickAddMember)
        bind(.members, [.char("e")], .editMember)
        bind(.members, [.char("s")], .changeStatus)
        bind(.members, [.delete, .char("D")], .deleteMember)
        // Tree.
        bind(.tree, [.char("e")], .editOrg)
        bind(.tree, [.char("M")], .moveOrg)
        bind(.tree, [.delete, .char("D")], .deleteOrg)
        // Assignments.
        bind(.detail, [.char("e")], .editAssignment)
        bind(.detail, [.char("x")], .endAssignment)
        bind(.detail, [.delete, .char("D")], .deleteAssignment)
        bind(.detail, [.char("v")], .evaluate)
        // Typing a search: other keys edit the query.
        bind(.search, [.enter], .keepSearch)
        bind(.search, [.escape], .clearSearch)
        bind(.search, [.ctrl("q")], .quit)
        // A list narrowed by typing: other keys edit the query.
        bind(.finder, [.up], .moveUp)
        bind(.finder, [.down], .moveDown)
        bind(.finder, [.pageUp], .pageUp)
        bind(.finder, [.pageDown], .pageDown)
        bind(.finder, [.enter], .activate)
        bind(.finder, [.escape], .closeOverlay)
        bind(.finder, [.ctrl("q")], .quit)
    }
}

extension Menu {
    /// Edit-menu items after "new assignment".
    static let editingItems: [Command] = [
        .undo, .redo, .goTo, .newMember, .quickAddMember, .editMember, .changeStatus, .deleteMember, .clearMarks,
        .editOrg, .moveOrg, .deleteOrg, .editAssignment, .endAssignment, .deleteAssignment, .evaluate,
    ]
}
