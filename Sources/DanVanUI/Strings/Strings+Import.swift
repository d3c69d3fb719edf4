import DanVanCore

extension Strings {
    /// Text of File → Import a roster.
    public enum Import: Localized, CaseIterable {
        case title, filter, noFiles, reading, into, changeCell, columns, inferred, skipped, warnings
        case errors, firstRows, confirmKeys, nothingToImport, refused, imported, added, updated, unchanged, changed
        case needUnit, willImport, typeToFilter

        public var vi: String {
            switch self {
            case .title: "Nhập danh sách"
            case .filter: "Lọc"
            case .noFiles: "(không có thư mục hay tệp .csv, .xlsx, .xls, .txt nào)"
            case .reading: "Đang đọc"
            case .into: "Nhập vào"
            case .changeCell: "o: đổi đơn vị"
            case .columns: "Các cột (Tab: chọn cột, ←/→: đổi nghĩa):"
            case .inferred: "Đã hiểu tệp như sau:"
            case .skipped: "Các dòng bỏ qua:"
            case .warnings: "Cảnh báo:"
            case .errors: "Lỗi (không nhập gì cho đến khi sửa hết):"
            case .firstRows: "Các dòng đầu, như sẽ lưu:"
            case .confirmKeys: "F2: nhập tất cả thành một lần lưu"
            case .nothingToImport: "Tệp không có gì mới để nhập"
            case .refused: "lỗi; không nhập gì — xem danh sách lỗi"
            case .imported: "Đã nhập"
            case .added: "thêm"
            case .updated: "cập nhật"
            case .unchanged: "không đổi"
            case .changed: "đã đổi"
            case .needUnit: "Hãy tạo hoặc chọn một đơn vị trước khi nhập danh sách"
            case .willImport: "Sẽ nhập"
            case .typeToFilter: "gõ vài chữ của tên tệp để lọc"
            }
        }

        public var en: String {
            switch self {
            case .title: "Import a roster"
            case .filter: "Filter"
            case .noFiles: "(no folders or .csv, .xlsx, .xls, .txt files)"
            case .reading: "Reading"
            case .into: "Into"
            case .changeCell: "o: change the unit"
            case .columns: "Columns (Tab: choose a column, ←/→: change its meaning):"
            case .inferred: "How the file was read:"
            case .skipped: "Rows left out:"
            case .warnings: "Warnings:"
            case .errors: "Errors (nothing is imported until all are fixed):"
            case .firstRows: "The first rows, as they will be stored:"
            case .confirmKeys: "F2: import everything as one save"
            case .nothingToImport: "The file has nothing new to import"
            case .refused: "errors; nothing imported — see the list of errors"
            case .imported: "Imported"
            case .added: "added"
            case .updated: "updated"
            case .unchanged: "unchanged"
            case .changed: "changed"
            case .needUnit: "Create or choose a unit before importing a roster"
            case .willImport: "To import"
            case .typeToFilter: "type part of a file name to narrow the list"
            }
        }
    }
}
