import DanVanCore

extension Strings {
    /// Text of the keystroke rules: type-ahead in lists, the cell picker a refused key
    /// opens, refusals that hold the keyboard, and marks.
    enum Keys: Localized, CaseIterable {
        case findHint, findPrompt, findNone, findKeys, findHelp
        case pickCellForMember, noCellBelow
        case refusedTitle, refusedKeys, refusedHeld
        case marksBadgeMembers, marksBadgeUnits, batchTitle, marksCleared, noMarks
        case outsideTitle, outsideQuestion, outsideOf, membersWord
        case spaceKey, altLetter, openMenuWith

        var bi: BiText {
            switch self {
            case .spaceKey: return BiText("Dấu cách", "Space")
            case .altLetter: return BiText("Alt/Esc + chữ", "Alt/Esc + letter")
            case .openMenuWith: return BiText("Mở thực đơn", "Open menu")
            case .findHint: return BiText("gõ tên để tìm", "type a name to find")
            case .findPrompt: return BiText("Tìm:", "Find:")
            case .findNone: return BiText("không thấy", "no match")
            case .findKeys: return BiText("chữ cái", "letters")
            case .findHelp: return BiText("Gõ tên để đến đảng viên đó (không ghi gì); Esc: xóa tên", "Type a name to go to that member (records nothing); Esc: clear it")
            case .pickCellForMember: return BiText("Thêm đảng viên vào chi bộ nào?", "Add the member to which cell?")
            case .noCellBelow: return BiText("Dưới tổ chức này chưa có chi bộ nào: hãy tạo chi bộ trước (n trên cây)", "There is no cell under this node yet: create one first (n in the tree)")
            case .refusedTitle: return BiText("Không thực hiện được", "Not done")
            case .refusedKeys: return BiText("Enter hoặc Esc: đóng", "Enter or Esc: close")
            case .refusedHeld: return BiText("phím gõ tiếp đã bị giữ lại, không chạy", "keys typed after it were held back, not run")
            case .marksBadgeMembers: return BiText("đảng viên đánh dấu", "marked")
            case .marksBadgeUnits: return BiText("đơn vị", "units")
            case .batchTitle: return BiText("Phân công", "Assign")
            case .marksCleared: return BiText("Đã bỏ mọi đánh dấu", "All marks cleared")
            case .noMarks: return BiText("Không có đảng viên nào được đánh dấu", "No member is marked")
            case .outsideTitle: return BiText("Đánh dấu ở đơn vị khác", "Marks in other units")
            case .outsideQuestion: return BiText("c/y: vẫn phân công cả %d người · k/n, Esc: thôi", "y: assign all %d anyway · n, Esc: no")
            case .outsideOf: return BiText("đảng viên đánh dấu ở ngoài", "marked members are outside")
            case .membersWord: return BiText("đảng viên", "members")
            }
        }
    }
}
