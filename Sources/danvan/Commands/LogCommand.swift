import ArgumentParser

// Placeholder until its owner fills it in.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log")
    @OptionGroup var global: GlobalOptions
    func run() throws { throw ValidationError("not built yet") }
}
