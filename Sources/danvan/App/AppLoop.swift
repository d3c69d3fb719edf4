import DanVanCore
import DanVanExchange
import DanVanUI

/// An error that can say what went wrong in the person's language.
protocol LocalizedFailure: Error { func message(_ lang: Lang) -> String }

/// The terminal as the run loop needs it (CursesTerminal in the program, a script in tests).
protocol AppScreen: AnyObject {
    var screenSize: (width: Int, height: Int) { get }
    func next(timeoutMs: Int) -> InputEvent?
    func show(_ frame: Frame)
}

/// The store as the run loop needs it.
protocol AppRecords: AnyObject {
    var records: State { get }
    var readOnly: Bool { get }
    func commitOps(_ ops: [Op]) throws
    func seedRecords(_ state: State) throws
}

/// What the loop does for effects other than commits (theme, settings, demo data).
struct AppServices {
    var makeDemo: (DemoSize) -> State
    var applyTheme: (String) -> [String]
    var saveSettings: (String?, Lang?) throws -> Void
}

/// Wires terminal ↔ reducer ↔ store: draws the state, turns events into actions, performs
/// the effects the reducer returns and feeds their results back as actions.
final class AppLoop {
    private(set) var app: AppState
    let screen: AppScreen
    let records: AppRecords
    let services: AppServices

    init(app: AppState, screen: AppScreen, records: AppRecords, services: AppServices) {
        self.app = app
        self.screen = screen
        self.records = records
        self.services = services
    }

    /// Runs until the person quits.
    func run() {
        let size = screen.screenSize
        _ = app.reduce(.resized(width: size.width, height: size.height))
        screen.show(render(app))
        while true {
            guard let event = screen.next(timeoutMs: 1000) else { continue }
            let action: Action
            switch event {
            case .key(let k): action = .key(k)
            case .paste(let s): action = .paste(s)
            case .resize(let w, let h): action = .resized(width: w, height: h)
            }
            if dispatch(action) { return }
        }
    }

    /// Reduces `action` and everything its effects answer; true when the app should quit.
    func dispatch(_ action: Action) -> Bool {
        var queue = [action]
        var quit = false
        while !queue.isEmpty {
            let effects = app.reduce(queue.removeFirst())
            // Show the result (e.g. "creating demo data…") before slow work starts.
            screen.show(render(app))
            for e in effects {
                if let answer = perform(e, quit: &quit) { queue.append(answer) }
            }
        }
        if !quit { screen.show(render(app)) }
        return quit
    }

    private func perform(_ effect: Effect, quit: inout Bool) -> Action? {
        switch effect {
        case .quit:
            quit = true
            return nil
        case .writeFile(let path, let contents, let overwrite):
            do {
                let written = try FileExport.write(contents, to: path, overwrite: overwrite)
                return written.map { .fileWritten(path: $0) } ?? .fileExists(path: path, contents: contents)
            } catch {
                return .effectFailed(AppLoop.describe(error, app.lang))
            }
        case .writeMinutesDocument(let path, let meeting, let overwrite):
            do {
                let bytes = try MinutesDocument.make(app.data, meetings: [meeting])
                let written = try FileExport.write(bytes: bytes, to: path, overwrite: overwrite)
                return written.map { .fileWritten(path: $0) } ?? .documentExists(path: path, meeting: meeting)
            } catch {
                return .effectFailed(AppLoop.describe(error, app.lang))
            }
        case .commit(let ops, let message):
            do {
                try records.commitOps(ops)
                return .commitSucceeded(records.records, changes: ops.map(\.change), message: message)
            } catch {
                if records.readOnly, !app.readOnly { _ = app.reduce(.becameReadOnly) }
                return .commitFailed(AppLoop.describe(error, app.lang))
            }
        case .seedDemo(let size):
            do {
                try records.seedRecords(services.makeDemo(size))
                return .dataReplaced(records.records, message: .demoLoaded)
            } catch {
                return .effectFailed(AppLoop.describe(error, app.lang))
            }
        case .applyTheme(let name):
            return .themeApplied(name: name, warnings: services.applyTheme(name))
        case .saveSettings(let theme, let lang):
            do {
                try services.saveSettings(theme, lang)
                return nil
            } catch {
                return .effectFailed(AppLoop.describe(error, app.lang))
            }
        }
    }

    static func describe(_ error: Error, _ lang: Lang) -> String {
        if let e = error as? OpError { return e.message(lang) }
        if let e = error as? LocalizedFailure { return e.message(lang) }
        return String(describing: error)
    }
}
