import DanVanCore

/// CSV exports of the member, assignment and meeting tables, for a subtree or everything.
/// The columns are those import reads, so export → import → export gives the same bytes.
public enum TableExport {
    /// The cells under `org` (every root when nil) in tree order.
    static func cells(_ state: State, under org: OrgID?) -> [OrgID] {
        let tops = org.map { [$0] } ?? state.sortedRoots
        return tops.flatMap { state.subtree(of: $0) }.filter { state.orgs[$0]!.level.isCell }
    }

    /// The core's name order, its part keys shared by every cell of one export.
    final class NameKeys {
        private var keys = NameSortKeys()
        func key(_ m: Member) -> [UInt8] { keys.key(m) }
    }

    static func orderedMembers(_ state: State, cell: OrgID, lang: Lang, path: String, keys: NameKeys) -> [(Member, [String])] {
        let items = state.directMembers(of: cell).map { id -> (Member, [UInt8], [String]) in
            let m = state.members[id]!
            return (m, keys.key(m), memberRow(m, path: path, lang: lang))
        }
        // The core's order, identical names by the row text, so the order never depends on ids.
        return items.sorted { a, b in
            let c = NameSortKeys.compare(a.1, b.1)
            return c == 0 ? a.2.lexicographicallyPrecedes(b.2) : c < 0
        }.map { ($0.0, $0.2) }
    }

    static func date(_ d: Day?, _ lang: Lang) -> String { d?.formatted(lang) ?? "" }

    static func memberRow(_ m: Member, path: String, lang: Lang) -> [String] {
        [
            m.cardNo ?? "", m.fullName, m.givenName ?? "", m.familyName ?? "", m.gender?.label(lang) ?? "", date(m.birthDate, lang), path,
            date(m.joinedDate, lang), date(m.fullMemberDate, lang), m.kind.label(lang), m.status.kind.label(lang),
            date(m.status.date, lang), m.status.note, m.role.label(lang), m.residence, m.workplace, m.phone, m.notes,
        ]
    }

    public static func members(_ state: State, under org: OrgID?, lang: Lang) -> [UInt8] {
        var w = CSVWriter()
        w.reserve(state.members.count * 220)
        w.row(MemberColumns.all.map { $0.header(lang) })
        memberRows(state, under: org, lang: lang) { w.row($0) }
        return w.bytes
    }

    /// The member rows (without the header), in file order; CSV and .xlsx both write these.
    static func memberRows(_ state: State, under org: OrgID?, lang: Lang, _ emit: ([String]) -> Void) {
        let keys = NameKeys()
        for cell in cells(state, under: org) {
            let path = state.path(of: cell)
            for (_, row) in orderedMembers(state, cell: cell, lang: lang, path: path, keys: keys) { emit(row) }
        }
    }

    public static func assignments(_ state: State, under org: OrgID?, lang: Lang) -> [UInt8] {
        var w = CSVWriter()
        w.reserve(state.assignments.count * 300)
        w.row(AssignmentColumns.all.map { $0.header(lang) })
        assignmentRows(state, under: org, lang: lang) { w.row($0) }
        return w.bytes
    }

    /// The assignment rows (without the header), in file order.
    static func assignmentRows(_ state: State, under org: OrgID?, lang: Lang, _ emit: ([String]) -> Void) {
        let keys = NameKeys()
        for cell in cells(state, under: org) {
            let path = state.path(of: cell)
            for (m, _) in orderedMembers(state, cell: cell, lang: lang, path: path, keys: keys) {
                var rows: [[String]] = []
                for a in state.assignmentIDs(of: m.id).compactMap({ state.assignments[$0] }) {
                    let base = [
                        m.cardNo ?? "", m.fullName, date(m.birthDate, lang), path, a.targetGroup.label(lang), a.area, a.households.map(String.init) ?? "",
                        a.content, a.place.label(lang), a.source.label(lang), date(a.from, lang), date(a.to, lang), a.resolution,
                    ]
                    if a.evaluations.isEmpty { rows.append(base + ["", "", ""]) }
                    for y in a.evaluations.keys.sorted() {
                        let e = a.evaluations[y]!
                        rows.append(base + [String(y), e.level.label(lang), e.note])
                    }
                }
                // By start date, then the row text: stable whatever the ids.
                if rows.count > 1 {
                    rows.sort { a, b in
                        let ka = isoKey(a[10]), kb = isoKey(b[10])  // from
                        return ka == kb ? a.lexicographicallyPrecedes(b) : ka < kb
                    }
                }
                for r in rows { emit(r) }
            }
        }
    }

    /// Sort key of a written date (dd/mm/yyyy or yyyy-mm-dd).
    private static func isoKey(_ s: String) -> String { Day.parse(s)?.iso ?? s }

    public static let minutesColumns: [Column] = [
        Column("date", "Ngày"), Column("cell", "Chi bộ"), Column("kind", "Loại"), Column("present", "Có mặt"),
        Column("absent", "Vắng"), Column("notes", "Ghi chú"), Column("decisions", "Quyết định"),
    ]

    /// The meetings of the subtree: date, cell, kind, present/expected, absent members with
    /// their reasons, notes and decisions.
    public static func minutes(_ state: State, under org: OrgID?, lang: Lang) -> [UInt8] {
        var w = CSVWriter()
        w.row(minutesColumns.map { $0.header(lang) })
        minutesRows(state, under: org, lang: lang) { w.row($0) }
        return w.bytes
    }

    /// The meeting rows (without the header), in file order.
    static func minutesRows(_ state: State, under org: OrgID?, lang: Lang, _ emit: ([String]) -> Void) {
        var byCell: [OrgID: [Meeting]] = [:]
        for m in state.meetings.values { byCell[m.org, default: []].append(m) }
        for cell in cells(state, under: org) {
            guard let list = byCell[cell] else { continue }
            let path = state.path(of: cell)
            for m in list.sorted(by: { $0.date == $1.date ? $0.kind.rawValue < $1.kind.rawValue : $0.date < $1.date }) {
                // The one attendance reading (MeetingAttendance): present of those expected
                // on the day; the absent with their reasons, the not-marked as such.
                let att = MeetingAttendance(meeting: m, state: state)
                let name = { (id: MemberID) in state.members[id]?.fullName ?? "" }
                let absent = att.excused.map { "\(name($0.member)) (\($0.reason.isEmpty ? AttendanceKind.excused.label(lang).lowercased() : $0.reason))" }
                    + att.absent.map { "\(name($0)) (\(AttendanceKind.absent.label(lang).lowercased()))" }
                    + att.notMarked.map { "\(name($0)) (\(lang == .vi ? "chưa điểm danh" : "not marked"))" }
                let present = "\(att.present.count)/\(att.expected.count)"
                emit([date(m.date, lang), path, m.kind.label(lang), present,
                      absent.joined(separator: "; "), m.notes, m.decisions])
            }
        }
    }
}
