import DanVanCore

/// Key bindings of the full-screen pages, added to `Keymap.bindings`. A page's own keys come
/// first so they win over the shared ones.
enum PageKeys {
    static func bind(into b: inout [Binding]) {
        func bind(_ ctx: KeyContext, _ keys: [Key], _ cmd: Command) {
            for k in keys { b.append(Binding(context: ctx, key: k, command: cmd)) }
        }
        // The roll call and the review take a typed name (type-ahead, see PageFind): their
        // commands are digits, F-keys, Ctrl-keys and keys that are not typing, never letters.
        bind(.review, [.char("1")], .evaluateOutstanding)
        bind(.review, [.char("2")], .evaluateGood)
        bind(.review, [.char("3")], .evaluateCompleted)
        bind(.review, [.char("4")], .evaluateNotCompleted)
        bind(.review, [.enter], .editEvaluation)
        bind(.review, [.delete], .clearEvaluation)
        bind(.review, [.tab], .nextFlagged)
        bind(.review, [.function(2)], .newAssignment)
        bind(.meeting, [.char("1")], .markPresent)
        bind(.meeting, [.char("2")], .markExcused)
        bind(.meeting, [.char("3")], .markAbsent)
        bind(.meeting, [.tab], .focusQuickAssign)
        bind(.meeting, [.function(5), .ctrl("n")], .editMinutes)
        bind(.meeting, [.function(6), .ctrl("e")], .exportMinutes)
        // The quick-assign line takes text: only keys that are not typing.
        bind(.quickAssign, [.tab], .nextField)
        bind(.quickAssign, [.backTab], .prevField)
        bind(.quickAssign, [.enter], .activate)
        bind(.quickAssign, [.up], .moveUp)
        bind(.quickAssign, [.down], .moveDown)
        bind(.quickAssign, [.function(2), .ctrl("s")], .saveForm)
        // Not a letter: the line takes text.
        bind(.quickAssign, [.function(4), .ctrl("t")], .toggleSource)
        bind(.quickAssign, [.escape], .closeOverlay)
        bind(.quickAssign, [.function(1)], .help)
        bind(.quickAssign, [.ctrl("q")], .quit)
        // The meetings list: open, notes, export, a new one (as from the panes).
        bind(.panes, [.char("H")], .openMeetings)
        bind(.meetings, [.enter, .char("o")], .activate)
        bind(.meetings, [.char("g")], .editMinutes)
        bind(.meetings, [.function(6), .char("w")], .exportMinutes)
        bind(.meetings, [.char("h"), .insert], .startMeeting)
        // Records: the member list's search and editing keys.
        bind(.records, [.char("/")], .startSearch)
        bind(.records, [.char("i"), .insert], .newRecord)
        bind(.records, [.char("e"), .enter], .editRecord)
        bind(.records, [.delete, .char("D")], .deleteRecord)
        bind(.recordSearch, [.enter], .keepSearch)
        bind(.recordSearch, [.escape], .clearSearch)
        bind(.recordSearch, [.ctrl("q")], .quit)
        // Import: the file list takes typing (type-ahead), so only keys that are not text.
        bind(.importFiles, [.up], .moveUp)
        bind(.importFiles, [.down], .moveDown)
        bind(.importFiles, [.pageUp], .pageUp)
        bind(.importFiles, [.pageDown], .pageDown)
        bind(.importFiles, [.home], .moveHome)
        bind(.importFiles, [.end], .moveEnd)
        bind(.importFiles, [.enter], .activate)
        bind(.importFiles, [.escape], .closeOverlay)
        bind(.importFiles, [.function(1)], .help)
        bind(.importFiles, [.function(9), .function(10)], .openMenu)
        bind(.importFiles, [.ctrl("q")], .quit)
        // Not Enter: a whole file is not imported by a stray key.
        bind(.importPreview, [.function(2), .ctrl("s")], .confirmImport)
        bind(.importPreview, [.tab], .nextField)
        bind(.importPreview, [.backTab], .prevField)
        bind(.importPreview, [.right, .char(" ")], .pickNext)
        bind(.importPreview, [.left], .pickPrevious)
        bind(.importPreview, [.char("o"), .char("u")], .chooseImportUnit)
        bind(.importPreview, [.function(3), .char("s")], .nextImportSheet)
        bind(.importPreview, [.function(4), .char("f")], .convertImportFont)
        bind(.importPreview, [.function(5), .char("c")], .createImportUnits)
        // Shared by every page that does not take text (a page's own use of a key wins).
        for ctx in [KeyContext.dashboard, .review, .meeting, .records, .meetings, .importPreview] {
            let own = Set(b.filter { $0.context == ctx }.map(\.key))
            // Letters and Backspace are the type-ahead's in the roll call and the review.
            let typing = PageFind.contexts.contains(ctx)
            func bind(_ ctx: KeyContext, _ keys: [Key], _ cmd: Command) {
                for k in keys where !own.contains(k) && !(typing && PageFind.isTyping(k)) {
                    b.append(Binding(context: ctx, key: k, command: cmd))
                }
            }
            bind(ctx, [.escape, .backspace], .closeOverlay)
            bind(ctx, [.up, .char("k")], .moveUp)
            bind(ctx, [.down, .char("j")], .moveDown)
            bind(ctx, [.pageUp], .pageUp)
            bind(ctx, [.pageDown], .pageDown)
            bind(ctx, [.home], .moveHome)
            bind(ctx, [.end], .moveEnd)
            bind(ctx, [.char("[")], .previousYear)
            bind(ctx, [.char("]")], .nextYear)
            bind(ctx, [.function(1), .char("?")], .help)
            bind(ctx, [.function(7), .char("l")], .switchLanguage)
            bind(ctx, [.function(8), .char("t")], .chooseTheme)
            bind(ctx, [.function(9), .function(10), .char("m")], .openMenu)
            bind(ctx, [.char("q"), .ctrl("q")], .quit)
            bind(ctx, [.ctrl("z")], .undo)
            bind(ctx, [.ctrl("y")], .redo)
        }
    }

    /// The commands the hint bar offers on a page.
    static func hints(for context: KeyContext) -> [Command] {
        switch context {
        case .dashboard: [.help, .previousYear, .nextYear, .closeOverlay, .openMenu, .quit]
        case .review: [.help, .nextFlagged, .editEvaluation, .clearEvaluation, .newAssignment, .closeOverlay]
        case .meeting: [.help, .markPresent, .markExcused, .markAbsent, .focusQuickAssign, .editMinutes, .exportMinutes, .closeOverlay]
        case .quickAssign: [.saveForm, .toggleSource, .nextField, .closeOverlay]
        case .records: [.help, .startSearch, .newRecord, .editRecord, .deleteRecord, .closeOverlay]
        case .meetings: [.help, .activate, .editMinutes, .exportMinutes, .startMeeting, .closeOverlay]
        case .recordSearch: [.keepSearch, .clearSearch]
        case .importFiles: [.activate, .closeOverlay]
        case .importPreview: [.confirmImport, .nextField, .pickNext, .chooseImportUnit, .closeOverlay]
        default: [.help, .closeOverlay]
        }
    }
}
