import DanVanCore
import DanVanStore
import Foundation

/// The application's file exports (meeting minutes) go through the one writer of files for
/// people, `OutputFile`: atomic, 0600, through symlinks, straight into devices and FIFOs.
enum FileExport {
    /// The absolute path written, or nil when the file exists and `overwrite` is false.
    static func write(bytes: [UInt8], to path: String, overwrite: Bool) throws -> String? {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let target = url.standardizedFileURL.path
        guard try OutputFile.write(bytes, to: target, replace: overwrite) != nil else { return nil }
        return target
    }
}

extension OutputError: LocalizedFailure {}
