import DanVanCore

extension Strings {
    /// Text of the keystroke rules: type-ahead in lists, the cell picker a refused key
    /// opens, refusals that hold the keyboard, and marks.
    public enum Keys: Localized, CaseIterable {
        case findHint, findPrompt, findNone, findKeys, findHelp
        case pickCellForMember, noCellBelow
        case refusedTitle, refusedKeys, refusedHeld
        case marksBadgeMembers, marksBadgeUnits, batchTitle, marksCleared, noMarks
        case outsideTitle, outsideQuestion, outsideOf, membersWord

        public var bi: BiText {
            switch self {
            case .findHint: BiText("gõ tên để tìm", "type a name to find")
            case .findPrompt: BiText("Tìm:", "Find:")
            case .findNone: BiText("không thấy", "no match")
            case .findKeys: BiText("chữ cái", "letters")
            case .findHelp: BiText("Gõ tên để đến đảng viên đó (không ghi gì); Esc: xóa tên", "Type a name to go to that member (records nothing); Esc: clear it")
            case .pickCellForMember: BiText("Thêm đảng viên vào chi bộ nào?", "Add the member to which cell?")
            case .noCellBelow: BiText("Dưới tổ chức này chưa có chi bộ nào: hãy tạo chi bộ trước (n trên cây)", "There is no cell under this node yet: create one first (n in the tree)")
            case .refusedTitle: BiText("Không thực hiện được", "Not done")
            case .refusedKeys: BiText("Enter hoặc Esc: đóng", "Enter or Esc: close")
            case .refusedHeld: BiText("phím gõ tiếp đã bị giữ lại, không chạy", "keys typed after it were held back, not run")
            case .marksBadgeMembers: BiText("đảng viên đánh dấu", "marked")
            case .marksBadgeUnits: BiText("đơn vị", "units")
            case .batchTitle: BiText("Phân công", "Assign")
            case .marksCleared: BiText("Đã bỏ mọi đánh dấu", "All marks cleared")
            case .noMarks: BiText("Không có đảng viên nào được đánh dấu", "No member is marked")
            case .outsideTitle: BiText("Đánh dấu ở đơn vị khác", "Marks in other units")
            case .outsideQuestion: BiText("c/y: vẫn phân công cả %d người · k/n, Esc: thôi", "y: assign all %d anyway · n, Esc: no")
            case .outsideOf: BiText("đảng viên đánh dấu ở ngoài", "marked members are outside")
            case .membersWord: BiText("đảng viên", "members")
            }
        }
    }
}
