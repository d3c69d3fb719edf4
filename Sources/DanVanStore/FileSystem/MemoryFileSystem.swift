import Foundation

/// An in-memory file system that remembers what has been synced, so a test can pull the
/// plug: `crash()` keeps only synced bytes and only folder entries whose folder was synced
/// (the model of LevelDB's fault-injection env). It also fails the Nth write, sync or
/// rename on request, or crashes at the Nth call that changes anything.
public final class MemoryFileSystem: FileSystem, @unchecked Sendable {
    public enum Fault: Hashable, Sendable { case write, sync, rename }

    /// Files only grow by appends (a truncate syncs at once), so what a crash leaves is
    /// the prefix that was synced.
    final class Inode {
        var data: [UInt8] = []
        var synced = 0
    }

    private let mutex = NSLock()
    private var live: [String: Inode] = [:]
    /// Folder entries as of each folder's last sync.
    private var durable: [String: Inode] = [:]
    private var dirs: Set<String> = ["/"]
    private var locks: [String: String] = [:]
    private var specials: [String: FileKind] = [:]
    private var lostLocks: Set<String> = []
    private var calls: [Fault: Int] = [:]
    private var failAt: [Fault: Int] = [:]
    private var mutations = 0
    private var crashAt: Int?
    private var crashKeep: (Int) -> Int = { _ in 0 }
    private var syncs = 0
    /// Makes every file sync take this long (to test that commits share syncs).
    public var syncDelay: Double = 0
    private var dead = false
    private var generation = 0
    /// Reported by `networkFileSystem`, to test the warning.
    public var networkName: String?

    public init() {}

    // MARK: Fault control

    /// Makes the `n`th next call of that kind (1 = the very next) fail. A failing write
    /// leaves half its bytes behind (unsynced); a failing sync loses the unsynced bytes, as
    /// Linux does when writeback fails; a failing rename changes nothing.
    public func fail(_ fault: Fault, onCall n: Int) {
        locked { failAt[fault] = (calls[fault] ?? 0) + n }
    }

    /// Cancels the failures asked for and not yet made.
    public func clearFaults() { locked { failAt.removeAll() } }

    /// Crashes (see `crash()`) when the `n`th next call that changes anything is made; that
    /// call and every later one fail until `restart()`.
    /// `keep` is as for `crash(keep:)`.
    public func crash(atMutation n: Int, keep: @escaping (Int) -> Int = { _ in 0 }) {
        locked {
            crashAt = mutations + n
            crashKeep = keep
        }
    }

    /// How many file syncs have succeeded.
    public var syncCount: Int { locked { syncs } }

    /// How many calls that change anything have been made so far.
    public var mutationCount: Int { locked { mutations } }

    /// Power cut: unsynced bytes and unsynced folder entries are lost, open files and
    /// locks are gone. `keep` says how many of a file's unsynced appended bytes survive
    /// anyway (a torn write); by default none.
    public func crash(keep: (Int) -> Int = { _ in 0 }) { locked { crashLocked(keep: keep) } }

    /// After a scheduled crash: the machine is back up.
    public func restart() { locked { dead = false; crashAt = nil } }

    /// Flips or cuts files directly, for damage tests (durable immediately).
    public func setContents(_ path: String, _ bytes: [UInt8]) {
        locked {
            let node = live[path] ?? Inode()
            node.data = bytes
            node.synced = bytes.count
            live[path] = node
            durable[path] = node
        }
    }

    public func contents(_ path: String) -> [UInt8]? { locked { live[path]?.data } }

    private func crashLocked(keep: (Int) -> Int) {
        var survivors: [String: Inode] = [:]
        for (path, node) in durable {
            let unsynced = node.data.count - node.synced
            let k = min(max(0, keep(unsynced)), unsynced)
            node.data.removeLast(unsynced - k)
            node.synced = node.data.count
            survivors[path] = node
        }
        live = survivors
        locks.removeAll()
        generation += 1
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        mutex.lock()
        defer { mutex.unlock() }
        return try body()
    }

