import ArgumentParser
import DanVanCore
import DanVanExchange
import DanVanStore
import Foundation

/// `danvan export members|assignments|minutes [--org PATH] [-o FILE]` and
/// `danvan export bundle --org PATH -o FILE`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Xuất đảng viên, phân công, biên bản hoặc gói dữ liệu — export members, assignments, minutes or a bundle.",
        discussion: """
            CSV files are UTF-8 with a BOM and CRLF (Excel opens them as they are), with Vietnamese \
            headers under --lang vi and English ones otherwise; `danvan import` reads them back unchanged. \
            minutes: the meetings of the subtree (date, cell, kind, present/total, absent members and \
            why, notes, decisions). bundle: the subtree with everything under it, as JSON, for \
            `danvan import bundle` elsewhere, signed with this folder's key (see `danvan identity`); \
            with --to it is also encrypted to the receiver's key, so only that folder can read it. \
            Opens the data read-only.
            """)

    enum What: String, ExpressibleByArgument, CaseIterable { case members, assignments, minutes, bundle }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "members, assignments, minutes or bundle.")
    var what: What

    @Option(name: .long, help: "The unit: names from the top down, joined by \" / \" (default: everything).")
    var org: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write to FILE instead of standard output.")
    var output: String?

    @Option(name: .long, help: ArgumentHelp("bundle: encrypt to this key — a key file, a danvan-key:… key, or the fingerprint of a trusted key.",
                                            valueName: "FINGERPRINT|FILE"))
    var to: String?

    func validate() throws {
        if what == .bundle && org == nil { throw ValidationError("`export bundle` needs --org PATH") }
        if to != nil && what != .bundle { throw ValidationError("--to only goes with `export bundle`") }
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
        switch what {
        case .members: bytes = TableExport.members(state, under: root, lang: lang)
        case .assignments: bytes = TableExport.assignments(state, under: root, lang: lang)
        case .minutes: bytes = TableExport.minutes(state, under: root, lang: lang)
        case .bundle:
            let bundle = OrgBundle(state: state, root: root!)
            if bundle.droppedReferences > 0 {
                ExchangeIO.note(vi ? "Lưu ý: bỏ \(bundle.droppedReferences) tham chiếu tới đảng viên ngoài “\(bundle.rootPath)” (điểm danh, người giới thiệu, chủ mô hình)."
                                   : "Note: left out \(bundle.droppedReferences) references to members outside “\(bundle.rootPath)” (attendance, introducers, model owners).")
            }
            bytes = try BundleSealing.seal(bundle.encode(), folder: global.dataFolder, key: key, to: to, lang: lang)
        }
        try ExchangeIO.write(bytes, to: output, command: "export", lang: lang)
        if let output { ExchangeIO.note(vi ? "Đã ghi \(output)." : "Wrote \(output).") }
    }
}
