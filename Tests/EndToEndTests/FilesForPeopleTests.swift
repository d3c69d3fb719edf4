import Foundation
import Testing

/// Files written for people (`-o`), `--theme` at a FIFO and a hijacking bundle, through the
/// real binary. Device nodes and FIFOs are made inside a temporary folder, never a system path.
@Suite(.serialized, .disabled(if: DanVanBinary.missing, "build danvan first: swift build --product danvan"))
struct FilesForPeopleTests {
    /// Runs danvan under `umask 000`, so the modes seen are the program's own choice.
    private func run(_ args: [String], umask: String = "000", timeout: Double = 60) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "umask \(umask); exec \"$0\" \"$@\"", DanVanBinary.path!] + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let killer = DispatchWorkItem { if p.isRunning { kill(p.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        killer.cancel()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    private func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? -1
    }

    private func demoFolder(_ name: String) throws -> (data: String, dir: String) {
        let dir = tempFolder(name)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let r = try run(["demo", "--scale", "cell", "--seed", "5", "--data", dir + "/data"])
        #expect(r.status == 0, "\(r.err)")
        return (dir + "/data", dir)
    }

    private func temporaries(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".danvan-tmp") }
    }

    /// Finding 17: 0600 under umask 000; a re-export keeps a stricter mode; --mode is obeyed.
    @Test func exportsAreCreated0600AndNeverLoosened() throws {
        let (data, dir) = try demoFolder("modes")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for what in ["members", "assignments", "minutes"] {
            let r = try run(["export", what, "--data", data, "-o", "\(dir)/\(what).csv", "--lang", "en"])
            #expect(r.status == 0, "\(r.err)")
            #expect(mode("\(dir)/\(what).csv") == 0o600, "\(what)")
            #expect(r.err.contains("\(dir)/\(what).csv") && r.err.contains("mode 600"), "the summary names the file: \(r.err)")
        }
        let bundle = try run(["export", "bundle", "--org", "Đảng bộ huyện Củ Chi", "--data", data, "-o", "\(dir)/b.json", "--lang", "en"])
        #expect(bundle.status == 0 && mode("\(dir)/b.json") == 0o600, "\(bundle.err)")
        #expect(bundle.err.contains("members"))
        let report = try run(["report", "--data", data, "--format", "html", "-o", "\(dir)/r.html"])
        #expect(report.status == 0 && mode("\(dir)/r.html") == 0o600, "\(report.err)")

        chmod("\(dir)/members.csv", 0o400)
        #expect(try run(["export", "members", "--data", data, "-o", "\(dir)/members.csv"]).status == 0)
        #expect(mode("\(dir)/members.csv") == 0o400, "its own stricter mode is kept")
        chmod("\(dir)/members.csv", 0o644)
        #expect(try run(["export", "members", "--data", data, "-o", "\(dir)/members.csv"]).status == 0)
        #expect(mode("\(dir)/members.csv") == 0o600, "a looser file is brought back to 0600")
        #expect(try run(["export", "members", "--data", data, "-o", "\(dir)/members.csv", "--mode", "640"]).status == 0)
        #expect(mode("\(dir)/members.csv") == 0o640)
        let bad = try run(["export", "members", "--data", data, "-o", "\(dir)/x.csv", "--mode", "999"])
        #expect(bad.status != 0 && bad.err.contains("--mode"))
        #expect(temporaries(dir).isEmpty)
    }

    /// Finding 16: a symlink is written through (the link stays); a device node gets the bytes
    /// and stays a device; a FIFO is written into without a rename.
    @Test func outputThroughSymlinksDevicesAndFIFOs() throws {
        let (data, dir) = try demoFolder("special")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let expected = try run(["export", "members", "--data", data, "-o", "-"]).out
        #expect(expected.hasPrefix("\u{FEFF}") && !FileManager.default.fileExists(atPath: "-"))

        try FileManager.default.createSymbolicLink(atPath: "\(dir)/link.csv", withDestinationPath: "target.csv")
        #expect(try run(["export", "members", "--data", data, "-o", "\(dir)/link.csv"]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "\(dir)/link.csv") == "target.csv")
        #expect(FileManager.default.contents(atPath: "\(dir)/target.csv") == Data(expected.utf8))
        #expect(mode("\(dir)/target.csv") == 0o600)

        // A character device (the kernel's null device, made here) stays a device.
        if mknod("\(dir)/null", S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0 {
            let r = try run(["export", "members", "--data", data, "-o", "\(dir)/null"])
            #expect(r.status == 0, "\(r.err)")
            var st = stat()
            #expect(lstat("\(dir)/null", &st) == 0 && st.st_mode & S_IFMT == S_IFCHR, "the device node was replaced")
        }

        #expect(mkfifo("\(dir)/pipe", 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        reader.arguments = ["20", "cat", "\(dir)/pipe"]
        let got = Pipe()
        reader.standardOutput = got
        try reader.run()
        let w = try run(["export", "members", "--data", data, "-o", "\(dir)/pipe"], timeout: 20)
        let read = got.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(w.status == 0, "\(w.err)")
        #expect(String(decoding: read, as: UTF8.self) == expected)
        var st = stat()
        #expect(lstat("\(dir)/pipe", &st) == 0 && st.st_mode & S_IFMT == S_IFIFO)

        let folder = try run(["export", "members", "--data", data, "-o", dir, "--lang", "en"])
        #expect(folder.status == 1 && folder.err.contains("is a folder"))
        #expect(temporaries(dir).isEmpty)
    }

    /// Finding 22: a killed export leaves at most a 0600 temporary, and the next export removes it.
    @Test func aKilledExportLeavesNoTemporary() throws {
        let dir = tempFolder("killed")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try run(["demo", "--scale", "district", "--seed", "2", "--data", dir + "/data"], timeout: 120).status == 0)
        // One left by a process that is gone, as a SIGKILL mid-write leaves it.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let stale = "\(dir)/.out.csv.\(gone.processIdentifier).danvan-tmp"
        FileManager.default.createFile(atPath: stale, contents: Data("old copy".utf8), attributes: [.posixPermissions: 0o600])
        // And real kills at several moments.
        for delay in [0.05, 0.15, 0.3] {
            let p = try Child(["export", "assignments", "--data", dir + "/data", "-o", "\(dir)/out.csv"])
            usleep(UInt32(delay * 1_000_000))
            kill(p.process.processIdentifier, SIGKILL)
            _ = p.finish()
            for t in temporaries(dir) { #expect(mode("\(dir)/\(t)") == 0o600, "\(t)") }
        }
        let r = try run(["export", "assignments", "--data", dir + "/data", "-o", "\(dir)/out.csv"])
        #expect(r.status == 0, "\(r.err)")
        #expect(temporaries(dir).isEmpty, "\(temporaries(dir))")
    }

    /// Finding 11: `--theme` at a FIFO is refused at once (exit 2), naming it, instead of hanging.
    @Test func aThemeAtAFIFOIsRefusedAtOnce() throws {
        let dir = tempFolder("themefifo")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo("\(dir)/t.theme", 0o600) == 0)
        let start = Date()
        let r = try run(["--theme", "\(dir)/t.theme", "--data", dir + "/data", "--lang", "en"], timeout: 10)
        #expect(r.status == 2, "\(r.err)")
        #expect(r.err.contains("\(dir)/t.theme") && r.err.contains("not a regular file"))
        #expect(Date().timeIntervalSince(start) < 5)
    }

    /// Finding 4, through the binary: a one-node bundle whose node reuses an existing cell's id
    /// under a new path is refused, and the cell keeps its name, place and members.
    @Test func aHijackingBundleIsRefused() throws {
        let (data, dir) = try demoFolder("hijack")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let full = try run(["export", "bundle", "--org", "Đảng bộ huyện Củ Chi", "--data", data, "-o", "-"]).out
        // The root's id and the cell's id, from the real bundle (orgs come root first here).
        func number(after marker: String) -> String? {
            guard let r = full.range(of: marker) else { return nil }
            return String(full[r.upperBound...].prefix { $0.isNumber })
        }
        guard let rootID = number(after: "\"orgs\":[{\"id\":"), let id = number(after: "},{\"id\":") else {
            Issue.record("unexpected bundle: \(full.prefix(300))")
            return
        }
        let org = "{\"id\":\(id),\"parent\":\(rootID),\"name\":\"Chi bộ Mạo Danh\",\"level\":\"chi_bo_co_so\"}"
        let bundle = "{\"format\":\"danvan-bundle\",\"version\":1,\"rootPath\":\"Đảng bộ huyện Củ Chi / Chi bộ Mạo Danh\",\"exportedAt\":0,\"orgs\":[\(org)]}"
        try Data(bundle.utf8).write(to: URL(fileURLWithPath: "\(dir)/hijack.json"))
        let before = try run(["export", "members", "--data", data, "-o", "-"]).out
        // Unsigned, as a hand-made file is: refused as such, and with --allow-unsigned for the clash.
        let unsigned = try run(["import", "bundle", "\(dir)/hijack.json", "--data", data, "--lang", "en"])
        #expect(unsigned.status == 1 && unsigned.err.contains("not signed"), "\(unsigned.err)")
        let r = try run(["import", "bundle", "\(dir)/hijack.json", "--data", data, "--lang", "en", "--allow-unsigned"])
        #expect(r.status == 1, "\(r.out)\(r.err)")
        #expect(r.err.contains("collide"), "\(r.err)")
        #expect(try run(["export", "members", "--data", data, "-o", "-"]).out == before)
    }
}
