import ArgumentParser

// Placeholder until its owner fills it in.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import")
    @OptionGroup var global: GlobalOptions
    func run() throws { throw ValidationError("not built yet") }
}
