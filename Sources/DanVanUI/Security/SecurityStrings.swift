import DanVanCore

extension Strings {
    /// Text of File → Bảo mật / Security.
    public enum Seal: Localized, CaseIterable {
        case title, folder, encryptedOn, encryptedOff, fingerprint, fingerprintNone, trusted, trustedNone
        case keysPlain, keysEncrypted, noInformation
        case setTitle, changeTitle, removeTitle, fieldCurrent, fieldNew, fieldAgain, entryKeys, keepItSafe
        case emptyCurrent, emptyNew, mismatch, confirmRemove, cancelled
        case workingSet, workingChange, workingRemove, doneSet, doneChange, doneRemove

        public var vi: String {
            switch self {
            case .title: "Bảo mật"
            case .folder: "Thư mục dữ liệu: "
            case .encryptedOn: "Mã hóa: CÓ — dữ liệu trên đĩa được mã hóa (AES-256-GCM), mở bằng mật khẩu."
            case .encryptedOff: "Mã hóa: KHÔNG — ai có thư mục này đọc được toàn bộ dữ liệu."
            case .fingerprint: "Mã nhận dạng của thư mục (đọc qua điện thoại):"
            case .fingerprintNone: "chưa có — tạo khi xuất gói đầu tiên hoặc chạy  danvan identity"
            case .trusted: "Khóa được tin cậy khi nhập gói:"
            case .trustedNone: "Khóa được tin cậy khi nhập gói: chưa có (danvan trust add --org ĐƯỜNG-DẪN KHÓA)"
            case .keysPlain: "Enter: đặt mật khẩu · Esc: đóng"
            case .keysEncrypted: "Enter: đổi mật khẩu · x: bỏ mật khẩu · Esc: đóng"
            case .noInformation: "Không có thông tin bảo mật."
            case .setTitle: "Đặt mật khẩu"
            case .changeTitle: "Đổi mật khẩu"
            case .removeTitle: "Bỏ mật khẩu"
            case .fieldCurrent: "Mật khẩu hiện tại"
            case .fieldNew: "Mật khẩu mới"
            case .fieldAgain: "Nhập lại mật khẩu mới"
            case .entryKeys: "Enter: tiếp/xong · Tab: ô khác · Esc: hủy"
            case .keepItSafe: "Quên mật khẩu là mất dữ liệu — hãy cất giữ cẩn thận."
            case .emptyCurrent: "Chưa nhập mật khẩu hiện tại."
            case .emptyNew: "Mật khẩu mới không được để trống."
            case .mismatch: "Hai lần nhập mật khẩu mới không khớp; hãy nhập lại."
            case .confirmRemove: "Bỏ mật khẩu và ghi lại dữ liệu không mã hóa?"
            case .cancelled: "Đã hủy; không thay đổi gì."
            case .workingSet: "Đang mã hóa dữ liệu…"
            case .workingChange: "Đang đổi mật khẩu…"
            case .workingRemove: "Đang ghi lại dữ liệu không mã hóa…"
            case .doneSet: "Đã đặt mật khẩu: dữ liệu trên đĩa đã được mã hóa."
            case .doneChange: "Đã đổi mật khẩu."
            case .doneRemove: "Đã bỏ mật khẩu: dữ liệu không còn được mã hóa."
            }
        }

        public var en: String {
            switch self {
            case .title: "Security"
            case .folder: "Data folder: "
            case .encryptedOn: "Encryption: ON — the data on disk is encrypted (AES-256-GCM) and opens with the passphrase."
            case .encryptedOff: "Encryption: OFF — anyone with this folder can read all of the data."
            case .fingerprint: "This folder's fingerprint (read it over the phone):"
            case .fingerprintNone: "none yet — made by the first bundle export, or run  danvan identity"
            case .trusted: "Keys trusted for importing bundles:"
            case .trustedNone: "Keys trusted for importing bundles: none (danvan trust add --org PATH KEY)"
            case .keysPlain: "Enter: set a passphrase · Esc: close"
            case .keysEncrypted: "Enter: change the passphrase · x: remove it · Esc: close"
            case .noInformation: "No security information."
            case .setTitle: "Set a passphrase"
            case .changeTitle: "Change the passphrase"
            case .removeTitle: "Remove the passphrase"
            case .fieldCurrent: "Current passphrase"
            case .fieldNew: "New passphrase"
            case .fieldAgain: "New passphrase again"
            case .entryKeys: "Enter: next/done · Tab: other field · Esc: cancel"
            case .keepItSafe: "A forgotten passphrase loses the data — keep it safe."
            case .emptyCurrent: "The current passphrase is empty."
            case .emptyNew: "The new passphrase is empty."
            case .mismatch: "The two new passphrases differ; type them again."
            case .confirmRemove: "Remove the passphrase and write the data back unencrypted?"
            case .cancelled: "Cancelled; nothing changed."
            case .workingSet: "Encrypting the data…"
            case .workingChange: "Changing the passphrase…"
            case .workingRemove: "Writing the data back unencrypted…"
            case .doneSet: "Passphrase set: the data on disk is encrypted."
            case .doneChange: "The passphrase is changed."
            case .doneRemove: "Passphrase removed: the data is no longer encrypted."
            }
        }
    }
}
