import DanVanCore
import Foundation

/// Turns an assignments CSV into one batch of ops, or lists every error and does nothing.
///
/// A row names its member by card number, or — for members without one — by full name and
/// cell (and birth date when two share a name). Rows that share member, target group, start date and area describe one assignment
/// (one row per evaluated year); such an assignment that already exists is updated, else added.
public enum AssignmentImport {
    private struct Pending {
        var line: Int
        var assignment: Assignment
        var evaluationLines: [Int: Int]
        var cellPath: String
        var cell: OrgID
        /// The place is the cell's default (the file gave none).
        var placeDefaulted: Bool
        /// The source is "assigned" because nothing in the file said otherwise.
        var sourceDefaulted: Bool
    }

    private struct Key: Hashable {
        var member: MemberID
        var group: TargetGroup
        var from: Day
        var area: String
    }

    /// A located roster (`RosterTable`): its skipped rows and inferences go into the plan.
    /// `org`: the unit the file belongs to (`--org`): rows without a cell column are its, and a
    /// cell column may name a cell by its own name or a path relative to it.
    public static func plan(_ roster: RosterTable, into state: State, org: String? = nil, author: String = Op.defaultAuthor,
                            now: Date = Date(), progress: ((Int, Int) -> Void)? = nil) -> ImportPlan {
        var p = ImportPlan()
        if roster.ok {
            p = plan(roster.table, into: state, source: roster.source, org: org, author: author, now: now, progress: progress,
                     written: roster.written)
        } else {
            p.errors = roster.errors
        }
        p.skipped = roster.skipped
        p.inferred = roster.inferred + p.inferred
        p.warnings = roster.warnings + p.warnings
        return p
    }

