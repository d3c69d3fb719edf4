/// Why an op was refused, in both languages. `code` is stable for tests and scripts;
/// `field`, when set, is the field at fault (for a date out of order, the later date), so a
/// form or an importer can point at it.
public struct OpError: Error, Hashable, Sendable, CustomStringConvertible {
    public let code: Code
    public let vi: String
    public let en: String
    public let field: Field?

    public enum Code: String, Sendable {
        case unknownID, duplicateID, notACell, cellHasNoChildren, levelNotAllowed, cycle, orgNotEmpty
        case memberReferenced, datesOutOfOrder, duplicateCard, emptyField, invalidValue
    }

    public init(_ code: Code, vi: String, en: String, field: Field? = nil) {
        self.code = code
        self.vi = vi
        self.en = en
        self.field = field
    }
    public func message(_ lang: Lang) -> String { lang == .vi ? vi : en }
    public var description: String { en }

    static func unknown(_ what: EntityKind, _ raw: UInt64) -> OpError {
        OpError(.unknownID, vi: "Không tìm thấy \(what.vi) có mã \(raw)", en: "No \(what.en) with id \(raw)")
    }
    static func duplicate(_ what: EntityKind, _ raw: UInt64) -> OpError {
        OpError(.duplicateID, vi: "Mã \(raw) đã dùng cho một \(what.vi) khác", en: "Id \(raw) is already used by another \(what.en)")
    }
    static func empty(_ field: Field) -> OpError {
        OpError(.emptyField, vi: "\(field.vi) không được để trống", en: "\(field.en) must not be empty", field: field)
    }
    static func order(_ a: Field, _ b: Field) -> OpError {
        OpError(.datesOutOfOrder, vi: "\(b.vi) không được trước \(a.vi)", en: "\(b.en) must not be before \(a.en)", field: b)
    }
    static func invalid(_ field: Field, vi: String, en: String) -> OpError {
        OpError(.invalidValue, vi: "\(field.vi): \(vi)", en: "\(field.en): \(en)", field: field)
    }
}

public enum EntityKind: Sendable {
    case org, member, assignment, person, model, meeting
    public var vi: String {
        switch self {
        case .org: "tổ chức"
        case .member: "đảng viên"
        case .assignment: "phân công"
        case .person: "quần chúng ưu tú"
        case .model: "mô hình"
        case .meeting: "buổi sinh hoạt"
        }
    }
    public var en: String {
        switch self {
        case .org: "organization"
        case .member: "member"
        case .assignment: "assignment"
        case .person: "outstanding non-member"
        case .model: "model"
        case .meeting: "meeting"
        }
    }
}

/// Field names used in messages (and by forms and importers to point at the culprit).
public enum Field: String, Sendable, CaseIterable {
    case name, fullName, cardNo, birthDate, joinedDate, fullMemberDate, statusDate, statusNote
    case from, to, households, year, introduced, classDate, admitted, date, reason, org, givenName, familyName, term
    case content, started, ended
    public var vi: String {
        switch self {
        case .name: "Tên"
        case .fullName: "Họ và tên"
        case .cardNo: "Số thẻ"
        case .birthDate: "Ngày sinh"
        case .joinedDate: "Ngày vào Đảng"
        case .fullMemberDate: "Ngày chính thức"
        case .statusDate: "Ngày (trạng thái)"
        case .statusNote: "Lý do / nơi chuyển đến"
        case .from: "Từ ngày"
        case .to: "Đến ngày"
        case .households: "Số hộ"
        case .year: "Năm"
        case .introduced: "Ngày giới thiệu"
        case .classDate: "Ngày học cảm tình Đảng"
        case .admitted: "Ngày kết nạp"
        case .date: "Ngày"
        case .reason: "Lý do"
        case .org: "Chi bộ"
        case .givenName: "Tên gọi"
        case .familyName: "Họ"
        case .term: "Nhiệm kỳ"
        case .content: "Nội dung"
        case .started: "Giờ bắt đầu"
        case .ended: "Giờ kết thúc"
        }
    }
    public var en: String {
        switch self {
        case .name: "Name"
        case .fullName: "Full name"
        case .cardNo: "Card number"
        case .birthDate: "Birth date"
        case .joinedDate: "Joined"
        case .fullMemberDate: "Full-membership date"
        case .statusDate: "Status date"
        case .statusNote: "Reason / destination"
        case .from: "From"
        case .to: "To"
        case .households: "Households"
        case .year: "Year"
        case .introduced: "Introduced"
        case .classDate: "Class date"
        case .admitted: "Admitted"
        case .date: "Date"
        case .reason: "Reason"
        case .org: "Cell"
        case .givenName: "Given name"
        case .familyName: "Family name"
        case .term: "Term"
        case .content: "Content"
        case .started: "Started"
        case .ended: "Ended"
        }
    }
}
