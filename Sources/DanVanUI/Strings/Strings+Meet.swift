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

        public var vi: String {
            switch self {
            case .dashTitle: "Bảng số liệu"
            case .dashAssigned: "Được phân công"
            case .dashSelfRegistered: "Tự nhận nhiệm vụ"
            case .dashTargetGroups: "Đối tượng vận động (phân công · đảng viên · hộ)"
            case .dashNone: "(không có)"
            case .dashMembersShort: "ĐV"
            case .dashHouseholdsShort: "hộ"
            case .dashPlaces: "Nơi thực hiện"
            case .dashEvaluations: "Đánh giá năm"
            case .dashNotEvaluated: "Chưa đánh giá"
            case .dashChildren: "Đơn vị trực thuộc"
            case .dashColUnit: "Đơn vị"
            case .dashColEligible: "Đảng viên"
            case .dashColAssigned: "Phân công"
            case .dashColSelf: "Tự nhận"
            case .dashOther: "Khác"
            case .dashMasses: "Quần chúng ưu tú (giới thiệu · học cảm tình Đảng · kết nạp)"
            case .dashCumulative: "lũy kế"
            case .dashModels: "Mô hình Dân vận khéo"
            case .dashMeetings: "Buổi sinh hoạt"
            case .dashAttendance: "có mặt"
            case .selectNodeFirst: "Hãy chọn một tổ chức trước"
            case .reviewTitle: "Đánh giá năm"
            case .reviewMembers: "đảng viên"
            case .reviewAssignments: "phân công"
            case .reviewWithout: "chưa có phân công"
            case .reviewUnevaluated: "chưa đánh giá"
            case .reviewNotEvaluatedMark: "— chưa đánh giá"
            case .reviewNoAssignmentMark: "— chưa có phân công"
            case .reviewNothingFlagged: "Không còn dòng nào cần chú ý"
            case .reviewNoAssignment: "Đảng viên này chưa có phân công trong năm (a: thêm phân công)"
            case .reviewClearTitle: "Xóa đánh giá"
            case .reviewClearQuestion: "Xóa đánh giá của"
            case .confirmAnswers: "c/y: đồng ý · k/n, Esc: thôi"
            case .quickNoMember: "Chưa chọn được đảng viên: gõ tên rồi chọn trong danh sách"
            case .quickNoGroup: "Chưa chọn được đối tượng vận động"
            case .minutesWritten: "Đã ghi biên bản"
            case .fileExists: "Tệp đã có"
            case .overwriteQuestion: "Ghi đè?"
            case .selectCellFirst: "Hãy chọn một chi bộ (hoặc tổ chức có chi bộ trực thuộc) trên cây"
            case .meetingReopened: "Tiếp tục buổi sinh hoạt đã có"
            case .meetingTitle: "Sinh hoạt chi bộ"
            case .meetingPresent: "Có mặt"
            case .meetingNotMarked: "Chưa điểm danh"
            case .meetingAttendance: "Điểm danh"
            case .meetingExemptShort: "miễn SH"
            case .meetingNone: "(chưa ghi)"
            case .quickLabel: "Phân công nhanh:"
            case .quickMember: "đảng viên…"
            case .quickGroup: "đối tượng…"
            case .quickContent: "nội dung…"
            case .quickNoMatch: "(không tìm thấy)"
            case .quickDiscard: "Dòng phân công nhanh còn nội dung chưa lưu. Bỏ đi?"
            }
        }

        public var en: String {
            switch self {
            case .dashTitle: "Dashboard"
            case .dashAssigned: "Assigned"
            case .dashSelfRegistered: "Self-registered"
            case .dashTargetGroups: "Target groups (assignments · members · households)"
            case .dashNone: "(none)"
            case .dashMembersShort: "mem."
            case .dashHouseholdsShort: "hh."
            case .dashPlaces: "Place"
            case .dashEvaluations: "Evaluations"
            case .dashNotEvaluated: "Not evaluated"
            case .dashChildren: "Child units"
            case .dashColUnit: "Unit"
            case .dashColEligible: "Eligible"
            case .dashColAssigned: "Assigned"
            case .dashColSelf: "Self-reg."
            case .dashOther: "Other"
            case .dashMasses: "Outstanding non-members (introduced · in class · admitted)"
            case .dashCumulative: "to date"
            case .dashModels: "Skilful-mobilization models"
            case .dashMeetings: "Meetings held"
            case .dashAttendance: "present"
            case .selectNodeFirst: "Select a node first"
            case .reviewTitle: "Annual review"
            case .reviewMembers: "members"
            case .reviewAssignments: "assignments"
            case .reviewWithout: "without assignment"
            case .reviewUnevaluated: "not evaluated"
            case .reviewNotEvaluatedMark: "— not evaluated"
            case .reviewNoAssignmentMark: "— no assignment"
            case .reviewNothingFlagged: "Nothing left that needs attention"
            case .reviewNoAssignment: "This member has no assignment this year (a: add one)"
            case .reviewClearTitle: "Clear evaluation"
            case .reviewClearQuestion: "Clear the evaluation of"
            case .confirmAnswers: "y: yes · n, Esc: no"
            case .quickNoMember: "No member chosen: type a name and pick from the list"
            case .quickNoGroup: "No target group chosen"
            case .minutesWritten: "Minutes written"
            case .fileExists: "The file exists"
            case .overwriteQuestion: "Replace it?"
            case .selectCellFirst: "Select a cell (or a node with cells below it) in the tree"
            case .meetingReopened: "Carrying on with the existing meeting"
            case .meetingTitle: "Cell meeting"
            case .meetingPresent: "Present"
            case .meetingNotMarked: "Not marked"
            case .meetingAttendance: "Attendance"
            case .meetingExemptShort: "exempt"
            case .meetingNone: "(none recorded)"
            case .quickLabel: "Quick assign:"
            case .quickMember: "member…"
            case .quickGroup: "target group…"
            case .quickContent: "content…"
            case .quickNoMatch: "(no match)"
            case .quickDiscard: "The quick-assign line holds unsaved text. Discard it?"
            }
        }
    }
}
