import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The small files of this module (key file, identity, trust list): read whole, written to
/// a temporary file (mode 0600), synced, renamed over the old one, folder synced — so a
/// crash leaves the old file or the new one, never half of either.
public enum SecretFile {
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// nil when the file does not exist.
    public static func read(_ path: String) throws -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw Failure(path: path, reason: "cannot open (\(errnoText()))")
        }
        defer { close(fd) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: "cannot read (\(errnoText()))")
            }
            if n == 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Writes `path` whole. With `replace: false` an existing file is left as it is and the
    /// result is false (two processes making the same file: the first one wins).
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, replace: Bool = true) throws -> Bool {
        let tmp = path + ".\(getpid()).tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(path: tmp, reason: "cannot create (\(errnoText()))") }
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let f = Failure(path: tmp, reason: "cannot write (\(errnoText()))")
                close(fd)
                unlink(tmp)
                throw f
            }
            done += n
        }
        guard fsync(fd) == 0 else {
            let f = Failure(path: tmp, reason: "cannot sync (\(errnoText()))")
            close(fd)
            unlink(tmp)
            throw f
        }
        close(fd)
        if replace {
            guard rename(tmp, path) == 0 else {
                let f = Failure(path: path, reason: "cannot rename (\(errnoText()))")
                unlink(tmp)
                throw f
            }
        } else {
            // link refuses an existing name.
            let linked = link(tmp, path) == 0
            let e = errno
            unlink(tmp)
            if !linked {
                if e == EEXIST { return false }
                throw Failure(path: path, reason: "cannot link (\(String(cString: strerror(e))))")
            }
        }
        try syncFolder(of: path)
        return true
    }

    public static func remove(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw Failure(path: path, reason: "cannot remove (\(errnoText()))") }
        try syncFolder(of: path)
    }

    static func syncFolder(of path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let dfd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_CLOEXEC)
        guard dfd >= 0 else { throw Failure(path: dir, reason: "cannot open folder (\(errnoText()))") }
        defer { close(dfd) }
        guard fsync(dfd) == 0 else { throw Failure(path: dir, reason: "cannot sync folder (\(errnoText()))") }
    }
}
