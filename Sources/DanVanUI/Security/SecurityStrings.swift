import DanVanCore

extension Strings {
    /// Text of File → Bảo mật / Security.
    enum Seal: Localized, CaseIterable {
        case title, folder, encryptedOn, encryptedOff, fingerprint, fingerprintNone, trusted, trustedNone
        case keysPlain, keysEncrypted, noInformation
        case setTitle, changeTitle, removeTitle, fieldCurrent, fieldNew, fieldAgain, entryKeys, keepItSafe
        case emptyCurrent, emptyNew, mismatch, confirmRemove, cancelled
        case workingSet, workingChange, workingRemove, doneSet, doneChange, doneRemove

        var bi: BiText {
            switch self {
            case .title: return BiText("Bảo mật", "Security")
            case .folder: return BiText("Thư mục dữ liệu: ", "Data folder: ")
            case .encryptedOn: return BiText("Mã hóa: CÓ — dữ liệu trên đĩa được mã hóa (AES-256-GCM), mở bằng mật khẩu.", "Encryption: ON — the data on disk is encrypted (AES-256-GCM) and opens with the passphrase.")
            case .encryptedOff: return BiText("Mã hóa: KHÔNG — ai có thư mục này đọc được toàn bộ dữ liệu.", "Encryption: OFF — anyone with this folder can read all of the data.")
            case .fingerprint: return BiText("Mã nhận dạng của thư mục (đọc qua điện thoại):", "This folder's fingerprint (read it over the phone):")
            case .fingerprintNone: return BiText("chưa có — tạo khi xuất gói đầu tiên hoặc chạy  danvan identity", "none yet — made by the first bundle export, or run  danvan identity")
            case .trusted: return BiText("Khóa được tin cậy khi nhập gói:", "Keys trusted for importing bundles:")
            case .trustedNone: return BiText("Khóa được tin cậy khi nhập gói: chưa có (danvan trust add --org ĐƯỜNG-DẪN KHÓA)", "Keys trusted for importing bundles: none (danvan trust add --org PATH KEY)")
            case .keysPlain: return BiText("Enter: đặt mật khẩu · Esc: đóng", "Enter: set a passphrase · Esc: close")
            case .keysEncrypted: return BiText("Enter: đổi mật khẩu · x: bỏ mật khẩu · Esc: đóng", "Enter: change the passphrase · x: remove it · Esc: close")
            case .noInformation: return BiText("Không có thông tin bảo mật.", "No security information.")
            case .setTitle: return BiText("Đặt mật khẩu", "Set a passphrase")
            case .changeTitle: return BiText("Đổi mật khẩu", "Change the passphrase")
            case .removeTitle: return BiText("Bỏ mật khẩu", "Remove the passphrase")
            case .fieldCurrent: return BiText("Mật khẩu hiện tại", "Current passphrase")
            case .fieldNew: return BiText("Mật khẩu mới", "New passphrase")
            case .fieldAgain: return BiText("Nhập lại mật khẩu mới", "New passphrase again")
            case .entryKeys: return BiText("Enter: tiếp/xong · Tab: ô khác · Esc: hủy", "Enter: next/done · Tab: other field · Esc: cancel")
            case .keepItSafe: return BiText("Quên mật khẩu là mất dữ liệu — hãy cất giữ cẩn thận.", "A forgotten passphrase loses the data — keep it safe.")
            case .emptyCurrent: return BiText("Chưa nhập mật khẩu hiện tại.", "The current passphrase is empty.")
            case .emptyNew: return BiText("Mật khẩu mới không được để trống.", "The new passphrase is empty.")
            case .mismatch: return BiText("Hai lần nhập mật khẩu mới không khớp; hãy nhập lại.", "The two new passphrases differ; type them again.")
            case .confirmRemove: return BiText("Bỏ mật khẩu và ghi lại dữ liệu không mã hóa?", "Remove the passphrase and write the data back unencrypted?")
            case .cancelled: return BiText("Đã hủy; không thay đổi gì.", "Cancelled; nothing changed.")
            case .workingSet: return BiText("Đang mã hóa dữ liệu…", "Encrypting the data…")
            case .workingChange: return BiText("Đang đổi mật khẩu…", "Changing the passphrase…")
            case .workingRemove: return BiText("Đang ghi lại dữ liệu không mã hóa…", "Writing the data back unencrypted…")
            case .doneSet: return BiText("Đã đặt mật khẩu: dữ liệu trên đĩa đã được mã hóa.", "Passphrase set: the data on disk is encrypted.")
            case .doneChange: return BiText("Đã đổi mật khẩu.", "The passphrase is changed.")
            case .doneRemove: return BiText("Đã bỏ mật khẩu: dữ liệu không còn được mã hóa.", "Passphrase removed: the data is no longer encrypted.")
            }
        }
    }
}
