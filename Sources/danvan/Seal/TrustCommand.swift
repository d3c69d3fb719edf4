import ArgumentParser
import DanVanCore
import DanVanSeal
import DanVanStore
import Foundation

/// `danvan trust add|list|remove`: which keys may send bundles for which subtrees.
struct TrustCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust",
        abstract: "Khóa được tin cậy khi nhập gói dữ liệu — keys trusted for importing bundles.",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tin cậy một khóa cho một đơn vị và mọi đơn vị dưới nó — trust a key for a subtree.")
        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "The unit: names from the top down, joined by \" / \".")
        var org: String
        @Argument(help: "The key: a file holding it, or the danvan-key:… text itself.")
        var key: String

        func run() throws {
            let lang = global.language, vi = lang == .vi
            try TrustCommand.change(global, command: "trust add") { trust, dataKey in
                let id = try BundleSealing.resolveKey(key, folder: global.dataFolder, key: dataKey, lang: lang, command: "trust add")
                let added = trust.trust(id, org: org)
                print(added ? (vi ? "Đã tin cậy khóa \(id.fingerprint) cho “\(org)”. Hãy đối chiếu mã này với người gửi qua điện thoại."
                                  : "Trusted key \(id.fingerprint) for “\(org)”. Compare this fingerprint with the sender by phone.")
                            : (vi ? "Khóa \(id.fingerprint) đã được tin cậy cho “\(org)”." : "Key \(id.fingerprint) was already trusted for “\(org)”."))
                return added
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liệt kê khóa được tin cậy — list trusted keys.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let lang = global.language, vi = lang == .vi
            let dataKey = try FolderKeys.unlock(global, command: "trust list")
            let trust = try BundleSealing.loadTrust(folder: global.dataFolder, key: dataKey, command: "trust list", lang: lang)
            if trust.keys.isEmpty {
                print(vi ? "Chưa tin cậy khóa nào." : "No trusted keys.")
                return
            }
            for e in trust.keys {
                print(e.fingerprint + "  " + e.key)
                for o in e.orgs {
                    let last = e.seen.filter { TrustList.isAtOrUnder($0.key, o) }.values.max()
                    let when = last.map { vi ? " (gói mới nhất đã nhập: ký lúc \(BundleSealing.when($0)))" : " (newest bundle imported: signed \(BundleSealing.when($0)))" } ?? ""
                    print("    " + o + when)
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Thôi tin cậy một khóa (hoặc chỉ cho một đơn vị) — stop trusting a key (or only for one subtree).")
        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "Only this subtree (default: every one).")
        var org: String?
        @Argument(help: "The key: its fingerprint, a file holding it, or the danvan-key:… text.")
        var key: String

        func run() throws {
            let lang = global.language, vi = lang == .vi
            try TrustCommand.change(global, command: "trust remove") { trust, dataKey in
                let id = try BundleSealing.resolveKey(key, folder: global.dataFolder, key: dataKey, lang: lang, command: "trust remove")
                guard trust.remove(id, org: org) else {
                    throw ExchangeIO.fail("trust remove", vi ? "khóa \(id.fingerprint) không được tin cậy\(org.map { " cho “\($0)”" } ?? "")"
                                                             : "the key \(id.fingerprint) is not trusted\(org.map { " for “\($0)”" } ?? "")")
                }
                print(vi ? "Đã thôi tin cậy khóa \(id.fingerprint)\(org.map { " cho “\($0)”" } ?? "")."
                         : "No longer trusting \(id.fingerprint)\(org.map { " for “\($0)”" } ?? "").")
                return true
            }
        }
    }

    /// Loads, changes and saves the trust list holding the folder's lock (an import running
    /// at the same time would otherwise lose one of the two changes).
    static func change(_ global: GlobalOptions, command: String, _ body: (inout TrustList, DataKey?) throws -> Bool) throws {
        let lang = global.language
        let folder = global.dataFolder
        let dataKey = try FolderKeys.unlock(global, command: command)
        guard FileManager.default.fileExists(atPath: folder) else {
            throw ExchangeIO.fail(command, lang == .vi ? "không có thư mục dữ liệu \(folder)" : "no data folder \(folder)")
        }
        let lock: FolderLock
        do { lock = try Store.lockFolder(folder) } catch { throw storeExit(error, lang) }
        defer { lock.release() }
        var trust = try BundleSealing.loadTrust(folder: folder, key: dataKey, command: command, lang: lang)
        guard try body(&trust, dataKey) else { return }
        do { try trust.save(folder: folder, key: dataKey) } catch { throw ExchangeIO.fail(command, sealMessage(error, lang)) }
    }
}
