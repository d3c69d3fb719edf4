import Foundation
import Testing
@testable import DanVanStore

/// The one writer of files for people, on the in-memory twin: failures leave no temporary,
/// modes are 0600 unless asked, a file is never replaced when told not to.
@Suite struct OutputFileTests {
    @Test func aFailedWriteLeavesTheOldFileAndNoTemporary() throws {
        for fault in [MemoryFileSystem.Fault.write, .sync, .rename] {
            let fs = MemoryFileSystem()
            try fs.createDirectory("/out")
            try OutputFile.write(Array("old".utf8), to: "/out/m.csv", fs: fs)
            fs.fail(fault, onCall: 1)
            #expect(throws: OutputError.self) { try OutputFile.write(Array("new and longer".utf8), to: "/out/m.csv", fs: fs) }
            #expect(fs.contents("/out/m.csv") == Array("old".utf8), "\(fault)")
            #expect(try fs.list("/out") == ["m.csv"], "\(fault): a temporary was left")
        }
    }

    @Test func modesAndReplace() throws {
        let fs = MemoryFileSystem()
        try fs.createDirectory("/out")
        let w = try OutputFile.write(Array("a".utf8), to: "/out/r.html", fs: fs)
        #expect(w?.mode == 0o600 && fs.mode("/out/r.html") == 0o600 && w?.bytes == 1)
        try OutputFile.write(Array("b".utf8), to: "/out/r.html", mode: 0o640, fs: fs)
        #expect(fs.mode("/out/r.html") == 0o640)
        try OutputFile.write(Array("c".utf8), to: "/out/r.html", fs: fs)
        #expect(fs.mode("/out/r.html") == 0o600, "0640 & 0600")
        #expect(try OutputFile.write(Array("d".utf8), to: "/out/r.html", replace: false, fs: fs) == nil)
        #expect(fs.contents("/out/r.html") == Array("c".utf8))
        #expect(try fs.list("/out") == ["r.html"])
        #expect(throws: OutputError.isFolder("/out")) { try OutputFile.write([], to: "/out", fs: fs) }
    }

    @Test func staleTemporariesOfDeadProcessesAreRemoved() throws {
        let fs = MemoryFileSystem()
        try fs.createDirectory("/out")
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        fs.setContents("/out/.m.csv.\(gone.processIdentifier).danvan-tmp", Array("leaked copy".utf8))
        fs.setContents("/out/.other.csv.\(gone.processIdentifier).danvan-tmp", Array("not ours".utf8))
        fs.setContents("/out/.m.csv.1.danvan-tmp", Array("pid 1 is alive".utf8))
        try OutputFile.write(Array("x".utf8), to: "/out/m.csv", fs: fs)
        #expect(try fs.list("/out").sorted() == [".m.csv.1.danvan-tmp", ".other.csv.\(gone.processIdentifier).danvan-tmp", "m.csv"])
    }

    @Test func modesAreReadAsPeopleWriteThem() {
        #expect(OutputFile.parseMode("600") == 0o600)
        #expect(OutputFile.parseMode("0640") == 0o640)
        #expect(OutputFile.parseMode("0o644") == 0o644)
        for bad in ["", "8", "999", "rw", "01777", "-1"] { #expect(OutputFile.parseMode(bad) == nil, "\(bad)") }
    }
}
