import ArgumentParser

/// The `danvan` command. With no subcommand it opens the full-screen application.
@main
struct DanVan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "danvan",
        abstract: "Phân công đảng viên làm công tác dân vận — mass-mobilization assignments for party cells.",
        subcommands: [
            OpenCommand.self, DemoCommand.self, ImportCommand.self, ExportCommand.self, ReportCommand.self,
            CheckCommand.self, CompactCommand.self, LogCommand.self, TortureCommand.self,
        ],
        defaultSubcommand: OpenCommand.self)
}
