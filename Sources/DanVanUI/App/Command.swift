import DanVanCore

/// A named thing a person can ask for. Keys and menu items are bound to commands (see
/// `Keymap` and `MenuBar`); the reducer acts on commands, never on raw keys.
public enum Command: String, CaseIterable, Sendable, Localized {
    case moveUp, moveDown, pageUp, pageDown, moveHome, moveEnd
    case nextPane, prevPane
    case activate, expandNode, collapseNode, toggleNode
    case openMenu, closeOverlay, menuLeft, menuRight
    case help
    case quit, confirmYes, confirmNo
    case newAssignment, newOrg, openDemo
    case switchLanguage, chooseTheme
    case previousYear, nextYear
    case nextField, prevField, saveForm, pickNext, pickPrevious
    case openDashboard
    case openReview, nextFlagged, evaluateOutstanding, evaluateGood, evaluateCompleted, evaluateNotCompleted
    case editEvaluation, clearEvaluation
    case startMeeting, markPresent, markExcused, markAbsent, focusQuickAssign, editMinutes, exportMinutes
    case openPersons, openModels, newRecord, editRecord, deleteRecord
    // Editing workflows (Reducer+Editing).
    case startSearch, nextMatch, previousMatch, keepSearch, clearSearch, goTo, undo, redo, newMember, quickAddMember, editMember, changeStatus, editOrg, moveOrg, deleteOrg, editAssignment, endAssignment, deleteAssignment, evaluate, toggleMark

    public var vi: String {
        switch self {
        case .moveUp: "Lên một dòng"
        case .moveDown: "Xuống một dòng"
        case .pageUp: "Lên một trang"
        case .pageDown: "Xuống một trang"
        case .moveHome: "Về đầu"
        case .moveEnd: "Về cuối"
        case .nextPane: "Sang ô kế tiếp"
        case .prevPane: "Về ô trước"
        case .activate: "Chọn"
        case .expandNode: "Mở nhánh"
        case .collapseNode: "Đóng nhánh"
        case .toggleNode: "Mở/đóng nhánh"
        case .openMenu: "Thanh thực đơn"
        case .closeOverlay: "Đóng / quay lại"
        case .menuLeft: "Thực đơn bên trái"
        case .menuRight: "Thực đơn bên phải"
        case .help: "Trợ giúp"
        case .quit: "Thoát"
        case .confirmYes: "Đồng ý"
        case .confirmNo: "Không"
        case .newAssignment: "Thêm phân công"
        case .newOrg: "Tạo tổ chức"
        case .openDemo: "Mở dữ liệu mẫu"
        case .switchLanguage: "Đổi ngôn ngữ"
        case .chooseTheme: "Giao diện màu"
        case .previousYear: "Năm trước"
        case .nextYear: "Năm sau"
        case .nextField: "Ô kế tiếp"
        case .prevField: "Ô trước"
        case .saveForm: "Lưu"
        case .pickNext: "Lựa chọn kế"
        case .pickPrevious: "Lựa chọn trước"
        case .openDashboard: "Bảng số liệu"
        case .openReview: "Đánh giá cuối năm"
        case .nextFlagged: "Đến dòng cần chú ý kế tiếp"
        case .evaluateOutstanding: "Hoàn thành xuất sắc"
        case .evaluateGood: "Hoàn thành tốt"
        case .evaluateCompleted: "Hoàn thành"
        case .evaluateNotCompleted: "Không hoàn thành"
        case .editEvaluation: "Đánh giá kèm ghi chú"
        case .clearEvaluation: "Xóa đánh giá"
        case .startMeeting: "Sinh hoạt chi bộ"
        case .markPresent: "Có mặt"
        case .markExcused: "Vắng có lý do"
        case .markAbsent: "Vắng"
        case .focusQuickAssign: "Phân công nhanh"
        case .editMinutes: "Nội dung và quyết định"
        case .exportMinutes: "Xuất biên bản"
        case .openPersons: "Quần chúng ưu tú"
        case .openModels: "Mô hình Dân vận khéo"
        case .newRecord: "Thêm"
        case .editRecord: "Sửa"
        case .deleteRecord: "Xóa"
        case .startSearch: "Tìm trong danh sách"
        case .nextMatch: "Kết quả kế tiếp"
        case .previousMatch: "Kết quả trước"
        case .keepSearch: "Giữ bộ lọc"
        case .clearSearch: "Bỏ bộ lọc"
        case .goTo: "Đi tới…"
        case .undo: "Hoàn tác"
        case .redo: "Làm lại"
        case .newMember: "Thêm đảng viên"
        case .quickAddMember: "Thêm nhanh đảng viên"
        case .editMember: "Sửa đảng viên"
        case .changeStatus: "Đổi trạng thái / chuyển sinh hoạt"
        case .editOrg: "Sửa tổ chức"
        case .moveOrg: "Chuyển tổ chức"
        case .deleteOrg: "Xóa tổ chức"
        case .editAssignment: "Sửa phân công"
        case .endAssignment: "Kết thúc phân công"
        case .deleteAssignment: "Xóa phân công (nhập nhầm)"
        case .evaluate: "Đánh giá năm"
        case .toggleMark: "Đánh dấu / bỏ đánh dấu"
        }
    }

