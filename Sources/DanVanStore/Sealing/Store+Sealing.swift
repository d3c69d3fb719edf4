import DanVanSeal

extension Store {
    /// In an encrypted folder, snapshot and log files the manifest no longer names are
    /// removed at open: they are what a checkpoint stopped by a crash had not yet removed
    /// (its step 4), their records are all in the named files, and one of them may be an
    /// unencrypted copy from before `passphrase set`. Called with the folder locked.
    func removeUnreferencedFiles() {
        let m = cond.withLock { manifest }
        guard let names = try? fs.list(folder) else { return }
        let named = Set(m.segments.map(\.name) + [m.snapshot?.name].compactMap { $0 })
        var removed = false
        for n in names where (SnapshotFile.isName(n) || LogFormat.isSegmentName(n)) && !named.contains(n) {
            removed = (try? fs.remove(path(n))) != nil || removed
        }
        if removed { try? fs.syncDirectory(folder) }
    }
}
