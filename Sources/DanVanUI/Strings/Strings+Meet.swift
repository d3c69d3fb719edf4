import DanVanCore

extension Strings {
    /// Text of the dashboard, annual review and meeting pages.
    public enum Meet: Localized, CaseIterable {
        case dashTitle, dashAssigned, dashSelfRegistered, dashTargetGroups, dashNone, dashMembersShort, dashHouseholdsShort
        case dashPlaces, dashEvaluations, dashNotEvaluated, dashChildren, dashColUnit, dashColEligible, dashColAssigned
        case dashColSelf, dashOther, dashMasses, dashCumulative, dashModels, dashMeetings, dashAttendance
        case selectNodeFirst
        case reviewTitle, reviewMembers, reviewAssignments, reviewWithout, reviewUnevaluated, reviewNotEvaluatedMark
        case reviewNoAssignmentMark, reviewNothingFlagged, reviewNoAssignment, reviewClearTitle, reviewClearQuestion
        case confirmAnswers
        case quickNoMember, quickNoGroup, minutesWritten, fileExists, overwriteQuestion, selectCellFirst, meetingReopened
        case meetingTitle, meetingPresent, meetingNotMarked, meetingAttendance, meetingExemptShort, meetingNone
        case quickLabel, quickMember, quickGroup, quickContent, quickNoMatch, quickDiscard
        case personsTitle, modelsTitle, recordsKeys, personStage, personAdmitted, personInClass, personIntroduced
        case deleteRecordTitle, deleteRecordQuestion
        case meetingExemptPresent, quickSourceAssigned, quickSourceSelf

        public var bi: BiText {
            switch self {
            case .meetingExemptPresent: BiText("Miễn SH có mặt", "Exempt present")
            case .quickSourceAssigned: BiText("phân công", "assigned")
            case .quickSourceSelf: BiText("tự nhận", "self-registered")
            case .dashTitle: BiText("Bảng số liệu", "Dashboard")
            case .dashAssigned: BiText("Được phân công", "Assigned")
            case .dashSelfRegistered: BiText("Tự nhận nhiệm vụ", "Self-registered")
            case .dashTargetGroups: BiText("Đối tượng vận động (phân công · đảng viên · hộ)", "Target groups (assignments · members · households)")
            case .dashNone: BiText("(không có)", "(none)")
            case .dashMembersShort: BiText("ĐV", "mem.")
            case .dashHouseholdsShort: BiText("hộ", "hh.")
            case .dashPlaces: BiText("Nơi thực hiện", "Place")
            case .dashEvaluations: BiText("Đánh giá năm", "Evaluations")
            case .dashNotEvaluated: BiText("Chưa đánh giá", "Not evaluated")
            case .dashChildren: BiText("Đơn vị trực thuộc", "Child units")
            case .dashColUnit: BiText("Đơn vị", "Unit")
            case .dashColEligible: BiText("Đảng viên", "Eligible")
            case .dashColAssigned: BiText("Phân công", "Assigned")
            case .dashColSelf: BiText("Tự nhận", "Self-reg.")
            case .dashOther: BiText("Khác", "Other")
            case .dashMasses: BiText("Quần chúng ưu tú (giới thiệu · học cảm tình Đảng · kết nạp)", "Outstanding non-members (introduced · in class · admitted)")
            case .dashCumulative: BiText("lũy kế", "to date")
            case .dashModels: BiText("Mô hình Dân vận khéo", "Skilful-mobilization models")
            case .dashMeetings: BiText("Buổi sinh hoạt", "Meetings held")
            case .dashAttendance: BiText("có mặt", "present")
            case .selectNodeFirst: BiText("Hãy chọn một tổ chức trước", "Select a node first")
            case .reviewTitle: BiText("Đánh giá năm", "Annual review")
            case .reviewMembers: BiText("đảng viên", "members")
            case .reviewAssignments: BiText("phân công", "assignments")
            case .reviewWithout: BiText("chưa có phân công", "without assignment")
            case .reviewUnevaluated: BiText("chưa đánh giá", "not evaluated")
            case .reviewNotEvaluatedMark: BiText("— chưa đánh giá", "— not evaluated")
            case .reviewNoAssignmentMark: BiText("— chưa có phân công", "— no assignment")
            case .reviewNothingFlagged: BiText("Không còn dòng nào cần chú ý", "Nothing left that needs attention")
            case .reviewNoAssignment: BiText("Đảng viên này chưa có phân công trong năm (a: thêm phân công)", "This member has no assignment this year (a: add one)")
            case .reviewClearTitle: BiText("Xóa đánh giá", "Clear evaluation")
            case .reviewClearQuestion: BiText("Xóa đánh giá của", "Clear the evaluation of")
            case .confirmAnswers: BiText("c/y: đồng ý · k/n, Esc: thôi", "y: yes · n, Esc: no")
            case .quickNoMember: BiText("Chưa chọn được đảng viên: gõ tên rồi chọn trong danh sách", "No member chosen: type a name and pick from the list")
            case .quickNoGroup: BiText("Chưa chọn được đối tượng vận động", "No target group chosen")
            case .minutesWritten: BiText("Đã ghi biên bản", "Minutes written")
            case .fileExists: BiText("Tệp đã có", "The file exists")
            case .overwriteQuestion: BiText("Ghi đè?", "Replace it?")
            case .selectCellFirst: BiText("Hãy chọn một chi bộ (hoặc tổ chức có chi bộ trực thuộc) trên cây", "Select a cell (or a node with cells below it) in the tree")
            case .meetingReopened: BiText("Tiếp tục buổi sinh hoạt đã có", "Carrying on with the existing meeting")
            case .meetingTitle: BiText("Sinh hoạt chi bộ", "Cell meeting")
            case .meetingPresent: BiText("Có mặt", "Present")
            case .meetingNotMarked: BiText("Chưa điểm danh", "Not marked")
            case .meetingAttendance: BiText("Điểm danh", "Attendance")
            case .meetingExemptShort: BiText("miễn SH", "exempt")
            case .meetingNone: BiText("(chưa ghi)", "(none recorded)")
            case .quickLabel: BiText("Phân công nhanh:", "Quick assign:")
            case .quickMember: BiText("đảng viên…", "member…")
            case .quickGroup: BiText("đối tượng…", "target group…")
            case .quickContent: BiText("nội dung…", "content…")
            case .quickNoMatch: BiText("(không tìm thấy)", "(no match)")
            case .quickDiscard: BiText("Dòng phân công nhanh còn nội dung chưa lưu. Bỏ đi?", "The quick-assign line holds unsaved text. Discard it?")
            case .personsTitle: BiText("Quần chúng ưu tú", "Outstanding non-members")
            case .modelsTitle: BiText("Mô hình Dân vận khéo", "Skilful-mobilization models")
            case .recordsKeys: BiText("/ tìm · i thêm · e sửa · D xóa · Esc quay lại", "/ search · i add · e edit · D delete · Esc back")
            case .personStage: BiText("Giai đoạn", "Stage")
            case .personAdmitted: BiText("Đã kết nạp", "Admitted")
            case .personInClass: BiText("Đã học cảm tình Đảng", "Attended the class")
            case .personIntroduced: BiText("Được giới thiệu", "Introduced")
            case .deleteRecordTitle: BiText("Xóa hồ sơ", "Delete record")
            case .deleteRecordQuestion: BiText("Xóa", "Delete")
            }
        }
    }
}
