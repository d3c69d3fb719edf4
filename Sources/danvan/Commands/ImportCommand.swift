import ArgumentParser
import DanVanCore
import DanVanExchange
import DanVanStore
import Foundation

/// `danvan import members|assignments FILE.csv|FILE.xlsx [--sheet NAME] [--encoding E] [--dry-run] [--create-orgs]` and
/// `danvan import bundle FILE [--dry-run]`: all or nothing, committed as one batch.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Nhập đảng viên, phân công hoặc gói dữ liệu — import members, assignments or a bundle.",
        discussion: """
            The file may be CSV (UTF-8 with or without BOM, UTF-16, or Windows-1258; comma, semicolon or \
            tab separated) or an .xlsx workbook (the first sheet holding data, or --sheet NAME). Text \
            typed in TCVN3 or VNI fonts is refused until --encoding tcvn3|vni converts it. \
            CSV: UTF-8 (with or without BOM), comma or semicolon separated; headers in Vietnamese or \
            English, with or without diacritics (see `danvan export`). Every row is checked first; if \
            any is wrong, every error is listed with its line and column and nothing is imported. \
            Members: a row whose card number exists updates that member (columns missing from the file \
            are kept); other rows add members. Assignments: rows with the same member, target group, \
            start date and area are one assignment (one row per evaluated year); an existing one is updated.
            Bundle: replaces the bundle's subtree with its contents (ids kept; importing twice changes nothing).
            """)

    enum What: String, ExpressibleByArgument, CaseIterable { case members, assignments, bundle }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "members, assignments or bundle.")
    var what: What

    @Argument(help: "The file to import.")
    var file: String

    @Flag(name: .long, help: "Check and report without writing anything.")
    var dryRun = false

    @Flag(name: .long, help: "Members: create the cells and committees named in the file that do not exist yet.")
    var createOrgs = false

    @Option(name: .long, help: "Members: the unit the file belongs to (a path). Rows without a cell go there; a cell column may hold a full path, a path below it, or a cell's own name.")
    var org: String?

    @Option(name: .long, help: "An .xlsx workbook's sheet to read (default: the first one holding data).")
    var sheet: String?

    @Option(name: .long, help: "Text encoding: auto (default), utf8, windows-1258, utf16, tcvn3 or vni.")
    var encoding: String?

    func validate() throws {
        if createOrgs && what != .members { throw ValidationError("--create-orgs only goes with `import members`") }
        if org != nil && what != .members { throw ValidationError("--org only goes with `import members`") }
        if (sheet != nil || encoding != nil) && what == .bundle { throw ValidationError("--sheet and --encoding go with `import members|assignments`") }
        if let encoding, ForcedEncoding(name: encoding) == nil {
            throw ValidationError("--encoding \(encoding): use auto, utf8, windows-1258, utf16, tcvn3 or vni")
        }
    }

    func run() throws {
        let lang = global.language, vi = lang == .vi
        let bytes = try ExchangeIO.readFile(file, command: "import", lang: lang)
        let store: Store
        do { store = try Store.open(global.dataFolder, readOnly: dryRun) } catch {
            let code = storeExit(error, lang)
            if case StoreError.io = error { ExchangeIO.note(vi ? "danvan import: không nhập gì." : "danvan import: nothing was imported.") }
            throw code
        }
        defer { store.close() }
        let state = store.state

        let ops: [Op]
        let summary: String
        var memberPlan: ImportPlan?
        if what == .bundle {
            let bundle: OrgBundle
            do { bundle = try OrgBundle.decode(bytes) } catch let e as CodecError {
                throw ExchangeIO.fail("import", vi ? "\(file): không phải gói dữ liệu danvan hợp lệ (byte \(e.offset): \(e.reason))"
                                                   : "\(file): not a valid danvan bundle (byte \(e.offset): \(e.reason))")
            }
            let plan = bundle.mergePlan(into: state)
            guard plan.ok else {
                throw ExchangeIO.fail("import", "\(file): " + plan.errors.map { vi ? $0.vi : $0.en }.joined(separator: "\n"))
            }
            ops = plan.ops
            summary = plan.summary(lang, dryRun: dryRun)
        } else {
            // Any roster file (CSV in any encoding, .xlsx) becomes records, and the table in
            // them is located (header row, data rows, layout); what was inferred is said.
            let roster: RosterTable
            do {
                let loaded = try TableFile.load(bytes, fileName: file, sheet: sheet, encoding: encoding.flatMap(ForcedEncoding.init(name:)))
                roster = try loaded.roster(kind: what == .members ? .members : .assignments)
            } catch let e as CSVError {
                throw ExchangeIO.fail("import", "\(file): \(e.message(lang))")
            } catch let e as TableFileError {
                throw ExchangeIO.fail("import", e.message(lang))
            }
            let bar = ProgressBar(label: vi ? "Đang kiểm tra" : "Checking", enabled: ExchangeIO.stderrIsTerminal && roster.rows.count >= 5000)
            // Members: the store judges the batch by the core's rules when it commits it, so the
            // plan leaves that to it (a city-wide file is judged once, not twice); a dry run
            // commits nothing, so its plan does it.
            let plan = what == .members
                ? MemberImport.plan(roster, into: state, createOrgs: createOrgs, org: org, validate: dryRun, progress: bar.update)
                : AssignmentImport.plan(roster, into: state, progress: bar.update)
            if what == .members { memberPlan = plan }
            bar.finish()
            for w in plan.warnings { ExchangeIO.note((vi ? "Cảnh báo: " : "Warning: ") + "\(file): " + w.message(lang)) }
            guard plan.ok else {
                // What was understood, then what is wrong: the person sees both at once.
                if !plan.inferred.isEmpty || !plan.skipped.isEmpty {
                    var p = plan
                    p.perCell = [:]
                    ExchangeIO.note(p.summary(lang, noun: ("", ""), dryRun: true).components(separatedBy: "\n").dropLast().joined(separator: "\n"))
                }
                for e in plan.errors { ExchangeIO.note("\(file): " + e.message(lang)) }
                throw ExchangeIO.fail("import", vi ? "\(plan.errors.count) lỗi; không nhập gì." : "\(plan.errors.count) errors; nothing imported.")
            }
            ops = plan.ops
            summary = plan.summary(lang, noun: what == .members ? ("đảng viên", "members") : ("phân công", "assignments"), dryRun: dryRun)
        }
        if !dryRun && !ops.isEmpty {
            do { try store.commit(ops) } catch StoreError.rejected(let refusal) {
                // Nothing was written. Name every refused row, not only the first refusal.
                let errors = memberPlan.map { MemberImport.refusals(of: $0, on: state) } ?? []
                guard !errors.isEmpty else { throw storeExit(StoreError.rejected(refusal), lang) }
                for e in errors { ExchangeIO.note("\(file): " + e.message(lang)) }
                throw ExchangeIO.fail("import", vi ? "\(errors.count) lỗi; không nhập gì." : "\(errors.count) errors; nothing imported.")
            } catch StoreError.io(let f) where f.operation == "write" {
                // The store cut off what the failed write left: nothing of the batch is kept.
                printError(StoreError.io(f).message(lang))
                throw ExchangeIO.fail("import", vi ? "không nhập gì (dữ liệu vẫn như trước khi nhập)." : "nothing was imported (the data is as it was before).")
            } catch { throw storeExit(error, lang) }
        }
        print(VietText.escapingControls((vi ? "Tệp \(file):\n" : "File \(file):\n") + summary, keepLineBreaks: true))
    }
}
