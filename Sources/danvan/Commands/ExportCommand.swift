import ArgumentParser
import DanVanCore
import DanVanExchange
import DanVanStore
import Foundation

/// `danvan export members|assignments|minutes [--org PATH] [-o FILE] [--format csv|xlsx]` and
/// `danvan export bundle --org PATH -o FILE`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Xuất đảng viên, phân công, biên bản hoặc gói dữ liệu — export members, assignments, minutes or a bundle.",
        discussion: """
            CSV files are UTF-8 with a BOM and CRLF (Excel opens them as they are), with Vietnamese \
            headers under --lang vi and English ones otherwise; `danvan import` reads them back unchanged. \
            minutes: the meetings of the subtree (date, cell, kind, present/total, absent members and \
            why, notes, decisions); with -o FILE.docx, each meeting as a "Biên bản sinh hoạt chi bộ". bundle: the subtree \
            with everything under it, as JSON, for `danvan import bundle` elsewhere, signed with this folder's key (see \
            `danvan identity`); with --to it is also encrypted to the receiver's key, so only that folder can read it. \
            Opens the data read-only.
            """)

    enum What: String, ExpressibleByArgument, CaseIterable { case members, assignments, minutes, bundle }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "members, assignments, minutes or bundle.")
    var what: What

    @Option(name: .long, help: "The unit: names from the top down, joined by \" / \" (default: everything).")
    var org: String?

    @OptionGroup var out: OutputOptions

    @Option(name: .long, help: "csv or xlsx; docx for minutes (default: from the -o file's extension, else csv).")
    var format: String?

    @Option(name: .long, help: ArgumentHelp("bundle: encrypt to this key — a key file, a danvan-key:… key, or the fingerprint of a trusted key.",
                                            valueName: "FINGERPRINT|FILE"))
    var to: String?

    func validate() throws {
        if what == .bundle && org == nil { throw ValidationError("`export bundle` needs --org PATH") }
        if let format, !["csv", "xlsx", "docx"].contains(format.lowercased()) { throw ValidationError("--format \(format): use csv, xlsx or docx") }
        if what == .bundle && (workbook || document) { throw ValidationError("`export bundle` writes JSON") }
        if document && what != .minutes { throw ValidationError("--format docx goes with `export minutes`") }
        if to != nil && what != .bundle { throw ValidationError("--to only goes with `export bundle`") }
    }

    /// Minutes as a Word document: asked for, or implied by a .docx file name.
    var document: Bool {
        if let format { return format.lowercased() == "docx" }
        return out.file?.lowercased().hasSuffix(".docx") ?? false
    }

    /// An Excel workbook: asked for, or implied by a .xlsx file name.
    var workbook: Bool {
        if let format { return format.lowercased() == "xlsx" }
        return out.file?.lowercased().hasSuffix(".xlsx") ?? false
    }

    func run() throws {
        let lang = global.language, vi = lang == .vi
        let (store, key) = try SealedFolder.open(global, readOnly: true, command: "export")
        let state = store.state
        store.close()
        // A mistyped --data must not give an empty export that looks like one.
        guard store.hasData else { throw storeExit(StoreError.noData(folder: global.dataFolder), lang) }
        var root: OrgID?
        if let org {
            guard let id = state.org(atPath: org) else {
                throw ExchangeIO.fail("export", vi ? "không tìm thấy “\(org)”" : "no node “\(org)”")
            }
            root = id
        }
        let bytes: [UInt8]
        let count: String
        switch what {
        case .members:
            bytes = workbook ? try xlsx { try SheetExport.members(state, under: root, lang: lang) } : TableExport.members(state, under: root, lang: lang)
            count = workbook ? (vi ? "danh sách đảng viên" : "the member list")
                : vi ? "\(Self.records(bytes) - 1) đảng viên" : "\(Self.records(bytes) - 1) members"
        case .assignments:
            bytes = workbook ? try xlsx { try SheetExport.assignments(state, under: root, lang: lang) } : TableExport.assignments(state, under: root, lang: lang)
            count = workbook ? (vi ? "sổ phân công" : "the assignment book")
                : vi ? "\(Self.records(bytes) - 1) dòng phân công" : "\(Self.records(bytes) - 1) assignment rows"
        case .minutes:
            bytes = document ? try xlsx { try MinutesDocument.make(state, under: root) }
                : workbook ? try xlsx { try SheetExport.minutes(state, under: root, lang: lang) } : TableExport.minutes(state, under: root, lang: lang)
            count = document || workbook ? (vi ? "biên bản sinh hoạt" : "the meeting minutes")
                : vi ? "\(Self.records(bytes) - 1) buổi sinh hoạt" : "\(Self.records(bytes) - 1) meetings"
        case .bundle:
            let bundle = OrgBundle(state: state, root: root!)
            if bundle.droppedReferences > 0 {
                ExchangeIO.note(vi ? "Lưu ý: bỏ \(bundle.droppedReferences) tham chiếu tới đảng viên ngoài “\(bundle.rootPath)” (điểm danh, người giới thiệu, chủ mô hình)."
                                   : "Note: left out \(bundle.droppedReferences) references to members outside “\(bundle.rootPath)” (attendance, introducers, model owners).")
            }
            bytes = try BundleSealing.seal(bundle.encode(), folder: global.dataFolder, key: key, to: to, lang: lang)
            let t = bundle.tables
            count = vi ? "\(t.orgs.count) tổ chức, \(t.members.count) đảng viên, \(t.assignments.count) phân công, \(t.meetings.count) buổi sinh hoạt"
                       : "\(t.orgs.count) nodes, \(t.members.count) members, \(t.assignments.count) assignments, \(t.meetings.count) meetings"
        }
        if (workbook || document) && out.file == nil && isatty(1) != 0 {
            throw ExchangeIO.fail("export", vi ? "tệp .xlsx/.docx là dữ liệu nhị phân; hãy dùng -o TỆP" : "an .xlsx or .docx file is binary; use -o FILE")
        }
        if let written = try out.write(bytes, command: "export", lang: lang) {
            ExchangeIO.note(vi ? "Đã ghi \(count) vào \(written.described(lang))." : "Wrote \(count) to \(written.described(lang)).")
        }
    }

    /// CSV records in `bytes` (header included): CRLFs outside quotes.
    static func records(_ bytes: [UInt8]) -> Int {
        var n = 0, quoted = false, prev: UInt8 = 0
        for b in bytes {
            if b == 0x22 { quoted.toggle() } else if b == 0x0A && prev == 0x0D && !quoted { n += 1 }
            prev = b
        }
        return n
    }

    private func xlsx(_ make: () throws -> [UInt8]) throws -> [UInt8] {
        do { return try make() } catch {
            throw ExchangeIO.fail("export", (global.language == .vi ? "không tạo được sổ tính: " : "cannot make the workbook: ") + "\(error)")
        }
    }
}
