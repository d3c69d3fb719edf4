import ArgumentParser

// Placeholder until its owner fills it in.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open")
    @OptionGroup var global: GlobalOptions
    func run() throws { throw ValidationError("not built yet") }
}
