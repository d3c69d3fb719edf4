import ArgumentParser

// Placeholder until its owner fills it in.
struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compact")
    @OptionGroup var global: GlobalOptions
    func run() throws { throw ValidationError("not built yet") }
}
