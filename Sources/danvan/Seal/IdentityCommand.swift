import ArgumentParser
import DanVanCore
import DanVanSeal
import DanVanStore
import Foundation

/// `danvan identity [--public-key-file FILE]`: this folder's key for signing bundles.
struct IdentityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "identity",
        abstract: "Khóa nhận dạng của thư mục dữ liệu — this data folder's identity key.",
        discussion: """
            Every data folder has a key pair, made on first use and kept in the folder (mode 0600; \
            encrypted with the data when the folder has a passphrase). Bundles exported from the folder \
            are signed with it. Give the public key (the danvan-key:… line, or the file written by \
            --public-key-file) to the committee; they run `danvan trust add --org PATH KEY` and compare \
            the fingerprint with you by phone.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Also write the public key to FILE (to hand to the committee).", valueName: "FILE"))
    var publicKeyFile: String?

    func run() throws {
        let lang = global.language, vi = lang == .vi
        let folder = global.dataFolder
        let key = try FolderKeys.unlock(global, command: "identity")
        if !FileManager.default.fileExists(atPath: folder) {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) } catch {
                throw ExchangeIO.fail("identity", (vi ? "không tạo được \(folder): " : "cannot create \(folder): ") + error.localizedDescription)
            }
        }
        let id: PublicIdentity
        do { id = try IdentityFile.loadOrCreate(folder: folder, key: key).publicIdentity } catch {
            throw ExchangeIO.fail("identity", sealMessage(error, lang), ExitStatus.damaged)
        }
        print(vi ? "Mã nhận dạng (đọc qua điện thoại): \(id.fingerprint)" : "Fingerprint (read it over the phone): \(id.fingerprint)")
        print(vi ? "Khóa công khai: \(id.text)" : "Public key: \(id.text)")
        if let publicKeyFile {
            // A public key: readable by others (0644), written as every file for people is.
            do { _ = try OutputFile.write(Array((id.text + "\n").utf8), to: publicKeyFile, mode: 0o644) } catch let e as OutputError {
                throw ExchangeIO.fail("identity", e.message(lang))
            }
            ExchangeIO.note(vi ? "Đã ghi khóa công khai vào \(publicKeyFile)." : "Wrote the public key to \(publicKeyFile).")
        }
    }
}
