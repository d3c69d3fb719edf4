import Foundation

/// How a read-only window notices that the writer committed: the names, sizes and change
/// times of the folder's files (the lock and the settings aside) differ from last time.
enum FolderFollow {
    static func stamp(_ folder: String) -> String {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return "" }
        var parts: [String] = []
        for name in names.sorted() where name != "lock" && !name.hasPrefix("settings") {
            let attrs = try? fm.attributesOfItem(atPath: folder + "/" + name)
            let size = (attrs?[.size] as? NSNumber)?.int64Value ?? -1
            let time = (attrs?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            parts.append("\(name):\(size):\(time)")
        }
        return parts.joined(separator: "|")
    }
}
