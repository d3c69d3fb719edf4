/// The minutes (biên bản) of a cell meeting: headcount, content, decisions and the
/// assignments made at it, as Markdown or plain text.
public struct Minutes: Sendable {
    public enum Format: String, Sendable, CaseIterable { case markdown, text }

    public struct Absence: Equatable, Sendable {
        public let name: String
        public let reason: String
    }

    public let cellName: String
    public let path: String
    public let date: Day
    public let kind: MeetingKind
    /// Members of the cell on the day who are on its roll (active or exempt).
    public let total: Int
    public let exempt: Int
    public let eligible: Int
    public let present: [String]
    public let absentExcused: [Absence]
    public let absent: [String]
    public let notMarked: [String]
    public let notes: String
    public let decisions: String
    /// Assignments of the cell's members that start on the meeting day.
    public let assignments: [(name: String, group: TargetGroup, content: String, source: Source)]

    public init(meeting: Meeting, state: State) {
        cellName = state.orgs[meeting.org]?.name ?? ""
        path = state.path(of: meeting.org)
        date = meeting.date
        kind = meeting.kind
        notes = meeting.notes
        decisions = meeting.decisions
        var present: [String] = [], excused: [Absence] = [], absent: [String] = [], unmarked: [String] = []
        var total = 0, exempt = 0, eligible = 0
        var made: [(String, TargetGroup, String, Source)] = []
        for id in state.sortByName(state.directMembers(of: meeting.org)) {
            let m = state.members[id]!
            switch m.status.kind {
            case .transferredOut, .deceased: continue
            case .exempt: exempt += 1
            case .active: eligible += 1
            }
            total += 1
            switch meeting.attendance[id]?.kind {
            case .present: present.append(m.fullName)
            case .excused: excused.append(Absence(name: m.fullName, reason: meeting.attendance[id]!.reason))
            case .absent: absent.append(m.fullName)
            case nil: if m.isEligible { unmarked.append(m.fullName) }
            }
            for a in state.assignments(of: id) where a.from == meeting.date {
                made.append((m.fullName, a.targetGroup, a.content, a.source))
            }
        }
        self.total = total
        self.exempt = exempt
        self.eligible = eligible
        self.present = present
        absentExcused = excused
        self.absent = absent
        notMarked = unmarked
        assignments = made
    }

    public func render(_ format: Format, _ lang: Lang) -> String {
        let vi = lang == .vi
        let md = format == .markdown
        var out: [String] = []
        func heading(_ s: String) { out.append(md ? "## \(s)" : "\(s)\n\(String(repeating: "-", count: VietText.width(s)))") }
        func item(_ s: String) { out.append(md ? "- \(s)" : "  • \(s)") }
        let title = vi ? "BIÊN BẢN SINH HOẠT CHI BỘ \(kind == .thematic ? "CHUYÊN ĐỀ" : "THƯỜNG KỲ")" : "MINUTES OF THE \(kind == .thematic ? "THEMATIC" : "MONTHLY") CELL MEETING"
        out.append(md ? "# \(title)" : title)
        out.append("")
        out.append(vi ? "\(cellName) — ngày \(date.vn)" : "\(cellName) — \(date.iso)")
        out.append(path)
        out.append("")
        heading(vi ? "Số lượng" : "Headcount")
        item(vi ? "Tổng số đảng viên: \(total)" : "Members on the roll: \(total)")
        item(vi ? "Miễn sinh hoạt: \(exempt)" : "Exempt: \(exempt)")
        item(vi ? "Có mặt: \(present.count)/\(eligible)" : "Present: \(present.count) of \(eligible)")
        let absentCount = absentExcused.count + absent.count
        item(vi ? "Vắng: \(absentCount)" : "Absent: \(absentCount)")
        for a in absentExcused {
            out.append(md ? "  - \(a.name) (\(vi ? "có lý do" : "with reason"): \(a.reason))" : "      - \(a.name) (\(vi ? "có lý do" : "with reason"): \(a.reason))")
        }
        for n in absent {
            out.append(md ? "  - \(n) (\(vi ? "không lý do" : "no reason"))" : "      - \(n) (\(vi ? "không lý do" : "no reason"))")
        }
        if !notMarked.isEmpty { item((vi ? "Chưa điểm danh: " : "Not marked: ") + notMarked.joined(separator: ", ")) }
        out.append("")
        heading(vi ? "Nội dung" : "Content")
        out.append(notes.isEmpty ? (vi ? "(chưa ghi)" : "(none recorded)") : notes)
        out.append("")
        heading(vi ? "Quyết định của chi bộ" : "Decisions")
        out.append(decisions.isEmpty ? (vi ? "(chưa ghi)" : "(none recorded)") : decisions)
        out.append("")
        heading(vi ? "Phân công đảng viên làm công tác dân vận" : "Mass-mobilization assignments made")
        if assignments.isEmpty { out.append(vi ? "(không có)" : "(none)") }
        for a in assignments {
            let src = a.source == .selfRegistered ? (vi ? " — tự nhận" : " — self-registered") : ""
            item("\(a.name): \(a.group.label(lang))\(a.content.isEmpty ? "" : " — \(a.content)")\(src)")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
