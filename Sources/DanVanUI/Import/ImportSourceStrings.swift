import DanVanCore

extension Strings {
    /// Text of the import screen about where the table comes from: a workbook's sheet, a
    /// legacy font converted as it is read.
    public enum ImportSource: Localized, CaseIterable {
        case sheet, nextSheet, oneSheet, converted, convertOffer, readAsIs, noLegacyText
        case createOffer, newUnits, createNone, noMissingUnits

        public var vi: String {
            switch self {
            case .sheet: "Trang tính"
            case .nextSheet: "F3: trang kế tiếp"
            case .oneSheet: "Tệp này chỉ có một trang tính để đọc"
            case .converted: "Đã chuyển sang Unicode chữ phông"
            case .convertOffer: "F4: chuyển sang Unicode (đúng từng chữ) và xem trước"
            case .readAsIs: "F4: đọc như cũ"
            case .noLegacyText: "Tệp không có chữ phông cũ (TCVN3, VNI) để chuyển"
            case .createOffer: "F5: tạo các đơn vị còn thiếu (không tạo đơn vị trùng tên với đơn vị đã có) và xem trước"
            case .newUnits: "Sẽ tạo đơn vị mới"
            case .createNone: "F5: không tạo"
            case .noMissingUnits: "Không có đơn vị nào còn thiếu để tạo"
            }
        }

        public var en: String {
            switch self {
            case .sheet: "Sheet"
            case .nextSheet: "F3: next sheet"
            case .oneSheet: "This file has only one sheet to read"
            case .converted: "Converted to Unicode: text in the font"
            case .convertOffer: "F4: convert it to Unicode (exactly, letter by letter) and preview it"
            case .readAsIs: "F4: read as it is"
            case .noLegacyText: "The file has no legacy-font (TCVN3, VNI) text to convert"
            case .createOffer: "F5: create the missing units (never one named like an existing unit) and preview"
            case .newUnits: "Units to create"
            case .createNone: "F5: create none"
            case .noMissingUnits: "No unit is missing"
            }
        }
    }
}
