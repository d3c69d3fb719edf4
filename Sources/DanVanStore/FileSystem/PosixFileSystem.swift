import CPlatform
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The real file system, through POSIX calls (Foundation's file APIs neither sync nor lock).
public final class PosixFileSystem: FileSystem {
    public init() {}

    static func failure(_ op: String, _ path: String, _ code: Int32 = errno) -> IOFailure {
        IOFailure(op, path, String(cString: strerror(code)), code: code)
    }

    public func createDirectory(_ path: String) throws {
        if directoryExists(path) { return }
        let parent = parentFolder(of: path)
        if parent != path, parent != "/", parent != ".", !directoryExists(parent) { try createDirectory(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw Self.failure("mkdir", path) }
        // The new entry in the parent must survive a crash too.
        try? syncDirectory(parent)
    }

    public func fileExists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    public func directoryExists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    public func kind(_ path: String) -> FileKind? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return Self.kind(st.st_mode)
    }

    static func kind(_ mode: mode_t) -> FileKind {
        switch mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFIFO: .fifo
        case S_IFLNK: .symlink
        case S_IFCHR, S_IFBLK: .device
        case S_IFSOCK: .socket
        default: .other
        }
    }

    /// Opens a data file: never through a symbolic link, never blocking on a FIFO, and only
    /// when it is a regular file (checked on the open descriptor, so nothing swapped in
    /// between a check and the open gets through).
    static func openRegular(_ path: String, _ flags: Int32, _ op: String) throws -> Int32 {
        let fd = open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP { throw IOFailure(op, path, FileKind.symlink.name(.en) + ": danvan does not follow links inside the data folder") }
            if code == ENXIO { throw IOFailure(op, path, FileKind.fifo.name(.en) + ", not a regular file") }
            throw failure(op, path, code)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = failure("fstat", path)
            close(fd)
            throw e
        }
        let k = kind(st.st_mode)
        guard k == .regular else {
            close(fd)
            throw IOFailure(op, path, k.name(.en) + ", not a regular file")
        }
        // Back to blocking writes and reads for a regular file (O_NONBLOCK means nothing there, but be plain).
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// Refuses before opening when something other than a regular file is at `path`
    /// (opening a device can have effects of its own).
    static func refuseSpecial(_ path: String, _ op: String) throws {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        let k = kind(st.st_mode)
        if k != .regular { throw IOFailure(op, path, k.name(.en) + ", not a regular file") }
    }

    public func list(_ dir: String) throws -> [String] {
        guard let d = opendir(dir) else { throw Self.failure("opendir", dir) }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public func read(_ path: String) throws -> [UInt8] {
        try Self.refuseSpecial(path, "open")
        let fd = try Self.openRegular(path, O_RDONLY, "open")
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Self.failure("fstat", path) }
        let size = Int(st.st_size)
        // Read straight into uninitialized storage: zero-filling a 300 MB snapshot first
        // would touch every page twice.
        var failure: IOFailure?
        let out = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            var got = 0
            while got < size {
                let n = pread(fd, buf.baseAddress! + got, size - got, off_t(got))
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = Self.failure("read", path)
                    break
                }
                if n == 0 { break }  // the file shrank under us
                got += n
            }
            count = got
        }
        if let failure { throw failure }
        return out
    }

    public func create(_ path: String) throws -> WritableFile {
        try Self.refuseSpecial(path, "create")
        return PosixFile(fd: try Self.openRegular(path, O_WRONLY | O_CREAT | O_TRUNC, "create"), path: path)
    }

    public func openAppend(_ path: String) throws -> WritableFile {
        try Self.refuseSpecial(path, "open")
        return PosixFile(fd: try Self.openRegular(path, O_WRONLY | O_APPEND, "open"), path: path)
    }

    public func rename(_ from: String, _ to: String) throws {
        if Foundation.rename(from, to) != 0 { throw Self.failure("rename", from + " → " + to) }
    }

    public func remove(_ path: String) throws {
        if unlink(path) != 0 && errno != ENOENT { throw Self.failure("unlink", path) }
    }

    public func truncate(_ path: String, to length: Int) throws {
        try Self.refuseSpecial(path, "open")
        let fd = try Self.openRegular(path, O_WRONLY, "open")
        defer { close(fd) }
        guard ftruncate(fd, off_t(length)) == 0 else { throw Self.failure("ftruncate", path) }
        guard fsync(fd) == 0 else { throw Self.failure("fsync", path) }
    }

    public func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.failure("open", path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw Self.failure("fsync", path) }
    }

    public func lock(folder: String, info: String) throws -> FolderLock {
        // The lock is on the folder itself: a lock file can be deleted or renamed while held
        // (a "stale lock" looks harmless to delete), and the next writer would lock a new one.
        let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else { throw Self.failure("open", folder) }
        let lockPath = folder + "/" + DataFolder.lockFile
        func holder() -> String {
            let text = (try? read(lockPath)).map { String(decoding: $0.prefix(400), as: UTF8.self) } ?? ""
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if flock(dir, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            close(dir)
            if code == EWOULDBLOCK { throw StoreError.locked(holder: holder()) }
            throw Self.failure("flock", folder, code)
        }
        var st = stat()
        guard fstat(dir, &st) == 0 else {
            let e = Self.failure("fstat", folder)
            close(dir)
            throw e
        }
        // The lock file too, which earlier danvan versions lock; it also says who holds the folder.
        let fd: Int32
        do { fd = try Self.openRegular(lockPath, O_RDWR | O_CREAT, "open") } catch {
            close(dir)
            throw error
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            close(fd)
            close(dir)
            if code == EWOULDBLOCK { throw StoreError.locked(holder: holder()) }
            throw Self.failure("flock", lockPath, code)
        }
        let bytes = Array(info.utf8)
        _ = ftruncate(fd, 0)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return PosixLock(dir: dir, file: fd, folder: folder, device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    public func networkFileSystem(_ path: String) -> String? {
        #if os(Linux)
        // Swift's Glibc module does not export statfs(2); /proc/self/mountinfo gives the
        // same answer (the type of the mount the folder lives on).
        guard let info = try? read("/proc/self/mountinfo") else { return nil }
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return Self.networkName(mountinfo: String(decoding: info, as: UTF8.self), path: real)
        #else
        return nil
        #endif
    }

    /// The network file system type of the mount holding `path`, from mountinfo text.
    static func networkName(mountinfo: String, path: String) -> String? {
        var best: (len: Int, type: String)?
        for line in mountinfo.split(separator: "\n") {
            // "id parent major:minor root mountpoint options [optional…] - fstype source superoptions"
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count > 6, let dash = fields.firstIndex(of: "-"), dash + 1 < fields.count else { continue }
            let mount = fields[4].replacingOccurrences(of: "\\040", with: " ")
            let inside = mount == "/" || path == mount || path.hasPrefix(mount + "/")
            if inside, mount.count >= (best?.len ?? -1) { best = (mount.count, fields[dash + 1]) }
        }
        guard let type = best?.type else { return nil }
        return networkName(type: type)
    }

    static func networkName(type: String) -> String? {
        let t = type.lowercased()
        if t.hasPrefix("nfs") { return "NFS" }
        if t == "cifs" || t.hasPrefix("smb") { return "SMB/CIFS" }
        if t.hasPrefix("fuse") && t != "fusectl" { return "FUSE (\(type))" }
        switch t {
        case "afs": return "AFS"
        case "ceph": return "Ceph"
        case "9p": return "9P"
        case "lustre": return "Lustre"
        case "glusterfs": return "GlusterFS"
        case "davfs", "sshfs": return type
        default: return nil
        }
    }
}

final class PosixFile: WritableFile {
    var fd: Int32
    let path: String
    /// Where appended bytes go: the end of the file (it is opened at its end).
    private var end: Int
    init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
        end = max(0, Int(lseek(fd, 0, SEEK_END)))
    }
    deinit { close() }

    /// Pieces at least this big are sent on to the disk at once, so that the final sync of a
    /// big file (a snapshot written as it is made) finds most of it already there.
    static let writebackPiece = 1 << 20

    func write(_ bytes: [UInt8]) throws {
        try writeAll(bytes) { Glibc_write(fd, $0, $1) }
        if bytes.count >= PosixFile.writebackPiece {
            _ = danvan_start_writeback(fd, Int64(end), Int64(bytes.count))  // advisory: the sync checks
        }
        end += bytes.count
    }

    /// Not for files opened by `openAppend`: Linux appends there whatever the offset.
    func write(_ bytes: [UInt8], at offset: Int) throws {
        var at = offset
        try writeAll(bytes) { p, n in
            let done = pwrite(fd, p, n, off_t(at))
            if done > 0 { at += done }
            return done
        }
    }

    /// Calls `put` until every byte is written, retrying after signals.
    private func writeAll(_ bytes: [UInt8], _ put: (UnsafeRawPointer, Int) -> Int) throws {
        try bytes.withUnsafeBytes { buf in
            var done = 0
            while done < buf.count {
                let n = put(buf.baseAddress! + done, buf.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw PosixFileSystem.failure("write", path)
                }
                done += n
            }
        }
    }

    func sync() throws {
        #if os(Linux)
        let r = fdatasync(fd)
        #else
        let r = fsync(fd)
        #endif
        if r != 0 { throw PosixFileSystem.failure("fdatasync", path) }
    }

    func close() {
        if fd >= 0 {
            _ = Glibc_close(fd)
            fd = -1
        }
    }
}

final class PosixLock: FolderLock {
    var dir: Int32
    var file: Int32
    let folder: String
    let device: UInt64
    let inode: UInt64
    init(dir: Int32, file: Int32, folder: String, device: UInt64, inode: UInt64) {
        self.dir = dir
        self.file = file
        self.folder = folder
        self.device = device
        self.inode = inode
    }
    deinit { release() }
    func release() {
        // Closing the descriptors drops the flocks.
        if file >= 0 { _ = Glibc_close(file); file = -1 }
        if dir >= 0 { _ = Glibc_close(dir); dir = -1 }
    }

    func lost() -> Bool {
        var st = stat()
        guard stat(folder, &st) == 0 else { return true }
        return UInt64(st.st_dev) != device || UInt64(st.st_ino) != inode
    }
}

// Free-function aliases so methods named write/close can call the C ones.
@inline(__always) private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, p, n)
    #else
    Darwin.write(fd, p, n)
    #endif
}
@inline(__always) private func Glibc_close(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.close(fd)
    #else
    Darwin.close(fd)
    #endif
}
