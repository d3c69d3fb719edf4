import ArgumentParser

// Placeholder until its owner fills it in.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export")
    @OptionGroup var global: GlobalOptions
    func run() throws { throw ValidationError("not built yet") }
}
