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

        public var vi: String {
            switch self {
            case .findHint: "gõ tên để tìm"
            case .findPrompt: "Tìm:"
            case .findNone: "không thấy"
            case .findKeys: "chữ cái"
            case .findHelp: "Gõ tên để đến đảng viên đó (không ghi gì); Esc: xóa tên"
            case .pickCellForMember: "Thêm đảng viên vào chi bộ nào?"
            case .noCellBelow: "Dưới tổ chức này chưa có chi bộ nào: hãy tạo chi bộ trước (n trên cây)"
            case .refusedTitle: "Không thực hiện được"
            case .refusedKeys: "Enter hoặc Esc: đóng"
            case .refusedHeld: "phím gõ tiếp đã bị giữ lại, không chạy"
            case .marksBadgeMembers: "đảng viên đánh dấu"
            case .marksBadgeUnits: "đơn vị"
            case .batchTitle: "Phân công"
            case .marksCleared: "Đã bỏ mọi đánh dấu"
            case .noMarks: "Không có đảng viên nào được đánh dấu"
            case .outsideTitle: "Đánh dấu ở đơn vị khác"
            case .outsideQuestion: "c/y: vẫn phân công cả %d người · k/n, Esc: thôi"
            case .outsideOf: "đảng viên đánh dấu ở ngoài"
            case .membersWord: "đảng viên"
            }
        }

        public var en: String {
            switch self {
            case .findHint: "type a name to find"
            case .findPrompt: "Find:"
            case .findNone: "no match"
            case .findKeys: "letters"
            case .findHelp: "Type a name to go to that member (records nothing); Esc: clear it"
            case .pickCellForMember: "Add the member to which cell?"
            case .noCellBelow: "There is no cell under this node yet: create one first (n in the tree)"
            case .refusedTitle: "Not done"
            case .refusedKeys: "Enter or Esc: close"
            case .refusedHeld: "keys typed after it were held back, not run"
            case .marksBadgeMembers: "marked"
            case .marksBadgeUnits: "units"
            case .batchTitle: "Assign"
            case .marksCleared: "All marks cleared"
            case .noMarks: "No member is marked"
            case .outsideTitle: "Marks in other units"
            case .outsideQuestion: "y: assign all %d anyway · n, Esc: no"
            case .outsideOf: "marked members are outside"
            case .membersWord: "members"
            }
        }
    }
}
