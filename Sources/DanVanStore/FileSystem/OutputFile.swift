import DanVanCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one writer of files for people: exports, reports, minutes, bundles, backups.
///
/// - A regular file (or a new name) is replaced atomically: a temporary file beside it
///   (mode 0600, named `.NAME.PID.danvan-tmp`), written, fsynced, renamed over the name, and
///   the folder fsynced. A failure removes the temporary file; one left by a killed run is
///   removed by the next write to that name.
/// - The file is created 0600 unless `mode` says otherwise; rewriting an existing file keeps
///   its own mode when that is stricter (an 0400 file stays 0400).
/// - A symlink is written through: its target is replaced, the link stays.
/// - A character device or a FIFO is written straight into (no temporary, no rename): `-o`
///   at /dev/stdout or a pipe does what the shell would.
/// - A folder, a block device or a socket is refused.
public enum OutputFile {
    public static let defaultMode: UInt32 = 0o600

    public struct Written: Sendable {
        /// The path given (for messages) and the file actually written (after links).
        public var path: String, target: String
        public var bytes: Int
        /// nil for a device or FIFO.
        public var mode: UInt32?
    }

    /// Writes what `fill` appends to `path`. With `replace` false, an existing file is left
    /// alone and nil is returned. `mode` nil: 0600 (or the existing file's stricter mode).
    @discardableResult
    public static func write(to path: String, mode: UInt32? = nil, replace: Bool = true,
                             fs: OutputFileSystem = PosixFileSystem(),
                             _ fill: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws -> Written? {
        let target: String
        do { target = try fs.resolvingLinks(path) } catch let e as IOFailure { throw OutputError.io(path, e.reason) }
        let status = fs.status(target)
        var count = 0
        switch status?.kind {
        case .directory?: throw OutputError.isFolder(path)
        case .blockDevice?: throw OutputError.blockDevice(path)
        case .socket?, .other?: throw OutputError.notAFile(path)
        case .fifo?, .characterDevice?:
            if !replace { return nil }
            let f: WritableFile
            do { f = try fs.openExisting(target) } catch let e as IOFailure { throw OutputError.io(path, e.reason) }
            defer { f.close() }
            do { try fill { try f.write($0); count += $0.count } } catch let e as IOFailure { throw OutputError.io(path, e.reason) }
            return Written(path: path, target: target, bytes: count, mode: nil)
        case .regular?, nil:
            if status != nil && !replace { return nil }
            // Never looser than the file it replaces, unless the person asked for a mode.
            let finalMode = mode ?? (status.map { $0.permissions & defaultMode } ?? defaultMode)
            removeStaleTemporaries(of: target, fs: fs)
            let tmp = temporaryName(of: target, pid: getpid())
            do {
                try? fs.remove(tmp)  // this process's own leftover, if any
                let place = { () throws -> Bool in
                    if replace { try fs.rename(tmp, target); return true }
                    return try fs.linkNew(tmp, target)  // never over a file made meanwhile
                }
                let placed = try fs.replaceAtomically(target, temporary: tmp, open: { try fs.createNew(tmp, mode: finalMode) },
                                                      reserving: 0, place: place) { append in
                    try withoutActuallyEscaping(append) { append in
                        try fill { try append($0); count += $0.count }
                    }
                    return []
                }
                if !replace { try? fs.remove(tmp) }
                if !placed { return nil }
            } catch let e as IOFailure {
                throw OutputError.io(path, e.reason)
            }
            return Written(path: path, target: target, bytes: count, mode: finalMode)
        }
    }

    /// Bytes at once.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, mode: UInt32? = nil, replace: Bool = true,
                             fs: OutputFileSystem = PosixFileSystem()) throws -> Written? {
        try write(to: path, mode: mode, replace: replace, fs: fs) { append in try append(bytes) }
    }

    static let temporarySuffix = ".danvan-tmp"

    /// `.NAME.PID.danvan-tmp` beside the file: hidden, and naming the process that made it.
    static func temporaryName(of target: String, pid: Int32) -> String {
        let folder = parentFolder(of: target)
        let prefix = target.contains("/") ? (folder == "/" ? "/" : folder + "/") : ""
        return prefix + "." + fileName(of: target) + ".\(pid)" + temporarySuffix
    }

    /// Removes temporaries of `target` left by processes that are gone (killed mid-write).
    static func removeStaleTemporaries(of target: String, fs: OutputFileSystem) {
        let folder = target.contains("/") ? parentFolder(of: target) : "."
        let stem = "." + fileName(of: target) + "."
        guard let names = try? fs.list(folder) else { return }
        for n in names where n.hasPrefix(stem) && n.hasSuffix(temporarySuffix) {
            let pidText = n.dropFirst(stem.count).dropLast(temporarySuffix.count)
            guard let pid = Int32(pidText), pid > 0 else { continue }
            if pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH { continue }
            try? fs.remove(folder == "." ? n : (folder == "/" ? "/" : folder + "/") + n)
        }
    }

    /// Reads a mode as people write it: "600", "0640", "0o644".
    public static func parseMode(_ text: String) -> UInt32? {
        var t = Substring(text)
        if t.hasPrefix("0o") { t = t.dropFirst(2) }
        guard !t.isEmpty, t.count <= 4, t.allSatisfy({ ("0"..."7").contains($0) }), let v = UInt32(t, radix: 8), v <= 0o777 else { return nil }
        return v
    }
}

/// Why a file for people could not be written, in both languages.
public enum OutputError: Error, Equatable, Sendable {
    case isFolder(String), blockDevice(String), notAFile(String)
    case io(String, String)

    public func message(_ lang: Lang) -> String {
        let vi = lang == .vi
        switch self {
        case .isFolder(let p): return vi ? "\(p) là một thư mục; hãy đặt tên tệp" : "\(p) is a folder; give a file name"
        case .blockDevice(let p): return vi ? "\(p) là một ổ đĩa; không ghi đè lên đó" : "\(p) is a disk device; refusing to write over it"
        case .notAFile(let p): return vi ? "\(p) không phải tệp thường" : "\(p) is not a regular file"
        case .io(let p, let reason): return vi ? "không ghi được \(p): \(reason)" : "cannot write \(p): \(reason)"
        }
    }
}
