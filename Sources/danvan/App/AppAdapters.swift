import DanVanCore
import DanVanStore
import DanVanTerminal
import DanVanUI

extension CursesTerminal: AppScreen {
    var screenSize: (width: Int, height: Int) { size }
    func next(timeoutMs: Int) -> InputEvent? { nextEvent(timeoutMs: timeoutMs) }
    func show(_ frame: Frame) {
        draw(frame.canvas, cursor: frame.cursor.map { (x: $0.x, y: $0.y) })
    }
}

extension Store: AppRecords {
    var records: State { state }
    var readOnly: Bool { isReadOnly }
    func commitOps(_ ops: [Op]) throws {
        do { try commit(ops) } catch let e as StoreError { throw AppStoreFailure(error: e) }
    }
    func seedRecords(_ s: State) throws {
        do { try seed(with: s) } catch let e as StoreError { throw AppStoreFailure(error: e) }
    }
}

/// A store error carried to the screen in the person's language.
struct AppStoreFailure: LocalizedFailure {
    var error: StoreError
    func message(_ lang: Lang) -> String { error.message(lang) }
}
