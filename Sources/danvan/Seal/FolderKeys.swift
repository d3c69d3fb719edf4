import ArgumentParser
import DanVanCore
import DanVanSeal
import DanVanStore
import Foundation

/// The data key of an encrypted folder, from the passphrase: a file given for scripts, or
/// the terminal (three tries). Every refusal is said here and thrown as its exit code:
/// 4 wrong passphrase, 2 a damaged key file, 1 no way to ask.
enum FolderKeys {
    /// nil when the folder is not encrypted.
    static func unlock(_ global: GlobalOptions, command: String, tries: Int = 3) throws -> DataKey? {
        let lang = global.language, vi = lang == .vi
        let folder = global.dataFolder
        // Not a folder (a file, a FIFO, nothing): no key to ask for; what opens it says what is wrong.
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        let file: KeyFile
        do {
            guard let f = try KeyFile.load(folder: folder) else { return nil }
            file = f
        } catch { throw fail(command, sealMessage(error, lang), ExitStatus.damaged) }
        ProcessGuard.keepSecretsOutOfCoreDumps()
        if let path = global.passphraseFilePath {
            let secret = try passphrase(file: path, command: command, lang: lang)
            defer { secret.wipe() }
            do { return try file.unwrap(passphrase: secret) } catch { throw wrong(command, lang, detail: path) }
        }
        for attempt in 1...tries {
            let secret: SecretBuffer?
            do {
                secret = try PassphrasePrompt.ask(vi ? "Mật khẩu thư mục dữ liệu \(folder): " : "Passphrase of the data folder \(folder): ")
            } catch {
                throw fail(command, vi ? "thư mục dữ liệu \(folder) đã mã hóa; cần mật khẩu: chạy trên một terminal, hoặc dùng --passphrase-file TỆP / DANVAN_PASSPHRASE_FILE"
                                       : "the data folder \(folder) is encrypted and needs its passphrase: run on a terminal, or give --passphrase-file FILE / DANVAN_PASSPHRASE_FILE")
            }
            guard let secret else { throw fail(command, vi ? "đã hủy." : "cancelled.") }
            defer { secret.wipe() }
            if let key = try? file.unwrap(passphrase: secret) { return key }
            if attempt < tries { ExchangeIO.note(vi ? "Sai mật khẩu, thử lại." : "Wrong passphrase, try again.") }
        }
        throw wrong(command, lang, detail: nil)
    }

    static func passphrase(file path: String, command: String, lang: Lang) throws -> SecretBuffer {
        do { return try PassphrasePrompt.read(file: path, lang: lang) } catch {
            if case .file(let m) = error { throw fail(command, m) }
            throw fail(command, "\(error)")
        }
    }

    static func wrong(_ command: String, _ lang: Lang, detail: String?) -> ExitCode {
        let from = detail.map { lang == .vi ? " (từ \($0))" : " (from \($0))" } ?? ""
        return fail(command, lang == .vi ? "sai mật khẩu\(from); không mở, không ghi gì." : "wrong passphrase\(from); nothing opened or written.",
                    ExitStatus.wrongPassphrase)
    }

    static func fail(_ command: String, _ message: String, _ status: Int32 = ExitStatus.badInput) -> ExitCode {
        ExchangeIO.fail(command, message, status)
    }
}

/// The user's words for a `SealError` (said by the library, shared with the application).
func sealMessage(_ e: Error, _ lang: Lang) -> String {
    (e as? SealError)?.message(lang) ?? "\(e)"
}
