import DanVanCore
import Foundation

/// Turns a members CSV into one batch of ops, or lists every error and does nothing.
///
/// Matching: a row whose card number belongs to an existing member updates that member
/// (moving them to the row's cell as a recorded transfer when it differs); a row without a
/// card number updates the member of the same cell with the same name and birth date, if
/// exactly one exists; every other row adds a new member. Columns missing from the file
/// leave those fields as they were; an empty cell in a present column clears the field.
public enum MemberImport {
    public static func plan(_ table: CSVReader.Table, into state: State, createOrgs: Bool,
                            author: String = Op.defaultAuthor, now: Date = Date(),
                            progress: ((Int, Int) -> Void)? = nil) -> ImportPlan {
        typealias C = MemberColumns
        var plan = ImportPlan()
        let h = HeaderMap(header: table.header.fields, columns: C.all)
        h.check(required: [C.fullName, C.org], into: &plan)
        guard plan.ok else { return plan }

        let today = Day.today(now)
        var paths = OrgPaths(state: state, create: createOrgs,
                             paths: createOrgs ? table.rows.map { h.value(C.org, $0.fields) ?? "" } : [])
        var cellPaths: [OrgID: String] = [:]
        var changes: [Change] = []
        changes.reserveCapacity(table.rows.count)
        var cardLines: [String: Int] = [:]
        let firstDay = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.day(s, bareYear: .first) }
        let genders = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.coded(s, Gender.self) }
        let kinds = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.coded(s, MemberKind.self) }
        let statuses = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.coded(s, StatusKind.self) }
        let roles = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.coded(s, MemberRole.self) }
        var matchedLines: [MemberID: Int] = [:]

        for (n, rec) in table.rows.enumerated() {
            if n & 4095 == 0 { progress?(n, table.rows.count) }
            let row = rec.fields
            var r = RowIssues(line: rec.line, header: h)

            let name = FieldParsing.text(h.value(C.fullName, row) ?? "")
            if name.isEmpty { r.add(C.fullName, vi: "họ và tên không được để trống", en: "the full name must not be empty") }
            var cell: OrgID?
            let pathText = FieldParsing.text(h.value(C.org, row) ?? "")
            if pathText.isEmpty {
                r.add(C.org, vi: "chưa ghi chi bộ", en: "no cell given")
            } else {
                switch paths.cell(pathText) {
                case .success(let id): cell = id
                case .failure(let e): r.add(C.org, vi: e.vi, en: e.en)
                }
            }
            let card = h.value(C.cardNo, row).map(FieldParsing.text)
            if let key = State.cardKey(card) {
                if let first = cardLines[key] {
                    r.add(C.cardNo, vi: "số thẻ \(card!) đã có ở dòng \(first)", en: "card number \(card!) already appears on line \(first)")
                } else {
                    cardLines[key] = rec.line
                }
            }
            let birth = r.read(C.birthDate, row, firstDay.callAsFunction)
            let joined = r.read(C.joined, row, firstDay.callAsFunction)
            let full = r.read(C.fullMemberDate, row, firstDay.callAsFunction)
            let statusDate = r.read(C.statusDate, row, firstDay.callAsFunction)
            let gender = r.read(C.gender, row, genders.callAsFunction)
            let kind = r.read(C.kind, row, kinds.callAsFunction)
            let status = r.read(C.status, row, statuses.callAsFunction)
            let role = r.read(C.role, row, roles.callAsFunction)
            guard r.issues.isEmpty, let cell else {
                plan.errors += r.issues
                continue
            }

            // Which member this row is.
            var existing: Member?
            if let card, State.cardKey(card) != nil {
                existing = state.member(withCard: card)
            } else if let birth {
                let f = VietText.fold(name)
                let same = state.directMembers(of: cell).compactMap { state.members[$0] }
                    .filter { $0.birthDate == birth && VietText.fold($0.fullName) == f }
                if same.count == 1 { existing = same[0] }
            }
            if let e = existing {
                if let first = matchedLines[e.id] {
                    r.add(nil, vi: "dòng này và dòng \(first) cùng chỉ đảng viên \(e.fullName)",
                          en: "this line and line \(first) both describe \(e.fullName)")
                    plan.errors += r.issues
                    continue
                }
                matchedLines[e.id] = rec.line
            }

            var m = existing ?? Member(id: MemberID.random(), org: cell, fullName: name)
            m.fullName = name
            if h.has(C.cardNo) { m.cardNo = State.cardKey(card) == nil ? nil : card }
            if let g = h.value(C.givenName, row) { let t = FieldParsing.text(g); m.givenName = t.isEmpty ? nil : t }
            if h.has(C.gender) { m.gender = gender }
            if h.has(C.birthDate) { m.birthDate = birth }
            if h.has(C.joined) { m.joinedDate = joined }
            if h.has(C.fullMemberDate) { m.fullMemberDate = full }
            if h.has(C.kind) {
                m.kind = kind ?? (m.fullMemberDate == nil && m.joinedDate != nil ? .probationary : .full)
            } else if existing == nil {
                m.kind = m.fullMemberDate == nil && m.joinedDate != nil ? .probationary : .full
            }
            if h.has(C.status) || h.has(C.statusDate) || h.has(C.statusNote) {
                var st = m.status
                if h.has(C.status) { st.kind = status ?? .active }
                if h.has(C.statusDate) { st.date = statusDate }
                if let note = h.value(C.statusNote, row) { st.note = FieldParsing.text(note) }
                m.status = st
            }
            if h.has(C.role) { m.role = role ?? .member }
            if let v = h.value(C.residence, row) { m.residence = FieldParsing.text(v) }
            if let v = h.value(C.workplace, row) { m.workplace = FieldParsing.text(v) }
            if let v = h.value(C.phone, row) { m.phone = FieldParsing.text(v) }
            if let v = h.value(C.notes, row) { m.notes = FieldParsing.multiline(v) }

            // Date order, named by column before the core's own checks run.
            if let b = m.birthDate, let j = m.joinedDate, j <= b {
                r.add(C.joined, vi: "ngày vào Đảng (\(j.vn)) phải sau ngày sinh (\(b.vn))", en: "joined (\(j.iso)) must be after the birth date (\(b.iso))")
            }
            if let j = m.joinedDate, let f = m.fullMemberDate, f < j {
                r.add(C.fullMemberDate, vi: "ngày chính thức (\(f.vn)) trước ngày vào Đảng (\(j.vn))", en: "the full-membership date (\(f.iso)) is before joined (\(j.iso))")
            }
            if let j = m.joinedDate, let d = m.status.date, m.status.kind != .active, d < j {
                r.add(C.statusDate, vi: "ngày \(d.vn) trước ngày vào Đảng (\(j.vn))", en: "\(d.iso) is before joined (\(j.iso))")
            }
            if m.status.kind != .active && m.status.date == nil {
                r.add(h.has(C.statusDate) ? C.statusDate : C.status, vi: "\(m.status.kind.vi) cần có ngày (cột “\(C.statusDate.vi)”)",
                      en: "\(m.status.kind.en.lowercased()) needs a date (column “\(C.statusDate.key)”)")
            }
            if m.status.kind == .exempt && m.status.note.isEmpty {
                r.add(h.has(C.statusNote) ? C.statusNote : C.status, vi: "miễn sinh hoạt cần ghi lý do (cột “\(C.statusNote.vi)”)",
                      en: "an exempt member needs a reason (column “\(C.statusNote.key)”)")
            }
            guard r.issues.isEmpty else {
                plan.errors += r.issues
                continue
            }

            var change: Change?
            if let e = existing {
                if e.org != cell {
                    m.org = cell
                    m.history.append(Transfer(from: e.org, to: cell, date: today, note: "Nhập từ tệp CSV"))
                }
                if m != e { change = .updateMember(m) }
            } else {
                m.org = cell
                change = .addMember(m)
            }
            guard let change else {
                plan.unchanged += 1
                continue
            }
            if let g = m.givenName, !(" " + m.fullName).hasSuffix(" " + g) {
                r.add(C.givenName, vi: "tên gọi phải là phần cuối của họ và tên", en: "the given name must be the end of the full name")
                plan.errors += r.issues
                continue
            }
            do {
                // New members pass every core rule by the checks above (name, cell, unique card,
                // date order, given name); applying them one by one costs a copy of the member
                // index per row in the core (reported), so only updates go through `apply` here.
                // The store validates the whole batch again on commit.
                if case .updateMember = change { try paths.scratch.apply(change) }
            } catch let e as OpError {
                r.add(e.code == .duplicateCard ? C.cardNo : nil, vi: e.vi, en: e.en)
                plan.errors += r.issues
                continue
            } catch {
                r.add(nil, vi: "\(error)", en: "\(error)")
                plan.errors += r.issues
                continue
            }
            changes.append(change)
            let p = cellPaths[cell] ?? paths.scratch.path(of: cell)
            cellPaths[cell] = p
            if existing == nil { plan.count(p, added: 1) } else { plan.count(p, updated: 1) }
        }
        progress?(table.rows.count, table.rows.count)
        plan.createdOrgs = paths.createdPaths
        guard plan.ok else {
            plan.perCell = [:]
            return plan
        }
        let time = Int64((now.timeIntervalSince1970 * 1000).rounded())
        plan.ops = (paths.createdOps + changes).map { Op(time: time, author: author, change: $0) }
        return plan
    }
}
