import DanVanCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes an exported document (meeting minutes) so that the file is either the old one or
/// the whole new one: a temporary file beside it, fsync, then link (no overwrite) or rename
/// (overwrite), then fsync of the directory.
enum FileExport {
    struct Failure: LocalizedFailure {
        var path: String
        var reason: String
        func message(_ lang: Lang) -> String {
            lang == .vi ? "Không ghi được \(path): \(reason)" : "Could not write \(path): \(reason)"
        }
    }

    /// The absolute path written, or nil when the file exists and `overwrite` is false.
    static func write(_ contents: String, to path: String, overwrite: Bool) throws -> String? {
        try write(bytes: Array(contents.utf8), to: path, overwrite: overwrite)
    }

    static func write(bytes: [UInt8], to path: String, overwrite: Bool) throws -> String? {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let target = url.standardizedFileURL.path
        let dir = (target as NSString).deletingLastPathComponent
        func fail(_ what: String) -> Failure { Failure(path: target, reason: "\(what) (\(String(cString: strerror(errno))))") }
        if !overwrite, FileManager.default.fileExists(atPath: target) { return nil }
        let tmp = dir + "/." + (target as NSString).lastPathComponent + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw fail("open") }
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = fail("write")
                close(fd)
                unlink(tmp)
                throw e
            }
            done += n
        }
        guard fsync(fd) == 0 else {
            let e = fail("fsync")
            close(fd)
            unlink(tmp)
            throw e
        }
        close(fd)
        if overwrite {
            guard rename(tmp, target) == 0 else {
                let e = fail("rename")
                unlink(tmp)
                throw e
            }
        } else {
            // link refuses an existing name, so a file created meanwhile is never replaced.
            if link(tmp, target) != 0 {
                let exists = errno == EEXIST
                let e = fail("link")
                unlink(tmp)
                if exists { return nil }
                throw e
            }
            unlink(tmp)
        }
        let dfd = open(dir, O_RDONLY)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
        return target
    }
}
