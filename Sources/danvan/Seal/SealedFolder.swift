import ArgumentParser
import DanVanCore
import DanVanSeal
import DanVanStore

/// Opens the store of the data folder, asking for the passphrase first when it is encrypted.
enum SealedFolder {
    static func open(_ global: GlobalOptions, readOnly: Bool = false, command: String) throws -> (Store, DataKey?) {
        let key = try FolderKeys.unlock(global, command: command)
        do {
            return (try Store.open(global.dataFolder, readOnly: readOnly, key: key), key)
        } catch { throw storeExit(error, global.language) }
    }
}
