import DanVanCore

extension Strings {
    /// Text of File → Import a roster.
    enum Import: Localized, CaseIterable {
        case title, filter, noFiles, reading, into, changeCell, columns, inferred, skipped, warnings
        case errors, firstRows, confirmKeys, nothingToImport, refused, imported, added, updated, unchanged, changed
        case needUnit, willImport, typeToFilter

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
            }
        }
    }
}
