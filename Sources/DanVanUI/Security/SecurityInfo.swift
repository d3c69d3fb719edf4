import DanVanCore

/// What File → Security shows: filled in by the program that opened the folder (the UI
/// reads no key file itself).
public struct SecurityInfo: Equatable, Sendable {
    public struct Trusted: Equatable, Sendable {
        public var fingerprint: String
        public var orgs: [String]
        public init(fingerprint: String, orgs: [String]) {
            self.fingerprint = fingerprint
            self.orgs = orgs
        }
    }

    public var folder: String
    public var encrypted: Bool
    /// This folder's identity fingerprint (nil when it has none yet: made by the first export).
    public var fingerprint: String?
    public var trusted: [Trusted]

    public init(folder: String, encrypted: Bool, fingerprint: String?, trusted: [Trusted]) {
        self.folder = folder
        self.encrypted = encrypted
        self.fingerprint = fingerprint
        self.trusted = trusted
    }

    /// The screen's lines in `lang`.
    public func lines(_ lang: Lang) -> [String] {
        let vi = lang == .vi
        var out: [String] = []
        out.append((vi ? "Thư mục dữ liệu: " : "Data folder: ") + folder)
        if encrypted {
            out.append(vi ? "Mã hóa: CÓ — dữ liệu trên đĩa được mã hóa (AES-256-GCM), mở bằng mật khẩu."
                          : "Encryption: ON — the data on disk is encrypted (AES-256-GCM) and opens with the passphrase.")
            out.append(vi ? "Đổi mật khẩu: thoát rồi chạy  danvan passphrase change" : "Change the passphrase: quit, then run  danvan passphrase change")
            out.append(vi ? "Bỏ mã hóa: thoát rồi chạy  danvan passphrase remove" : "Remove encryption: quit, then run  danvan passphrase remove")
        } else {
            out.append(vi ? "Mã hóa: KHÔNG — ai có thư mục này đọc được toàn bộ dữ liệu."
                          : "Encryption: OFF — anyone with this folder can read all of the data.")
            out.append(vi ? "Đặt mật khẩu: thoát rồi chạy  danvan passphrase set" : "Set a passphrase: quit, then run  danvan passphrase set")
        }
        out.append("")
        out.append((vi ? "Mã nhận dạng của thư mục (đọc qua điện thoại): " : "This folder's fingerprint (read it over the phone): ")
                   + (fingerprint ?? (vi ? "chưa có — tạo khi xuất gói đầu tiên hoặc chạy  danvan identity"
                                         : "none yet — made by the first bundle export, or run  danvan identity")))
        out.append("")
        if trusted.isEmpty {
            out.append(vi ? "Khóa được tin cậy khi nhập gói: chưa có (danvan trust add --org ĐƯỜNG-DẪN KHÓA)"
                          : "Keys trusted for importing bundles: none (danvan trust add --org PATH KEY)")
        } else {
            out.append(vi ? "Khóa được tin cậy khi nhập gói:" : "Keys trusted for importing bundles:")
            for t in trusted {
                out.append("  " + t.fingerprint)
                for o in t.orgs { out.append("      " + o) }
            }
        }
        return out
    }
}
