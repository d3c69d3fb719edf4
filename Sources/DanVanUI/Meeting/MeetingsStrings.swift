import DanVanCore

extension Strings {
    /// Text of the meetings list.
    public enum Meetings: Localized, CaseIterable {
        case listTitle, listKeys, colPresent, colDecisions, none

        public var vi: String {
            switch self {
            case .listTitle: "Các buổi sinh hoạt"
            case .listKeys: "Enter mở · g ghi nội dung · w xuất biên bản · h buổi mới · Esc quay lại"
            case .colPresent: "Có mặt"
            case .colDecisions: "Quyết định"
            case .none: "Chưa có buổi sinh hoạt nào (h: bắt đầu một buổi)"
            }
        }

        public var en: String {
            switch self {
            case .listTitle: "Meetings"
            case .listKeys: "Enter open · g notes · w export minutes · h new meeting · Esc back"
            case .colPresent: "Present"
            case .colDecisions: "Decisions"
            case .none: "No meeting yet (h: start one)"
            }
        }
    }
}
