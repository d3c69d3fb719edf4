import ArgumentParser
import DanVanCore
import DanVanSeal
import DanVanStore
import Foundation

/// `danvan passphrase set|change|remove`: encryption of the data folder at rest.
struct PassphraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passphrase",
        abstract: "Mật khẩu mã hóa thư mục dữ liệu — the data folder's passphrase (encryption at rest).",
        discussion: """
            set: encrypts the folder (snapshot and every log record, AES-256-GCM under a random key \
            that the passphrase unlocks). change: a new passphrase; only the small key file is rewritten. \
            remove: writes the data back in the clear. The passphrase is asked twice on the terminal and \
            never shown; scripts give --passphrase-file (the current one) and --new-passphrase-file \
            (mode 0600). A forgotten passphrase cannot be recovered: keep it safe. \
            Exit status: 0 done, 1 refused, 2 damaged, 3 folder in use, 4 wrong passphrase.
            """,
        subcommands: [Set.self, Change.self, Remove.self])

    struct NewPassphrase: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp("Read the new passphrase from FILE (mode 0600) instead of asking twice.", valueName: "FILE"))
        var newPassphraseFile: String?
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Đặt mật khẩu, mã hóa thư mục — set a passphrase and encrypt the folder.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var new: NewPassphrase

        func run() throws {
            let lang = global.language, vi = lang == .vi
            let folder = global.dataFolder
            if KeyFile.isEncrypted(folder) {
                throw ExchangeIO.fail("passphrase set", vi ? "thư mục dữ liệu \(folder) đã có mật khẩu; dùng `danvan passphrase change` để đổi."
                                                           : "the data folder \(folder) already has a passphrase; use `danvan passphrase change`.")
            }
            ProcessGuard.keepSecretsOutOfCoreDumps()
            let store: Store
            do { store = try Store.open(folder) } catch { throw storeExit(error, lang) }
            defer { store.close() }
            let secret = try PassphraseCommand.newPassphrase(new, command: "passphrase set", lang: lang)
            defer { secret.wipe() }
            do { try FolderPassphrase.set(store, to: secret) } catch { throw PassphraseCommand.fail("passphrase set", error, lang) }
            print(vi ? "Đã mã hóa thư mục dữ liệu \(folder). Từ nay cần mật khẩu để mở; quên mật khẩu là mất dữ liệu — hãy cất giữ cẩn thận."
                     : "The data folder \(folder) is now encrypted. It opens only with the passphrase; a forgotten passphrase loses the data — keep it safe.")
        }
    }

    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Đổi mật khẩu — change the passphrase (rewrites only the key file).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var new: NewPassphrase

        func run() throws {
            let lang = global.language, vi = lang == .vi
            let folder = global.dataFolder
            let key = try PassphraseCommand.unlockEncrypted(global, command: "passphrase change")
            let lock: FolderLock
            do { lock = try Store.lockFolder(folder) } catch { throw storeExit(error, lang) }
            defer { lock.release() }
            let secret = try PassphraseCommand.newPassphrase(new, command: "passphrase change", lang: lang)
            defer { secret.wipe() }
            do { try FolderPassphrase.change(folder: folder, key: key, to: secret) } catch {
                throw PassphraseCommand.fail("passphrase change", error, lang)
            }
            print(vi ? "Đã đổi mật khẩu của \(folder)." : "The passphrase of \(folder) is changed.")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Bỏ mật khẩu, ghi lại dữ liệu không mã hóa — remove the passphrase and decrypt the folder.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let lang = global.language, vi = lang == .vi
            let folder = global.dataFolder
            let key = try PassphraseCommand.unlockEncrypted(global, command: "passphrase remove")
            let store: Store
            do { store = try Store.open(folder, key: key) } catch { throw storeExit(error, lang) }
            defer { store.close() }
            do { try FolderPassphrase.remove(store, key: key) } catch { throw PassphraseCommand.fail("passphrase remove", error, lang) }
            print(vi ? "Đã bỏ mật khẩu: dữ liệu trong \(folder) không còn được mã hóa." : "Passphrase removed: the data in \(folder) is no longer encrypted.")
        }
    }

    /// The new passphrase: from a file, or asked twice on the terminal (the two must match).
    static func newPassphrase(_ new: NewPassphrase, command: String, lang: Lang) throws -> SecretBuffer {
        let vi = lang == .vi
        let secret: SecretBuffer
        if let path = new.newPassphraseFile {
            secret = try FolderKeys.passphrase(file: path, command: command, lang: lang)
        } else {
            do {
                guard let a = try PassphrasePrompt.ask(vi ? "Mật khẩu mới: " : "New passphrase: ") else {
                    throw ExchangeIO.fail(command, vi ? "đã hủy; không thay đổi gì." : "cancelled; nothing changed.")
                }
                guard let b = try PassphrasePrompt.ask(vi ? "Nhập lại mật khẩu mới: " : "New passphrase again: ") else {
                    throw ExchangeIO.fail(command, vi ? "đã hủy; không thay đổi gì." : "cancelled; nothing changed.")
                }
                defer { b.wipe() }
                guard a.equals(b) else {
                    a.wipe()
                    throw ExchangeIO.fail(command, vi ? "hai lần nhập không khớp; không thay đổi gì." : "the two entries differ; nothing changed.")
                }
                secret = a
            } catch let e as PassphrasePrompt.Failure {
                _ = e
                throw ExchangeIO.fail(command, vi ? "cần một terminal để hỏi mật khẩu, hoặc --new-passphrase-file TỆP"
                                                  : "needs a terminal to ask for the passphrase, or --new-passphrase-file FILE")
            }
        }
        do { try FolderPassphrase.check(secret) } catch {
            secret.wipe()
            throw fail(command, error, lang)
        }
        return secret
    }

    /// The data key of an encrypted folder, asked for; a folder without a passphrase is refused.
    static func unlockEncrypted(_ global: GlobalOptions, command: String) throws -> DataKey {
        guard let key = try FolderKeys.unlock(global, command: command) else {
            throw notEncrypted(command, global.dataFolder, global.language)
        }
        return key
    }

    static func notEncrypted(_ command: String, _ folder: String, _ lang: Lang) -> ExitCode {
        ExchangeIO.fail(command, lang == .vi ? "thư mục dữ liệu \(folder) chưa có mật khẩu; dùng `danvan passphrase set`."
                                             : "the data folder \(folder) has no passphrase; use `danvan passphrase set`.")
    }

    static func fail(_ command: String, _ error: Error, _ lang: Lang) -> ExitCode {
        if let e = error as? ExitCode { return e }
        if let e = error as? StoreError { return storeExit(e, lang) }
        if let r = error as? FolderPassphrase.Refusal { return ExchangeIO.fail(command, r.message(lang)) }
        if let f = error as? SecretFile.Failure { return ExchangeIO.fail(command, f.description) }
        return ExchangeIO.fail(command, sealMessage(error, lang))
    }
}
