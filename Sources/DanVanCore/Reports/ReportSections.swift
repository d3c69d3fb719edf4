import Foundation

/// The report laid out as titled tables, in the reader's language. Text, Markdown, CSV and
/// HTML all render these, so every format shows the same rows in the same order.
struct ReportSection {
    /// Stable identifier (the CSV `section` column): summary, children, target_groups,
    /// places, evaluations, not_evaluated, masses, models, meetings.
    var code: String
    var title: String
    var columns: [ReportColumn]
    var rows: [[ReportCell]]
    /// The last row sums the others (drawn apart).
    var hasTotal = false
    /// Shown under the table: a definition the figures rest on.
    var note: String?
}

struct ReportColumn {
    var title: String
    var numeric: Bool
}

enum ReportCell {
    case text(String)
    case count(Int)
    /// Tenths of a percent; nil when the denominator is zero.
    case percent(Int?)

    func formatted(_ lang: Lang) -> String {
        switch self {
        case .text(let s): s
        case .count(let n): NumberFormat.count(n, lang)
        case .percent(let t): NumberFormat.percent(tenths: t, lang)
        }
    }

    /// CSV form: plain digits, percents with "." and one decimal, empty for no percentage.
    var plain: String {
        switch self {
        case .text(let s): s
        case .count(let n): String(n)
        case .percent(let t): NumberFormat.plainDecimal(tenths: t) ?? ""
        }
    }
}

extension Report {
    /// Title line, e.g. "BÁO CÁO … NĂM 2025".
    func title(_ lang: Lang) -> String {
        lang == .vi ? "BÁO CÁO KẾT QUẢ PHÂN CÔNG ĐẢNG VIÊN LÀM CÔNG TÁC DÂN VẬN NĂM \(year)"
            : "Mass-mobilization assignment report, \(year)"
    }

    func unitLine(_ lang: Lang) -> String { (lang == .vi ? "Đơn vị: " : "Unit: ") + path }

    func generatedLine(_ lang: Lang) -> String {
        (lang == .vi ? "Lập lúc: " : "Generated: ") + Report.localStamp(generatedAt, zone: zone)
    }

