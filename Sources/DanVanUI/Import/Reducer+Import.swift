import DanVanCore

extension AppState {
    mutating func run(_ command: ImportCommand) -> [Effect] {
        switch command {
        case .importRoster: return openImport()
        case .chooseImportUnit, .confirmImport, .nextImportSheet, .convertImportFont, .createImportUnits, .switchImportKind,
             .chooseHeaderRow:
            return []  // Only the open import page acts on these, and it already had them (runImport).
        }
    }

    /// File → Import a roster: opens the file list of the current folder, for the selected unit.
    mutating func openImport() -> [Effect] {
        overlay = nil
        guard mayEdit() else { return [] }
        guard let org = selectedOrg else {
            status = StatusMessage(Strings.Import.needUnit.text(lang), .warning)
            return []
        }
        page = .importRoster(ImportPage(org: org))
        return [.listFolder(nil)]
    }

    /// Commands on the import page.
    mutating func runImport(_ command: Command) -> [Effect]? {
        guard case .importRoster(var p) = page else { return nil }
        defer { if case .importRoster = page { page = .importRoster(p) } }
        switch (p.step, command) {
        case (.files, .general(.closeOverlay)):
            page = nil
        case (.preview, .general(.closeOverlay)):
            p.step = .files
            p.file = nil
            p.preview = nil
            p.chosen = ImportChoices()
            p.column = 0
            status = nil
        case (.files, .general(.activate)):
            let choices = p.choices
            guard choices.indices.contains(p.cursor) else { return [] }
            let c = choices[p.cursor]
            if c.isFolder { return [.listFolder(c.path)] }
            p.chosen = ImportChoices()
            p.column = 0
            return read(&p, c.path)
        case (.files, _):
            guard let step = scrollStep(command) else { return nil }
            let n = p.choices.count
            p.cursor = n == 0 ? 0 : Int(max(0, min(Int64(n - 1), Int64(p.cursor) + Int64(step))))
        case (.preview, .form(.nextField)), (.preview, .form(.prevField)):
            guard let cols = p.preview?.columns, !cols.isEmpty else { return [] }
            p.column = (p.column + (command == .form(.nextField) ? 1 : cols.count - 1)) % cols.count
            p.scroll = ImportView.scrollShowingColumn(p, state: self)
        case (.preview, .form(.pickNext)), (.preview, .form(.pickPrevious)):
            guard let preview = p.preview, preview.columns.indices.contains(p.column) else { return [] }
            let c = preview.columns[p.column]
            // Ignored first, then each field in the table's order.
            let keys = [""] + preview.fields.map(\.key)
            let at = keys.firstIndex(of: p.key(of: c)) ?? 0
            let next = keys[(at + (command == .form(.pickNext) ? 1 : keys.count - 1)) % keys.count]
            p.chosen.columns[c.index] = next
            return read(&p, preview.path)
        case (.preview, .importing(.chooseImportUnit)):
            var index = FinderIndex()
            index.orgs = allOrgsInTreeOrder().compactMap { data.orgs[$0] }.map { o in
                (o.id, o.name, o.parent.map { data.path(of: $0) } ?? "")
            }
            openFinder(.importInto, title: .importCellTitle, index: index)
        case (.preview, .importing(.confirmImport)):
            return confirmImport(p)
        case (.preview, .importing(.nextImportSheet)):
            // Another sheet is another table: its columns are understood afresh.
            guard let preview = p.preview, preview.sheets.count > 1 else {
                status = StatusMessage(Strings.Import.oneSheet.text(lang), .warning)
                return []
            }
            p.chosen.sheet = ImportPage.next(after: preview.sheet, in: preview.sheets)
            p.chosen.columns = [:]
            p.column = 0
            return read(&p, preview.path)
        case (.preview, .importing(.convertImportFont)):
            // Offered only when the file was refused as legacy-font text; pressed again, read as is.
            guard let preview = p.preview else { return [] }
            if p.chosen.font != nil {
                p.chosen.font = nil
            } else if let font = preview.convertible {
                p.chosen.font = font
            } else {
                status = StatusMessage(Strings.Import.noLegacyText.text(lang), .warning)
                return []
            }
            return read(&p, preview.path)
        case (.preview, .importing(.switchImportKind)):
            // Members ↔ assignments: the columns are understood afresh for the other kind.
            guard let preview = p.preview else { return [] }
            p.chosen.kind = preview.kind == .members ? .assignments : .members
            p.chosen.columns = [:]
            p.column = 0
            p.chosen.createUnits = false
            return read(&p, preview.path)
        case (.preview, .importing(.chooseHeaderRow)):
            // The next of the first rows becomes the header; its columns start with no meaning.
            guard let preview = p.preview, !preview.fileRows.isEmpty else {
                status = StatusMessage(Strings.Import.headerFound.text(lang), .warning)
                return []
            }
            p.chosen.headerLine = ImportPage.next(after: p.chosen.headerLine, in: preview.fileRows.map(\.line))
            p.chosen.columns = [:]
            p.column = 0
            return read(&p, preview.path)
        case (.preview, .importing(.createImportUnits)):
            // Offered when rows name units that do not exist; pressed again, creates none.
            guard let preview = p.preview, p.chosen.createUnits || preview.missingUnits > 0 else {
                status = StatusMessage(Strings.Import.noMissingUnits.text(lang), .warning)
                return []
            }
            p.chosen.createUnits.toggle()
            return read(&p, preview.path)
        case (.preview, _):
            guard let step = scrollStep(command) else { return nil }
            let total = ImportView.lines(p, state: self).lines.count
            p.scroll = max(0, min(max(0, total - pageBodyRows), p.scroll + step))
        case (.reading, .general(.closeOverlay)):
            p.step = .files
            p.file = nil
            p.preview = nil
        case (.reading, _):
            // The page's keys wait until the file is read; help and quit do not.
            return nil
        }
        return []
    }

