import ArgumentParser
import DanVanCore
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Data folder (default: $DANVAN_DATA, else $XDG_DATA_HOME/danvan, else ~/.local/share/danvan).")
    var data: String?

    @Option(name: .long, help: "Language of messages and reports: vi or en (default: from the locale).")
    var lang: Lang?

    @Option(name: .long, help: ArgumentHelp("Read the passphrase of an encrypted data folder from FILE (mode 0600) instead of asking (default: $DANVAN_PASSPHRASE_FILE).", valueName: "FILE"))
    var passphraseFile: String?

    /// The passphrase file this run uses, if any.
    var passphraseFilePath: String? {
        if let passphraseFile { return passphraseFile }
        let env = ProcessInfo.processInfo.environment["DANVAN_PASSPHRASE_FILE"]
        return env?.isEmpty == false ? env : nil
    }

    /// The data folder this run uses.
    var dataFolder: String {
        if let data { return data }
        let env = ProcessInfo.processInfo.environment
        if let d = env["DANVAN_DATA"], !d.isEmpty { return d }
        if let x = env["XDG_DATA_HOME"], !x.isEmpty { return x + "/danvan" }
        return (env["HOME"] ?? NSHomeDirectory()) + "/.local/share/danvan"
    }

    var language: Lang { lang ?? Lang.fromEnvironment(ProcessInfo.processInfo.environment) }
}

extension Lang: ExpressibleByArgument {}

/// Exit codes shared by every command.
enum ExitStatus {
    static let ok: Int32 = 0
    static let badInput: Int32 = 1
    static let damaged: Int32 = 2
    static let locked: Int32 = 3
    static let wrongPassphrase: Int32 = 4
}
