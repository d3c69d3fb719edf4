import DanVanSeal

/// The seal module's small files through a store's `FileSystem`, so the key file of a folder
/// the application holds goes where its data goes (the in-memory file system in tests).
/// Used while the folder's lock is held: no other danvan writes these files meanwhile.
struct FileSystemSecretFiles: SecretFiles {
    let fs: FileSystem

    func read(_ path: String) throws -> [UInt8]? {
        guard fs.fileExists(path) else { return nil }
        do { return try fs.read(path) } catch { throw SecretFile.Failure(path: path, reason: "\(error)") }
    }

    func exists(_ path: String) -> Bool { fs.fileExists(path) }

    func write(_ bytes: [UInt8], to path: String, replace: Bool) throws -> Bool {
        if !replace && fs.fileExists(path) { return false }
        do { try fs.writeAtomically([bytes], to: path) } catch { throw SecretFile.Failure(path: path, reason: "\(error)") }
        return true
    }

    func remove(_ path: String) throws {
        do {
            try fs.remove(path)
            try fs.syncDirectory(parentFolder(of: path))
        } catch { throw SecretFile.Failure(path: path, reason: "\(error)") }
    }
}

extension Store {
    /// The seal module's files of this folder, through the store's file system.
    public var secretFiles: any SecretFiles { FileSystemSecretFiles(fs: fs) }
}
