import DanVanCore
import Foundation

/// Turns a members CSV into one batch of ops, or lists every error and does nothing.
///
/// Matching: a row whose card number belongs to an existing member updates that member
/// (moving them to the row's cell as a recorded transfer when it differs); a row without a
/// card number updates the member of the same cell with the same name and birth date, if
/// exactly one exists; every other row adds a new member. Columns missing from the file
/// leave those fields as they were; an empty cell in a present column clears the field.
///
/// Two passes: the first reads every row into a change (each row's cells on their own, a
/// large file in two halves at once; then, in file order, its cell, which member it is, its
/// change); the second lets the core judge the changes (`refusals(of:on:)`), applying them
/// one by one to a scratch copy of the state, so the rules live in one place (`State.apply`)
/// and a refusal of change i is reported on its row, in the column of the field it names.
public enum MemberImport {
    /// The ops that import `table` into `state`, or every error found.
    ///
    /// `validate: false` skips the second pass when the first found nothing wrong, leaving the
    /// core's rules to whoever commits the ops — a store checks every batch it commits — so a
    /// city-wide file is judged once, not twice; when the store refuses the batch,
    /// `refusals(of:on:)` names every refused row.
    public static func plan(_ table: CSVReader.Table, into state: State, createOrgs: Bool,
                            author: String = Op.defaultAuthor, now: Date = Date(), validate: Bool = true,
                            progress: ((Int, Int) -> Void)? = nil) -> ImportPlan {
        plan(table, into: state, createOrgs: createOrgs, options: Options(), author: author, now: now, validate: validate, progress: progress)
    }

    /// A located roster (`RosterTable`): its skipped rows and inferences go into the plan.
    public static func plan(_ roster: RosterTable, into state: State, createOrgs: Bool, org: String? = nil,
                            author: String = Op.defaultAuthor, now: Date = Date(), validate: Bool = true,
                            progress: ((Int, Int) -> Void)? = nil) -> ImportPlan {
        var p = ImportPlan()
        if roster.ok {
            let o = Options(base: org, written: roster.written, headerLine: roster.header.line, asOf: roster.asOf)
            p = plan(roster.table, into: state, createOrgs: createOrgs, options: o, author: author, now: now, validate: validate, progress: progress)
        } else {
            p.errors = roster.errors
        }
        p.skipped = roster.skipped
        p.inferred = roster.inferred + p.inferred
        p.warnings = roster.warnings + p.warnings
        return p
    }

    /// What the file's surroundings say: the unit it belongs to (`--org`), the headings of
    /// composed columns, the header's line, the date the roster is as of.
    public struct Options: Sendable {
        public var base: String?
        public var written: [String: String] = [:]
        public var headerLine = 1
        public var asOf: Day?
        public init(base: String? = nil, written: [String: String] = [:], headerLine: Int = 1, asOf: Day? = nil) {
            self.base = base
            self.written = written
            self.headerLine = headerLine
            self.asOf = asOf
        }
    }

