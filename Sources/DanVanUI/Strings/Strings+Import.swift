import DanVanCore

extension Strings {
    /// Text of File → Import a roster.
    public enum Import: Localized, CaseIterable {
        case title, filter, noFiles, reading, into, changeCell, columns, inferred, skipped, warnings
        case errors, firstRows, confirmKeys, nothingToImport, refused, imported, added, updated, unchanged, changed
        case needUnit, willImport, typeToFilter

        public var bi: BiText {
            switch self {
            case .title: BiText("Nhập danh sách", "Import a roster")
            case .filter: BiText("Lọc", "Filter")
            case .noFiles: BiText("(không có thư mục hay tệp .csv, .xlsx, .xls, .txt nào)", "(no folders or .csv, .xlsx, .xls, .txt files)")
            case .reading: BiText("Đang đọc", "Reading")
            case .into: BiText("Nhập vào", "Into")
            case .changeCell: BiText("o: đổi đơn vị", "o: change the unit")
            case .columns: BiText("Các cột (Tab: chọn cột, ←/→: đổi nghĩa):", "Columns (Tab: choose a column, ←/→: change its meaning):")
            case .inferred: BiText("Đã hiểu tệp như sau:", "How the file was read:")
            case .skipped: BiText("Các dòng bỏ qua:", "Rows left out:")
            case .warnings: BiText("Cảnh báo:", "Warnings:")
            case .errors: BiText("Lỗi (không nhập gì cho đến khi sửa hết):", "Errors (nothing is imported until all are fixed):")
            case .firstRows: BiText("Các dòng đầu, như sẽ lưu:", "The first rows, as they will be stored:")
            case .confirmKeys: BiText("F2: nhập tất cả thành một lần lưu", "F2: import everything as one save")
            case .nothingToImport: BiText("Tệp không có gì mới để nhập", "The file has nothing new to import")
            case .refused: BiText("lỗi; không nhập gì — xem danh sách lỗi", "errors; nothing imported — see the list of errors")
            case .imported: BiText("Đã nhập", "Imported")
            case .added: BiText("thêm", "added")
            case .updated: BiText("cập nhật", "updated")
            case .unchanged: BiText("không đổi", "unchanged")
            case .changed: BiText("đã đổi", "changed")
            case .needUnit: BiText("Hãy tạo hoặc chọn một đơn vị trước khi nhập danh sách", "Create or choose a unit before importing a roster")
            case .willImport: BiText("Sẽ nhập", "To import")
            case .typeToFilter: BiText("gõ vài chữ của tên tệp để lọc", "type part of a file name to narrow the list")
            }
        }
    }
}