    /// "2026-11-23 18:30 UTC+07:00": the local time of `zone`, with the zone ("UTC" at +0).
    static func localStamp(_ date: Date, zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: date)
        let local = stamp(date.addingTimeInterval(TimeInterval(offset)), seconds: false)
        guard offset != 0 else { return local + " UTC" }
        let m = abs(offset) / 60
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return local + " UTC" + (offset < 0 ? "-" : "+") + two(m / 60) + ":" + two(m % 60)
    }

    /// "2026-11-23T18:30:05Z" (seconds) or "2026-11-23 18:30" in UTC.
    static func stamp(_ date: Date, seconds: Bool) -> String {
        let t = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = t >= 0 ? t / 86400 : (t - 86399) / 86400
        let secs = Int(t - days * 86400)
        let day = Day(dayNumber: Int(days))
        let (y, m, d) = (day.year, day.month, day.day)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let date = "\(y)-\(two(m))-\(two(d))"
        let hm = "\(two(secs / 3600)):\(two(secs / 60 % 60))"
        return seconds ? "\(date)T\(hm):\(two(secs % 60))Z" : "\(date) \(hm)"
    }

    /// Reading formats (text, md, html) list at most this many members not yet evaluated:
    /// a city has hundreds of thousands. csv and json, made for other programs, list all.
    public static let readableNameLimit = 1000

    func sections(_ lang: Lang, nameLimit: Int = .max) -> [ReportSection] {
        let vi = lang == .vi
        func t(_ v: String, _ e: String) -> String { vi ? v : e }
        var out: [ReportSection] = []

        out.append(ReportSection(
            code: "summary", title: t("1–2. Phân công và tự nhận nhiệm vụ", "1–2. Assigned and self-registered members"),
            columns: [.init(title: t("Chỉ tiêu", "Figure"), numeric: false),
                      .init(title: t("Số đảng viên", "Members"), numeric: true),
                      .init(title: t("Tỉ lệ", "Share"), numeric: true)],
            rows: [
                [.text(t("Đảng viên đang sinh hoạt", "Active (eligible) members")), .count(counts.eligible), .text("")],
                [.text(t("Miễn sinh hoạt (không tính vào tỉ lệ)", "Exempt (in no denominator)")), .count(counts.exempt), .text("")],
                [.text(t("Được phân công", "Assigned")), .count(counts.assigned), .percent(assignedTenths)],
                [.text(t("Tự nhận nhiệm vụ", "Self-registered")), .count(counts.selfRegistered), .percent(selfRegisteredTenths)],
            ],
            note: t("Tỉ lệ tính trên số đảng viên đang sinh hoạt; đảng viên đã chuyển đi, từ trần không tính.",
                    "Shares are of active members; transferred-out and deceased members are not counted.")))

        if !children.isEmpty {
            var rows: [[ReportCell]] = children.map {
                [.text($0.name), .count($0.counts.eligible), .count($0.counts.assigned), .percent($0.assignedTenths),
                 .count($0.counts.selfRegistered), .percent($0.selfRegisteredTenths)]
            }
            rows.append([.text(t("Tổng cộng", "Total")), .count(counts.eligible), .count(counts.assigned),
                         .percent(assignedTenths), .count(counts.selfRegistered), .percent(selfRegisteredTenths)])
            out.append(ReportSection(
                code: "children", title: t("1–2. Theo đơn vị trực thuộc", "1–2. By unit"),
                columns: [.init(title: t("Đơn vị", "Unit"), numeric: false),
                          .init(title: t("Đang sinh hoạt", "Eligible"), numeric: true),
                          .init(title: t("Được phân công", "Assigned"), numeric: true),
                          .init(title: t("Tỉ lệ", "Share"), numeric: true),
                          .init(title: t("Tự nhận", "Self-registered"), numeric: true),
                          .init(title: t("Tỉ lệ", "Share"), numeric: true)],
                rows: rows, hasTotal: true))
        }

        var groupRows: [[ReportCell]] = byTargetGroup.map {
            [.text($0.group.label(lang)), .count($0.assignments), .count($0.members), .count($0.households)]
        }
        groupRows.append([.text(t("Tổng cộng", "Total")), .count(byTargetGroup.reduce(0) { $0 + $1.assignments }),
                          .count(counts.assigned), .count(byTargetGroup.reduce(0) { $0 + $1.households })])
        out.append(ReportSection(
            code: "target_groups", title: t("3. Theo đối tượng vận động", "3. By target group"),
            columns: [.init(title: t("Đối tượng", "Target group"), numeric: false),
                      .init(title: t("Nhiệm vụ", "Assignments"), numeric: true),
                      .init(title: t("Đảng viên", "Members"), numeric: true),
                      .init(title: t("Hộ/người phụ trách", "Households/people"), numeric: true)],
            rows: groupRows, hasTotal: true,
            note: t("Một đảng viên có nhiệm vụ ở nhiều đối tượng được tính ở mỗi đối tượng; dòng tổng đếm mỗi người một lần.",
                    "A member with assignments in several groups counts in each; the total counts each member once.")))

        let pt = byPlace.total
        out.append(ReportSection(
            code: "places", title: t("4. Theo nơi thực hiện", "4. By place"),
            columns: [.init(title: t("Nơi", "Place"), numeric: false),
                      .init(title: t("Nhiệm vụ", "Assignments"), numeric: true),
                      .init(title: t("Tỉ lệ", "Share"), numeric: true)],
            rows: Place.allCases.map { [.text($0.label(lang)), .count(byPlace.count($0)), .percent(NumberFormat.tenths(byPlace.count($0), pt))] }
                + [[.text(t("Tổng cộng", "Total")), .count(pt), .percent(NumberFormat.tenths(pt, pt))]],
            hasTotal: true))

        let levels: [EvaluationLevel?] = EvaluationLevel.allCases.map { $0 } + [nil]
        let et = evaluations.total
        out.append(ReportSection(
            code: "evaluations", title: t("5. Kết quả đánh giá năm \(year)", "5. Evaluations for \(year)"),
            columns: [.init(title: t("Mức", "Level"), numeric: false),
                      .init(title: t("Nhiệm vụ", "Assignments"), numeric: true),
                      .init(title: t("Tỉ lệ", "Share"), numeric: true)],
            rows: levels.map { l in
                [.text(l?.label(lang) ?? t("Chưa đánh giá", "Not yet evaluated")), .count(evaluations.count(l)),
                 .percent(NumberFormat.tenths(evaluations.count(l), et))]
            } + [[.text(t("Tổng cộng", "Total")), .count(et), .percent(NumberFormat.tenths(et, et))]],
            hasTotal: true))

        out.append(ReportSection(
            code: "not_evaluated",
            title: t("5. Đảng viên có nhiệm vụ chưa được đánh giá (\(NumberFormat.count(notEvaluated.count, lang)))",
                     "5. Members with an assignment not yet evaluated (\(NumberFormat.count(notEvaluated.count, lang)))"),
            columns: [.init(title: t("STT", "No."), numeric: true),
                      .init(title: t("Họ và tên", "Name"), numeric: false),
                      .init(title: t("Chi bộ", "Cell"), numeric: false)],
            rows: notEvaluated.prefix(nameLimit).enumerated().map { [.count($0 + 1), .text($1.name), .text($1.cell)] },
            note: notEvaluated.count <= nameLimit ? nil
                : t("… và \(NumberFormat.count(notEvaluated.count - nameLimit, lang)) đảng viên nữa; `--format csv` hoặc `json` liệt kê đủ.",
                    "… and \(NumberFormat.count(notEvaluated.count - nameLimit, lang)) more; `--format csv` or `json` lists them all.")))

        let endOfYear = Day.lastOf(year: year)?.formatted(lang) ?? "31/12/\(year)"
        out.append(ReportSection(
            code: "masses", title: t("6. Quần chúng ưu tú", "6. Outstanding non-members"),
            columns: [.init(title: t("Chỉ tiêu", "Figure"), numeric: false),
                      .init(title: t("Trong năm \(year)", "In \(year)"), numeric: true),
                      .init(title: t("Lũy kế đến \(endOfYear)", "Up to \(endOfYear)"), numeric: true)],
            rows: [
                [.text(t("Giới thiệu cho Đảng bồi dưỡng", "Introduced to the Party")), .count(masses.introduced), .count(masses.introducedTotal)],
                [.text(t("Học lớp cảm tình Đảng", "Attended the Party-awareness class")), .count(masses.inClass), .count(masses.inClassTotal)],
                [.text(t("Được kết nạp", "Admitted")), .count(masses.admitted), .count(masses.admittedTotal)],
            ],
            note: t("Đếm theo ngày giới thiệu, ngày học lớp, ngày kết nạp; đang theo dõi \(NumberFormat.count(masses.records, lang)) hồ sơ.",
                    "Counted by the dates of introduction, class and admission; \(NumberFormat.count(masses.records, lang)) persons on record.")))

        var modelRows: [[ReportCell]] = ModelField.allCases.map { f in
            [.text(f.label(lang))] + ModelStage.allCases.map { .count(models.count(f, $0)) } + [.count(models.count(field: f))]
        }
        modelRows.append([.text(t("Tổng cộng", "Total"))] + ModelStage.allCases.map { .count(models.count(stage: $0)) }
            + [.count(models.total)])
        out.append(ReportSection(
            code: "models", title: t("7. Mô hình “Dân vận khéo” năm \(year)", "7. “Skilful mobilization” models, \(year)"),
            columns: [.init(title: t("Lĩnh vực", "Field"), numeric: false)]
                + ModelStage.allCases.map { .init(title: $0.label(lang), numeric: true) }
                + [.init(title: t("Tổng", "Total"), numeric: true)],
            rows: modelRows, hasTotal: true))

        var meetingRows: [[ReportCell]] = meetings.cells.map {
            [.text($0.cell), .count($0.held), .count($0.present), .count($0.expected), .percent($0.attendanceTenths)]
        }
        meetingRows.append([.text(t("Tổng cộng", "Total")), .count(meetings.held), .count(meetings.present),
                            .count(meetings.expected), .percent(meetings.attendanceTenths)])
        out.append(ReportSection(
            code: "meetings", title: t("8. Sinh hoạt chi bộ năm \(year)", "8. Cell meetings, \(year)"),
            columns: [.init(title: t("Chi bộ", "Cell"), numeric: false),
                      .init(title: t("Số buổi", "Meetings"), numeric: true),
                      .init(title: t("Có mặt", "Present"), numeric: true),
                      .init(title: t("Phải dự", "Expected"), numeric: true),
                      .init(title: t("Tỉ lệ dự", "Attendance"), numeric: true)],
            rows: meetingRows, hasTotal: true,
            note: t("Phải dự: số đảng viên đang sinh hoạt của chi bộ nhân số buổi.",
                    "Expected: the cell's active members times the meetings held.")))
        return out
    }
}