    public static func plan(_ table: CSVReader.Table, into state: State, createOrgs: Bool, options: Options,
                            author: String = Op.defaultAuthor, now: Date = Date(), validate: Bool = true,
                            progress: ((Int, Int) -> Void)? = nil) -> ImportPlan {
        typealias C = MemberColumns
        var plan = ImportPlan()
        var h = HeaderMap(header: table.header.fields, columns: C.all)
        for (k, v) in options.written { h.written[k] = v }
        h.check(required: options.base == nil ? [C.fullName, C.org] : [C.fullName], into: &plan, headerLine: options.headerLine)
        guard plan.ok else { return plan }

        let rows = table.rows
        let steps = 3 * rows.count
        let today = Day.today(now)
        let reader = MemberRowReader(header: h)
        var matcher = NameMatcher(state: state)
        var rng = SeededGenerator(seed: UInt64.random(in: 0...UInt64.max))
        var newIDs = Set<MemberID>(minimumCapacity: rows.count)
        // The member ops, each with its line in the file; counts per cell.
        let time = Int64((now.timeIntervalSince1970 * 1000).rounded())
        var ops: [Op] = []
        var lines: [Int] = []
        var perCell: [OrgID: (added: Int, updated: Int)] = [:]
        ops.reserveCapacity(rows.count)
        var cardLines: [String: Int] = [:]
        cardLines.reserveCapacity(rows.count)
        var matchedLines: [MemberID: Int] = [:]

        // Columns present in the file: a missing column leaves its field as it was.
        let has = (card: h.has(C.cardNo), gender: h.has(C.gender), birth: h.has(C.birthDate), joined: h.has(C.joined),
                   full: h.has(C.fullMemberDate), kind: h.has(C.kind), status: h.has(C.status),
                   statusDate: h.has(C.statusDate), statusNote: h.has(C.statusNote), role: h.has(C.role))

        // Pass 1: read every row on its own; then, in file order, find its cell and its
        // member and make its change.
        let read = reader.readAll(rows) { progress?($0, steps) }
        var paths = OrgPaths(state: state, create: createOrgs, paths: read.paths)
        if let base = options.base {
            paths.base = OrgPaths.split(base)
            if paths.base!.isEmpty { paths.base = nil }
        }
        let asOf = options.asOf ?? today
        var kindGuesses: [Int] = []
        var reasonsFromNotes: [Int] = []
        var n = -1
        for part in read.parts { for row in part {
            n += 1
            if n & 4095 == 0 { progress?(rows.count + n, steps) }
            var r = RowIssues(line: row.line, header: h)
            r.issues = row.issues
            var cellID: OrgID?
            switch paths.cell(row.path, line: row.line) {
            case nil: r.add(C.org, vi: "chưa ghi chi bộ", en: "no cell given")
            case .success(let id)?: cellID = id
            case .failure(let e)?:
                r.add(C.org, vi: e.vi, en: e.en)
                if e.missing { plan.missingUnits += 1 }
            }
            let card = row.card
            if let key = row.cardKey {
                if let first = cardLines[key] {
                    r.add(C.cardNo, vi: "số thẻ \(card!) đã có ở dòng \(first)", en: "card number \(card!) already appears on line \(first)")
                } else {
                    cardLines[key] = row.line
                }
            }
            guard r.issues.isEmpty, let cellID else {
                plan.errors += r.issues
                continue
            }

            // Which member this row is.
            var existing: Member?
            var byName = false
            if let card, row.cardKey != nil {
                existing = state.member(withCard: card)
            }
            if existing == nil && (row.cardKey == nil || !has.card) {
                switch matcher.member(named: row.name, born: row.birth, in: cellID) {
                case .one(let m): existing = m; byName = true
                case .none: break
                case .several(let ms):
                    r.add(C.fullName, vi: "có \(ms.count) đảng viên tên \(row.name) trong chi bộ; hãy ghi số thẻ hoặc ngày sinh",
                          en: "the cell has \(ms.count) members named \(row.name); give the card number or birth date")
                case .lookAlike(let m):
                    let why = NameMatcher.lookAlike(row.name, m)
                    r.add(C.fullName, vi: why.vi, en: why.en)
                }
                if !r.issues.isEmpty { plan.errors += r.issues; continue }
            }
            if let e = existing {
                if let first = matchedLines[e.id] {
                    r.add(nil, vi: "dòng này và dòng \(first) cùng chỉ đảng viên \(e.fullName)",
                          en: "this line and line \(first) both describe \(e.fullName)")
                    plan.errors += r.issues
                    continue
                }
                matchedLines[e.id] = row.line
            }

            var m: Member
            if let existing {
                m = existing
            } else {
                var id = MemberID.random(using: &rng)
                while state.members[id] != nil || newIDs.contains(id) { id = MemberID.random(using: &rng) }
                newIDs.insert(id)
                m = Member(id: id, org: cellID, fullName: row.name)
            }
            if !byName { m.fullName = row.name }  // matched by name: kept as stored (the file may differ in case)
            if has.card { m.cardNo = row.cardKey == nil ? (existing == nil ? nil : m.cardNo) : card }  // a match by name keeps the card
            if let g = row.givenName { m.givenName = g.isEmpty ? nil : g }
            if let f = row.familyName { m.familyName = f.isEmpty ? nil : f }
            if has.gender { m.gender = row.gender }
            // A partial date in the file that agrees with a stored whole one keeps the whole one.
            if has.birth { m.birthDate = row.birth?.refining(m.birthDate) }
            if has.joined { m.joinedDate = row.joined?.refining(m.joinedDate) }
            if has.full { m.fullMemberDate = row.fullMember?.refining(m.fullMemberDate) }
            if has.kind {
                m.kind = row.kind ?? (m.fullMemberDate == nil && m.joinedDate != nil ? .probationary : .full)
            } else if existing == nil {
                // No kind column: a full-membership date or a card means full; joined less than
                // 12 months before the roster's date, probationary; anything else full, listed.
                if m.fullMemberDate != nil || m.cardNo != nil {
                    m.kind = .full
                } else if let j = m.joinedDate, j > asOf.adding(years: -1) {
                    m.kind = .probationary
                } else {
                    m.kind = .full
                    kindGuesses.append(row.line)
                }
            }
            if has.status || has.statusDate || has.statusNote {
                var st = m.status
                if has.status { st.kind = row.status ?? .active }
                if has.statusDate { st.date = row.statusDate?.refining(st.date) }
                if let note = row.statusNote { st.note = note }
                m.status = st
            }
            if has.role { m.role = row.role ?? .member }
            if let v = row.residence { m.residence = v }
            if let v = row.workplace { m.workplace = v }
            if let v = row.phone { m.phone = v }
            if let v = row.notes { m.notes = v }
            // An exemption's reason, when the file has none, is what the notes say of it.
            if m.status.kind == .exempt && m.status.note.isEmpty, let n = row.notes, !n.isEmpty {
                m.status.note = n
                reasonsFromNotes.append(row.line)
            }
            // The state refuses an exemption without a reason; say where the file can give one.
            if m.status.kind == .exempt && m.status.note.isEmpty {
                r.add(has.statusNote ? C.statusNote : (has.status ? C.status : nil),
                      vi: "đảng viên miễn sinh hoạt cần ghi lý do: thêm cột “Lý do” hoặc ghi lý do vào Ghi chú (ví dụ “Miễn SH từ 2021: tuổi cao”)",
                      en: "an exempt member needs a reason: add a “Lý do” column, or write the reason in Ghi chú (e.g. “Miễn SH từ 2021: tuổi cao”)")
            }

            guard r.issues.isEmpty else {
                plan.errors += r.issues
                continue
            }

            if let e = existing {
                if e.org != cellID {
                    m.org = cellID
                    m.history.append(Transfer(from: e.org, to: cellID, date: today, note: "Nhập từ tệp CSV"))
                }
                guard m != e else {
                    plan.unchanged += 1
                    continue
                }
                ops.append(Op(time: time, author: author, change: .updateMember(m)))
            } else {
                ops.append(Op(time: time, author: author, change: .addMember(m)))
            }
            lines.append(row.line)
            if existing == nil { perCell[cellID, default: (0, 0)].added += 1 } else { perCell[cellID, default: (0, 0)].updated += 1 }
        } }
        if !kindGuesses.isEmpty {
            plan.inferred.append(ImportIssue(line: kindGuesses[0], column: nil,
                                             vi: "không có cột “Loại”, ngày chính thức hay số thẻ; vào Đảng trước \(asOf.adding(years: -1).vn) hoặc không rõ ngày: ghi là Chính thức ở dòng \(lineList(kindGuesses))",
                                             en: "no kind column, full-membership date or card; joined before \(asOf.adding(years: -1).iso) or date unknown: recorded as full on lines \(lineList(kindGuesses))"))
        }
        if !reasonsFromNotes.isEmpty {
            plan.inferred.append(ImportIssue(line: reasonsFromNotes[0], column: nil,
                                             vi: "lý do miễn sinh hoạt lấy từ Ghi chú ở dòng \(lineList(reasonsFromNotes))",
                                             en: "the reason for exemption is taken from the notes on lines \(lineList(reasonsFromNotes))"))
        }
        plan.createdOrgs = paths.createdPaths
        for (cell, c) in perCell { plan.count(paths.scratch.path(of: cell), added: c.added, updated: c.updated) }
        // New nodes first, then the members (moved, not copied: a city holds many).
        ops.insert(contentsOf: paths.createdOps.map { Op(time: time, author: author, change: $0) }, at: 0)
        lines.insert(contentsOf: paths.createdLines, at: 0)
        plan.ops = ops
        plan.lines = lines
        plan.header = h

        // Pass 2: the core's rules, change by change — also when rows above were wrong, since
        // nothing will be committed and every error is listed at once.
        if validate || !plan.ok {
            plan.errors += refusals(of: plan, on: state) { progress?(2 * rows.count + $0 * rows.count / max($1, 1), steps) }
        }
        progress?(steps, steps)
        if !plan.ok {
            plan.errors = sortedByLine(plan.errors)
            plan.ops = []
            plan.lines = []
            plan.perCell = [:]
            plan.added = 0
            plan.updated = 0
        }
        return plan
    }

