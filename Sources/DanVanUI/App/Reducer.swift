import DanVanCore

/// The one place state changes: `reduce(&state, action)` returns the effects to perform.
func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    state.reduce(action)
}

extension AppState {
    public mutating func reduce(_ action: Action) -> [Effect] {
        defer { refreshCaches() }
        switch action {
        case .key(let key):
            return pressed(key)
        case .paste(let text):
            if case .refused(var r) = overlay {
                // Held like typed keys, and counted.
                r.held += text.count
                overlay = .refused(r)
                return []
            }
            if pastedOnSecurity(text) || pastedIntoEditing(text) { return [] }
            if overlay == nil, form != nil { form!.paste(text) } else if overlay == nil { pasteIntoPage(text); pasteIntoImport(text) }
            return []
        case .resized(let w, let h):
            width = max(0, w)
            height = max(0, h)
            return []
        case .command(let c):
            return run(c, key: nil)
        case .commitSucceeded(let newState, let changes, let message):
            let old = data
            data = newState
            let tallyKept = updateTally(for: changes, old: old, new: newState)
            dataChanged(roster: changes.contains { $0.touchesRoster })
            if tallyKept { cache.tallyKey = (cache.dataEpoch, year) }
            namesChanged(by: changes)
            form = nil
            status = StatusMessage("\(Strings.UI.saved.text(lang)): \(message.text(lang))", .ok)
            refreshCaches()
            for case .addOrg(let org) in changes { reveal(org.id) }
            pageCommitted(changes, message: message)
            if message == .rosterImported { importCommitted() }
            afterCommit(changes, old: old)
            return []
        case .commitFailed(let message, let field):
            status = StatusMessage("\(Strings.UI.savingFailed.text(lang)): \(message)", .error)
            commitRefused(message, field: field)
            return []
        case .tick:
            ticked()
            return []
        case .recordsRefreshed(let newState):
            recordsRefreshed(newState)
            return []
        case .folderOpened(let newState, let demo, let readOnly):
            folderOpened(newState, demo: demo, readOnly: readOnly)
            return []
        case .effectFailed(let message):
            busy = false
            status = StatusMessage(message, .error)
            return []
        case .notices(let warnings):
            if let first = warnings.first {
                let more = warnings.count > 1 ? " (+\(warnings.count - 1))" : ""
                status = StatusMessage(first + more, .warning)
            }
            return []
        case .becameReadOnly:
            readOnly = true
            return []
        case .fileWritten, .fileExists, .documentExists:
            fileEffectAnswered(action)
            return []
        case .passphraseChanged(let info, let kind):
            passphraseChanged(info, kind)
            return []
        case .passphraseRefused(let message, let kind, let currentWrong, let now):
            if let now { security = now }
            passphraseRefused(message, kind, currentWrong: currentWrong)
            return []
        case .folderListed(let listing):
            folderListed(listing)
            return []
        case .importPreviewed(let preview):
            importPreviewed(preview)
            return []
        case .importProgress(let done, let total):
            importProgressed(done: done, total: total)
            return []
        case .themeApplied(let name, let warnings):
            themeName = name
            if let first = warnings.first {
                let more = warnings.count > 1 ? " (+\(warnings.count - 1))" : ""
                status = StatusMessage(first + more, .warning)
            } else {
                status = StatusMessage("\(Strings.UI.themeChanged.text(lang)): \(name)", .ok)
            }
            return []
        }
    }

    // MARK: Keys

    private mutating func pressed(_ key: Key) -> [Effect] {
        if tooSmall {
            // Only quitting makes sense until the window is big enough.
            if key == .char("q") || key == .ctrl("q") { return run(.general(.quit), key: key) }
            return []
        }
        if busy { return [] }
        if let effects = pressedOnSecurity(key) { return effects }
        let context = keyContext
        if case .alt(let c) = key, context != .confirm, let menu = Menu.withHotkey(c, lang) {
            overlay = .menu(MenuState(menu: menu))
            return []
        }
        if context == .form, overlay == nil, form?.multilineTakes(key) == true { return [] }
        if let command = Keymap.command(for: key, in: context) {
            // Enter in a multi-line field breaks the line; on the last field it saves the form.
            if command == .form(.nextField), key == .enter, let f = form, f.focus == f.fields.count - 1 {
                return run(.form(.saveForm), key: key)
            }
            return run(command, key: key)
        }
        if key == .ctrl("c") {
            // Raw mode: Ctrl-C is a key here; say how to quit rather than ignore it.
            status = StatusMessage(Strings.Notice.howToQuit.text(lang), .info)
            return []
        }
        if typedIntoEditing(key) { return [] }
        if case .refused(var r) = overlay {
            r.held += 1
            overlay = .refused(r)
            return []
        }
        if overlay == nil, form != nil {
            _ = form!.type(key, lang: lang)
            form!.followMinutesFormat()
        } else if overlay == nil, page != nil {
            typeIntoPage(key)
            typeIntoRecords(key)
            typeIntoImport(key)
            typeIntoFind(key)
        }
        return []
    }

    // MARK: Commands

    /// The one router. The open page has first say over every command (it reads the shared
    /// ones its own way: arrows move its cursor, Esc closes it); otherwise the command's
    /// feature runs it.
    mutating func run(_ command: Command, key: Key?) -> [Effect] {
        if key != nil, command != .general(.closeOverlay), overlay == nil { status = keepSticky(status) }
        if let effects = openPageRuns(command) { return effects }
        switch command {
        case .general(let c): return run(c)
        case .menu(let c): return run(c)
        case .form(let c): return run(c)
        case .tree(let c): return run(c)
        case .members(let c): return run(c)
        case .assignments(let c): return run(c)
        case .search(let c): return run(c)
        case .dashboard(let c): return run(c)
        case .review(let c): return run(c)
        case .meeting(let c): return run(c)
        case .records(let c): return run(c)
        case .importing(let c): return run(c)
        case .security(let c): return run(c)
        case .welcome(let c): return run(c)
        }
    }

