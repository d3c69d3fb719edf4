import DanVanCore

/// Demo data lives in a folder of its own: opening it never touches the person's records,
/// the title bar says so while it is open, and File → Back to your data leaves it.
extension AppState {
    mutating func run(_ command: WelcomeCommand) -> [Effect] {
        switch command {
        case .openDemo, .leaveDemo: switchFolder(command)
        }
    }

    mutating func switchFolder(_ command: WelcomeCommand) -> [Effect] {
        overlay = nil
        if command == .openDemo {
            guard !demo else {
                status = StatusMessage(Strings.Demo.alreadyDemo.text(lang), .info)
                return []
            }
            guard form?.hasUnsavedText != true, !pageHasUnsavedText else {
                status = StatusMessage(Strings.Demo.saveFirst.text(lang), .warning)
                return []
            }
            busy = true
            status = StatusMessage(Strings.UI.demoLoading.text(lang), .info)
            return [.openDemoFolder(.district)]
        }
        guard demo else {
            status = StatusMessage(Strings.Demo.alreadyReal.text(lang), .info)
            return []
        }
        busy = true
        return [.openRealFolder]
    }

    /// Shows another folder's records from a clean screen: the undo history, marks, search,
    /// page and form belonged to the folder left behind.
    mutating func folderOpened(_ newState: State, demo: Bool, readOnly: Bool) {
        data = newState
        self.demo = demo
        self.readOnly = readOnly
        if !readOnly { lockHolder = nil }
        dataChanged(roster: true)
        cache.names.forgetAll()
        busy = false
        history = UndoHistory()
        pendingHistory = nil
        marked = []
        filter = nil
        page = nil
        form = nil
        expanded = Set(newState.sortedRoots)
        treeCursor = 0
        treeScroll = 0
        memberCursor = 0
        memberScroll = 0
        detailCursor = 0
        focus = .tree
        let message: Strings.Demo = demo ? .opened : .left
        status = StatusMessage(message.text(lang) + (readOnly ? " — " + Strings.UI.readOnlyBadge.text(lang) : ""), demo ? .warning : .ok)
    }
}

extension Strings {
    /// Text about the demo folder.
    enum Demo: Localized, CaseIterable {
        case badge, opened, left, alreadyDemo, alreadyReal, saveFirst

        var bi: BiText {
            switch self {
            case .badge: return BiText("DỮ LIỆU MẪU", "DEMO")
            case .opened: return BiText("Đang xem dữ liệu mẫu (thư mục riêng; dữ liệu thật không bị động đến). Tệp → Về dữ liệu thật để quay lại", "Showing demo data (a folder of its own; your data is untouched). File → Back to your data returns")
            case .left: return BiText("Đã về dữ liệu thật", "Back to your data")
            case .alreadyDemo: return BiText("Đang xem dữ liệu mẫu rồi", "Demo data is already open")
            case .alreadyReal: return BiText("Đang dùng dữ liệu thật", "Your data is already open")
            case .saveFirst: return BiText("Hãy lưu hoặc bỏ nội dung đang nhập trước khi mở dữ liệu mẫu", "Save or discard what you are typing before opening the demo data")
            }
        }
    }
}
