import DanVanCore
import DanVanStore
import DanVanUI
import Foundation

/// An error that can say what went wrong in the person's language.
public protocol LocalizedFailure: Error { func message(_ lang: Lang) -> String }

/// The store as the run loop needs it.
public protocol AppRecords: AnyObject {
    var records: State { get }
    var readOnly: Bool { get }
    func commitOps(_ ops: [Op]) throws
    func seedRecords(_ state: State) throws
    /// Sets, changes or removes the folder's passphrase (File → Security); what the screen
    /// shows afterwards. Throws `FolderPassphrase.Refusal` when nothing was changed.
    func changePassphrase(_ request: PassphraseRequest) throws -> SecurityInfo
    /// What File → Security shows now (after a step that failed half-way, the folder as it is).
    func security() -> SecurityInfo?
}

extension Store: AppRecords {
    public var records: State { state }
    public var readOnly: Bool { isReadOnly }
    public func commitOps(_ ops: [Op]) throws {
        do { try commit(ops) } catch let e as StoreError { throw AppStoreFailure(error: e) }
    }
    public func seedRecords(_ s: State) throws {
        do { try seed(with: s) } catch let e as StoreError { throw AppStoreFailure(error: e) }
    }
}

extension SettingsError: LocalizedFailure {}

/// A store error carried to the screen in the person's language.
struct AppStoreFailure: LocalizedFailure {
    var error: StoreError
    func message(_ lang: Lang) -> String { error.message(lang) }
}

/// What the loop needs besides the terminal and the store: the clock and the author it
/// stamps ops with, and the work behind the effects other than commits.
public struct AppServices {
    public var now: () -> Date
    public var author: String
    /// The records to show instead of the current ones: the demo folder (filled with demo
    /// data of that size when empty, never the person's folder) or the person's own again.
    public var openFolder: (DataChoice) throws -> AppRecords
    public var applyTheme: (String) -> [String]
    public var saveSettings: (String?, Lang?) throws -> Void
    /// Keeps the raw id of the cell last used in the settings.
    public var rememberCell: (UInt64) throws -> Void
    /// Writes `bytes` to `path` atomically; the absolute path written, or nil when the
    /// file exists and overwriting was not asked for.
    public var writeFile: (_ bytes: [UInt8], _ path: String, _ overwrite: Bool) throws -> String?
    /// Where the import screen lists and reads roster files (the in-memory one in tests).
    public var files: FileSystem
    /// The folder the import screen opens in, and the home folder it offers.
    public var currentFolder: String
    public var homeFolder: String
    /// For a read-only window, asked on each clock tick: the records reopened when another
    /// process committed since (nil: nothing changed, or not following).
    public var refresh: ((AppRecords) -> AppRecords?)?

    public init(now: @escaping () -> Date, author: String, openFolder: @escaping (DataChoice) throws -> AppRecords,
                applyTheme: @escaping (String) -> [String], saveSettings: @escaping (String?, Lang?) throws -> Void,
                writeFile: @escaping ([UInt8], String, Bool) throws -> String?,
                files: FileSystem = PosixFileSystem(),
                currentFolder: String = FileManager.default.currentDirectoryPath,
                homeFolder: String = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory(),
                rememberCell: @escaping (UInt64) throws -> Void = { _ in },
                refresh: ((AppRecords) -> AppRecords?)? = nil) {
        self.rememberCell = rememberCell
        self.refresh = refresh
        self.now = now
        self.author = author
        self.openFolder = openFolder
        self.applyTheme = applyTheme
        self.saveSettings = saveSettings
        self.writeFile = writeFile
        self.files = files
        self.currentFolder = currentFolder
        self.homeFolder = homeFolder
    }
}

/// Which data folder to show: the person's own or the demo folder beside it.
public enum DataChoice: Equatable, Sendable {
    case own
    case demo(DemoSize)
}
