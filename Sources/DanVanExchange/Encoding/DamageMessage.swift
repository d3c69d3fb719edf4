/// The refusal for damaged text: where, what it is, and what to do.
enum DamageMessage {
    /// `where_` is "dòng 5" / "line 5" or a sheet and cell.
    static func error(_ f: DamagedText.Finding, count: Int, file: String, whereVi: String, whereEn: String) -> TableFileError {
        let moreVi = count > 1 ? " (\(count) chỗ như vậy)" : ""
        let moreEn = count > 1 ? " (\(count) places like it)" : ""
        let head = (vi: "\(file), \(whereVi): “\(f.sample)”", en: "\(file), \(whereEn): “\(f.sample)”")
        let resave = (vi: "Hãy mở tệp gốc bằng Excel và lưu lại: Lưu thành → “CSV UTF-8 (Comma delimited)” hoặc “Excel Workbook (.xlsx)”.",
                      en: "Open the original in Excel and save it again: Save As → “CSV UTF-8 (Comma delimited)” or “Excel Workbook (.xlsx)”.")
        switch f.kind {
        case .tcvn3:
            return TableFileError(
                vi: "\(head.vi) là chữ gõ bằng phông TCVN3 (.VnTime, bảng mã ABC), không phải Unicode\(moreVi); không nhập gì. Thêm --encoding tcvn3 để chuyển sang Unicode.",
                en: "\(head.en) is text typed in a TCVN3 font (.VnTime, ABC), not Unicode\(moreEn); nothing imported. Add --encoding tcvn3 to convert it.",
                convertible: .tcvn3)
        case .vni:
            return TableFileError(
                vi: "\(head.vi) là chữ gõ bằng phông VNI (VNI-Times), không phải Unicode\(moreVi); không nhập gì. Thêm --encoding vni để chuyển sang Unicode.",
                en: "\(head.en) is text typed in a VNI font (VNI-Times), not Unicode\(moreEn); nothing imported. Add --encoding vni to convert it.",
                convertible: .vni)
        case .doubleEncoded:
            return TableFileError(
                vi: "\(head.vi) là chữ UTF-8 đã bị đọc nhầm thành Windows-1252 rồi lưu lại (mã hoá hai lần)\(moreVi); không nhập gì. \(resave.vi)",
                en: "\(head.en) is UTF-8 text that was read as Windows-1252 and saved again (double-encoded)\(moreEn); nothing imported. \(resave.en)")
        case .questionMarks:
            return TableFileError(
                vi: "\(head.vi): các chữ cái tiếng Việt đã bị thay bằng dấu “?” khi tệp được lưu, không khôi phục được\(moreVi); không nhập gì. \(resave.vi)",
                en: "\(head.en): the Vietnamese letters were replaced by “?” when the file was saved and cannot be recovered\(moreEn); nothing imported. \(resave.en)")
        }
    }
}
