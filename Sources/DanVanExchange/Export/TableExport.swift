import DanVanCore

/// CSV exports of the member, assignment and meeting tables, for a subtree or everything.
/// The columns are those import reads, so export → import → export gives the same bytes.
public enum TableExport {
    /// The cells under `org` (every root when nil) in tree order.
    static func cells(_ state: State, under org: OrgID?) -> [OrgID] {
        let tops = org.map { [$0] } ?? state.sortedRoots
        return tops.flatMap { state.subtree(of: $0) }.filter { state.orgs[$0]!.level.isCell }
    }

    /// Rows sorted by the member's name (Vietnamese order), then by the row text, so the
    /// order never depends on ids.
    private static func sortedRows<T>(_ items: [(T, [UInt8], [String])]) -> [(T, [String])] {
        items.sorted { a, b in
            a.1 == b.1 ? a.2.lexicographicallyPrecedes(b.2) : a.1.lexicographicallyPrecedes(b.1)
        }.map { ($0.0, $0.2) }
    }

    /// Collation keys by name: names repeat a lot, and computing a key is the costly part.
    final class NameKeys {
        private var cache: [String: [UInt8]] = [:]
        func key(_ m: Member) -> [UInt8] {
            let k = m.givenName.map { m.fullName + "\u{0}" + $0 } ?? m.fullName
            if let v = cache[k] { return v }
            let v = VietCollation.nameKey(m.nameParts)
            cache[k] = v
            return v
        }
    }

    static func orderedMembers(_ state: State, cell: OrgID, lang: Lang, path: String, keys: NameKeys) -> [(Member, [String])] {
        let items = state.directMembers(of: cell).map { id -> (Member, [UInt8], [String]) in
            let m = state.members[id]!
            return (m, keys.key(m), memberRow(m, path: path, lang: lang))
        }
        return sortedRows(items)
    }

    static func date(_ d: Day?, _ lang: Lang) -> String { d?.formatted(lang) ?? "" }

    static func memberRow(_ m: Member, path: String, lang: Lang) -> [String] {
        [
            m.cardNo ?? "", m.fullName, m.givenName ?? "", m.gender?.label(lang) ?? "", date(m.birthDate, lang), path,
            date(m.joinedDate, lang), date(m.fullMemberDate, lang), m.kind.label(lang), m.status.kind.label(lang),
            date(m.status.date, lang), m.status.note, m.role.label(lang), m.residence, m.workplace, m.phone, m.notes,
        ]
    }

    public static func members(_ state: State, under org: OrgID?, lang: Lang) -> [UInt8] {
        var w = CSVWriter()
        w.reserve(state.members.count * 220)
        w.row(MemberColumns.all.map { $0.header(lang) })
        let keys = NameKeys()
        for cell in cells(state, under: org) {
            let path = state.path(of: cell)
            for (_, row) in orderedMembers(state, cell: cell, lang: lang, path: path, keys: keys) { w.row(row) }
        }
        return w.bytes
    }

    public static func assignments(_ state: State, under org: OrgID?, lang: Lang) -> [UInt8] {
        var w = CSVWriter()
        w.reserve(state.assignments.count * 300)
        w.row(AssignmentColumns.all.map { $0.header(lang) })
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
                for r in rows { w.row(r) }
            }
        }
        return w.bytes
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
                w.row([date(m.date, lang), path, m.kind.label(lang), present,
                       absent.joined(separator: "; "), m.notes, m.decisions])
            }
        }
        return w.bytes
    }
}
