import ArgumentParser
import DanVanCore
import DanVanSeal
import DanVanStore
import Foundation

/// `danvan report`: the yearly mass-mobilization report of one unit, read-only.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Báo cáo công tác dân vận của một đơn vị — the yearly report of a unit.",
        discussion: """
            Counts the unit's whole subtree: assigned and self-registered members (also per child \
            unit), target groups, places, evaluations, outstanding non-members, "Dân vận khéo" models \
            and cell meetings. Opens the data read-only, so it runs beside an open editor.
            Formats: text (default), md, csv (UTF-8 with BOM), json, html (one printable page).
            Example: danvan report --org "Đảng bộ Quận Một / Chi bộ 3" --year 2025 --format html -o bc.html
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The unit: names from the top unit down, joined by \" / \" (default: the single top unit).")
    var org: String?

    @Option(name: .long, help: "The year reported (default: the current year).")
    var year: Int?

    @Option(name: .long, help: "text, md, csv, json or html.")
    var format: String = "text"

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write to FILE instead of standard output.")
    var output: String?

    func run() throws {
        let lang = global.language
        let vi = lang == .vi
        guard let fmt = ReportFormat.parse(format) else {
            throw fail(vi ? "định dạng “\(format)” không có; dùng text, md, csv, json hoặc html"
                          : "unknown format “\(format)”: use text, md, csv, json or html", ExitStatus.badInput)
        }
        let y = year ?? Day.today().year
        guard (1900...9999).contains(y) else {
            throw fail(vi ? "năm \(y) không hợp lệ (1900–9999)" : "--year \(y) is not a valid year (1900–9999)", ExitStatus.badInput)
        }
        let state: State
        let key = try FolderKeys.unlock(global, command: "report")
        do {
            state = try ReportCommand.openReadOnly(global.dataFolder, key: key)
        } catch {
            let detail = (error as? StoreError)?.message(lang) ?? "\(error)"
            throw fail((vi ? "không mở được dữ liệu ở \(global.dataFolder): " : "cannot open the data at \(global.dataFolder): ")
                       + detail, ReportCommand.exitStatus(for: error))
        }
        let target: OrgID
        switch ReportTarget.resolve(org, in: state) {
        case .success(let id): target = id
        case .failure(let f): throw fail(f.message(lang), ExitStatus.badInput)
        }
        let text = Report.build(state: state, org: target, year: y).render(fmt, lang)
        if let output {
            do {
                // Atomic: a reader never sees half a report, and a failed write leaves the old file.
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw fail((vi ? "không ghi được \(output): " : "cannot write \(output): ") + error.localizedDescription,
                           ExitStatus.badInput)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// Opens the data folder without taking the writer's lock.
    static func openReadOnly(_ folder: String, key: DataKey?) throws -> State {
        let store = try Store.open(folder, readOnly: true, key: key)
        defer { store.close() }
        return store.state
    }

    /// Exit status for a failure to open the data: damaged (or too new) 2, a held lock 3, else 1.
    static func exitStatus(for error: Error) -> Int32 {
        guard let e = error as? StoreError else { return ExitStatus.badInput }
        if e.isDamage { return ExitStatus.damaged }
        switch e {
        case .newerVersion: return ExitStatus.damaged
        case .locked: return ExitStatus.locked
        default: return ExitStatus.badInput
        }
    }

    private func fail(_ message: String, _ status: Int32) -> ExitCode {
        FileHandle.standardError.write(Data("danvan report: \(message)\n".utf8))
        return ExitCode(status)
    }
}
