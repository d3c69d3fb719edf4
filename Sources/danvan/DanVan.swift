import ArgumentParser
import Foundation

/// The `danvan` command. With no subcommand it opens the full-screen application.
@main
struct DanVan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "danvan",
        abstract: "Phân công đảng viên làm công tác dân vận — mass-mobilization assignments for party cells.",
        subcommands: [
            OpenCommand.self, DemoCommand.self, ImportCommand.self, ExportCommand.self, ReportCommand.self,
            CheckCommand.self, CompactCommand.self, LogCommand.self, TortureCommand.self,
            PassphraseCommand.self, IdentityCommand.self, TrustCommand.self,
        ],
        defaultSubcommand: OpenCommand.self)

    /// As `ParsableCommand.main()`, except that a usage error exits with 1 (argument-parser
    /// uses 64): danvan's codes are 0 ok, 1 bad input or usage, 2 damaged data, 3 locked, 4 wrong passphrase.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(1)
            }
            exit(withError: error)
        }
    }
}
