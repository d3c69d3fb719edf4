import ArgumentParser
import DanVanCore
import DanVanSeal
import DanVanStore
import Foundation

/// `danvan check [--repair] [--yes]`: explains the state of the data folder and, asked to,
/// cuts a damaged log back to its last good record after backing the folder up.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra thư mục dữ liệu — explain the state of the data folder.",
        discussion: """
            Shows the snapshot, each log segment (records, ops, a torn final write) and any damage \
            with its file, byte offset and reason. Reads without taking the writer's lock, so a \
            folder another danvan has open, or one on read-only media, can be checked. Exit status: \
            0 healthy (or usable with a warning, printed), 2 damaged or not a data folder, 3 in use \
            by another process (--repair only).
            --repair first copies the folder to a timestamped sibling, says exactly what will be \
            lost (every change recorded after the damage), asks (y/N) unless --yes, and only then cuts.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Cut a damaged log back to its last good record (after a backup).")
    var repair = false

    @Flag(name: .long, help: "With --repair: do not ask for confirmation.")
    var yes = false

    func run() throws {
        let lang = global.language
        let vi = lang == .vi
        if yes && !repair {
            printError(vi ? "--yes chỉ dùng cùng --repair" : "--yes only goes with --repair")
            throw ExitCode(ExitStatus.badInput)
        }
        let folder = global.dataFolder
        let fs = PosixFileSystem()
        // Looking takes no lock: a folder another danvan is writing is read beside it (the
        // read is repeated when a checkpoint moves files meanwhile), and read-only media work.
        // Only a repair holds the writer's lock.
        var lock: FolderLock?
        var holder: String?
        if repair && fs.directoryExists(folder) {
            do { lock = try Store.lockFolder(folder, fileSystem: fs) } catch { throw storeExit(error, lang) }
        } else if let h = fs.writer(of: folder) {
            holder = h.isEmpty ? (vi ? "một tiến trình khác" : "another process") : Store.describeHolder(h, lang)
        }
        defer { lock?.release() }

        let key = try FolderKeys.unlock(global, command: "check")
        let report = Inspection.inspect(folder, fileSystem: fs, key: key)
        if let holder {
            print(vi ? "Thư mục đang được mở để ghi bởi \(holder); chỉ đọc, không thay đổi gì."
                     : "The folder is open for writing by \(holder); reading only, changing nothing.")
        }
        report.lines(lang).forEach { print($0) }
        if let net = fs.networkFileSystem(folder), report.exists {
            print(vi ? "Cảnh báo: thư mục nằm trên hệ thống tệp mạng (\(net)); khoá và đồng bộ không đáng tin cậy."
                     : "Warning: the folder is on a network file system (\(net)); locks and syncs are not reliable.")
        }
        if report.healthy { return }
        if case .notAFolder? = report.damage { throw ExitCode(ExitStatus.damaged) }
        if case .notADataFolder? = report.damage { throw ExitCode(ExitStatus.damaged) }
        guard repair else {
            print(vi ? "Chạy `danvan check --repair` để sửa (cắt nhật ký về bản ghi tốt cuối cùng, có sao lưu trước)."
                     : "Run `danvan check --repair` to repair it (the log cut back to its last good record, after a backup).")
            throw ExitCode(ExitStatus.damaged)
        }
        let plan: RepairPlan
        do {
            guard let p = try Inspection.planRepair(folder, fileSystem: fs) else { return }
            plan = p
        } catch let r as RepairRefusal {
            printError(r.message(lang))
            throw ExitCode(ExitStatus.damaged)
        }
        let backup: String
        do { backup = try Inspection.backup(folder, fileSystem: fs) } catch { throw storeExit(error, lang) }
        print(vi ? "Đã sao lưu toàn bộ thư mục vào \(backup)." : "The whole folder was backed up to \(backup).")
        print(vi ? "Sửa sẽ làm mất: \(plan.loss(.vi))" : "Repairing loses: \(plan.loss(.en))")
        if !yes {
            print(vi ? "Tiếp tục? [c/K] " : "Continue? [y/N] ", terminator: "")
            fflush(nil)
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard ["y", "yes", "c", "có", "co"].contains(answer) else {
                print(vi ? "Không thay đổi gì." : "Nothing was changed.")
                throw ExitCode(ExitStatus.damaged)
            }
        }
        do { try Inspection.repair(plan, folder: folder, fileSystem: fs) } catch { throw storeExit(error, lang) }
        let after = Inspection.inspect(folder, fileSystem: fs, key: key)
        print(vi ? "Đã sửa. Tình trạng hiện nay:" : "Repaired. The folder now:")
        after.lines(lang).forEach { print($0) }
        if !after.healthy { throw ExitCode(ExitStatus.damaged) }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("danvan: " + message + "\n").utf8))
}

/// Prints why the store could not be used and gives the exit status: damaged data 2,
/// folder held by another process 3, anything else 1.
func storeExit(_ error: Error, _ lang: Lang) -> ExitCode {
    switch error {
    case let e as ExitCode:
        return e  // already told
    case let e as StoreError:
        printError(e.message(lang))
        if e.isDamage { return ExitCode(ExitStatus.damaged) }
        if case .locked = e { return ExitCode(ExitStatus.locked) }
        return ExitCode(ExitStatus.badInput)
    default:
        printError("\(error)")
        return ExitCode(ExitStatus.badInput)
    }
}