    /// Asks the run loop to read and plan the file (nothing is stored), showing "Reading…" meanwhile.
    private mutating func read(_ p: inout ImportPage, _ path: String) -> [Effect] {
        p.step = .reading
        p.file = path
        p.progress = (0, 0)
        status = StatusMessage("\(Strings.Import.reading.text(lang)) \(ImportPage.fileName(path))…", .info)
        return [.previewImport(ImportRequest(path: path, org: p.org, chosen: p.chosen))]
    }

    /// The finder chose the unit the file goes into: plan again for it.
    mutating func importUnitChosen(_ unit: OrgID) -> [Effect] {
        guard case .importRoster(var p) = page, let path = p.preview?.path else { return [] }
        p.org = unit
        let effects = read(&p, path)
        page = .importRoster(p)
        return effects
    }

    /// F2 on the preview: the planned batch, committed at once, or the reason it is not.
    private mutating func confirmImport(_ p: ImportPage) -> [Effect] {
        guard let preview = p.preview else { return [] }
        guard preview.errors.isEmpty else {
            status = StatusMessage("\(preview.errors.count) \(Strings.Import.refused.text(lang))", .error)
            return []
        }
        guard !preview.changes.isEmpty else {
            status = StatusMessage(Strings.Import.nothingToImport.text(lang), .warning)
            return []
        }
        guard mayEdit() else { return [] }
        return [.commit(preview.changes, message: .rosterImported)]
    }

    /// Typing on the file list narrows it (type-ahead).
    mutating func typeIntoImport(_ key: Key) {
        guard case .importRoster(var p) = page, p.step == .files else { return }
        if p.filter.handle(key) { p.cursor = 0 }
        page = .importRoster(p)
    }

    mutating func importProgressed(done: Int, total: Int) {
        guard case .importRoster(var p) = page, p.step == .reading else { return }
        p.progress = (done, total)
        page = .importRoster(p)
    }

    /// A pasted name goes to the type-ahead (one line of it).
    mutating func pasteIntoImport(_ text: String) {
        guard case .importRoster(var p) = page, p.step == .files else { return }
        p.filter.paste(String(text.prefix { !$0.isNewline }))
        p.cursor = 0
        page = .importRoster(p)
    }

    mutating func folderListed(_ listing: FolderListing) {
        guard case .importRoster(var p) = page else { return }
        p.listing = listing
        p.filter.clear()
        p.cursor = 0
        p.step = .files
        page = .importRoster(p)
    }

    mutating func importPreviewed(_ preview: ImportPreview) {
        guard case .importRoster(var p) = page, p.step == .reading else { return }
        // Read again (a column or the unit changed): keep the chosen column in view. A new
        // file starts at the top, where its errors are.
        let again = p.preview != nil
        p.preview = preview
        p.step = .preview
        p.column = min(p.column, max(0, preview.columns.count - 1))
        p.scroll = 0
        if again { p.scroll = ImportView.scrollShowingColumn(p, state: self) }
        page = .importRoster(p)
        let lang = self.lang
        let n = { Figures.count($0, lang) }
        if preview.errors.isEmpty {
            status = StatusMessage("\(ImportPage.fileName(preview.path)): \(Strings.Import.added.text(lang)) \(n(preview.added)), "
                                   + "\(Strings.Import.updated.text(lang)) \(n(preview.updated)) — \(Strings.Import.confirmKeys.text(lang))", .info)
        } else {
            status = StatusMessage("\(n(preview.errors.count)) \(Strings.Import.refused.text(lang))", .error)
        }
    }

    /// After the batch is stored: back to the panes, on the unit it went into, with the counts.
    mutating func importCommitted() {
        guard case .importRoster(let p) = page, let preview = p.preview else { return }
        page = nil
        let lang = self.lang
        let n = { Figures.count($0, lang) }
        status = StatusMessage("\(Strings.Import.imported.text(lang)) \(ImportPage.fileName(preview.path)): "
                               + "\(Strings.Import.added.text(lang)) \(n(preview.added)), \(Strings.Import.updated.text(lang)) \(n(preview.updated))", .ok)
        reveal(p.org)
    }
}
