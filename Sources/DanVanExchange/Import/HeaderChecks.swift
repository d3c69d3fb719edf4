import DanVanCore

extension HeaderMap {
    /// Unknown columns become warnings; a column named twice or a missing required column is an error.
    func check(required: [Column], into plan: inout ImportPlan, headerLine: Int = 1) {
        plan.warnings += HeaderMap.unusedWarnings(unknown, line: headerLine)
        for (pos, h) in duplicates {
            plan.errors.append(ImportIssue(line: headerLine, column: h, vi: "cột thứ \(pos) trùng với một cột đã có",
                                           en: "column \(pos) repeats an earlier column"))
        }
        for c in required where !has(c) {
            plan.errors.append(ImportIssue(line: headerLine, column: c.vi, vi: "thiếu cột bắt buộc “\(c.vi)” (hoặc “\(c.key)”)",
                                           en: "the required column “\(c.key)” (or “\(c.vi)”) is missing"))
        }
    }
}


extension HeaderMap {
    /// One warning per unused column, or a single line when there are many (a header of a
    /// million columns must not print a million lines).
    static func unusedWarnings(_ unknown: [(Int, String)], line: Int) -> [ImportIssue] {
        guard unknown.count > 8 else {
            return unknown.map { ImportIssue(line: line, column: $0.1, vi: "cột thứ \($0.0) không dùng đến, bỏ qua",
                                             en: "column \($0.0) is not used; ignored") }
        }
        let shown = unknown.prefix(5).map { "\($0.0) “\($0.1)”" }.joined(separator: ", ")
        return [ImportIssue(line: line, column: nil,
                            vi: "\(NumberFormat.count(unknown.count, .vi)) cột không dùng đến, bỏ qua: \(shown), …",
                            en: "\(NumberFormat.count(unknown.count, .en)) columns are not used; ignored: \(shown), …")]
    }
}
