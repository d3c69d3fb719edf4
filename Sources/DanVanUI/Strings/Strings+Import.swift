import DanVanCore

extension Strings {
    /// Text of File → Import a roster.
    enum Import: Localized, CaseIterable {
        case title, filter, noFiles, reading, into, changeCell, columns, inferred, skipped, warnings
        case errors, firstRows, confirmKeys, nothingToImport, refused, imported, added, updated, unchanged, changed
        case needUnit, willImport, typeToFilter
        // Where the table comes from and what it is read as (sheet, legacy font, new units, kind).
        case sheet, nextSheet, oneSheet, converted, convertOffer, readAsIs, noLegacyText
        case createOffer, newUnits, createNone, noMissingUnits
        case kind, kindMembers, kindAssignments, readAsMembers, readAsAssignments, households
        case fileRows, chooseHeaderOffer, headerFound

        var bi: BiText {
            switch self {
            case .title: return BiText("Nhập danh sách", "Import a roster")
            case .filter: return BiText("Lọc", "Filter")
            case .noFiles: return BiText("(không có thư mục hay tệp .csv, .xlsx, .xls, .txt nào)", "(no folders or .csv, .xlsx, .xls, .txt files)")
            case .reading: return BiText("Đang đọc", "Reading")
            case .into: return BiText("Nhập vào", "Into")
            case .changeCell: return BiText("o: đổi đơn vị", "o: change the unit")
            case .columns: return BiText("Các cột (Tab: chọn cột, ←/→: đổi nghĩa):", "Columns (Tab: choose a column, ←/→: change its meaning):")
            case .inferred: return BiText("Đã hiểu tệp như sau:", "How the file was read:")
            case .skipped: return BiText("Các dòng bỏ qua:", "Rows left out:")
            case .warnings: return BiText("Cảnh báo:", "Warnings:")
            case .errors: return BiText("Lỗi (không nhập gì cho đến khi sửa hết):", "Errors (nothing is imported until all are fixed):")
            case .firstRows: return BiText("Các dòng đầu, như sẽ lưu:", "The first rows, as they will be stored:")
            case .confirmKeys: return BiText("F2: nhập tất cả thành một lần lưu", "F2: import everything as one save")
            case .nothingToImport: return BiText("Tệp không có gì mới để nhập", "The file has nothing new to import")
            case .refused: return BiText("lỗi; không nhập gì — xem danh sách lỗi", "errors; nothing imported — see the list of errors")
            case .imported: return BiText("Đã nhập", "Imported")
            case .added: return BiText("thêm", "added")
            case .updated: return BiText("cập nhật", "updated")
            case .unchanged: return BiText("không đổi", "unchanged")
            case .changed: return BiText("đã đổi", "changed")
            case .needUnit: return BiText("Hãy tạo hoặc chọn một đơn vị trước khi nhập danh sách", "Create or choose a unit before importing a roster")
            case .willImport: return BiText("Sẽ nhập", "To import")
            case .typeToFilter: return BiText("gõ vài chữ của tên tệp để lọc", "type part of a file name to narrow the list")
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
            case .fileRows: return BiText("Các dòng đầu của tệp (d: dòng kế tiếp làm dòng tiêu đề cột):", "The file's first rows (d: the next one is the header row):")
            case .chooseHeaderOffer: return BiText("d: chọn dòng tiêu đề cột trong các dòng đầu bên dưới, rồi cho mỗi cột một nghĩa (Tab, ←/→)", "d: choose the header row among the first rows below, then give each column a meaning (Tab, ←/→)")
            case .headerFound: return BiText("Dòng tiêu đề cột đã được nhận ra; đổi nghĩa từng cột bằng Tab, ←/→", "The header row was found; change a column's meaning with Tab, ←/→")
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
