import ArgumentParser
import DanVanCore
import DanVanSeal
import Foundation

/// The envelope side of `export bundle` and `import bundle`: signing and sealing on the way
/// out, opening and the trust checks on the way in. The bundle parser never sees an envelope.
enum BundleSealing {
    /// Signs `bundle` with the folder's identity (made on first use) and, with `to`, seals it
    /// to that key.
    static func seal(_ bundle: [UInt8], folder: String, key: DataKey?, to: String?, lang: Lang) throws -> [UInt8] {
        do {
            let id = try IdentityFile.loadOrCreate(folder: folder, key: key)
            let recipient = try to.map { try resolveKey($0, folder: folder, key: key, lang: lang) }
            let signed = SignedBundle.sign(bundle, by: id, counter: try SignCounter.next(folder: folder, key: key))
            guard let recipient else { return signed }
            return try SealedBundle.seal(signed, to: recipient)
        } catch let e as ExitCode { throw e } catch {
            throw ExchangeIO.fail("export", sealMessage(error, lang))
        }
    }

    /// A key named on the command line: a file holding `danvan-key:…`, that text itself, or
    /// the fingerprint of a key in this folder's trust list.
    static func resolveKey(_ arg: String, folder: String, key: DataKey?, lang: Lang, command: String = "export") throws -> PublicIdentity {
        let vi = lang == .vi
        if FileManager.default.fileExists(atPath: arg) {
            guard let data = FileManager.default.contents(atPath: arg) else {
                throw ExchangeIO.fail(command, vi ? "không đọc được \(arg)" : "cannot read \(arg)")
            }
            do { return try PublicIdentity(text: String(decoding: data, as: UTF8.self)) } catch {
                throw ExchangeIO.fail(command, "\(arg): " + sealMessage(error, lang))
            }
        }
        if arg.hasPrefix(PublicIdentity.textPrefix) {
            do { return try PublicIdentity(text: arg) } catch { throw ExchangeIO.fail(command, sealMessage(error, lang)) }
        }
        if Fingerprint.normalized(arg) != nil {
            let trust = try loadTrust(folder: folder, key: key, command: command, lang: lang)
            if let id = trust.entry(fingerprint: arg)?.identity { return id }
            throw ExchangeIO.fail(command, vi ? "không có khóa nào có mã \(arg) trong danh sách tin cậy; hãy đưa tệp khóa (danvan identity --public-key-file)"
                                              : "no key with fingerprint \(arg) in the trust list; give the key file instead (danvan identity --public-key-file)")
        }
        throw ExchangeIO.fail(command, vi ? "“\(arg)”: không phải tệp khóa, khóa danvan-key:… hay mã 24 chữ số"
                                          : "“\(arg)”: not a key file, a danvan-key:… key or a 24-digit fingerprint")
    }

    static func loadTrust(folder: String, key: DataKey?, command: String, lang: Lang) throws -> TrustList {
        do { return try TrustList.load(folder: folder, key: key) } catch {
            throw ExchangeIO.fail(command, sealMessage(error, lang), ExitStatus.damaged)
        }
    }

    /// Takes the envelopes off a bundle file; every refusal has its own message.
    static func open(_ bytes: [UInt8], file: String, folder: String, key: DataKey?, allowUnsigned: Bool, lang: Lang) throws -> BundleGate.Opened {
        let id: Identity?
        do {
            id = SealedBundle.looksSealed(bytes) ? try IdentityFile.loadOrCreate(folder: folder, key: key) : nil
        } catch { throw ExchangeIO.fail("import", sealMessage(error, lang), ExitStatus.damaged) }
        do {
            return try BundleGate.open(bytes, identity: id, allowUnsigned: allowUnsigned) { digest in
                (try? TrustList.load(folder: folder, key: key))?.keys.first { $0.identity?.digest == digest }?.fingerprint
            }
        } catch {
            throw ExchangeIO.fail("import", "\(file): " + message(error, lang, mine: id?.publicIdentity.fingerprint))
        }
    }

