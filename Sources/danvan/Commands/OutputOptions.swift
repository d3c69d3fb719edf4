import ArgumentParser
import DanVanCore
import DanVanStore
import Foundation

/// `-o FILE` and `--mode` for every command that writes a file for people (export, report).
/// `-o -` (or no `-o`) is standard output. Files go through `OutputFile`: atomic, 0600 unless
/// `--mode` says otherwise, through symlinks, straight into devices and FIFOs.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: "Write to FILE (\"-\": standard output, the default).")
    var output: String?

    @Option(name: .long, help: "Permissions of a new file, in octal (default 600: only you can read it).")
    var mode: String?

    func validate() throws {
        if let mode, OutputFile.parseMode(mode) == nil {
            throw ValidationError("--mode \(mode): give octal permissions such as 600 or 640")
        }
        if output == "", output != nil { throw ValidationError("-o needs a file name (or - for standard output)") }
    }

    /// The file to write, nil for standard output.
    var file: String? { output == "-" ? nil : output }

    /// Writes `bytes` to the file or standard output; returns what was written to a file.
    func write(_ bytes: [UInt8], command: String, lang: Lang) throws -> OutputFile.Written? {
        guard let file else {
            FileHandle.standardOutput.write(Data(bytes))
            return nil
        }
        do {
            return try OutputFile.write(bytes, to: file, mode: mode.flatMap(OutputFile.parseMode))
        } catch let e as OutputError {
            throw ExchangeIO.fail(command, e.message(lang))
        }
    }
}

extension OutputFile.Written {
    /// "members.csv (12.345 bytes, mode 600)" for summaries.
    func described(_ lang: Lang) -> String {
        let vi = lang == .vi
        let size = vi ? "\(bytes) byte" : "\(bytes) bytes"
        guard let mode else { return "\(path) (\(size))" }
        let m = String(mode, radix: 8)
        return vi ? "\(path) (\(size), quyền \(m))" : "\(path) (\(size), mode \(m))"
    }
}