    public var en: String {
        switch self {
        case .moveUp: "Up one row"
        case .moveDown: "Down one row"
        case .pageUp: "Up one page"
        case .pageDown: "Down one page"
        case .moveHome: "First row"
        case .moveEnd: "Last row"
        case .nextPane: "Next pane"
        case .prevPane: "Previous pane"
        case .activate: "Choose"
        case .expandNode: "Expand node"
        case .collapseNode: "Collapse node"
        case .toggleNode: "Expand/collapse"
        case .openMenu: "Menu bar"
        case .closeOverlay: "Close / back"
        case .menuLeft: "Menu to the left"
        case .menuRight: "Menu to the right"
        case .help: "Help"
        case .quit: "Quit"
        case .confirmYes: "Yes"
        case .confirmNo: "No"
        case .newAssignment: "New assignment"
        case .newOrg: "Create organization"
        case .openDemo: "Open demo data"
        case .switchLanguage: "Switch language"
        case .chooseTheme: "Color theme"
        case .previousYear: "Previous year"
        case .nextYear: "Next year"
        case .nextField: "Next field"
        case .prevField: "Previous field"
        case .saveForm: "Save"
        case .pickNext: "Next choice"
        case .pickPrevious: "Previous choice"
        case .openDashboard: "Dashboard"
        case .openReview: "Annual review"
        case .nextFlagged: "Next row needing attention"
        case .evaluateOutstanding: "Outstanding"
        case .evaluateGood: "Good"
        case .evaluateCompleted: "Completed"
        case .evaluateNotCompleted: "Not completed"
        case .editEvaluation: "Evaluate with a note"
        case .clearEvaluation: "Clear evaluation"
        case .startMeeting: "Cell meeting"
        case .markPresent: "Present"
        case .markExcused: "Absent with reason"
        case .markAbsent: "Absent"
        case .focusQuickAssign: "Quick assign"
        case .editMinutes: "Notes and decisions"
        case .exportMinutes: "Export the minutes"
        case .openPersons: "Outstanding non-members"
        case .openModels: "Skilful-mobilization models"
        case .newRecord: "Add"
        case .editRecord: "Edit"
        case .deleteRecord: "Delete"
        case .startSearch: "Search the list"
        case .nextMatch: "Next match"
        case .previousMatch: "Previous match"
        case .keepSearch: "Keep the filter"
        case .clearSearch: "Clear the filter"
        case .goTo: "Go to…"
        case .undo: "Undo"
        case .redo: "Redo"
        case .newMember: "Add member"
        case .quickAddMember: "Quick add member"
        case .editMember: "Edit member"
        case .changeStatus: "Change status / transfer"
        case .editOrg: "Edit node"
        case .moveOrg: "Move node"
        case .deleteOrg: "Delete node"
        case .editAssignment: "Edit assignment"
        case .endAssignment: "End assignment"
        case .deleteAssignment: "Delete assignment (mistakes)"
        case .evaluate: "Evaluate for the year"
        case .toggleMark: "Mark / unmark"
        }
    }

    /// The short word the hint bar shows beside the key.
    public func hint(_ lang: Lang) -> String {
        switch (self, lang) {
        case (.help, .vi): "Giúp"
        case (.help, .en): "Help"
        case (.newAssignment, .vi): "Phân công"
        case (.newAssignment, .en): "Assign"
        case (.switchLanguage, .vi): "English"
        case (.switchLanguage, .en): "Tiếng Việt"
        case (.chooseTheme, .vi): "Màu"
        case (.chooseTheme, .en): "Theme"
        case (.openMenu, .vi): "Menu"
        case (.openMenu, .en): "Menu"
        case (.quit, .vi): "Thoát"
        case (.quit, .en): "Quit"
        case (.saveForm, .vi): "Lưu"
        case (.saveForm, .en): "Save"
        case (.closeOverlay, .vi): "Đóng"
        case (.closeOverlay, .en): "Close"
        case (.nextPane, .vi): "Ô kế"
        case (.nextPane, .en): "Pane"
        default: text(lang)
        }
    }
}
