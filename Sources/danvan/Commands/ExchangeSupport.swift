import ArgumentParser
import DanVanCore
import Foundation

/// File and terminal plumbing shared by `demo`, `import` and `export`.
enum ExchangeIO {
    /// Prints "danvan <command>: message" on stderr and gives the exit code.
    static func fail(_ command: String, _ message: String, _ status: Int32 = ExitStatus.badInput) -> ExitCode {
        FileHandle.standardError.write(Data("danvan \(command): \(VietText.escapingControls(message, keepLineBreaks: true))\n".utf8))
        return ExitCode(status)
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((VietText.escapingControls(message, keepLineBreaks: true) + "\n").utf8))
    }

    static func readFile(_ path: String, command: String, lang: Lang) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw fail(command, lang == .vi ? (exists ? "không đọc được tệp \(path)" : "không có tệp \(path)")
                                            : (exists ? "cannot read \(path)" : "no such file: \(path)"))
        }
        return [UInt8](data)
    }

    static var stderrIsTerminal: Bool { isatty(2) != 0 }
}

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
final class ProgressBar {
    private let label: String
    private let enabled: Bool
    private var lastPercent = -1

    init(label: String, enabled: Bool = ExchangeIO.stderrIsTerminal) {
        self.label = label
        self.enabled = enabled
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        guard percent != lastPercent else { return }
        lastPercent = percent
        let width = 30, filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)% (\(done)/\(total))".utf8))
    }

    func finish() {
        guard enabled, lastPercent >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
