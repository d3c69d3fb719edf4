/// The seam between the store and the disk. `PosixFileSystem` is the real one;
/// `MemoryFileSystem` is an in-memory twin that injects faults and simulates crashes,
/// so tests never need to pull the power cord.
///
/// Files are created 0600 and folders 0700: the data is personal.
public protocol FileSystem: AnyObject, Sendable {
    /// Creates the folder (and missing parents) with mode 0700; no error when it exists.
    func createDirectory(_ path: String) throws
    func fileExists(_ path: String) -> Bool
    func directoryExists(_ path: String) -> Bool
    /// What is at `path`, without following a symbolic link; nil when nothing is.
    func kind(_ path: String) -> FileKind?
    /// Names (not paths) of the entries of a folder.
    func list(_ dir: String) throws -> [String]
    func read(_ path: String) throws -> [UInt8]
    /// Opens a new empty file for writing (truncating any file of that name).
    func create(_ path: String) throws -> WritableFile
    /// Opens an existing file to append to it.
    func openAppend(_ path: String) throws -> WritableFile
    func rename(_ from: String, _ to: String) throws
    func remove(_ path: String) throws
    /// Cuts a file to `length` bytes and syncs it.
    func truncate(_ path: String, to length: Int) throws
    /// Makes the folder's entries (creations, renames, removals) durable.
    func syncDirectory(_ path: String) throws
    /// Takes the exclusive writer lock on the data folder itself (a lock that cannot be
    /// deleted or renamed from under its holder, as a lock file can) for as long as the
    /// handle lives, and writes `info` (who holds it) into the folder's `lock` file. Throws
    /// `StoreError.locked` naming the holder when taken.
    func lock(folder: String, info: String) throws -> FolderLock
    /// The name of the network file system the folder is on ("NFS", "SMB/CIFS", "FUSE"…), if any.
    func networkFileSystem(_ path: String) -> String?
}

public protocol WritableFile: AnyObject {
    /// Appends at the end of what this handle has written.
    func write(_ bytes: [UInt8]) throws
    /// Overwrites bytes already written, at `offset` (a header filled in last).
    func write(_ bytes: [UInt8], at offset: Int) throws
    /// `fdatasync`: the bytes written so far survive a crash once this returns.
    func sync() throws
    func close()
}

/// An exclusive lock on a data folder, released by `release()` or process exit.
public protocol FolderLock: AnyObject {
    func release()
    /// True when the lock no longer guards the folder at its path (the folder was moved,
    /// deleted or replaced). Checked before every write.
    func lost() -> Bool
}

/// A failed system call: which one, on which file, and why.
public struct IOFailure: Error, Sendable, CustomStringConvertible {
    public let operation: String
    public let path: String
    public let reason: String
    /// The errno, when a system call gave one.
    public var code: Int32 = 0
    public init(_ operation: String, _ path: String, _ reason: String, code: Int32 = 0) {
        self.operation = operation
        self.path = path
        self.reason = reason
        self.code = code
    }
    public var description: String { "\(operation) \(path): \(reason)" }
}

extension FileSystem {
    /// Writes a whole file so that, after a crash, the name holds either the old content or
    /// the new one: temporary file in the same folder → sync → rename → sync the folder.
    func writeAtomically(_ chunks: [[UInt8]], to path: String) throws {
        try writeAtomically(to: path, reserving: 0) { append in
            for c in chunks { try append(c) }
            return []
        }
    }
}

extension FileSystem {
    /// `writeAtomically` for content made piece by piece: `fill` is given a function that
    /// appends one piece, and returns the bytes for the first `reserved` bytes of the file,
    /// which are written last (a header holding the length and checksum of what follows).
    func writeAtomically(to path: String, reserving reserved: Int,
                         _ fill: (_ append: ([UInt8]) throws -> Void) throws -> [UInt8]) throws {
        let tmp = path + ".tmp"
        let f = try create(tmp)
        do {
            if reserved > 0 { try f.write([UInt8](repeating: 0, count: reserved)) }
            let head = try fill { try f.write($0) }
            precondition(head.count == reserved, "the reserved head must be filled exactly")
            if reserved > 0 { try f.write(head, at: 0) }
            try f.sync()
            f.close()
            try rename(tmp, path)
        } catch {
            // A failed write leaves no full-size temporary file behind (a snapshot can be large).
            f.close()
            try? remove(tmp)
            throw error
        }
        try syncDirectory(parentFolder(of: path))
    }
}

func parentFolder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let p = String(path[..<slash])
    return p.isEmpty ? "/" : p
}

func fileName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
}
