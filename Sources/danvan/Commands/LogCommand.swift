import ArgumentParser
import DanVanCore
import DanVanSeal
import DanVanStore
import Foundation

/// `danvan log [--limit N]`: the audit trail — who changed what, when.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Nhật ký thay đổi — the audit trail of changes since the last snapshot.",
        discussion: "Opens the data read-only, so it runs beside an open editor.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "How many of the latest changes to show.")
    var limit: Int = 50

    func run() throws {
        let lang = global.language
        let vi = lang == .vi
        guard limit > 0 else {
            printError(vi ? "--limit phải là số dương, không phải \(limit)" : "--limit must be a positive number, not \(limit)")
            throw ExitCode(ExitStatus.badInput)
        }
        let entries: [AuditEntry]
        let (store, _) = try SealedFolder.open(global, readOnly: true, command: "log")
        do {
            entries = try store.auditTrail(limit: limit, lang: lang)
        } catch {
            throw storeExit(error, lang)
        }
        if entries.isEmpty {
            print(vi ? "Không có thay đổi nào trong nhật ký kể từ ảnh chụp gần nhất (số thứ tự \(store.snapshotSeq))."
                     : "No changes in the log since the last snapshot (seq \(store.snapshotSeq)).")
            return
        }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = .current
        f.dateFormat = vi ? "dd/MM/yyyy HH:mm:ss" : "yyyy-MM-dd HH:mm:ss"
        let seqWidth = String(entries.last!.seq).count
        for e in entries {
            let when = f.string(from: Date(timeIntervalSince1970: Double(e.op.time) / 1000))
            let seq = String(repeating: " ", count: seqWidth - String(e.seq).count) + String(e.seq)
            // Names stored before control characters were refused are printed escaped, never raw.
            print(VietText.escapingControls("\(seq)  \(when)  \(e.op.author)  \(e.summary)"))
        }
    }
}
