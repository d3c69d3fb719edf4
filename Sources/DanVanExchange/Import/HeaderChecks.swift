import DanVanCore

extension HeaderMap {
    /// Unknown columns become warnings; a column named twice or a missing required column is an error.
    func check(required: [Column], into plan: inout ImportPlan) {
        for (pos, h) in unknown {
            plan.warnings.append(ImportIssue(line: 1, column: h, vi: "cột thứ \(pos) không dùng đến, bỏ qua",
                                             en: "column \(pos) is not used; ignored"))
        }
        for (pos, h) in duplicates {
            plan.errors.append(ImportIssue(line: 1, column: h, vi: "cột thứ \(pos) trùng với một cột đã có",
                                           en: "column \(pos) repeats an earlier column"))
        }
        for c in required where !has(c) {
            plan.errors.append(ImportIssue(line: 1, column: c.vi, vi: "thiếu cột bắt buộc “\(c.vi)” (hoặc “\(c.key)”)",
                                           en: "the required column “\(c.key)” (or “\(c.vi)”) is missing"))
        }
    }
}

