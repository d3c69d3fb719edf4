/// The refusal for damaged text: where, what it is, and what to do.
enum DamageMessage {
    /// `where_` is "dòng 5" / "line 5" or a sheet and cell.
    static func error(_ f: DamagedText.Finding, count: Int, file: String, whereVi: String, whereEn: String) -> TableFileError {
        let moreVi = count > 1 ? " (\(count) chỗ như vậy)" : ""
        let moreEn = count > 1 ? " (\(count) places like it)" : ""
        let head = (vi: "\(file), \(whereVi): “\(f.sample)”", en: "\(file), \(whereEn): “\(f.sample)”")
        let resave = (vi: "Hãy mở tệp gốc bằng Excel và lưu lại: Lưu thành → “CSV UTF-8 (Comma delimited)” hoặc “Excel Workbook (.xlsx)”.",
                      en: "Open the original in Excel and save it again: Save As → “CSV UTF-8 (Comma delimited)” or “Excel Workbook (.xlsx)”.")
        func legacy(_ fontVi: String, _ fontEn: String, _ encoding: ForcedEncoding) -> TableFileError {
            let fact = (vi: "\(head.vi) là chữ gõ bằng phông \(fontVi), không phải Unicode\(moreVi); không nhập gì.",
                        en: "\(head.en) is text typed in a \(fontEn), not Unicode\(moreEn); nothing imported.")
            return TableFileError(vi: "\(fact.vi) Thêm --encoding \(encoding.rawValue) để chuyển sang Unicode.",
                                  en: "\(fact.en) Add --encoding \(encoding.rawValue) to convert it.", convertible: encoding, fact: fact)
        }
        switch f.kind {
        case .tcvn3:
            return legacy("TCVN3 (.VnTime, bảng mã ABC)", "TCVN3 font (.VnTime, ABC)", .tcvn3)
        case .vni:
            return legacy("VNI (VNI-Times)", "VNI font (VNI-Times)", .vni)
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
