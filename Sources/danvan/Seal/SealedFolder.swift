import ArgumentParser
import DanVanCore
import DanVanSeal
import DanVanStore

/// Opens the store of the data folder, asking for the passphrase first when it is encrypted.
enum SealedFolder {
    /// `unlocked`: the key when the caller has already asked for it.
    static func open(_ global: GlobalOptions, readOnly: Bool = false, command: String, unlocked: DataKey?? = nil) throws -> (Store, DataKey?) {
        let key = try unlocked ?? FolderKeys.unlock(global, command: command)
        do {
            return (try Store.open(global.dataFolder, readOnly: readOnly, key: key), key)
        } catch { throw storeExit(error, global.language) }
    }
}
