import ArgumentParser

// Placeholder until its owner fills it in.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report")
    @OptionGroup var global: GlobalOptions
    func run() throws { throw ValidationError("not built yet") }
}
