import Foundation
import Testing
@testable import DanVanStore

/// Overwriting in place (the snapshot header is filled in last) on both file systems, and
/// the streamed atomic write that uses it.
@Suite struct FileWriteTests {
    func tempFolder() throws -> String {
        let dir = NSTemporaryDirectory() + "danvan-filewrite-\(UUID().uuidString)"
        try PosixFileSystem().createDirectory(dir)
        return dir
    }

    func overwriteAndAppend(_ fs: FileSystem, folder: String) throws {
        let p = folder + "/f"
        let f = try fs.create(p)
        try f.write(Array("0123456789".utf8))
        try f.write(Array("abc".utf8), at: 2)
        try f.write(Array("XY".utf8))  // appends after the end, not after the overwrite
        let big = (0..<(PosixFile.writebackPiece + 17)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try f.write(big)  // big pieces are also sent on to the disk early
        try f.sync()
        f.close()
        #expect(try fs.read(p) == Array("01abc56789XY".utf8) + big)
    }

    @Test func overwriteOnDisk() throws {
        let dir = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try overwriteAndAppend(PosixFileSystem(), folder: dir)
    }

    @Test func overwriteInMemory() throws {
        let fs = MemoryFileSystem()
        try fs.createDirectory("/d")
        try overwriteAndAppend(fs, folder: "/d")
    }

    @Test func streamedAtomicWriteFillsTheHeadLast() throws {
        let fs = MemoryFileSystem()
        try fs.createDirectory("/d")
        try fs.writeAtomically(to: "/d/out", reserving: 4) { append in
            try append(Array("body".utf8))
            try append(Array("-more".utf8))
            return Array("HEAD".utf8)
        }
        #expect(fs.contents("/d/out") == Array("HEADbody-more".utf8))
        #expect(!fs.fileExists("/d/out.tmp"))
        // A crash before the sync leaves the old name untouched.
        try fs.writeAtomically([Array("old".utf8)], to: "/d/keep")
        fs.crash(atMutation: 3)  // create, reserved head, then the body write
        #expect(throws: IOFailure.self) {
            try fs.writeAtomically(to: "/d/keep", reserving: 1) { append in
                try append(Array("new".utf8))
                return [0x21]
            }
        }
        fs.restart()
        #expect(fs.contents("/d/keep") == Array("old".utf8))
    }
}
