import DanVanCore

/// Text shown to a person in both languages. Each table is an enum whose `vi` and `en`
/// are exhaustive switches, so a key without a translation does not compile. Other parts
/// of the program add their own tables (an enum in an `extension Strings` file).
public protocol Localized: Sendable {
    var vi: String { get }
    var en: String { get }
}

extension Localized {
    public func text(_ lang: Lang) -> String { lang == .vi ? vi : en }
}

public enum Strings {
    /// The general interface table.
    public enum UI: Localized, CaseIterable {
        case appTitle
        case paneTree, paneMembers, paneDetail
        case colCard, colName, colRole, colStatus, colAssignments
        case saved, readOnlyBadge, readOnlyRefused, lockedBy
        case enlargeWindow
        case welcomeTitle, welcomeIntro, welcomeCreate, welcomeDemo, welcomeQuit, welcomeReadOnly
        case noMemberSelected, noMembers, noAssignments, noNodes
        case assignmentsTitle, memberCard, memberStatus, memberRole, memberOrg
        case newAssignmentTitle, newOrgTitle
        case fieldTargetGroup, fieldArea, fieldHouseholds, fieldContent, fieldPlace, fieldSource
        case fieldFrom, fieldTo, fieldResolution, fieldOrgName, fieldOrgLevel
        case formSave, formCancel, formHint
        case errRequired, errDate, errNumber, errDateOrder
        case confirmQuitUnsaved, confirmYesNo
        case helpTitle, helpClose, helpGlobal
        case chooseTheme, themeChanged, languageChanged
        case demoLoading, demoLoaded, orgCreated, assignmentAdded
        case yearLabel, selectMemberFirst
        case openEndedTo, demoOnlyEmpty, checkFields, savingFailed, evaluation
        case evaluationSaved, evaluationCleared, evaluationTitle, fieldNote
        case attendanceSaved, meetingStarted, meetingSaved, quickAssigned, meetingStartTitle, fieldDate, fieldKind
        case absenceTitle, fieldReason, meetingNotesTitle, fieldNotes, fieldDecisions, exportMinutesTitle, fieldPath, fieldFormat

        public var vi: String {
            switch self {
            case .appTitle: "danvan — Phân công đảng viên làm công tác dân vận"
            case .paneTree: "Tổ chức"
            case .paneMembers: "Đảng viên"
            case .paneDetail: "Phân công"
            case .colCard: "Số thẻ"
            case .colName: "Họ và tên"
            case .colRole: "Chức vụ"
            case .colStatus: "Trạng thái"
            case .colAssignments: "PC"
            case .saved: "Đã lưu"
            case .readOnlyBadge: "CHỈ ĐỌC"
            case .readOnlyRefused: "Dữ liệu đang mở chỉ đọc: không sửa được"
            case .lockedBy: "Thư mục đang được mở bởi"
            case .enlargeWindow: "Cửa sổ quá nhỏ, hãy phóng to"
            case .welcomeTitle: "Chào mừng đến với danvan"
            case .welcomeIntro: "Thư mục dữ liệu còn trống. Bắt đầu bằng cách:"
            case .welcomeCreate: "Tạo tổ chức mới"
            case .welcomeDemo: "Mở dữ liệu mẫu"
            case .welcomeQuit: "Thoát"
            case .welcomeReadOnly: "Thư mục đang mở chỉ đọc và chưa có dữ liệu."
            case .noMemberSelected: "Chưa chọn đảng viên"
            case .noMembers: "Không có đảng viên"
            case .noAssignments: "Chưa có phân công"
            case .noNodes: "Chưa có tổ chức"
            case .assignmentsTitle: "Các phân công"
            case .memberCard: "Số thẻ"
            case .memberStatus: "Trạng thái"
            case .memberRole: "Chức vụ"
            case .memberOrg: "Chi bộ"
            case .newAssignmentTitle: "Thêm phân công"
            case .newOrgTitle: "Tạo tổ chức"
            case .fieldTargetGroup: "Đối tượng"
            case .fieldArea: "Địa bàn"
            case .fieldHouseholds: "Số hộ"
            case .fieldContent: "Nội dung"
            case .fieldPlace: "Nơi"
            case .fieldSource: "Hình thức"
            case .fieldFrom: "Từ ngày"
            case .fieldTo: "Đến ngày"
            case .fieldResolution: "Nghị quyết"
            case .fieldOrgName: "Tên"
            case .fieldOrgLevel: "Cấp"
            case .formSave: "Lưu"
            case .formCancel: "Hủy"
            case .formHint: "Tab: ô kế · ←→: chọn · F2/Ctrl-S: lưu · Esc: hủy"
            case .errRequired: "không được để trống"
            case .errDate: "ngày không hợp lệ (dd/mm/yyyy)"
            case .errNumber: "phải là số nguyên không âm"
            case .errDateOrder: "không được trước ngày bắt đầu"
            case .confirmQuitUnsaved: "Biểu mẫu còn nội dung chưa lưu. Vẫn thoát?"
            case .confirmYesNo: "c/y: thoát · k/n, Esc: ở lại"
            case .helpTitle: "Phím tắt"
            case .helpClose: "Esc, ?, F1: đóng"
            case .helpGlobal: "Mọi nơi"
            case .chooseTheme: "Chọn giao diện màu"
            case .themeChanged: "Đã đổi giao diện"
            case .languageChanged: "Đã chuyển sang tiếng Việt"
            case .demoLoading: "Đang tạo dữ liệu mẫu…"
            case .demoLoaded: "Đã mở dữ liệu mẫu"
            case .orgCreated: "Đã tạo tổ chức"
            case .assignmentAdded: "Đã thêm phân công"
            case .yearLabel: "Năm"
            case .selectMemberFirst: "Hãy chọn một đảng viên trước"
            case .openEndedTo: "nay"
            case .demoOnlyEmpty: "Chỉ mở được dữ liệu mẫu khi thư mục còn trống"
            case .checkFields: "Hãy sửa các ô được đánh dấu"
            case .savingFailed: "Không lưu được"
            case .evaluation: "Đánh giá"
            case .evaluationSaved: "Đã ghi đánh giá"
            case .evaluationCleared: "Đã xóa đánh giá"
            case .evaluationTitle: "Đánh giá phân công"
            case .fieldNote: "Ghi chú"
            case .attendanceSaved: "Đã điểm danh"
            case .meetingStarted: "Đã mở buổi sinh hoạt"
            case .meetingSaved: "Đã ghi nội dung buổi sinh hoạt"
            case .quickAssigned: "Đã phân công"
            case .meetingStartTitle: "Sinh hoạt chi bộ"
            case .fieldDate: "Ngày"
            case .fieldKind: "Loại"
            case .absenceTitle: "Vắng có lý do"
            case .fieldReason: "Lý do"
            case .meetingNotesTitle: "Nội dung và quyết định"
            case .fieldNotes: "Nội dung"
            case .fieldDecisions: "Quyết định"
            case .exportMinutesTitle: "Xuất biên bản"
            case .fieldPath: "Tệp"
            case .fieldFormat: "Định dạng"
            }
        }

