import DanVanSeal
/// Which names in a data folder are danvan's own, so that a folder holding anything else
/// (a home folder, `/`) is never taken for a data folder, and `demo --force` moves aside only
/// danvan's files.
public enum DataFolder {
    /// The legacy lock file (the lock itself is on the folder; the file says who holds it).
    static let lockFile = "lock"

    public static func isOwn(_ name: String) -> Bool {
        name == lockFile || name == Manifest.fileName || name == Settings.fileName || FolderSecrets.isOwn(name)
            || LogFormat.isSegmentName(name) || SnapshotFile.isName(name)
            || name.hasSuffix(".broken") || (name.hasSuffix(".tmp") && isOwn(String(name.dropLast(4))))
    }

    /// The names in `names` that are not danvan's.
    public static func foreign(_ names: [String]) -> [String] { names.filter { !isOwn($0) } }
}
