/// The minutes (biên bản sinh hoạt chi bộ) of a cell meeting in the form cells use: the
/// heading, time and place, chair and minute-taker, attendance with names and reasons,
/// content, opinions, conclusions and decisions, the assignments made, and the two
/// signatures — as Markdown or plain text. Attendance is `MeetingAttendance`, the same
/// figures the screen, the CSV export and the report show.
public struct Minutes: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case markdown, text
        /// The file name extension that matches the format.
        public var fileExtension: String { self == .markdown ? "md" : "txt" }
    }

    public struct Absence: Equatable, Sendable {
        public let name: String
        public let reason: String
    }

    public let meeting: Meeting
    public let cellName: String
    /// The unit above the cell (Đảng bộ …), for the heading; empty for a root cell.
    public let parentName: String
    public let path: String
    public let attendance: MeetingAttendance
    /// Members on the roll that day, active or exempt.
    public var total: Int { attendance.expected.count + attendance.exempt.count }
    public var exempt: Int { attendance.exempt.count }
    public var eligible: Int { attendance.expected.count }
    public let present: [String]
    public let absentExcused: [Absence]
    public let absent: [String]
    public let notMarked: [String]
    public let exemptPresent: [String]
    /// Assignments of the cell's members that start on the meeting day.
    public let assignments: [(name: String, group: TargetGroup, content: String, source: Source)]

    public init(meeting: Meeting, state: State) {
        self.meeting = meeting
        cellName = state.orgs[meeting.org]?.name ?? ""
        parentName = state.orgs[meeting.org]?.parent.flatMap { state.orgs[$0]?.name } ?? ""
        path = state.path(of: meeting.org)
        let att = MeetingAttendance(meeting: meeting, state: state)
        attendance = att
        let name = { (id: MemberID) in state.members[id]?.fullName ?? "" }
        present = att.present.map(name)
        absentExcused = att.excused.map { Absence(name: name($0.member), reason: $0.reason) }
        absent = att.absent.map(name)
        notMarked = att.notMarked.map(name)
        exemptPresent = att.exemptPresent.map(name)
        var made: [(String, TargetGroup, String, Source)] = []
        for id in att.roll {
            for a in state.assignments(of: id) where a.from == meeting.date {
                made.append((name(id), a.targetGroup, a.content, a.source))
            }
        }
        assignments = made
    }

    public func render(_ format: Format, _ lang: Lang) -> String {
        let vi = lang == .vi
        let md = format == .markdown
        let m = meeting
        let none = vi ? "(chưa ghi)" : "(not recorded)"
        var out: [String] = []
        func heading(_ s: String) {
            out.append("")
            out.append(md ? "## \(s)" : "\(s)\n\(String(repeating: "-", count: VietText.width(s)))")
        }
        func item(_ s: String) { out.append(md ? "- \(s)" : "  • \(s)") }
        func sub(_ s: String) { out.append(md ? "  - \(s)" : "      - \(s)") }
        // Multi-line text: each line kept; Markdown needs a hard break to keep them apart.
        func body(_ s: String) {
            let lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if s.isEmpty { out.append(none); return }
            out.append(contentsOf: md ? lines.map { $0.isEmpty ? "" : $0 + "  " } : lines)
        }
        func clock(_ s: String) -> String {
            guard let t = Meeting.minutesOfDay(s) else { return s }
            return vi ? "\(t / 60) giờ \(t % 60 < 10 ? "0" : "")\(t % 60)" : "\(t / 60):\(t % 60 < 10 ? "0" : "")\(t % 60)"
        }

        // Heading: the units on the left, the Party's name on the right (one line each in text).
        if vi {
            if !parentName.isEmpty { out.append(md ? "**\(parentName.uppercased())**  " : parentName.uppercased()) }
            out.append(md ? "**\(cellName.uppercased())**  " : cellName.uppercased())
            out.append(md ? "**ĐẢNG CỘNG SẢN VIỆT NAM**" : "ĐẢNG CỘNG SẢN VIỆT NAM")
            let dateLine = "\(m.place.isEmpty ? "" : m.place + ", ")ngày \(m.date.day) tháng \(m.date.month) năm \(m.date.year)"
            out.append(md ? "*\(dateLine)*" : dateLine)
        } else {
            if !parentName.isEmpty { out.append(parentName) }
            out.append(cellName)
            out.append("\(m.place.isEmpty ? "" : m.place + ", ")\(m.date.iso)")
        }
        out.append("")
        let kind = m.kind == .thematic ? (vi ? "CHUYÊN ĐỀ" : "THEMATIC") : (vi ? "THƯỜNG KỲ" : "MONTHLY")
        let title = vi ? "BIÊN BẢN SINH HOẠT CHI BỘ \(kind) THÁNG \(m.date.month)/\(m.date.year)"
            : "MINUTES OF THE \(kind) CELL MEETING, \(m.date.iso)"
        out.append(md ? "# \(title)" : title)
        out.append("")
        let started = m.started.isEmpty ? none : clock(m.started)
        out.append(vi ? "Thời gian: bắt đầu lúc \(started), ngày \(m.date.vn)." : "Time: started at \(started), \(m.date.iso).")
        out.append(vi ? "Địa điểm: \(m.place.isEmpty ? none : m.place)." : "Place: \(m.place.isEmpty ? none : m.place).")
        out.append(vi ? "Chủ trì: \(m.chair.isEmpty ? none : m.chair)." : "Chair: \(m.chair.isEmpty ? none : m.chair).")
        out.append(vi ? "Thư ký: \(m.recorder.isEmpty ? none : m.recorder)." : "Minute-taker: \(m.recorder.isEmpty ? none : m.recorder).")

        heading(vi ? "Thành phần" : "Attendance")
        let a = attendance
        item(vi ? "Tổng số đảng viên của chi bộ: \(total) (miễn sinh hoạt: \(exempt))"
                : "Members on the roll: \(total) (exempt: \(exempt))")
        item(vi ? "Đảng viên phải dự: \(eligible)" : "Expected: \(eligible)")
        item(vi ? "Có mặt: \(a.present.count)/\(eligible)" : "Present: \(a.present.count) of \(eligible)")
        item(vi ? "Vắng có lý do: \(absentExcused.count)" : "Absent with reason: \(absentExcused.count)")
        for x in absentExcused { sub("\(x.name)\(x.reason.isEmpty ? "" : " — \(x.reason)")") }
        item(vi ? "Vắng không lý do: \(absent.count)" : "Absent without reason: \(absent.count)")
        for n in absent { sub(n) }
        if !notMarked.isEmpty {
            item(vi ? "Chưa điểm danh: \(notMarked.count)" : "Not marked: \(notMarked.count)")
            for n in notMarked { sub(n) }
        }
        if !exemptPresent.isEmpty {
            item(vi ? "Đảng viên miễn sinh hoạt có dự (không tính vào tỉ lệ): \(exemptPresent.count)"
                    : "Exempt members who attended (not in the ratio): \(exemptPresent.count)")
            for n in exemptPresent { sub(n) }
        }
        if !present.isEmpty {
            item(vi ? "Danh sách có mặt:" : "Present:")
            for n in present { sub(n) }
        }

        heading(vi ? "Nội dung" : "Content")
        body(m.notes)
        heading(vi ? "Ý kiến phát biểu" : "Opinions")
        body(m.opinions)
        heading(vi ? "Kết luận và quyết định của chi bộ" : "Conclusions and decisions")
        body(m.decisions)
        heading(vi ? "Phân công đảng viên làm công tác dân vận" : "Mass-mobilization assignments made")
        if assignments.isEmpty { out.append(vi ? "(không có)" : "(none)") }
        for x in assignments {
            let src = x.source == .selfRegistered ? (vi ? " — tự nhận" : " — self-registered") : (vi ? " — phân công" : " — assigned")
            item("\(x.name): \(x.group.label(lang))\(x.content.isEmpty ? "" : " — \(x.content)")\(src)")
        }
        out.append("")
        let ended = m.ended.isEmpty ? none : clock(m.ended)
        out.append(vi ? "Buổi sinh hoạt kết thúc lúc \(ended) cùng ngày." : "The meeting ended at \(ended) the same day.")
        out.append("")
        // The signature block: minute-taker on the left, chair on the right.
        let left = [vi ? "THƯ KÝ" : "MINUTE-TAKER", vi ? "(Ký, ghi rõ họ tên)" : "(signature, full name)", "", "", m.recorder]
        let right = [vi ? "CHỦ TRÌ" : "CHAIR", vi ? "(Ký, ghi rõ họ tên)" : "(signature, full name)", "", "", m.chair]
        let w = max(30, left.map { VietText.width($0) }.max()! + 4)
        for (l, r) in zip(left, right) {
            let line = VietText.pad(l, to: w) + r
            out.append(md ? (line.trimmingTrailingSpaces.isEmpty ? "" : "    " + line) : line)
        }
        return out.joined(separator: "\n").trimmingTrailingLineSpaces + "\n"
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
    /// Drops spaces at line ends that are not a Markdown hard break (two spaces after text).
    var trimmingTrailingLineSpaces: String {
        split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let t = String(line).trimmingTrailingSpaces
            return line.hasSuffix("  ") && !t.isEmpty && line.count - t.count == 2 ? String(line) : t
        }.joined(separator: "\n")
    }
}
