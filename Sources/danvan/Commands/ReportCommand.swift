import ArgumentParser
import DanVanCore
import DanVanExchange
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
            Formats: text (default), md, csv (UTF-8 with BOM), json, html (one printable page), \
            xlsx (a workbook, one sheet per section), docx (a Word document in the Party's layout, \
            Hướng dẫn 36-HD/VPTW, with highlighted placeholders to fill in); both also chosen by the -o name.
            Example: danvan report --org "Đảng bộ Quận Một / Chi bộ 3" --year 2025 --format html -o bc.html
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The unit: names from the top unit down, joined by \" / \" (default: the single top unit).")
    var org: String?

    @Option(name: .long, help: "The year reported (default: the current year).")
    var year: Int?

    @Option(name: .long, help: "text, md, csv, json, html, xlsx or docx.")
    var format: String = "text"

    @OptionGroup var out: OutputOptions

    func run() throws {
        let lang = global.language
        let vi = lang == .vi
        // xlsx and docx are bytes, not text: they go their own way below (also chosen by the -o name).
        let ext = out.file.map { ($0 as NSString).pathExtension.lowercased() } ?? ""
        let binary: String? = ["xlsx", "docx"].contains(format.lowercased()) ? format.lowercased()
            : (format == "text" && ["xlsx", "docx"].contains(ext) ? ext : nil)
        guard binary != nil || ReportFormat.parse(format) != nil else {
            throw fail(vi ? "định dạng “\(format)” không có; dùng text, md, csv, json, html, xlsx hoặc docx"
                          : "unknown format “\(format)”: use text, md, csv, json, html, xlsx or docx", ExitStatus.badInput)
        }
        if let binary, out.file == nil, isatty(1) != 0 {
            throw fail(vi ? "tệp .\(binary) là dữ liệu nhị phân; hãy dùng -o TỆP.\(binary)" : "a .\(binary) file is binary; use -o FILE.\(binary)", ExitStatus.badInput)
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
        let report = Report.build(state: state, org: target, year: y)
        let bytes: [UInt8]
        if let binary {
            do {
                bytes = binary == "xlsx" ? try ReportWorkbook.make(report, lang: lang) : try ReportDocument.make(report, state: state, lang: lang)
            } catch {
                throw fail((vi ? "không tạo được tệp .\(binary): " : "cannot make the .\(binary) file: ") + "\(error)", ExitStatus.badInput)
            }
        } else {
            let text = report.render(ReportFormat.parse(format)!, lang)
            // On standard output (a terminal, often) no text from the records may move the cursor.
            bytes = Array((out.file == nil ? VietText.escapingControls(text, keepLineBreaks: true) : text).utf8)
        }
        // Atomic: a reader never sees half a report, and a failed write leaves the old file.
        do {
            if let written = try out.write(bytes, command: "report", lang: lang) {
                let where_ = state.path(of: target)
                FileHandle.standardError.write(Data((vi ? "Đã ghi báo cáo năm \(y) của \(where_) vào \(written.described(lang)).\n"
                                                         : "Wrote the \(y) report of \(where_) to \(written.described(lang)).\n").utf8))
            }
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
