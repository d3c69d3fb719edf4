import ArgumentParser
import DanVanCore
import DanVanExchange
import DanVanSeal
import DanVanStore
import Foundation

extension DemoScale: ExpressibleByArgument {}

/// `danvan demo --scale cell|district|city [--seed N] [--force]`: fills the data folder with
/// realistic, reproducible demo records.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Tạo dữ liệu mẫu — fill the data folder with demo records.",
        discussion: """
            cell: one grassroots cell of ~25 members; district: a district committee with ~30 grassroots \
            organizations, ~160 cells and ~2,900 members; city: 24 districts, ~370,000 members. The same \
            --seed gives the same records. A folder that already holds records is refused unless --force, \
            which moves danvan's own files of the folder (manifest, log, snapshots) aside to FOLDER.replaced-<time>, touching nothing else (nothing is deleted), and says what it held.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "cell, district or city.")
    var scale: DemoScale = .district

    @Option(name: .long, help: "Seed of the generator (the same seed gives the same data).")
    var seed: UInt64 = 1

    @Flag(name: .long, help: "Replace the records already in the data folder (the old folder is kept beside it).")
    var force = false

    func run() throws {
        let lang = global.language, vi = lang == .vi
        let folder = global.dataFolder
        var store = try SealedFolder.open(global, command: "demo").0
        if !store.isEmpty {
            let old = store.state
            let held = DemoCommand.describe(old, lang)
            guard force else {
                store.close()
                throw ExchangeIO.fail("demo", vi
                    ? "thư mục dữ liệu \(folder) đã có \(held); không ghi đè. Dùng --force để thay (dữ liệu cũ được giữ lại trong một thư mục bên cạnh)."
                    : "the data folder \(folder) already holds \(held); nothing written. Use --force to replace it (the old data is kept in a folder beside it).")
            }
            store.close()
            // The store has no "replace everything": danvan's own files (manifest, log,
            // snapshots, set-aside records) move aside into a new folder; nothing else in the
            // folder is touched. The manifest goes first, so a stop half way leaves data files
            // without a manifest, which every open refuses, never a mix of old and new.
            let backup = folder + ".replaced-" + DemoCommand.stamp()
            do {
                try FileManager.default.createDirectory(atPath: backup, withIntermediateDirectories: false,
                                                        attributes: [.posixPermissions: 0o700])
                let own = try FileManager.default.contentsOfDirectory(atPath: folder)
                    .filter { DataFolder.isOwn($0) && $0 != "lock" && $0 != Settings.fileName }
                    .sorted { a, _ in a == "MANIFEST" }
                for name in own { try FileManager.default.moveItem(atPath: folder + "/" + name, toPath: backup + "/" + name) }
            } catch {
                throw ExchangeIO.fail("demo", (vi ? "không chuyển được dữ liệu cũ sang \(backup): " : "cannot move the old data to \(backup): ")
                                      + error.localizedDescription)
            }
            ExchangeIO.note(vi ? "Thay dữ liệu cũ (\(held)); bản cũ được giữ tại \(backup)."
                               : "Replacing the old data (\(held)); it is kept in \(backup).")
            // The new data starts unencrypted: the old key file went aside with the old data.
            do { store = try Store.open(folder, fileSystem: PosixFileSystem(), besideOtherFiles: true) } catch { throw storeExit(error, lang) }
        }
        defer { store.close() }
        let started = Date()
        let state = Demo.generate(scale: scale, seed: seed)
        do { try store.seed(with: state) } catch { throw storeExit(error, lang) }
        let secs = String(format: "%.1f", Date().timeIntervalSince(started))
        print(vi ? "Đã tạo dữ liệu mẫu (\(scale.rawValue), seed \(seed)) trong \(folder): \(DemoCommand.describe(state, lang)) (\(secs) giây)."
                 : "Demo data (\(scale.rawValue), seed \(seed)) written to \(folder): \(DemoCommand.describe(state, lang)) (\(secs) s).")
    }

    static func describe(_ s: State, _ lang: Lang) -> String {
        let n = { NumberFormat.count($0, lang) }
        return lang == .vi
            ? "\(n(s.orgs.count)) tổ chức, \(n(s.members.count)) đảng viên, \(n(s.assignments.count)) phân công, \(n(s.persons.count)) quần chúng ưu tú, \(n(s.models.count)) mô hình, \(n(s.meetings.count)) buổi sinh hoạt"
            : "\(n(s.orgs.count)) nodes, \(n(s.members.count)) members, \(n(s.assignments.count)) assignments, \(n(s.persons.count)) outstanding non-members, \(n(s.models.count)) models, \(n(s.meetings.count)) meetings"
    }

    static func stamp(_ now: Date = Date()) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return f.string(from: now)
    }
}