    /// Every op of `plan` that the core refuses when they are applied in order on `state`
    /// (each refused one left out), on its line of the file and in the column of the field
    /// the core names. Empty when the whole batch applies.
    public static func refusals(of plan: ImportPlan, on state: State, progress: ((Int, Int) -> Void)? = nil) -> [ImportIssue] {
        guard let h = plan.header else { return [] }
        var scratch = state
        scratch.reserveCapacity(addingOrgs: plan.createdOrgs.count, members: plan.added)
        var errors: [ImportIssue] = []
        plan.ops.withUnsafeBufferPointer { ops in for i in ops.indices {
            if i & 4095 == 0 { progress?(i, ops.count) }
            do {
                try scratch.apply(ops[i])
            } catch {
                var r = RowIssues(line: plan.lines[i], header: h)
                if let e = error as? OpError {
                    r.add(column(for: e.field), vi: e.vi, en: e.en)
                } else {
                    r.add(nil, vi: "\(error)", en: "\(error)")
                }
                errors += r.issues
            }
        } }
        return sortedByLine(errors)
    }

    /// The column of the member field an `OpError` names (nil: the row as a whole).
    static func column(for field: Field?) -> Column? {
        typealias C = MemberColumns
        switch field {
        case .fullName?, .name?: return C.fullName
        case .cardNo?: return C.cardNo
        case .givenName?: return C.givenName
        case .familyName?: return C.familyName
        case .birthDate?: return C.birthDate
        case .joinedDate?: return C.joined
        case .fullMemberDate?: return C.fullMemberDate
        case .statusDate?, .date?: return C.statusDate
        case .statusNote?, .reason?: return C.statusNote
        case .org?: return C.org
        default: return nil
        }
    }

