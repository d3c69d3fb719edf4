import DanVanCore
import DanVanSeal
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a passphrase: from the terminal with echo off (termios on /dev/tty, so it works
/// with stdin redirected), or from a file given for scripts.
enum PassphrasePrompt {
    enum Failure: Error {
        case noTerminal
        case file(String)
    }

    /// One line from the terminal, not echoed. Ctrl-C / end of input gives nil.
    static func ask(_ prompt: String) throws(Failure) -> SecretBuffer? {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw .noTerminal }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { throw .noTerminal }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO | ECHONL)
        quiet.c_lflag |= tcflag_t(ICANON)
        write(fd, prompt)
        tcsetattr(fd, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(fd, TCSAFLUSH, &saved)
            write(fd, "\n")
        }
        let secret = SecretBuffer(capacity: 1024)
        var byte: UInt8 = 0
        while true {
            let n = Glibc.read(fd, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { secret.wipe(); return nil }
            if byte == 10 || byte == 13 { break }
            secret.append(byte)
        }
        byte = 0
        return secret
    }

    static func write(_ fd: Int32, _ s: String) {
        let b = Array(s.utf8)
        _ = b.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }

    /// The passphrase in `path`, refusing a file that others may read (mode must be 0600 or
    /// stricter) — a passphrase left world-readable is no secret. One trailing line end is dropped.
    static func read(file path: String, lang: Lang) throws(Failure) -> SecretBuffer {
        let vi = lang == .vi
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw .file(vi ? "không đọc được tệp mật khẩu \(path)" : "cannot read the passphrase file \(path)")
        }
        guard st.st_mode & 0o077 == 0 else {
            throw .file(vi ? "tệp mật khẩu \(path) để người khác đọc được (quyền \(String(st.st_mode & 0o777, radix: 8))); hãy chạy chmod 600 \(path)"
                           : "the passphrase file \(path) can be read by others (mode \(String(st.st_mode & 0o777, radix: 8))); run chmod 600 \(path)")
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .file(vi ? "không đọc được tệp mật khẩu \(path)" : "cannot read the passphrase file \(path)") }
        defer { close(fd) }
        let secret = SecretBuffer(capacity: 4096)
        var byte: UInt8 = 0
        while Glibc.read(fd, &byte, 1) == 1 {
            guard secret.append(byte) else { throw .file(vi ? "tệp mật khẩu \(path) quá dài" : "the passphrase file \(path) is too long") }
        }
        byte = 0
        secret.trimLineEnd()
        return secret
    }
}
