import Foundation
import Testing

/// An encrypted folder opened by the application in tmux: the passphrase is asked on the
/// terminal before the first screen (three tries, never echoed), and File → Security changes it.
@Suite("App passphrase end to end", .serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.unavailableReason))
struct AppPassphraseTmuxTests {
    static let first = "mật khẩu chi bộ số một"
    static let second = "mật khẩu mới của chi bộ"

    /// A demo folder encrypted by `danvan passphrase set`, and its passphrase file.
    static func encryptedFolder() throws -> (folder: String, passphrase: String) {
        let dir = tempFolder("app-pass"), p = dir + ".p"
        #expect(try Child(["demo", "--scale", "cell", "--data", dir]).finish().status == 0)
        try writePassphrase(first, to: p)
        let set = try Child(["passphrase", "set", "--data", dir, "--new-passphrase-file", p]).finish()
        #expect(set.status == 0, "\(set.err)")
        return (dir, p)
    }

    @Test func threeWrongPassphrasesEndWithCodeFourBeforeAnyScreen() throws {
        let (dir, p) = try Self.encryptedFolder()
        defer { for f in [dir, p] { try? FileManager.default.removeItem(atPath: f) } }
        let s = try TmuxSession(args: ["--data", dir, "--lang", "en"], width: 100, height: 30)
        defer { s.close() }
        for attempt in 1...3 {
            try s.waitUntil("prompt \(attempt)") { lines in
                lines.filter { $0.contains("Passphrase of the data folder") }.count == attempt
            }
            s.type(text: "sai lần \(attempt)")
            s.send(keys: "Enter")
            if attempt < 3 {
                try s.waitUntil("the retry note \(attempt)") { $0.filter { $0.contains("Wrong passphrase, try again.") }.count == attempt }
            }
        }
        #expect(try s.waitForExit(timeout: 20) == 4)
        let screen = s.screen().joined(separator: "\n")
        #expect(screen.contains("wrong passphrase; nothing opened or written."))
        #expect(!screen.contains("sai lần"), "a typed passphrase was echoed")
        #expect(!s.paneState().alternateScreen)
    }

    @Test func theRightPassphraseOpensTheAppWhoseSecurityScreenChangesIt() throws {
        let (dir, p) = try Self.encryptedFolder()
        let p2 = dir + ".p2"
        defer { for f in [dir, p, p2] { try? FileManager.default.removeItem(atPath: f) } }
        let s = try TmuxSession(args: ["--data", dir, "--lang", "en"], width: 100, height: 30)
        defer { s.close() }
        try s.waitFor(text: "Passphrase of the data folder")
        s.type(text: "không phải")
        s.send(keys: "Enter")
        try s.waitFor(text: "Wrong passphrase, try again.")
        s.type(text: Self.first)
        s.send(keys: "Enter")
        try s.waitUntilFullScreen()

        // File → Security: encrypted; Enter changes the passphrase.
        s.send(keys: "F9", "Down", "Down", "Down", "Down", "Enter")
        try s.waitFor(text: "Encryption: ON")
        s.send(keys: "Enter")
        try s.waitFor(text: "Current passphrase")
        s.type(text: Self.first)
        s.send(keys: "Enter")
        s.type(text: Self.second)
        s.send(keys: "Enter")
        s.type(text: Self.second)
        try s.waitFor(text: String(repeating: "•", count: Self.second.count))
        #expect(!s.screen().joined().contains("chi bộ"), "a passphrase was drawn")
        s.send(keys: "Enter")
        try s.waitFor(text: "The passphrase is changed.", timeout: 20)
        // Esc alone first: Esc then q at once reads as Alt-q.
        s.send(keys: "Escape")
        try s.waitUntil("the screen closed") { !$0.joined().contains("Encryption: ON") }
        s.send(keys: "q")
        #expect(try s.waitForExit(timeout: 15) == 0)

        try writePassphrase(Self.second, to: p2)
        #expect(try Child(["export", "members", "--data", dir, "--passphrase-file", p]).finish().status == 4)
        let opened = try Child(["export", "members", "--data", dir, "--passphrase-file", p2]).finish()
        #expect(opened.status == 0, "\(opened.err)")
        #expect(opened.out.split(separator: "\r\n").count > 10)
    }
}
