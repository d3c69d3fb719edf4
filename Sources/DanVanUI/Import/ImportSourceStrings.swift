import DanVanCore

extension Strings {
    /// Text of the import screen about where the table comes from: a workbook's sheet, a
    /// legacy font converted as it is read.
    enum ImportSource: Localized, CaseIterable {
        case sheet, nextSheet, oneSheet, converted, convertOffer, readAsIs, noLegacyText
        case createOffer, newUnits, createNone, noMissingUnits
        case kind, kindMembers, kindAssignments, readAsMembers, readAsAssignments, households

        var bi: BiText {
            switch self {
            case .sheet: return BiText("Trang tính", "Sheet")
            case .nextSheet: return BiText("F3: trang kế tiếp", "F3: next sheet")
            case .oneSheet: return BiText("Tệp này chỉ có một trang tính để đọc", "This file has only one sheet to read")
            case .converted: return BiText("Đã chuyển sang Unicode chữ phông", "Converted to Unicode: text in the font")
            case .convertOffer: return BiText("F4: chuyển sang Unicode (đúng từng chữ) và xem trước", "F4: convert it to Unicode (exactly, letter by letter) and preview it")
            case .readAsIs: return BiText("F4: đọc như cũ", "F4: read as it is")
            case .noLegacyText: return BiText("Tệp không có chữ phông cũ (TCVN3, VNI) để chuyển", "The file has no legacy-font (TCVN3, VNI) text to convert")
            case .createOffer: return BiText("F5: tạo các đơn vị còn thiếu (không tạo đơn vị trùng tên với đơn vị đã có) và xem trước", "F5: create the missing units (never one named like an existing unit) and preview")
            case .newUnits: return BiText("Sẽ tạo đơn vị mới", "Units to create")
            case .kind: return BiText("Đọc là", "Read as")
            case .households: return BiText("hộ", "households")
            case .kindMembers: return BiText("danh sách đảng viên", "a member roster")
            case .kindAssignments: return BiText("danh sách phân công", "assignments")
            case .readAsMembers: return BiText("F6: đọc là danh sách đảng viên", "F6: read as a member roster")
            case .readAsAssignments: return BiText("F6: đọc là danh sách phân công", "F6: read as assignments")
            case .createNone: return BiText("F5: không tạo", "F5: create none")
            case .noMissingUnits: return BiText("Không có đơn vị nào còn thiếu để tạo", "No unit is missing")
            }
        }
    }
}