    /// The commands every screen shares.
    mutating func run(_ command: GeneralCommand) -> [Effect] {
        switch command {
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -pageSize)
        case .pageDown: move(by: pageSize)
        case .moveHome: move(by: Int.min / 2)
        case .moveEnd: move(by: Int.max / 2)
        case .nextPane:
            focus = Pane(rawValue: (focus.rawValue + 1) % 3)!
        case .prevPane:
            focus = Pane(rawValue: (focus.rawValue + 2) % 3)!
        case .activate: return activate()
        case .closeOverlay:
            return closePressed()
        case .help:
            overlay = .help(scroll: 0)
        case .quit:
            if form?.hasUnsavedText == true || pageHasUnsavedText {
                overlay = .confirmQuit
                return []
            }
            return [.quit]
        case .confirmYes:
            if case .confirm(let c) = overlay { return confirmed(c) }
            overlay = nil
            return [.quit]
        case .confirmNo:
            overlay = nil
        case .switchLanguage:
            overlay = nil
            lang = lang == .vi ? .en : .vi
            status = StatusMessage(Strings.UI.languageChanged.text(lang), .ok)
            return [.saveSettings(theme: nil, lang: lang)]
        case .chooseTheme:
            let names = themeNames.isEmpty ? [themeName] : themeNames
            overlay = .picker(Picker(purpose: .theme, title: .chooseTheme, options: names,
                                     cursor: names.firstIndex(of: themeName) ?? 0))
        case .previousYear: year -= 1
        case .nextYear: year += 1
        case .undo: return undo()
        case .redo: return redo()
        }
        return []
    }

    /// Keeps messages that must stay in view (errors, the read-only note); clears the rest.
    private func keepSticky(_ s: StatusMessage?) -> StatusMessage? {
        guard let s else { return nil }
        return s.kind == .error || s.kind == .warning ? s : nil
    }

    private var pageSize: Int {
        switch keyContext {
        case .members: max(1, memberListRows - 1)
        case .help: max(1, height - 6)
        default: max(1, paneRows - 1)
        }
    }

    var currentTreeRow: TreeRow? {
        cache.treeRows.indices.contains(treeCursor) ? cache.treeRows[treeCursor] : nil
    }

    private mutating func move(by step: Int) {
        func moved(_ i: Int, _ count: Int) -> Int {
            count == 0 ? 0 : Int(max(0, min(Int64(count - 1), Int64(i) + Int64(step))))
        }
        switch keyContext {
        case .tree: treeCursor = moved(treeCursor, cache.treeRows.count)
        case .members: memberCursor = moved(memberCursor, cache.memberIDs.count)
        case .detail: detailCursor = moved(detailCursor, cache.assignments.count)
        case .welcome: welcomeCursor = moved(welcomeCursor, WelcomeChoice.allCases.count)
        case .finder: moveFinder(by: step)
        case .menu:
            if case .menu(var m) = overlay {
                m.item = moved(m.item, m.menu.items.count)
                overlay = .menu(m)
            }
        case .picker:
            if case .picker(var p) = overlay {
                p.cursor = moved(p.cursor, p.options.count)
                overlay = .picker(p)
            }
        case .help:
            if case .help(let s) = overlay {
                overlay = .help(scroll: moved(s, max(1, HelpView.lineCount(self))))
            }
            if case .security(var s) = overlay {
                s.scroll = moved(s.scroll, max(1, SecurityView.lines(self).count))
                overlay = .security(s)
            }
        default: break
        }
    }

    mutating func selectParent() {
        guard let row = currentTreeRow, let parent = data.orgs[row.id]?.parent,
              let i = cache.treeRows.firstIndex(where: { $0.id == parent }) else { return }
        treeCursor = i
    }

    /// Opens the path to `id` and puts the tree cursor on it.
    mutating func reveal(_ id: OrgID) {
        var p = data.orgs[id]?.parent
        while let cur = p {
            expanded.insert(cur)
            p = data.orgs[cur]?.parent
        }
        refreshCaches()
        if let i = cache.treeRows.firstIndex(where: { $0.id == id }) { treeCursor = i }
        focus = .tree
    }

    private mutating func activate() -> [Effect] {
        switch keyContext {
        case .members:
            focus = .detail
        case .menu:
            if case .menu(let m) = overlay, m.menu.items.indices.contains(m.item) {
                overlay = nil
                return run(m.menu.items[m.item], key: nil)
            }
        case .picker:
            if case .picker(let p) = overlay, p.options.indices.contains(p.cursor) {
                overlay = nil
                let name = p.options[p.cursor]
                themeName = name
                return [.applyTheme(name), .saveSettings(theme: name, lang: nil)]
            }
        case .finder: return finderChosen()
        case .welcome:
            switch WelcomeChoice.allCases[welcomeCursor] {
            case .create: return run(.tree(.newOrg), key: nil)
            case .demo: return run(.welcome(.openDemo), key: nil)
            case .quit: return run(.general(.quit), key: nil)
            }
        default: break
        }
        return []
    }

    /// True when edits are allowed; otherwise refuses the key (status line and the box that
    /// holds the keys typed after it) saying the data is read-only.
    mutating func mayEdit() -> Bool {
        if readOnly { refuse(Strings.UI.readOnlyRefused.text(lang), .error) }
        return !readOnly
    }
}
