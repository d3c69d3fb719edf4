/// Where the module's small files (key file, identity, trust list) are read and written:
/// the disk (`SecretFile.disk`), or a store's file system seam, so the application's work on
/// an open folder (and its tests on the in-memory file system) goes where the data goes.
public protocol SecretFiles: Sendable {
    /// nil when the file does not exist. Throws `SecretFile.Failure`.
    func read(_ path: String) throws -> [UInt8]?
    func exists(_ path: String) -> Bool
    /// Writes `path` whole (after a crash: the old content or the new). With `replace: false`
    /// an existing file is left as it is and the result is false.
    @discardableResult
    func write(_ bytes: [UInt8], to path: String, replace: Bool) throws -> Bool
    /// Removes `path` (absent is fine) and makes that durable.
    func remove(_ path: String) throws
}

extension SecretFile {
    /// The real disk, through `SecretFile`.
    public struct Disk: SecretFiles {
        public init() {}
        public func read(_ path: String) throws -> [UInt8]? { try SecretFile.read(path) }
        public func exists(_ path: String) -> Bool { SecretFile.exists(path) }
        public func write(_ bytes: [UInt8], to path: String, replace: Bool) throws -> Bool {
            try SecretFile.write(bytes, to: path, replace: replace)
        }
        public func remove(_ path: String) throws { try SecretFile.remove(path) }
    }

    public static let disk: any SecretFiles = Disk()
}
