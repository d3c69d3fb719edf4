import DanVanCore

extension Strings {
    /// Text of the import screen about where the table comes from: a workbook's sheet, a
    /// legacy font converted as it is read.
    public enum ImportSource: Localized, CaseIterable {
        case sheet, nextSheet, oneSheet, converted, convertOffer, readAsIs, noLegacyText

        public var vi: String {
            switch self {
            case .sheet: "Trang tính"
            case .nextSheet: "F3: trang kế tiếp"
            case .oneSheet: "Tệp này chỉ có một trang tính để đọc"
            case .converted: "Đã chuyển sang Unicode chữ phông"
            case .convertOffer: "F4: chuyển sang Unicode (đúng từng chữ) và xem trước"
            case .readAsIs: "F4: đọc như cũ"
            case .noLegacyText: "Tệp không có chữ phông cũ (TCVN3, VNI) để chuyển"
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
            }
        }
    }
}