    /// Checks the signer may send this subtree. An unknown key is shown and asked about on
    /// the terminal (or taken with `trustNew`); a key taken that way is added to `trust`.
    static func admit(_ opened: BundleGate.Opened, path: String, file: String, trust: inout TrustList, trustNew: Bool, lang: Lang) throws {
        let vi = lang == .vi
        guard let signer = opened.signer else { return }
        do {
            try BundleGate.admit(signer: signer, counter: opened.counter, path: path, trust: trust)
        } catch .unknownKey(let f) {
            let yes = trustNew || ask(vi ? "Gói “\(file)” cho “\(path)” được ký bằng khóa chưa biết, mã:\n    \(f)\nHãy gọi điện cho người gửi để đối chiếu mã. Tin cậy khóa này cho “\(path)”? [c/K] "
                                         : "The bundle “\(file)” for “\(path)” is signed by an unknown key, fingerprint:\n    \(f)\nCall the sender to compare it. Trust this key for “\(path)”? [y/N] ", lang: lang)
            guard yes else { throw ExchangeIO.fail("import", "\(file): " + message(BundleGate.Refusal.unknownKey(fingerprint: f), lang, mine: nil)) }
            trust.trust(signer, org: path)
            ExchangeIO.note(vi ? "Đã tin cậy khóa \(f) cho “\(path)”." : "Trusted key \(f) for “\(path)”.")
        } catch {
            throw ExchangeIO.fail("import", "\(file): " + message(error, lang, mine: nil))
        }
    }

    /// A yes from the terminal; false when there is none.
    static func ask(_ question: String, lang: Lang) -> Bool {
        guard let tty = fopen("/dev/tty", "r+") else { return false }
        defer { fclose(tty) }
        fputs(question, tty)
        fflush(tty)
        var line: UnsafeMutablePointer<CChar>?
        var cap = 0
        defer { free(line) }
        guard getline(&line, &cap, tty) > 0, let line else { return false }
        let a = String(cString: line).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return ["y", "yes", "c", "có", "co"].contains(a)
    }

    static func message(_ e: BundleGate.Refusal, _ lang: Lang, mine: String?) -> String {
        let vi = lang == .vi
        switch e {
        case .unsigned:
            return vi ? "gói dữ liệu không có chữ ký (do danvan cũ xuất hoặc sửa tay): không biết ai gửi. Hãy nhờ người gửi xuất lại, hoặc nhập với --allow-unsigned nếu chắc chắn nguồn gốc; không nhập gì."
                      : "the bundle is not signed (made by an older danvan, or by hand): its sender is unknown. Ask for it again, or import it with --allow-unsigned if you are sure where it comes from; nothing imported."
        case .altered:
            return vi ? "gói dữ liệu đã bị sửa sau khi ký (chữ ký không khớp); không nhập gì."
                      : "the bundle was altered after it was signed (the signature does not match); nothing imported."
        case .undecryptable:
            return vi ? "gói dữ liệu mã hóa đã bị sửa trên đường gửi (không giải mã được); không nhập gì."
                      : "the encrypted bundle was altered on the way (it does not decrypt); nothing imported."
        case .encryptedToAnotherKey(let f):
            let m = mine.map { vi ? "; khóa của thư mục này là \($0)" : "; this folder's key is \($0)" } ?? ""
            return vi ? "gói dữ liệu được mã hóa cho khóa khác (mã \(f))\(m); không nhập gì."
                      : "the bundle is encrypted to another key (fingerprint \(f))\(m); nothing imported."
        case .unknownKey(let f):
            return vi ? "gói dữ liệu được ký bằng khóa chưa được tin cậy (mã \(f)). Đối chiếu mã với người gửi qua điện thoại rồi chạy `danvan trust add --org ĐƯỜNG-DẪN KHÓA`, hoặc nhập với --trust-new; không nhập gì."
                      : "the bundle is signed by a key this folder does not trust (fingerprint \(f)). Compare the fingerprint with the sender by phone, then run `danvan trust add --org PATH KEY`, or import with --trust-new; nothing imported."
        case .untrustedSubtree(let f, let path, let allowed):
            return vi ? "khóa \(f) không được tin cậy cho “\(path)” (chỉ cho: \(allowed.map { "“\($0)”" }.joined(separator: ", "))); không nhập gì."
                      : "the key \(f) is not trusted for “\(path)” (only for: \(allowed.map { "“\($0)”" }.joined(separator: ", "))); nothing imported."
        case .replay(let f, let path, let counter, let newest):
            return vi ? "gói dữ liệu cũ hơn gói đã nhập từ khóa \(f) cho “\(path)” (ký lúc \(when(counter)), gói mới nhất đã nhập ký lúc \(when(newest))): có thể là gói gửi lại; không nhập gì."
                      : "the bundle is older than one already imported from the key \(f) for “\(path)” (signed \(when(counter)); the newest imported was signed \(when(newest))): a replay; nothing imported."
        case .newerVersion:
            return vi ? "gói dữ liệu do phiên bản danvan mới hơn tạo; hãy cập nhật danvan." : "the bundle was made by a newer danvan; update danvan."
        }
    }

    static func when(_ counter: UInt64) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        return f.string(from: Date(timeIntervalSince1970: Double(counter) / 1000))
    }
}
