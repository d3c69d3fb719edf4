/// The module's small files in a data folder (identity, trust list, sign counter), moved
/// from one data key to another (nil: in the clear) when the folder's encryption changes.
public enum FolderSecrets {
    static let files = [IdentityFile.file, TrustList.file, SignCounter.file]
    /// Every file the module may keep in a data folder, the key file included.
    public static let names = [KeyFile.name] + files.map(\.name)

    /// Rewrites each file that exists under `new`. A file already under `new` (a run that
    /// stopped half-way) is read with it.
    public static func reseal(folder: String, from old: DataKey?, to new: DataKey?, files: any SecretFiles = SecretFile.disk) throws {
        for f in Self.files {
            let payload: [UInt8]?
            do { payload = try f.load(folder: folder, key: old, files: files) } catch {
                payload = try f.load(folder: folder, key: new, files: files)
            }
            guard var p = payload else { continue }
            defer { for i in p.indices { p[i] = 0 } }
            try f.save(p, folder: folder, key: new, files: files)
        }
    }
}

extension FolderSecrets {
    /// A file of this module, or a temporary file of one being written.
    public static func isOwn(_ name: String) -> Bool {
        names.contains(name) || names.contains { name.hasPrefix($0 + ".") && name.hasSuffix(".tmp") }
    }
}
