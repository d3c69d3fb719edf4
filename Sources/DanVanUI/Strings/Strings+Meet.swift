import DanVanCore

extension Strings {
    /// Text of the dashboard, annual review and meeting pages.
    enum Meet: Localized, CaseIterable {
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

        var bi: BiText {
            switch self {
            case .meetingExemptPresent: return BiText("Miễn SH có mặt", "Exempt present")
            case .quickSourceAssigned: return BiText("phân công", "assigned")
            case .quickSourceSelf: return BiText("tự nhận", "self-registered")
            case .dashTitle: return BiText("Bảng số liệu", "Dashboard")
            case .dashAssigned: return BiText("Được phân công", "Assigned")
            case .dashSelfRegistered: return BiText("Tự nhận nhiệm vụ", "Self-registered")
            case .dashTargetGroups: return BiText("Đối tượng vận động (phân công · đảng viên · hộ)", "Target groups (assignments · members · households)")
            case .dashNone: return BiText("(không có)", "(none)")
            case .dashMembersShort: return BiText("ĐV", "mem.")
            case .dashHouseholdsShort: return BiText("hộ", "hh.")
            case .dashPlaces: return BiText("Nơi thực hiện", "Place")
            case .dashEvaluations: return BiText("Đánh giá năm", "Evaluations")
            case .dashNotEvaluated: return BiText("Chưa đánh giá", "Not evaluated")
            case .dashChildren: return BiText("Đơn vị trực thuộc", "Child units")
            case .dashColUnit: return BiText("Đơn vị", "Unit")
            case .dashColEligible: return BiText("Đảng viên", "Eligible")
            case .dashColAssigned: return BiText("Phân công", "Assigned")
            case .dashColSelf: return BiText("Tự nhận", "Self-reg.")
            case .dashOther: return BiText("Khác", "Other")
            case .dashMasses: return BiText("Quần chúng ưu tú (giới thiệu · học cảm tình Đảng · kết nạp)", "Outstanding non-members (introduced · in class · admitted)")
            case .dashCumulative: return BiText("lũy kế", "to date")
            case .dashModels: return BiText("Mô hình Dân vận khéo", "Skilful-mobilization models")
            case .dashMeetings: return BiText("Buổi sinh hoạt", "Meetings held")
            case .dashAttendance: return BiText("có mặt", "present")
            case .selectNodeFirst: return BiText("Hãy chọn một tổ chức trước", "Select a node first")
            case .reviewTitle: return BiText("Đánh giá năm", "Annual review")
            case .reviewMembers: return BiText("đảng viên", "members")
            case .reviewAssignments: return BiText("phân công", "assignments")
            case .reviewWithout: return BiText("chưa có phân công", "without assignment")
            case .reviewUnevaluated: return BiText("chưa đánh giá", "not evaluated")
            case .reviewNotEvaluatedMark: return BiText("— chưa đánh giá", "— not evaluated")
            case .reviewNoAssignmentMark: return BiText("— chưa có phân công", "— no assignment")
            case .reviewNothingFlagged: return BiText("Không còn dòng nào cần chú ý", "Nothing left that needs attention")
            case .reviewNoAssignment: return BiText("Đảng viên này chưa có phân công trong năm (a: thêm phân công)", "This member has no assignment this year (a: add one)")
            case .reviewClearTitle: return BiText("Xóa đánh giá", "Clear evaluation")
            case .reviewClearQuestion: return BiText("Xóa đánh giá của", "Clear the evaluation of")
            case .confirmAnswers: return BiText("c/y: đồng ý · k/n, Esc: thôi", "y: yes · n, Esc: no")
            case .quickNoMember: return BiText("Chưa chọn được đảng viên: gõ tên rồi chọn trong danh sách", "No member chosen: type a name and pick from the list")
            case .quickNoGroup: return BiText("Chưa chọn được đối tượng vận động", "No target group chosen")
            case .minutesWritten: return BiText("Đã ghi biên bản", "Minutes written")
            case .fileExists: return BiText("Tệp đã có", "The file exists")
            case .overwriteQuestion: return BiText("Ghi đè?", "Replace it?")
            case .selectCellFirst: return BiText("Hãy chọn một chi bộ (hoặc tổ chức có chi bộ trực thuộc) trên cây", "Select a cell (or a node with cells below it) in the tree")
            case .meetingReopened: return BiText("Tiếp tục buổi sinh hoạt đã có", "Carrying on with the existing meeting")
            case .meetingTitle: return BiText("Sinh hoạt chi bộ", "Cell meeting")
            case .meetingPresent: return BiText("Có mặt", "Present")
            case .meetingNotMarked: return BiText("Chưa điểm danh", "Not marked")
            case .meetingAttendance: return BiText("Điểm danh", "Attendance")
            case .meetingExemptShort: return BiText("miễn SH", "exempt")
            case .meetingNone: return BiText("(chưa ghi)", "(none recorded)")
            case .quickLabel: return BiText("Phân công nhanh:", "Quick assign:")
            case .quickMember: return BiText("đảng viên…", "member…")
            case .quickGroup: return BiText("đối tượng…", "target group…")
            case .quickContent: return BiText("nội dung…", "content…")
            case .quickNoMatch: return BiText("(không tìm thấy)", "(no match)")
            case .quickDiscard: return BiText("Dòng phân công nhanh còn nội dung chưa lưu. Bỏ đi?", "The quick-assign line holds unsaved text. Discard it?")
            case .personsTitle: return BiText("Quần chúng ưu tú", "Outstanding non-members")
            case .modelsTitle: return BiText("Mô hình Dân vận khéo", "Skilful-mobilization models")
            case .recordsKeys: return BiText("/ tìm · i thêm · e sửa · D xóa · Esc quay lại", "/ search · i add · e edit · D delete · Esc back")
            case .personStage: return BiText("Giai đoạn", "Stage")
            case .personAdmitted: return BiText("Đã kết nạp", "Admitted")
            case .personInClass: return BiText("Đã học cảm tình Đảng", "Attended the class")
            case .personIntroduced: return BiText("Được giới thiệu", "Introduced")
            case .deleteRecordTitle: return BiText("Xóa hồ sơ", "Delete record")
            case .deleteRecordQuestion: return BiText("Xóa", "Delete")
            }
        }
    }
}