    /// Counts a call that changes something, crashing if scheduled.
    private func mutation(_ what: String, _ path: String) throws {
        if dead { throw IOFailure(what, path, "simulated crash") }
        mutations += 1
        if let c = crashAt, mutations >= c {
            crashLocked(keep: crashKeep)
            dead = true
            throw IOFailure(what, path, "simulated crash")
        }
    }

    private func shouldFail(_ fault: Fault) -> Bool {
        let n = (calls[fault] ?? 0) + 1
        calls[fault] = n
        if failAt[fault] == n {
            failAt[fault] = nil
            return true
        }
        return false
    }

    // MARK: FileSystem

    public func createDirectory(_ path: String) throws {
        try locked {
            try mutation("mkdir", path)
            var p = path
            while !p.isEmpty, p != "/", p != "." {
                dirs.insert(p)
                p = parentFolder(of: p)
            }
        }
    }

    public func fileExists(_ path: String) -> Bool { locked { live[path] != nil } }
    public func directoryExists(_ path: String) -> Bool { locked { dirs.contains(path) } }
    public func kind(_ path: String) -> FileKind? {
        locked { live[path] != nil ? (specials[path] ?? .regular) : (dirs.contains(path) ? .directory : nil) }
    }

    /// Marks `path` (a file) as something else (a FIFO, a link…): reading or opening it then
    /// fails as the real system's guarded opens do.
    public func setKind(_ path: String, _ kind: FileKind) {
        locked {
            if live[path] == nil { live[path] = Inode(); durable[path] = live[path] }
            specials[path] = kind
        }
    }

    /// The folder a writer locked is moved away behind its back: its lock reports `lost()`.
    public func loseLock(_ folder: String) { locked { lostLocks.insert(folder) } }
    /// A lock is lost when its folder was "moved" (`loseLock`) or the machine crashed since.
    fileprivate func isLost(_ folder: String, generation g: Int) -> Bool { locked { lostLocks.contains(folder) || g != generation } }

    public func list(_ dir: String) throws -> [String] {
        try locked {
            guard dirs.contains(dir) else { throw IOFailure("opendir", dir, "No such file or directory") }
            return live.keys.filter { parentFolder(of: $0) == dir }.map { fileName(of: $0) }.sorted()
        }
    }

    public func read(_ path: String) throws -> [UInt8] {
        try locked {
            guard let node = live[path] else { throw IOFailure("open", path, "No such file or directory") }
            if let k = specials[path] { throw IOFailure("open", path, k.name(.en) + ", not a regular file") }
            return node.data
        }
    }

    public func create(_ path: String) throws -> WritableFile {
        try locked {
            try mutation("create", path)
            guard dirs.contains(parentFolder(of: path)) else { throw IOFailure("create", path, "No such file or directory") }
            if let k = specials[path] { throw IOFailure("create", path, k.name(.en) + ", not a regular file") }
            let node = Inode()
            live[path] = node
            return MemoryFile(fs: self, node: node, path: path, generation: generation)
        }
    }

    public func openAppend(_ path: String) throws -> WritableFile {
        try locked {
            guard let node = live[path] else { throw IOFailure("open", path, "No such file or directory") }
            if let k = specials[path] { throw IOFailure("open", path, k.name(.en) + ", not a regular file") }
            return MemoryFile(fs: self, node: node, path: path, generation: generation)
        }
    }

    public func rename(_ from: String, _ to: String) throws {
        try locked {
            try mutation("rename", from)
            if shouldFail(.rename) { throw IOFailure("rename", from, "Input/output error (injected)") }
            guard let node = live.removeValue(forKey: from) else { throw IOFailure("rename", from, "No such file or directory") }
            live[to] = node
            specials[to] = specials.removeValue(forKey: from)
        }
    }

    public func remove(_ path: String) throws {
        try locked {
            try mutation("unlink", path)
            live[path] = nil
            specials[path] = nil
        }
    }

    public func truncate(_ path: String, to length: Int) throws {
        try locked {
            try mutation("ftruncate", path)
            guard let node = live[path] else { throw IOFailure("open", path, "No such file or directory") }
            if shouldFail(.write) { throw IOFailure("ftruncate", path, "Input/output error (injected)") }
            if length < node.data.count { node.data.removeLast(node.data.count - length) }
            node.synced = min(node.synced, node.data.count)
            if shouldFail(.sync) { throw IOFailure("fsync", path, "Input/output error (injected)") }
            node.synced = node.data.count
        }
    }

