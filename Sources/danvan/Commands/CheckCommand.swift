import ArgumentParser

// Placeholder until its owner fills it in.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check")
    @OptionGroup var global: GlobalOptions
    func run() throws { throw ValidationError("not built yet") }
}
