import DanVanCore
import DanVanExchange
import DanVanSeal
import DanVanStore
import DanVanUI
import Foundation

/// Wires terminal ↔ reducer ↔ store: draws the state, turns events into actions, performs
/// the effects the reducer returns and feeds their results back as actions. Every change to
/// the app state goes through `reduce`, in the order the actions were queued; the loop is
/// the only place that reads the clock or knows who is editing (it stamps the ops it commits).
public final class AppLoop {
    public private(set) var app: AppState
    let terminal: TerminalDevice
    /// The folder on screen: the person's own, or the demo folder while it is open.
    private(set) var records: AppRecords
    let services: AppServices

    public init(app: AppState, terminal: TerminalDevice, records: AppRecords, services: AppServices) {
        self.app = app
        self.terminal = terminal
        self.records = records
        self.services = services
    }

    /// Runs until the person quits (true), or, when `idleTurns` is given, until that many
    /// waits in a row brought no event (false): a scripted terminal has run out of keys.
    @discardableResult
    public func run(idleTurns: Int? = nil) -> Bool {
        let size = terminal.size
        _ = app.reduce(.resized(width: size.width, height: size.height))
        show()
        var idle = 0
        while true {
            guard let event = terminal.nextEvent(timeoutMs: 1000) else {
                idle += 1
                tick()
                if let idleTurns, idle >= idleTurns { return false }
                continue
            }
            idle = 0
            let action: Action
            switch event {
            case .key(let k): action = .key(k)
            case .paste(let s): action = .paste(s)
            case .resize(let w, let h): action = .resized(width: w, height: h)
            }
            if dispatch(action) { return true }
        }
    }

    /// Reduces `action` and everything its effects answer; true when the app should quit.
    @discardableResult
    public func dispatch(_ action: Action) -> Bool {
        perform(app.reduce(action))
    }

    /// Performs effects a reducer already returned (tests that called `reduce` themselves)
    /// and reduces their answers; true when the app should quit.
    @discardableResult
    public func perform(_ effects: [Effect]) -> Bool {
        var queue: [Action] = []
        var quit = false
        var effects = effects
        while true {
            // Show the result (e.g. "creating demo data…") before slow work starts.
            show()
            for e in effects { queue += answer(to: e, quit: &quit) }
            guard !queue.isEmpty else { break }
            effects = app.reduce(queue.removeFirst())
        }
        if !quit { show() }
        return quit
    }

    /// The clock: a read-only window follows the writer's commits; messages expire.
    func tick() {
        if records.readOnly, let fresh = services.refresh?(records) {
            records = fresh
            dispatch(.recordsRefreshed(fresh.records))
        }
        dispatch(.tick)
    }

    private func show() {
        let frame = render(app)
        terminal.draw(frame.canvas, cursor: frame.cursor.map { (x: $0.x, y: $0.y) })
    }

    /// Performs one effect; the actions that report its outcome, in order.
    private func answer(to effect: Effect, quit: inout Bool) -> [Action] {
        switch effect {
        case .quit:
            quit = true
            return []
        case .writeFile(let path, let contents, let overwrite):
            do {
                let written = try services.writeFile(Array(contents.utf8), path, overwrite)
                return [written.map { .fileWritten(path: $0) } ?? .fileExists(path: path, contents: contents)]
            } catch {
                return [.effectFailed(AppLoop.describe(error, app.lang))]
            }
        case .writeMinutesDocument(let path, let meeting, let overwrite):
            do {
                let bytes = try MinutesDocument.make(records.records, meetings: [meeting])
                let written = try services.writeFile(bytes, path, overwrite)
                return [written.map { .fileWritten(path: $0) } ?? .documentExists(path: path, meeting: meeting)]
            } catch {
                return [.effectFailed(AppLoop.describe(error, app.lang))]
            }
        case .commit(let changes, let message):
            // One time for the whole batch: the ops of one key press happened together.
            let time = Int64((services.now().timeIntervalSince1970 * 1000).rounded())
            let ops = changes.map { Op(time: time, author: services.author, change: $0) }
            do {
                try records.commitOps(ops)
                return [.commitSucceeded(records.records, changes: changes, message: message)]
            } catch {
                let failed = Action.commitFailed(AppLoop.describe(error, app.lang), field: AppLoop.refusal(error)?.field)
                return records.readOnly && !app.readOnly ? [.becameReadOnly, failed] : [failed]
            }
        case .openDemoFolder, .openRealFolder:
            var choice = DataChoice.own
            if case .openDemoFolder(let size) = effect { choice = .demo(size) }
            do {
                records = try services.openFolder(choice)
                return [.folderOpened(records.records, demo: choice != .own, readOnly: records.readOnly)]
            } catch let e as StoreError {
                return [.effectFailed(AppStoreFailure(error: e).message(app.lang))]
            } catch {
                return [.effectFailed(AppLoop.describe(error, app.lang))]
            }
        case .passphrase(let request):
            do {
                return [.passphraseChanged(try records.changePassphrase(request), request.kind)]
            } catch {
                let wrong = (error as? FolderPassphrase.Refusal) == .wrongPassphrase
                // The folder as it is now: a step may fail after it changed something.
                let refused = Action.passphraseRefused(AppLoop.describe(error, app.lang), request.kind, currentWrong: wrong,
                                                       now: records.security())
                // A write that failed half-way leaves the store refusing changes, as a failed commit does.
                return records.readOnly && !app.readOnly ? [.becameReadOnly, refused] : [refused]
            }
        case .listFolder(let path):
            do {
                return [.folderListed(try RosterFiles.list(path ?? services.currentFolder, home: services.homeFolder, in: services.files))]
            } catch {
                return [.effectFailed(AppLoop.describe(error, app.lang))]
            }
        case .previewImport(let request):
            let today = Day.today(services.now())
            // The bar moves by whole percents: one frame each, not one per row.
            var shown = -1
            let progress: (Int, Int) -> Void = { done, total in
                guard total > 0 else { return }
                let percent = Int(Int64(min(done, total)) * 100 / Int64(total))
                guard percent != shown else { return }
                shown = percent
                _ = self.app.reduce(.importProgress(done: done, total: total))
                self.show()
            }
            return [.importPreviewed(RosterFiles.preview(request, records: records.records,
                                                         files: services.files, author: services.author, now: services.now(),
                                                         today: today, progress: progress))]
        case .applyTheme(let name):
            return [.themeApplied(name: name, warnings: services.applyTheme(name))]
        case .rememberCell(let cell):
            do {
                try services.rememberCell(cell.raw)
                return []
            } catch {
                return [.effectFailed(AppLoop.describe(error, app.lang))]
            }
        case .saveSettings(let theme, let lang):
            do {
                try services.saveSettings(theme, lang)
                return []
            } catch {
                return [.effectFailed(AppLoop.describe(error, app.lang))]
            }
        }
    }

    /// The core's reason when the store refused a change (not a disk failure).
    static func refusal(_ error: Error) -> OpError? {
        if let e = error as? OpError { return e }
        if let e = error as? AppStoreFailure, case .rejected(let reason) = e.error { return reason }
        return nil
    }

    static func describe(_ error: Error, _ lang: Lang) -> String {
        if let e = error as? OpError { return e.message(lang) }
        if let e = error as? LocalizedFailure { return e.message(lang) }
        if let e = error as? FolderPassphrase.Refusal { return e.message(lang) }
        if let e = error as? StoreError { return e.message(lang) }
        if let e = error as? SealError { return e.message(lang) }
        return String(describing: error)
    }
}
