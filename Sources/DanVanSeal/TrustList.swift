import Foundation

/// Which keys this folder takes bundles from, and for which subtrees (`danvan trust`), with
/// the newest bundle counter taken from each key per subtree (to refuse replays). Kept in the
/// folder's `trust` file, sealed like the identity in an encrypted folder; changed only by a
/// process holding the folder's lock.
public struct TrustList: Codable, Equatable, Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        /// `danvan-key:…` text of the key.
        public var key: String
        /// Paths ("A / B / C") of the subtrees this key may send; a bundle for a path at or
        /// under one of them is taken.
        public var orgs: [String]
        /// Root path of a taken bundle → its counter.
        public var seen: [String: UInt64]

        public var identity: PublicIdentity? { try? PublicIdentity(text: key) }
        public var fingerprint: String { identity?.fingerprint ?? "?" }
    }

    public var keys: [Entry] = []

    public init() {}

    static let file = ProtectedFile(name: "trust", magic: Array("DANVANTR".utf8), version: 1)

    public static func load(folder: String, key: DataKey?, files: any SecretFiles = SecretFile.disk) throws -> TrustList {
        guard let bytes = try file.load(folder: folder, key: key, files: files) else { return TrustList() }
        do { return try JSONDecoder().decode(TrustList.self, from: Data(bytes)) } catch {
            throw SealError.damaged(file.name, "unreadable list: \(error)")
        }
    }

    public func save(folder: String, key: DataKey?, files: any SecretFiles = SecretFile.disk) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        try TrustList.file.save(Array(try enc.encode(self)), folder: folder, key: key, files: files)
    }

    public func entry(for id: PublicIdentity) -> Entry? { keys.first { $0.identity == id } }

    /// The key whose fingerprint is `fingerprint` (as typed).
    public func entry(fingerprint: String) -> Entry? {
        guard let f = Fingerprint.normalized(fingerprint) else { return nil }
        return keys.first { $0.fingerprint == f }
    }

    /// Adds `org` to what `id` may send (adding the key if new). False when already there.
    @discardableResult
    public mutating func trust(_ id: PublicIdentity, org: String) -> Bool {
        let org = TrustList.normalize(org)
        if let i = keys.firstIndex(where: { $0.identity == id }) {
            guard !keys[i].orgs.contains(org) else { return false }
            keys[i].orgs.append(org)
            return true
        }
        keys.append(Entry(key: id.text, orgs: [org], seen: [:]))
        return true
    }

    /// Removes the key (every subtree), or only `org` from it. False when nothing matched.
    @discardableResult
    public mutating func remove(_ id: PublicIdentity, org: String?) -> Bool {
        guard let i = keys.firstIndex(where: { $0.identity == id }) else { return false }
        guard let org else {
            keys.remove(at: i)
            return true
        }
        let o = TrustList.normalize(org)
        guard let j = keys[i].orgs.firstIndex(of: o) else { return false }
        keys[i].orgs.remove(at: j)
        if keys[i].orgs.isEmpty { keys.remove(at: i) }
        return true
    }

    /// Whether `entry` may send a bundle rooted at `path`: it is one of its subtrees or under one.
    public static func covers(_ entry: Entry, path: String) -> Bool { entry.orgs.contains { isAtOrUnder(path, $0) } }

    /// `path` is `org` or a unit under it.
    public static func isAtOrUnder(_ path: String, _ org: String) -> Bool {
        let p = parts(path), q = parts(org)
        return q.count <= p.count && Array(p.prefix(q.count)) == q
    }

    /// Names in a path, blanks around " / " ignored, in Unicode NFC form.
    static func parts(_ path: String) -> [String] {
        path.precomposedStringWithCanonicalMapping.split(separator: "/")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func normalize(_ path: String) -> String { parts(path).joined(separator: " / ") }
}

/// The counter of the last bundle this folder signed (file `signed`, sealed like the
/// identity), so that every bundle it signs carries a larger one than the last.
public enum SignCounter {
    static let file = ProtectedFile(name: "signed", magic: Array("DANVANSC".utf8), version: 1)

    /// Takes the next counter and records it: the clock in milliseconds, never less than the
    /// last one plus one (a clock set back does not make new bundles look old).
    public static func next(folder: String, key: DataKey?, now: Date = Date()) throws -> UInt64 {
        var last: UInt64 = 0
        if let b = try file.load(folder: folder, key: key) {
            var r = ByteReader(b)
            guard let v = r.le(UInt64.self), r.remaining == 0 else { throw SealError.damaged(file.name, "not a counter") }
            last = v
        }
        let ms = UInt64(max(0, (now.timeIntervalSince1970 * 1000).rounded()))
        let next = max(ms, last + 1)
        var out: [UInt8] = []
        out.appendLE(next)
        try file.save(out, folder: folder, key: key)
        return next
    }
}