        public var en: String {
            switch self {
            case .appTitle: "danvan — mass-mobilization assignments"
            case .paneTree: "Organization"
            case .paneMembers: "Members"
            case .paneDetail: "Assignments"
            case .colCard: "Card"
            case .colName: "Full name"
            case .colRole: "Role"
            case .colStatus: "Status"
            case .colAssignments: "Asg"
            case .saved: "Saved"
            case .readOnlyBadge: "READ-ONLY"
            case .readOnlyRefused: "The data is open read-only: edits are refused"
            case .lockedBy: "The folder is held by"
            case .enlargeWindow: "Window too small, please enlarge it"
            case .welcomeTitle: "Welcome to danvan"
            case .welcomeIntro: "The data folder is empty. Start by choosing:"
            case .welcomeCreate: "Create an organization"
            case .welcomeDemo: "Open demo data"
            case .welcomeQuit: "Quit"
            case .welcomeReadOnly: "The folder is open read-only and holds no data yet."
            case .noMemberSelected: "No member selected"
            case .noMembers: "No members"
            case .noAssignments: "No assignments yet"
            case .noNodes: "No organization yet"
            case .assignmentsTitle: "Assignments"
            case .memberCard: "Card"
            case .memberStatus: "Status"
            case .memberRole: "Role"
            case .memberOrg: "Cell"
            case .newAssignmentTitle: "New assignment"
            case .newOrgTitle: "Create organization"
            case .fieldTargetGroup: "Target group"
            case .fieldArea: "Area"
            case .fieldHouseholds: "Households"
            case .fieldContent: "Content"
            case .fieldPlace: "Place"
            case .fieldSource: "Source"
            case .fieldFrom: "From"
            case .fieldTo: "To"
            case .fieldResolution: "Resolution"
            case .fieldOrgName: "Name"
            case .fieldOrgLevel: "Level"
            case .formSave: "Save"
            case .formCancel: "Cancel"
            case .formHint: "Tab: next field · ←→: choose · F2/Ctrl-S: save · Esc: cancel"
            case .errRequired: "must not be empty"
            case .errDate: "not a valid date (dd/mm/yyyy)"
            case .errNumber: "must be a whole number, 0 or more"
            case .errDateOrder: "must not be before the start date"
            case .confirmQuitUnsaved: "A form holds unsaved text. Quit anyway?"
            case .confirmYesNo: "y: quit · n, Esc: stay"
            case .helpTitle: "Keys"
            case .helpClose: "Esc, ?, F1: close"
            case .helpGlobal: "Everywhere"
            case .chooseTheme: "Choose a color theme"
            case .themeChanged: "Theme changed"
            case .languageChanged: "Switched to English"
            case .demoLoading: "Creating demo data…"
            case .demoLoaded: "Demo data opened"
            case .orgCreated: "Organization created"
            case .assignmentAdded: "Assignment added"
            case .yearLabel: "Year"
            case .selectMemberFirst: "Select a member first"
            case .openEndedTo: "now"
            case .demoOnlyEmpty: "Demo data can only be opened in an empty folder"
            case .checkFields: "Please correct the marked fields"
            case .savingFailed: "Could not save"
            case .evaluation: "Evaluation"
            case .evaluationSaved: "Evaluation recorded"
            case .evaluationCleared: "Evaluation cleared"
            case .evaluationTitle: "Evaluate the assignment"
            case .fieldNote: "Note"
            case .attendanceSaved: "Attendance recorded"
            case .meetingStarted: "Meeting opened"
            case .meetingSaved: "Meeting notes recorded"
            case .quickAssigned: "Assigned"
            case .meetingStartTitle: "Cell meeting"
            case .fieldDate: "Date"
            case .fieldKind: "Kind"
            case .absenceTitle: "Absent with reason"
            case .fieldReason: "Reason"
            case .meetingNotesTitle: "Notes and decisions"
            case .fieldNotes: "Notes"
            case .fieldDecisions: "Decisions"
            case .exportMinutesTitle: "Export the minutes"
            case .fieldPath: "File"
            case .fieldFormat: "Format"
            }
        }
    }
}