    public func syncDirectory(_ path: String) throws {
        try locked {
            try mutation("fsync", path)
            if shouldFail(.sync) { throw IOFailure("fsync", path, "Input/output error (injected)") }
            for k in durable.keys where parentFolder(of: k) == path && live[k] == nil { durable[k] = nil }
            for (k, v) in live where parentFolder(of: k) == path { durable[k] = v }
        }
    }

    public func lock(folder: String, info: String) throws -> FolderLock {
        try locked {
            guard dirs.contains(folder) else { throw IOFailure("open", folder, "No such file or directory") }
            if let holder = locks[folder] { throw StoreError.locked(holder: holder) }
            locks[folder] = info
            lostLocks.remove(folder)
            return MemoryLock(fs: self, path: folder, generation: generation)
        }
    }

    public func networkFileSystem(_ path: String) -> String? { locked { networkName } }

    // MARK: Handles

    fileprivate func write(_ node: Inode, _ path: String, _ bytes: [UInt8], generation g: Int) throws {
        try locked {
            guard g == generation else { throw IOFailure("write", path, "Bad file descriptor (after crash)") }
            try mutation("write", path)
            if shouldFail(.write) {
                node.data.append(contentsOf: bytes.prefix(bytes.count / 2))
                throw IOFailure("write", path, "Input/output error (injected)")
            }
            node.data.append(contentsOf: bytes)
        }
    }

    fileprivate func write(_ node: Inode, _ path: String, _ bytes: [UInt8], at offset: Int, generation g: Int) throws {
        try locked {
            guard g == generation else { throw IOFailure("write", path, "Bad file descriptor (after crash)") }
            try mutation("write", path)
            let n = shouldFail(.write) ? bytes.count / 2 : bytes.count
            if node.data.count < offset + n { node.data += [UInt8](repeating: 0, count: offset + n - node.data.count) }
            node.data.replaceSubrange(offset..<(offset + n), with: bytes.prefix(n))
            // Bytes changed below the synced mark are not durable any more: a crash keeps the
            // synced prefix only up to them (and may keep some of what follows, as ever).
            node.synced = min(node.synced, offset)
            if n < bytes.count { throw IOFailure("write", path, "Input/output error (injected)") }
        }
    }

    fileprivate func sync(_ node: Inode, _ path: String, generation g: Int) throws {
        if syncDelay > 0 { Thread.sleep(forTimeInterval: syncDelay) }
        try locked {
            guard g == generation else { throw IOFailure("fdatasync", path, "Bad file descriptor (after crash)") }
            try mutation("fdatasync", path)
            if shouldFail(.sync) {
                node.data.removeLast(node.data.count - node.synced)
                throw IOFailure("fdatasync", path, "Input/output error (injected)")
            }
            node.synced = node.data.count
            syncs += 1
        }
    }

    fileprivate func unlock(_ path: String, generation g: Int) {
        locked { if g == generation { locks[path] = nil } }
    }
}

private final class MemoryFile: WritableFile {
    let fs: MemoryFileSystem
    let node: MemoryFileSystem.Inode
    let path: String
    let generation: Int
    init(fs: MemoryFileSystem, node: MemoryFileSystem.Inode, path: String, generation: Int) {
        self.fs = fs
        self.node = node
        self.path = path
        self.generation = generation
    }
    func write(_ bytes: [UInt8]) throws { try fs.write(node, path, bytes, generation: generation) }
    func write(_ bytes: [UInt8], at offset: Int) throws { try fs.write(node, path, bytes, at: offset, generation: generation) }
    func sync() throws { try fs.sync(node, path, generation: generation) }
    func close() {}
}

private final class MemoryLock: FolderLock {
    let fs: MemoryFileSystem
    let path: String
    let generation: Int
    var held = true
    init(fs: MemoryFileSystem, path: String, generation: Int) {
        self.fs = fs
        self.path = path
        self.generation = generation
    }
    func release() {
        if held { fs.unlock(path, generation: generation) }
        held = false
    }
    func lost() -> Bool { fs.isLost(path, generation: generation) }
}