    /// Issues in line order (those of one line in the order found).
    static func sortedByLine(_ issues: [ImportIssue]) -> [ImportIssue] {
        issues.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}

/// Lines, the first twenty of them, for a summary line.
func lineList(_ lines: [Int]) -> String {
    lines.prefix(20).map(String.init).joined(separator: ", ") + (lines.count > 20 ? ", … (\(lines.count))" : "")
}

/// Finds the member of a cell by name (for rows without a card number): the exact full name
/// (NFC, spaces normalised, letter case ignored) and the birth date when the row has one.
/// A name that fits only when diacritics are ignored is reported as a look-alike — never
/// matched (that would rename someone) and never added (that would add someone twice).
struct NameMatcher {
    let state: State
    /// Per cell, its members by folded name (one fold per member, the first time a row asks).
    private var byCell: [OrgID: [String: [MemberID]]] = [:]

    enum Match { case one(Member), none, several([Member]), lookAlike(Member) }

    /// Why a name that matches a stored member only without diacritics is refused.
    static func lookAlike(_ name: String, _ stored: Member) -> (vi: String, en: String) {
        ("“\(name)” chỉ giống “\(stored.fullName)” (đã có trong chi bộ) khi bỏ dấu; hãy ghi đúng họ tên có dấu như đã lưu, hoặc ghi số thẻ — không đổi tên, không thêm người trùng",
         "“\(name)” matches the stored member “\(stored.fullName)” only without diacritics; write the name exactly as stored, or give the card number — nobody is renamed or added twice")
    }

    init(state: State) { self.state = state }

    mutating func member(named name: String, born birth: Day?, in cell: OrgID) -> Match {
        if byCell[cell] == nil {
            var folded: [String: [MemberID]] = [:]
            for id in state.directMembers(of: cell) {
                guard let m = state.members[id] else { continue }
                folded[VietText.fold(m.fullName), default: []].append(id)
            }
            byCell[cell] = folded
        }
        // A cell with no members yet (every row of a first import): nothing to fold the name for.
        if byCell[cell]!.isEmpty { return .none }
        let candidates = (byCell[cell]![VietText.fold(name)] ?? []).compactMap { state.members[$0] }
            .filter { m in birth == nil || m.birthDate == nil || m.birthDate!.overlaps(birth!) }
        guard !candidates.isEmpty else { return .none }
        let key = VietText.clean(name).lowercased()
        let same = candidates.filter { VietText.clean($0.fullName).lowercased() == key }
        if same.count == 1 { return .one(same[0]) }
        if same.count > 1 { return .several(same) }
        return .lookAlike(candidates[0])
    }
}
