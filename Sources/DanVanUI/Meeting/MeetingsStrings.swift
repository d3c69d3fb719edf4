import DanVanCore

extension Strings {
    /// Text of the meetings list.
    enum Meetings: Localized, CaseIterable {
        case listTitle, listKeys, colPresent, colDecisions, none

        var bi: BiText {
            switch self {
            case .listTitle: return BiText("Các buổi sinh hoạt", "Meetings")
            case .listKeys: return BiText("Enter mở · g ghi nội dung · w xuất biên bản · h buổi mới · Esc quay lại", "Enter open · g notes · w export minutes · h new meeting · Esc back")
            case .colPresent: return BiText("Có mặt", "Present")
            case .colDecisions: return BiText("Quyết định", "Decisions")
            case .none: return BiText("Chưa có buổi sinh hoạt nào (h: bắt đầu một buổi)", "No meeting yet (h: start one)")
            }
        }
    }
}