    /// `source`: the source of rows that do not state one (a list of self-registered tasks
    /// says so in its title or headings; see `RosterTable.source`).
    public static func plan(_ table: CSVReader.Table, into state: State, source defaultSource: Source = .assigned,
                            org: String? = nil, author: String = Op.defaultAuthor, now: Date = Date(),
                            progress: ((Int, Int) -> Void)? = nil, written: [String: String] = [:]) -> ImportPlan {
        typealias C = AssignmentColumns
        var plan = ImportPlan()
        var h = HeaderMap(header: table.header.fields, columns: C.all)
        // Messages name the file's own headings ("Thời gian"), not the rewritten columns' keys.
        for (k, v) in written { h.written[k] = v }
        h.check(required: [C.targetGroup, C.from], into: &plan)
        var paths = OrgPaths(state: state, create: false)
        paths.adviseCreate = false
        if let org, !OrgPaths.split(org).isEmpty { paths.base = OrgPaths.split(org) }
        if !h.has(C.cardNo) && !(h.has(C.fullName) && (h.has(C.org) || paths.base != nil)) {
            plan.errors.append(ImportIssue(line: 1, column: C.cardNo.vi,
                                           vi: "thiếu cột “\(C.cardNo.vi)” (hoặc “\(C.fullName.vi)” cùng cột “\(C.org.vi)” hay --org ĐƯỜNG-DẪN-CHI-BỘ) để biết đảng viên nào",
                                           en: "the column “\(C.cardNo.key)” (or “\(C.fullName.key)” with an “\(C.org.key)” column or --org CELL-PATH) is needed to tell which member"))
        }
        guard plan.ok else { return plan }

        var pending: [Key: Pending] = [:]
        var order: [Key] = []
        var cellPaths: [OrgID: String] = [:]
        // Members found by name as a roster import finds them: exact (letter case aside), a
        // name that fits only without diacritics refused.
        var matcher = NameMatcher(state: state)
        var places = PlaceDefault(state: state)
        var sourceDefaulted: [Int] = []
        let firstDay = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.day(s, partial: .first) }
        let lastDay = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.day(s, partial: .last) }
        let groups = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.coded(s, TargetGroup.self) }
        let placeCodes = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.coded(s, Place.self) }
        let sources = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.coded(s, Source.self) }
        let levels = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.coded(s, EvaluationLevel.self) }

        let checks = TextChecks(h, columns: AssignmentColumns.all)
        for (n, rec) in table.rows.enumerated() {
            if n & 4095 == 0 { progress?(n, table.rows.count) }
            let row = rec.fields
            var r = RowIssues(line: rec.line, header: h)
            r.refuseUnsafeText(row, checks)

            // The member.
            var member: Member?
            let card = FieldParsing.text(h.value(C.cardNo, row) ?? "")
            let name = FieldParsing.text(h.value(C.fullName, row) ?? "")
            if !card.isEmpty {
                member = state.member(withCard: card)
                if member == nil {
                    r.add(C.cardNo, vi: "không có đảng viên nào mang số thẻ \(card)", en: "no member has card number \(card)")
                } else if !name.isEmpty && VietText.fold(name) != VietText.fold(member!.fullName) {
                    plan.warnings.append(ImportIssue(line: rec.line, column: h.written[C.fullName.key],
                                                     vi: "số thẻ \(card) là của \(member!.fullName), không phải “\(name)”; theo số thẻ",
                                                     en: "card \(card) belongs to \(member!.fullName), not “\(name)”; going by the card"))
                }
            } else {
                let written = FieldParsing.text(h.value(C.org, row) ?? "")
                // The cell: the column (full path, relative to --org, or the cell's own name), else --org.
                let cellOf: Result<OrgID, OrgPaths.PathError>? = written.isEmpty && paths.base == nil ? nil : paths.cell(written, line: rec.line)
                if name.isEmpty || cellOf == nil {
                    r.add(C.cardNo, vi: "cần số thẻ, hoặc họ và tên cùng chi bộ", en: "a card number, or a full name and cell, is needed")
                } else if case .failure(let e)? = cellOf {
                    r.add(C.org, vi: e.vi, en: e.en)
                } else if case .success(let cell)? = cellOf {
                    if cellPaths[cell] == nil { cellPaths[cell] = state.path(of: cell) }
                    let path = cellPaths[cell]!
                    let birth = r.read(C.birthDate, row) { s throws(FieldParsing.Failure) in try FieldParsing.day(s, partial: .keep) }
                    switch matcher.member(named: name, born: birth, in: cell) {
                    case .one(let m): member = m
                    case .none: r.add(C.fullName, vi: "không có \(name) trong \(path)", en: "no \(name) in \(path)")
                    case .several(let ms):
                        r.add(C.fullName, vi: "\(path) có \(ms.count) người tên \(name); hãy ghi số thẻ (hoặc ngày sinh)",
                              en: "\(path) has \(ms.count) members named \(name); give the card number (or birth date)")
                    case .lookAlike(let m):
                        let why = NameMatcher.lookAlike(name, m)
                        r.add(C.fullName, vi: why.vi, en: why.en)
                    }
                }
            }

            let group = r.read(C.targetGroup, row, groups.callAsFunction)
            if group == nil && h.value(C.targetGroup, row).map(FieldParsing.text)?.isEmpty != false {
                r.add(C.targetGroup, vi: "chưa ghi đối tượng vận động", en: "no target group given")
            }
            let from = r.read(C.from, row, firstDay.callAsFunction)
            if from == nil && h.value(C.from, row).map(FieldParsing.text)?.isEmpty != false {
                r.add(C.from, vi: "chưa ghi ngày bắt đầu", en: "no start date given")
            }
            let to = r.read(C.to, row, lastDay.callAsFunction)
            let households = r.read(C.households, row) { s throws(FieldParsing.Failure) in try FieldParsing.count(s) }
            let place = r.read(C.place, row, placeCodes.callAsFunction)
            let source = r.read(C.source, row, sources.callAsFunction)
            let evalYear = r.read(C.evaluationYear, row) { s throws(FieldParsing.Failure) in try FieldParsing.year(s) }
            let evalLevel = r.read(C.evaluation, row, levels.callAsFunction)
            let evalNote = FieldParsing.multiline(h.value(C.evaluationNote, row) ?? "")
            if evalLevel != nil && evalYear == nil && r.issues.isEmpty {
                r.add(C.evaluationYear, vi: "có đánh giá nhưng chưa ghi năm đánh giá", en: "an evaluation needs its year")
            }
            if let from, let to, to < from {
                r.add(C.to, vi: "ngày kết thúc (\(to.vn)) trước ngày bắt đầu (\(from.vn))", en: "the end (\(to.iso)) is before the start (\(from.iso))")
            }
            guard r.issues.isEmpty, let member, let group, let from else {
                plan.errors += r.issues
                continue
            }

            let area = FieldParsing.text(h.value(C.area, row) ?? "")
            var a = Assignment(id: AssignmentID(0), member: member.id, targetGroup: group, area: area, households: households,
                               content: FieldParsing.multiline(h.value(C.content, row) ?? ""),
                               place: place ?? places.decide(member.org).place,
                               source: source ?? defaultSource, from: from, to: to,
                               resolution: FieldParsing.text(h.value(C.resolution, row) ?? ""))
            var evalLines: [Int: Int] = [:]
            if let y = evalYear, let level = evalLevel {
                a.evaluations[y] = Evaluation(level: level, note: evalNote)
                evalLines[y] = rec.line
            }
            let key = Key(member: member.id, group: group, from: from, area: VietText.fold(area))
            if var p = pending[key] {
                var other = p.assignment
                other.evaluations = a.evaluations
                other.area = a.area  // same when folded: part of the key
                if other != a {
                    r.add(nil, vi: "cùng phân công với dòng \(p.line) (đối tượng, từ ngày, địa bàn) nhưng khác nội dung khác",
                          en: "the same assignment as line \(p.line) (target group, from, area) but other fields differ")
                }
                for (y, e) in a.evaluations {
                    if let l = p.evaluationLines[y], p.assignment.evaluations[y] != e {
                        r.add(h.has(C.evaluation) ? C.evaluation : nil, vi: "đánh giá năm \(y) khác với dòng \(l)",
                              en: "the \(y) evaluation differs from line \(l)")
                    }
                    p.assignment.evaluations[y] = e
                    p.evaluationLines[y] = rec.line
                }
                if r.issues.isEmpty { pending[key] = p } else { plan.errors += r.issues }
                continue
            }
            if cellPaths[member.org] == nil { cellPaths[member.org] = state.path(of: member.org) }
            pending[key] = Pending(line: rec.line, assignment: a, evaluationLines: evalLines, cellPath: cellPaths[member.org]!,
                                   cell: member.org, placeDefaulted: place == nil, sourceDefaulted: source == nil && defaultSource == .assigned)
            order.append(key)
        }
        progress?(table.rows.count, table.rows.count)
        guard plan.ok else { return plan }

        // Match against what is recorded, then validate every op on a scratch copy.
        var scratch = state
        var changes: [Change] = []
        for key in order {
            let p = pending[key]!
            var a = p.assignment
            let old = state.assignmentIDs(of: key.member).lazy.compactMap { state.assignments[$0] }
                .first { $0.targetGroup == key.group && $0.from == key.from && VietText.fold($0.area) == key.area }
            var change: Change
            if let old {
                var u = old
                u.area = a.area
                if h.has(C.households) { u.households = a.households }
                if h.has(C.content) { u.content = a.content }
                if h.has(C.place) { u.place = a.place }
                if h.has(C.source) { u.source = a.source }
                if h.has(C.to) { u.to = a.to }
                if h.has(C.resolution) { u.resolution = a.resolution }
                for (y, e) in a.evaluations { u.evaluations[y] = e }
                if u == old { plan.unchanged += 1; continue }
                change = .updateAssignment(u)
            } else {
                a.id = AssignmentID.random()
                change = .addAssignment(a)
            }
            do { try scratch.apply(change) } catch let e as OpError {
                plan.errors.append(ImportIssue(line: p.line, column: nil, vi: e.vi, en: e.en))
                continue
            } catch {
                plan.errors.append(ImportIssue(line: p.line, column: nil, vi: "\(error)", en: "\(error)"))
                continue
            }
            changes.append(change)
            if p.placeDefaulted && (old == nil || h.has(C.place)) { places.record(p.cell, line: p.line) }
            if p.sourceDefaulted && (old == nil || h.has(C.source)) { sourceDefaulted.append(p.line) }
            if old == nil { plan.count(p.cellPath, added: 1) } else { plan.count(p.cellPath, updated: 1) }
        }
        guard plan.ok else {
            plan.perCell = [:]
            return plan
        }
        // Defaults that change counted figures, named with the column that is missing.
        plan.inferred += places.notes(columnMissing: !h.has(C.place), heading: h.written[C.place.key] ?? C.place.vi)
        if !sourceDefaulted.isEmpty {
            let heading = h.written[C.source.key] ?? C.source.vi
            let (vi, en) = h.has(C.source) ? ("ô “\(heading)” để trống", "“\(heading)” left empty") : ("không có cột “\(heading)”", "no “\(heading)” column")
            plan.inferred.append(ImportIssue(line: sourceDefaulted[0], column: nil,
                                             vi: "\(vi): phân công ghi là \(Source.assigned.vi), dòng \(lineList(sourceDefaulted))",
                                             en: "\(en): assignments are recorded as \(Source.assigned.en.lowercased()), lines \(lineList(sourceDefaulted))"))
        }
        let time = Int64((now.timeIntervalSince1970 * 1000).rounded())
        plan.ops = changes.map { Op(time: time, author: author, change: $0) }
        return plan
    }
}
