import ArgumentParser
import DanVanApp
import DanVanCore
import DanVanExchange
import DanVanSeal
import DanVanStore
import DanVanTerminal
import DanVanUI
import Foundation

/// `danvan` / `danvan open`: the full-screen application on the data folder.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Mở ứng dụng toàn màn hình — open the full-screen application (the default command).",
        discussion: """
            Three panes: the organization tree, the members of the selected unit, and the selected \
            member's assignments. F1 or ? lists the keys. When another danvan holds the data folder, \
            the data opens read-only. The theme and language chosen are remembered in the data folder.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Color theme: a built-in name (\(Theme.builtinNames.joined(separator: ", "))) or a theme file path. Remembered.",
                                            valueName: "name|path"))
    var theme: String?

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        // A theme path at a FIFO or device would block the read before the first frame, with
        // the folder locked: refuse it at once, before anything is opened.
        if let theme, Theme.builtin(theme) == nil, let kind = PosixFileSystem().status(theme)?.kind, kind != .regular {
            let lang = global.lang ?? Lang.fromEnvironment(env)
            let what = lang == .vi ? "không phải tệp thường (\(kind))" : "is not a regular file (\(kind))"
            FileHandle.standardError.write(Data("danvan: --theme \(theme): \(what)\n".utf8))
            throw ExitCode(ExitStatus.damaged)
        }
        // Refuse a pipe or a non-UTF-8 locale before opening anything, in plain ASCII.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw fail(TerminalError.notATerminal) }
        do { _ = try CursesTerminal.prepareLocale() } catch let e as TerminalError { throw fail(e) }

        let folder = global.dataFolder
        let remembered = Settings.load(folder: folder)
        let lang = global.lang ?? remembered.settings.language ?? Lang.fromEnvironment(env)

        // The passphrase of an encrypted folder is asked for here, before the first screen.
        let key = try FolderKeys.unlock(global, command: "open")
        var lockHolder: String?
        var mediaNotice: String?
        var store: Store
        do {
            store = try Store.open(folder, key: key)
        } catch StoreError.locked(let holder) {
            lockHolder = holder.isEmpty ? "?" : Store.describeHolder(holder, lang)
            do { store = try Store.open(folder, readOnly: true, key: key) } catch { throw fail(error, lang) }
        } catch let e as StoreError where e.isReadOnlyMedia {
            // Read-only media (a CD, a write-protected stick) or no write permission: show the data, read-only.
            do { store = try Store.open(folder, readOnly: true, key: key) } catch { throw fail(error, lang) }
            mediaNotice = lang == .vi
                ? "Chỉ đọc: không ghi được vào thư mục dữ liệu (\(e.message(.vi)))."
                : "Read-only: the data folder cannot be written (\(e.message(.en)))."
        } catch {
            throw fail(error, lang)
        }
        defer { store.close() }

        let chosen = Theme.select(flag: theme, remembered: remembered.settings.theme, environment: env, lang: lang)
        var settings = remembered.settings
        // A theme given on the command line is remembered (never written into a folder we only read).
        if let theme, lockHolder == nil, settings.theme != theme {
            settings.theme = theme
            try? settings.save(folder: folder)
        }

        let terminal: CursesTerminal
        do { terminal = try CursesTerminal(theme: chosen.theme) } catch let e as TerminalError { throw fail(e) }
        defer { terminal.shutdown() }
        // The demo folder is opened beside the data folder when asked for, never inside it.
        var demoStore: Store?
        var stamps: [String: String] = [:]
        defer { demoStore?.close() }
        terminal.beforeExit = { demoStore?.close(); store.close() }

        var app = AppState(data: store.state, readOnly: store.isReadOnly, lockHolder: lockHolder, lang: lang,
                           themeName: settings.theme ?? chosen.theme.name, themeNames: Theme.builtinNames,
                           width: terminal.size.width, height: terminal.size.height, today: Day.today(),
                           seed: UInt64.random(in: 1...UInt64.max))
        app.security = SecurityInfo.of(folder: folder, key: key)
        app.lastCell = settings.lastCell.map(OrgID.init)
        let warnings = remembered.warnings + chosen.warnings + terminal.warnings
            + [mediaNotice, store.recoveryNotice(lang), store.networkFileSystemWarning].compactMap { $0 }
        if !warnings.isEmpty { _ = app.reduce(.notices(warnings)) }

        let services = AppServices(
            now: Date.init,
            author: Op.defaultAuthor,
            openFolder: { choice in
                guard case .demo(let size) = choice else {
                    demoStore?.close()
                    demoStore = nil
                    return store
                }
                if let demoStore { return demoStore }
                let path = OpenCommand.demoFolder(beside: folder)
                let demo: Store
                do { demo = try Store.open(path) } catch StoreError.locked { demo = try Store.open(path, readOnly: true) }
                if demo.isEmpty, !demo.isReadOnly {
                    let scale: DemoScale = switch size {
                    case .cell: .cell
                    case .district: .district
                    case .city: .city
                    }
                    do { try demo.seed(with: Demo.generate(scale: scale, seed: 2025)) } catch { demo.close(); throw error }
                }
                demoStore = demo
                return demo
            },
            applyTheme: { name in
                let t = Theme.resolve(name, lang: lang)
                terminal.setTheme(t.theme)
                return t.warnings
            },
            saveSettings: { themeName, lang in
                guard lockHolder == nil else { return }
                // Change only what the person changed; a language left to the locale stays so.
                var s = Settings.load(folder: folder).settings
                if let themeName { s.theme = themeName }
                if let lang { s.language = lang }
                try s.save(folder: folder)
            },
            writeFile: { try FileExport.write(bytes: $0, to: $1, overwrite: $2) },
            rememberCell: { cell in
                guard lockHolder == nil else { return }
                try Settings.update(folder: folder) { $0.lastCell = cell }
            },
            refresh: { current in
                // A read-only window reopens its folder when the writer's files changed.
                guard let shown = current as? Store, shown.isReadOnly else { return nil }
                let now = FolderFollow.stamp(shown.folder)
                guard let before = stamps[shown.folder] else { stamps[shown.folder] = now; return nil }
                // A failed open (files moving in a checkpoint) is tried again on the next tick.
                guard before != now, let fresh = try? Store.open(shown.folder, readOnly: true, key: shown === demoStore ? nil : key)
                else { return nil }
                stamps[shown.folder] = now
                if shown === demoStore { demoStore = fresh } else { store = fresh }
                shown.close()
                return fresh
            })
        AppLoop(app: app, terminal: terminal, records: store, services: services).run()
    }

    /// "…/danvan" → "…/danvan-demo": a sibling of the data folder (trailing slashes ignored).
    static func demoFolder(beside folder: String) -> String {
        var f = folder
        while f.count > 1, f.hasSuffix("/") { f.removeLast() }
        return f + "-demo"
    }

    private func fail(_ error: TerminalError) -> ExitCode {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        return ExitCode(ExitStatus.badInput)
    }

    private func fail(_ error: Error, _ lang: Lang) -> ExitCode {
        let message = (error as? StoreError)?.message(lang) ?? String(describing: error)
        FileHandle.standardError.write(Data(("danvan: " + message + "\n").utf8))
        if let e = error as? StoreError, e.isDamage { return ExitCode(ExitStatus.damaged) }
        return ExitCode(ExitStatus.badInput)
    }
}
