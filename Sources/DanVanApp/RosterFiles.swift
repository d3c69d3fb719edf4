import DanVanCore
import DanVanExchange
import DanVanStore
import DanVanUI
import Foundation

/// The work behind the import screen's effects: a folder's entries, and a roster file read
/// and planned by the same code `danvan import members` uses (`TableFile`, `RosterTable`,
/// `MemberImport`), without storing anything.
enum RosterFiles {
    static func list(_ folder: String, home: String, in files: FileSystem) throws -> FolderListing {
        let names = try files.list(folder)
        let entries = names.map { name -> FileEntry in
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            return FileEntry(name: name, isFolder: files.directoryExists(path))
        }
        return FolderListing(path: folder, home: home, entries: entries)
    }

    static func preview(_ request: ImportRequest, records state: State,
                        files: FileSystem, author: String, now: Date, today: Day,
                        progress: ((Int, Int) -> Void)? = nil) -> ImportPreview {
        let path = request.path, org = request.org
        var v = ImportPreview(path: path)
        func text(_ i: ImportIssue) -> BiText { BiText(i.message(.vi), i.message(.en)) }
        let roster: RosterTable
        do {
            let bytes = try files.read(path)
            let encoding: ForcedEncoding? = switch request.chosen.font {
            case .tcvn3: .tcvn3
            case .vni: .vni
            case nil: nil
            }
            let loaded = try TableFile.load(bytes, fileName: path, sheet: request.chosen.sheet, encoding: encoding)
            v.sheets = loaded.sheets
            v.sheet = loaded.sheet
            let wanted: RosterTable.Kind? = request.chosen.kind.map { $0 == .members ? .members : .assignments }
            let read = try RosterColumns.roster(loaded, kind: wanted, today: today, overrides: request.chosen.columns,
                                                headerLine: request.chosen.headerLine)
            // No header row found (or one chosen): the first rows, to choose it from.
            if request.chosen.headerLine != nil || !read.roster.errors.isEmpty && read.columns.isEmpty {
                v.fileRows = try RosterColumns.firstRows(loaded, count: 12).map { ImportFileRow(line: $0.line, text: $0.text) }
            }
            roster = read.roster
            v.kind = read.kind == .members ? .members : .assignments
            v.fields = RosterColumns.fields(read.kind).map { ImportField(key: $0.key, label: BiText($0.vi, $0.key)) }
            v.columns = read.columns.map {
                ImportColumn(index: $0.index, heading: $0.heading, key: $0.key, meaning: BiText($0.vi, $0.en))
            }
        } catch let e as CSVError {
            v.errors = [BiText(e.message(.vi), e.message(.en))]
            return v
        } catch let e as TableFileError {
            // Legacy-font text: the screen offers the conversion (a key), not a command-line option.
            if let fact = e.fact, let font = e.convertible.flatMap({ LegacyFont(rawValue: $0.rawValue) }) {
                v.errors = [BiText(fact.vi, fact.en)]
                v.convertible = font
            } else {
                v.errors = [BiText(e.message(.vi), e.message(.en))]
            }
            return v
        } catch {
            v.errors = [BiText(AppLoop.describe(error, .vi), AppLoop.describe(error, .en))]
            return v
        }
        let base = state.orgs[org] != nil ? state.path(of: org) : nil
        // An assignment book names members, never units to create.
        let plan = v.kind == .members
            ? MemberImport.plan(roster, into: state, createOrgs: request.chosen.createUnits, org: base, author: author, now: now,
                                validate: true, progress: progress)
            : AssignmentImport.plan(roster, into: state, org: base, author: author, now: now, progress: progress)
        v.missingUnits = plan.missingUnits
        v.newUnits = plan.createdOrgs
        v.inferred = plan.inferred.map(text)
        v.skipped = plan.skipped.map(text)
        v.warnings = plan.warnings.map(text)
        // A missing unit: the screen offers its key, not the command line's option.
        v.errors = plan.errors.map { i in
            BiText(i.message(.vi).replacingOccurrences(of: ImportPlan.createAdvice.vi, with: ""),
                   i.message(.en).replacingOccurrences(of: ImportPlan.createAdvice.en, with: ""))
        }
        if plan.ok {
            v.changes = plan.ops.map(\.change)
            v.added = plan.added
            v.updated = plan.updated
            v.unchanged = plan.unchanged
        }
        return v
    }
}
