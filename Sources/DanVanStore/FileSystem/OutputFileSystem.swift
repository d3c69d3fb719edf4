/// What a file system must also do to write files for people (exports, reports, minutes,
/// bundles, backups) where the person says: see what a path is, follow its links, create a
/// file that must not exist yet with an exact mode, open a device or FIFO as it is, and link a
/// finished file in place without replacing anything.
public protocol OutputFileSystem: FileSystem {
    /// What is at `path`, following symlinks; nil when nothing is (or a link dangles).
    func status(_ path: String) -> FileStatus?
    /// `path` with every symlink in it resolved; the last name may not exist yet (a dangling
    /// link gives the path it points to). Relative paths stay relative to the working folder.
    func resolvingLinks(_ path: String) throws -> String
    /// Creates `path`, which must not exist (nor be a link), with exactly `mode` whatever the umask.
    func createNew(_ path: String, mode: UInt32) throws -> WritableFile
    /// Opens an existing character device or FIFO for writing, without truncating or replacing it.
    func openExisting(_ path: String) throws -> WritableFile
    /// Gives the finished file `from` the new name `to`; false (and nothing changed) when `to` exists.
    func linkNew(_ from: String, _ to: String) throws -> Bool
}

public struct FileStatus: Equatable, Sendable {
    public enum Kind: Sendable { case regular, directory, fifo, characterDevice, blockDevice, socket, other }
    public var kind: Kind
    /// The permission bits (0o777 part).
    public var permissions: UInt32
    public init(kind: Kind, permissions: UInt32) {
        self.kind = kind
        self.permissions = permissions
    }
}
