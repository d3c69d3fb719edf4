#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PosixFileSystem: OutputFileSystem {
    public func status(_ path: String) -> FileStatus? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let kind: FileStatus.Kind
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFIFO: kind = .fifo
        case S_IFCHR: kind = .characterDevice
        case S_IFBLK: kind = .blockDevice
        case S_IFSOCK: kind = .socket
        default: kind = .other
        }
        return FileStatus(kind: kind, permissions: UInt32(st.st_mode) & 0o777)
    }

    public func resolvingLinks(_ path: String) throws -> String {
        var current = path
        // The kernel's own limit on links followed in one lookup.
        for _ in 0..<40 {
            var st = stat()
            guard lstat(current, &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { return current }
            var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buf, buf.count - 1)
            guard n > 0 else { throw Self.failure("readlink", current) }
            let dest = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if dest.hasPrefix("/") {
                current = dest
            } else {
                let folder = current.contains("/") ? parentFolder(of: current) : "."
                current = folder == "." ? dest : (folder == "/" ? "/" : folder + "/") + dest
            }
        }
        throw IOFailure("readlink", path, String(cString: strerror(ELOOP)))
    }

    public func createNew(_ path: String, mode: UInt32) throws -> WritableFile {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(mode))
        guard fd >= 0 else { throw Self.failure("create", path) }
        // The umask may have taken bits away (or a looser one left them): set exactly.
        guard fchmod(fd, mode_t(mode)) == 0 else {
            let e = Self.failure("chmod", path)
            _ = close(fd)
            unlink(path)
            throw e
        }
        return PosixFile(fd: fd, path: path, special: false)
    }

    public func openExisting(_ path: String) throws -> WritableFile {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.failure("open", path) }
        return PosixFile(fd: fd, path: path, special: true)
    }

    public func linkNew(_ from: String, _ to: String) throws -> Bool {
        if link(from, to) == 0 { return true }
        if errno == EEXIST { return false }
        throw Self.failure("link", to)
    }
}
