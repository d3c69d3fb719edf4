import DanVanCore

/// `danvan export minutes --format docx`: every meeting of the subtree as a "Biên bản sinh
/// hoạt chi bộ" in the Party's layout, one per page: header block, title, time and place,
/// chair and minute-taker, attendance with names and reasons, content, opinions, decisions,
/// the assignments made, and the two signatures, from what the meeting records (`Minutes`).
/// What was not recorded (an hour, the place, who chaired…) is a highlighted placeholder to
/// fill in by hand.
public enum MinutesDocument {
    public static func make(_ state: State, under org: OrgID?) throws -> [UInt8] {
        var meetings: [MeetingID] = []
        var byCell: [OrgID: [Meeting]] = [:]
        for m in state.meetings.values { byCell[m.org, default: []].append(m) }
        for cell in TableExport.cells(state, under: org) {
            meetings += (byCell[cell] ?? []).sorted { $0.date == $1.date ? $0.kind.rawValue < $1.kind.rawValue : $0.date < $1.date }.map(\.id)
        }
        return try make(state, meetings: meetings)
    }

    /// The given meetings, in that order (`w` in meeting mode writes one).
    public static func make(_ state: State, meetings ids: [MeetingID]) throws -> [UInt8] {
        typealias R = DocxWriter.Run
        var d = DocxWriter()
        let text = 9355
        let meetings = ids.compactMap { state.meetings[$0] }
        if meetings.isEmpty {
            d.paragraph([R("(Không có buổi sinh hoạt nào)", italic: true)])
            return try d.package()
        }
        for (k, meeting) in meetings.enumerated() {
            if k > 0 { d.pageBreak() }
            let m = Minutes(meeting: meeting, state: state)
            let head = Letterhead(of: meeting.org, in: state)
            let superior = head.superior.isEmpty ? nil : head.superior
            let day = meeting.date

            var left = ""
            if let superior { left += DocxWriter.paragraphXML([R(superior.uppercased(), size: 26)], align: .center, after: 0) }
            left += DocxWriter.paragraphXML([R(head.issuer.uppercased(), bold: true, size: 26)], align: .center, after: 0)
            left += DocxWriter.paragraphXML([R("*", size: 26)], align: .center, after: 0)
            var right = DocxWriter.paragraphXML([R("ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, underline: true, size: 30)], align: .center, after: 240)
            right += DocxWriter.paragraphXML([DocxWriter.placeRun(head), R(", \(Letterhead.words(day))", italic: true)],
                                             align: .center, after: 0)
            d.layout([left, right], widths: [4100, text - 4100])

            d.paragraph([R("BIÊN BẢN", bold: true, size: 30)], align: .center, before: 360, after: 0)
            let what = meeting.kind == .thematic ? "chuyên đề" : "thường kỳ " + Letterhead.monthWords(day)
            d.paragraph([R("Sinh hoạt chi bộ \(what)", bold: true)], align: .center, after: 0)
            d.paragraph([R("-----")], align: .center, after: 240)

            // A recorded value as it is, else a highlighted blank.
            func value(_ s: String, _ blank: String) -> R { s.isEmpty ? R(blank, placeholder: true) : R(s) }
            func clock(_ s: String) -> [R] {
                guard let t = Meeting.minutesOfDay(s) else { return [R("[giờ]", placeholder: true), R(" giờ "), R("[phút]", placeholder: true), R(" phút")] }
                return [R("\(t / 60) giờ \(t % 60 < 10 ? "0" : "")\(t % 60) phút")]
            }
            // Several lines of text: one paragraph each; nothing recorded: the placeholder.
            func lines(_ s: String, _ blank: String) {
                guard !s.isEmpty else { d.paragraph([R(blank, placeholder: true)], indentFirst: 567); return }
                for line in s.split(separator: "\n") { d.paragraph([R(String(line))], after: 60, indentFirst: 567) }
            }
            d.paragraph([R("1. Thời gian: ", bold: true), R("bắt đầu lúc ")] + clock(meeting.started) + [R(", \(Letterhead.words(day)).")], indentFirst: 567)
            d.paragraph([R("2. Địa điểm: ", bold: true), value(meeting.place, "[địa điểm]"), R(".")], indentFirst: 567)
            d.paragraph([R("3. Chủ trì: ", bold: true), value(meeting.chair, "[họ và tên, chức vụ]"), R(". Thư ký: ", bold: true),
                         value(meeting.recorder, "[họ và tên]"), R(".")], indentFirst: 567)
            let absentCount = m.absentExcused.count + m.absent.count
            d.paragraph([R("4. Thành phần: ", bold: true),
                         R("tổng số đảng viên của chi bộ \(m.total) đồng chí (miễn sinh hoạt \(m.exempt)); có mặt \(m.present.count)/\(m.eligible) đồng chí; vắng \(absentCount) đồng chí.")],
                        indentFirst: 567)
            if !m.absentExcused.isEmpty {
                d.paragraph([R("- Vắng có lý do: " + m.absentExcused.map { "\($0.name) (\($0.reason.isEmpty ? "có lý do" : $0.reason))" }.joined(separator: "; ") + ".")], indentFirst: 567)
            }
            if !m.absent.isEmpty {
                d.paragraph([R("- Vắng không lý do: " + m.absent.joined(separator: "; ") + ".")], indentFirst: 567)
            }
            if !m.notMarked.isEmpty {
                d.paragraph([R("- Chưa điểm danh: " + m.notMarked.joined(separator: "; ") + ".")], indentFirst: 567)
            }
            d.paragraph([R("5. Nội dung sinh hoạt", bold: true)], before: 120, keepNext: true)
            lines(meeting.notes, "[nội dung]")
            d.paragraph([R("6. Ý kiến thảo luận", bold: true)], before: 120, keepNext: true)
            lines(meeting.opinions, "[ý kiến của các đồng chí đảng viên]")
            d.paragraph([R("7. Kết luận, quyết định của chi bộ", bold: true)], before: 120, keepNext: true)
            lines(meeting.decisions, "[kết luận của đồng chí chủ trì]")
            if !m.assignments.isEmpty {
                d.paragraph([R("Phân công đảng viên làm công tác dân vận:", bold: true, italic: true)], indentFirst: 567, keepNext: true)
                for a in m.assignments {
                    let src = a.source == .selfRegistered ? " (tự nhận)" : ""
                    d.paragraph([R("- \(a.name): \(a.group.label(.vi))\(a.content.isEmpty ? "" : " — \(a.content)")\(src).")], after: 0, indentFirst: 567)
                }
            }
            d.paragraph([R("Buổi sinh hoạt kết thúc lúc ")] + clock(meeting.ended) + [R(" cùng ngày.")], before: 120, indentFirst: 567)
            // "THƯ KÝ" level with "CHỦ TRÌ", under which "T/M CHI BỘ" stands.
            var clerk = DocxWriter.paragraphXML([R("")], align: .center, after: 0)
            clerk += DocxWriter.paragraphXML([R("THƯ KÝ", bold: true)], align: .center, after: 1200)
            clerk += DocxWriter.paragraphXML([meeting.recorder.isEmpty ? R("[Họ và tên]", bold: true, placeholder: true) : R(meeting.recorder, bold: true)],
                                             align: .center, after: 0)
            var chair = DocxWriter.paragraphXML([R("T/M CHI BỘ", bold: true)], align: .center, after: 0)
            chair += DocxWriter.paragraphXML([R("CHỦ TRÌ", bold: true)], align: .center, after: 1200)
            chair += DocxWriter.paragraphXML([meeting.chair.isEmpty ? R("[Họ và tên]", bold: true, placeholder: true) : R(meeting.chair, bold: true)],
                                             align: .center, after: 0)
            d.paragraph([R("")], after: 120)
            d.layout([clerk, chair], widths: [text / 2, text - text / 2])
        }
        return try d.package()
    }
}
