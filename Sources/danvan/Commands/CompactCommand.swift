import ArgumentParser
import DanVanCore
import DanVanSeal
import DanVanStore

/// `danvan compact`: checkpoint now — the whole state becomes the snapshot and the log starts afresh.
struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact",
        abstract: "Thu gọn nhật ký — write a snapshot now and start a fresh log.",
        discussion: "Exit status: 0 done, 2 damaged data, 3 the folder is in use by another process.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let lang = global.language
        let vi = lang == .vi
        let (store, _) = try SealedFolder.open(global, command: "compact")
        do {
            defer { store.close() }
            if let n = store.recoveryNotice(lang) { print(n) }
            let before = store.logSinceSnapshot
            try store.checkpoint()
            print(vi ? "Đã ghi ảnh chụp tới số thứ tự \(store.snapshotSeq) (\(before.records) bản ghi nhật ký, \(before.bytes) byte được thu gọn)."
                     : "Snapshot written up to seq \(store.snapshotSeq) (\(before.records) log records, \(before.bytes) bytes compacted).")
        } catch {
            throw storeExit(error, lang)
        }
    }
}
