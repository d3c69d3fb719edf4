import ArgumentParser

// Placeholder until its owner fills it in.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo")
    @OptionGroup var global: GlobalOptions
    func run() throws { throw ValidationError("not built yet") }
}
