import ArgumentParser
import DanVanCore
import DanVanExchange
import DanVanSeal
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
            Bundle: replaces the bundle's subtree with its contents (ids kept; importing twice changes nothing). \
            It must be signed by a key this folder trusts for that subtree (`danvan trust`), and not older \
            than a bundle already imported from that key for it; an encrypted bundle must be encrypted to \
            this folder's key. Unsigned bundles (from danvan before signing) need --allow-unsigned.
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

    @Option(name: .long, help: "The unit the file belongs to (a path). Rows without a cell go there (an assignment book's members are found by name in it); a cell column may hold a full path, a path below it, or a cell's own name.")
    var org: String?

    @Option(name: .long, help: "An .xlsx workbook's sheet to read (default: the first one holding data).")
    var sheet: String?

    @Option(name: .long, help: "Text encoding: auto (default), utf8, windows-1258, utf16, tcvn3 or vni.")
    var encoding: String?

    @Flag(name: .long, help: "Bundle: trust the signer's key for the bundle's subtree if it is unknown (for scripts; otherwise asked).")
    var trustNew = false

    @Flag(name: .long, help: "Bundle: take an unsigned bundle (made by danvan before bundles were signed).")
    var allowUnsigned = false

    func validate() throws {
        if createOrgs && what != .members { throw ValidationError("--create-orgs only goes with `import members`") }
        if (trustNew || allowUnsigned) && what != .bundle { throw ValidationError("--trust-new and --allow-unsigned only go with `import bundle`") }
        if org != nil && what == .bundle { throw ValidationError("--org goes with `import members|assignments`") }
        if (sheet != nil || encoding != nil) && what == .bundle { throw ValidationError("--sheet and --encoding go with `import members|assignments`") }
        if let encoding, ForcedEncoding(name: encoding) == nil {
            throw ValidationError("--encoding \(encoding): use auto, utf8, windows-1258, utf16, tcvn3 or vni")
        }
    }

    func run() throws {
        let lang = global.language, vi = lang == .vi
        let bytes = try ExchangeIO.readFile(file, command: "import", lang: lang)
        let key = try FolderKeys.unlock(global, command: "import")
        // A bundle's envelope and signer are checked before the data is opened: a refused
        // bundle touches nothing in the folder.
        var signedBundle: (OrgBundle, BundleGate.Opened)?
        var trustAfter: TrustList?
        var newlyTrusted = false
        if what == .bundle {
            let opened = try BundleSealing.open(bytes, file: file, folder: global.dataFolder, key: key,
                                                allowUnsigned: allowUnsigned, lang: lang)
            let bundle: OrgBundle
            do { bundle = try OrgBundle.decode(opened.payload) } catch let e as CodecError {
                throw ExchangeIO.fail("import", vi ? "\(file): không phải gói dữ liệu danvan hợp lệ (byte \(e.offset): \(e.reason))"
                                                   : "\(file): not a valid danvan bundle (byte \(e.offset): \(e.reason))")
            }
            if let signer = opened.signer {
                var trust = try BundleSealing.loadTrust(folder: global.dataFolder, key: key, command: "import", lang: lang)
                let unknown = trust.entry(for: signer) == nil
                try BundleSealing.admit(opened, path: bundle.rootPath, file: file, trust: &trust, trustNew: trustNew, lang: lang)
                newlyTrusted = unknown
            }
            signedBundle = (bundle, opened)
        }
        let store: Store
        do { store = try Store.open(global.dataFolder, readOnly: dryRun, key: key) } catch {
            let code = storeExit(error, lang)
            if case StoreError.io = error { ExchangeIO.note(vi ? "danvan import: không nhập gì." : "danvan import: nothing was imported.") }
            throw code
        }
        defer { store.close() }
        let state = store.state
        if let (bundle, opened) = signedBundle, let signer = opened.signer {
            // Again under the folder's lock: a `trust` change meanwhile is not lost.
            var trust = try BundleSealing.loadTrust(folder: global.dataFolder, key: key, command: "import", lang: lang)
            if newlyTrusted && trust.entry(for: signer) == nil { trust.trust(signer, org: bundle.rootPath) }
            do { try BundleGate.admit(signer: signer, counter: opened.counter, path: bundle.rootPath, trust: trust) } catch {
                throw ExchangeIO.fail("import", "\(file): " + BundleSealing.message(error, lang, mine: nil))
            }
            BundleGate.record(signer: signer, counter: opened.counter, path: bundle.rootPath, in: &trust)
            trustAfter = trust
        }

        let ops: [Op]
        let summary: String
        var memberPlan: ImportPlan?
        if let (bundle, _) = signedBundle {
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
                : AssignmentImport.plan(roster, into: state, org: org, progress: bar.update)
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
                throw ExchangeIO.fail("import", vi ? "\(plan.errors.count) lỗi; không nhập gì." : "\(plan.errors.count) \(plan.errors.count == 1 ? "error" : "errors"); nothing imported.")
            }
            ops = plan.ops
            summary = plan.summary(lang, noun: what == .members ? ("đảng viên", "members") : ("phân công", "assignments"), dryRun: dryRun)
        }
        if !dryRun, let trustAfter {
            // Recorded before the commit: should the commit fail, the same bundle is still taken
            // next time (only older ones are refused).
            do { try trustAfter.save(folder: global.dataFolder, key: key) } catch {
                throw ExchangeIO.fail("import", sealMessage(error, lang))
            }
        }
        if !dryRun && !ops.isEmpty {
            do { try store.commit(ops) } catch StoreError.rejected(let refusal) {
                // Nothing was written. Name every refused row, not only the first refusal.
                let errors = memberPlan.map { MemberImport.refusals(of: $0, on: state) } ?? []
                guard !errors.isEmpty else { throw storeExit(StoreError.rejected(refusal), lang) }
                for e in errors { ExchangeIO.note("\(file): " + e.message(lang)) }
                throw ExchangeIO.fail("import", vi ? "\(errors.count) lỗi; không nhập gì." : "\(errors.count) \(errors.count == 1 ? "error" : "errors"); nothing imported.")
            } catch StoreError.io(let f) where f.operation == "write" {
                // The store cut off what the failed write left: nothing of the batch is kept.
                printError(StoreError.io(f).message(lang))
                throw ExchangeIO.fail("import", vi ? "không nhập gì (dữ liệu vẫn như trước khi nhập)." : "nothing was imported (the data is as it was before).")
            } catch { throw storeExit(error, lang) }
        }
        print(VietText.escapingControls((vi ? "Tệp \(file):\n" : "File \(file):\n") + summary, keepLineBreaks: true))
    }
}
