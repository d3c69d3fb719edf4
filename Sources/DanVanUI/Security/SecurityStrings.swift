import DanVanCore

extension Strings {
    /// Text of File → Bảo mật / Security.
    public enum Seal: Localized, CaseIterable {
        case title, folder, encryptedOn, encryptedOff, fingerprint, fingerprintNone, trusted, trustedNone
        case keysPlain, keysEncrypted, noInformation
        case setTitle, changeTitle, removeTitle, fieldCurrent, fieldNew, fieldAgain, entryKeys, keepItSafe
        case emptyCurrent, emptyNew, mismatch, confirmRemove, cancelled
        case workingSet, workingChange, workingRemove, doneSet, doneChange, doneRemove

        public var bi: BiText {
            switch self {
            case .title: BiText("Bảo mật", "Security")
            case .folder: BiText("Thư mục dữ liệu: ", "Data folder: ")
            case .encryptedOn: BiText("Mã hóa: CÓ — dữ liệu trên đĩa được mã hóa (AES-256-GCM), mở bằng mật khẩu.", "Encryption: ON — the data on disk is encrypted (AES-256-GCM) and opens with the passphrase.")
            case .encryptedOff: BiText("Mã hóa: KHÔNG — ai có thư mục này đọc được toàn bộ dữ liệu.", "Encryption: OFF — anyone with this folder can read all of the data.")
            case .fingerprint: BiText("Mã nhận dạng của thư mục (đọc qua điện thoại):", "This folder's fingerprint (read it over the phone):")
            case .fingerprintNone: BiText("chưa có — tạo khi xuất gói đầu tiên hoặc chạy  danvan identity", "none yet — made by the first bundle export, or run  danvan identity")
            case .trusted: BiText("Khóa được tin cậy khi nhập gói:", "Keys trusted for importing bundles:")
            case .trustedNone: BiText("Khóa được tin cậy khi nhập gói: chưa có (danvan trust add --org ĐƯỜNG-DẪN KHÓA)", "Keys trusted for importing bundles: none (danvan trust add --org PATH KEY)")
            case .keysPlain: BiText("Enter: đặt mật khẩu · Esc: đóng", "Enter: set a passphrase · Esc: close")
            case .keysEncrypted: BiText("Enter: đổi mật khẩu · x: bỏ mật khẩu · Esc: đóng", "Enter: change the passphrase · x: remove it · Esc: close")
            case .noInformation: BiText("Không có thông tin bảo mật.", "No security information.")
            case .setTitle: BiText("Đặt mật khẩu", "Set a passphrase")
            case .changeTitle: BiText("Đổi mật khẩu", "Change the passphrase")
            case .removeTitle: BiText("Bỏ mật khẩu", "Remove the passphrase")
            case .fieldCurrent: BiText("Mật khẩu hiện tại", "Current passphrase")
            case .fieldNew: BiText("Mật khẩu mới", "New passphrase")
            case .fieldAgain: BiText("Nhập lại mật khẩu mới", "New passphrase again")
            case .entryKeys: BiText("Enter: tiếp/xong · Tab: ô khác · Esc: hủy", "Enter: next/done · Tab: other field · Esc: cancel")
            case .keepItSafe: BiText("Quên mật khẩu là mất dữ liệu — hãy cất giữ cẩn thận.", "A forgotten passphrase loses the data — keep it safe.")
            case .emptyCurrent: BiText("Chưa nhập mật khẩu hiện tại.", "The current passphrase is empty.")
            case .emptyNew: BiText("Mật khẩu mới không được để trống.", "The new passphrase is empty.")
            case .mismatch: BiText("Hai lần nhập mật khẩu mới không khớp; hãy nhập lại.", "The two new passphrases differ; type them again.")
            case .confirmRemove: BiText("Bỏ mật khẩu và ghi lại dữ liệu không mã hóa?", "Remove the passphrase and write the data back unencrypted?")
            case .cancelled: BiText("Đã hủy; không thay đổi gì.", "Cancelled; nothing changed.")
            case .workingSet: BiText("Đang mã hóa dữ liệu…", "Encrypting the data…")
            case .workingChange: BiText("Đang đổi mật khẩu…", "Changing the passphrase…")
            case .workingRemove: BiText("Đang ghi lại dữ liệu không mã hóa…", "Writing the data back unencrypted…")
            case .doneSet: BiText("Đã đặt mật khẩu: dữ liệu trên đĩa đã được mã hóa.", "Passphrase set: the data on disk is encrypted.")
            case .doneChange: BiText("Đã đổi mật khẩu.", "The passphrase is changed.")
            case .doneRemove: BiText("Đã bỏ mật khẩu: dữ liệu không còn được mã hóa.", "Passphrase removed: the data is no longer encrypted.")
            }
        }
    }
}
