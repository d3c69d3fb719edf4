import DanVanCore

/// The annual review of a node: one line per assignment in force in the year (one line for
/// a member with none), an evaluation per line, flagged lines to jump between.
struct ReviewPage: Equatable, Sendable {
    /// One line: a row of the review and, unless the member has none, one of its assignments.
    struct Line: Equatable, Sendable {
        var row: Int
        var assignment: Int?
    }

    var org: OrgID
    var cursor = 0
    var scroll = 0
    var review: AnnualReview?
    var lines: [Line] = []
    /// The assignment whose evaluation is about to be cleared (waiting for a yes).
    var pendingClear: AssignmentID?
    /// A name typed in the review (type-ahead, see PageFind).
    var find = ""
    var key: PageCacheKey?

    init(org: OrgID) { self.org = org }

    var currentLine: Line? { lines.indices.contains(cursor) ? lines[cursor] : nil }

    func assignment(at line: Line) -> Assignment? {
        guard let r = review, let a = line.assignment else { return nil }
        return r.rows[line.row].assignments[a]
    }

    var currentAssignment: Assignment? { currentLine.flatMap { assignment(at: $0) } }
    var currentMember: MemberID? { currentLine.flatMap { review?.rows[$0.row].member } }

    /// A line needs attention: its member has no assignment, or its assignment no evaluation.
    func isFlagged(_ line: Line) -> Bool {
        guard let r = review else { return false }
        guard let a = assignment(at: line) else { return true }
        return r.rows[line.row].unevaluated.contains(a.id)
    }

    /// The next flagged line after the cursor, wrapping; nil when none is flagged.
    func nextFlagged() -> Int? {
        guard !lines.isEmpty else { return nil }
        for step in 1...lines.count {
            let i = (cursor + step) % lines.count
            if isFlagged(lines[i]) { return i }
        }
        return nil
    }

    /// Rows of the body under the title, summary and column header.
    static func bodyRows(_ state: AppState) -> Int { max(1, state.pageBodyRows - 2) }
}

extension AppState {
    mutating func run(_ command: ReviewCommand) -> [Effect] {
        switch command {
        case .openReview:
            overlay = nil
            guard let org = pageOrg() else { return [] }
            page = .review(ReviewPage(org: org))
        case .nextFlagged, .evaluateOutstanding, .evaluateGood, .evaluateCompleted, .evaluateNotCompleted,
             .editEvaluation, .clearEvaluation:
            break  // Only the open review acts on these, and it already had them (runReview).
        }
        return []
    }

    mutating func refreshReview(_ r: inout ReviewPage) {
        let k = pageCacheKey(r.org)
        if r.key != k {
            let review = AnnualReview(state: data, org: r.org, year: year)
            var lines: [ReviewPage.Line] = []
            for (i, row) in review.rows.enumerated() {
                if row.assignments.isEmpty { lines.append(.init(row: i, assignment: nil)) }
                for j in row.assignments.indices { lines.append(.init(row: i, assignment: j)) }
            }
            r.review = review
            r.lines = lines
            r.key = k
        }
        r.cursor = max(0, min(r.cursor, r.lines.count - 1))
        r.scroll = scrolled(r.scroll, toShow: r.cursor, rows: ReviewPage.bodyRows(self), count: r.lines.count)
    }

    /// Review commands; nil for commands the page leaves to the reducer.
    mutating func runReview(_ command: Command, _ r: inout ReviewPage) -> [Effect]? {
        if let pending = r.pendingClear {
            switch command {
            case .general(.confirmYes):
                r.pendingClear = nil
                return evaluate(pending, nil, note: "", &r)
            case .general(.confirmNo), .general(.closeOverlay):
                r.pendingClear = nil
                return []
            default: return []
            }
        }
        if PageFind.took(command, find: &r.find, cursor: &r.cursor, count: r.lines.count, scroll: scrollStep) { return [] }
        switch command {
        case .review(.nextFlagged):
            if let i = r.nextFlagged() {
                r.cursor = i
            } else {
                status = StatusMessage(Strings.Meet.reviewNothingFlagged.text(lang), .ok)
            }
            return []
        case .review(.evaluateOutstanding), .review(.evaluateGood), .review(.evaluateCompleted), .review(.evaluateNotCompleted):
            guard let a = r.currentAssignment else {
                status = StatusMessage(Strings.Meet.reviewNoAssignment.text(lang), .warning)
                return []
            }
            let level: EvaluationLevel = switch command {
            case .review(.evaluateOutstanding): .outstanding
            case .review(.evaluateGood): .good
            case .review(.evaluateCompleted): .completed
            default: .notCompleted
            }
            return evaluate(a.id, level, note: a.evaluations[year]?.note ?? "", &r)
        case .review(.editEvaluation):
            guard refusePageEdit() else { return [] }
            guard let a = r.currentAssignment else {
                status = StatusMessage(Strings.Meet.reviewNoAssignment.text(lang), .warning)
                return []
            }
            form = EvaluationForm.make(assignment: a.id, year: year, current: a.evaluations[year])
            return []
        case .review(.clearEvaluation):
            guard refusePageEdit() else { return [] }
            guard let a = r.currentAssignment, a.evaluations[year] != nil else { return [] }
            r.pendingClear = a.id
            return []
        case .assignments(.newAssignment):
            guard refusePageEdit() else { return [] }
            guard let m = r.currentMember else { return [] }
            form = AssignmentForm.make(member: m, today: today)
            return []
        default:
            return nil
        }
    }

    /// The cursor moves on once the evaluation is durable (advanceAfterRecording).
    private mutating func evaluate(_ id: AssignmentID, _ level: EvaluationLevel?, note: String, _ r: inout ReviewPage) -> [Effect] {
        guard refusePageEdit() else { return [] }
        let e = level.map { Evaluation(level: $0, note: note) }
        return [.commit([.setEvaluation(id, year: year, e)], message: e == nil ? .evaluationCleared : .evaluationSaved)]
    }

    /// False (with the reason shown) when the data is read-only.
    mutating func refusePageEdit() -> Bool {
        if readOnly { refuse(Strings.UI.readOnlyRefused.text(lang), .error) }
        return !readOnly
    }
}

/// The evaluation of one assignment for a year: a level and a note.
enum EvaluationForm {
    static func make(assignment: AssignmentID, year: Int, current: Evaluation?) -> Form {
        let levels = Choice.all(EvaluationLevel.self)
        let selected = current.flatMap { c in levels.firstIndex { $0.code == c.level.code } } ?? 0
        return Form(purpose: .page(.evaluation(assignment, year: year)), title: .evaluationTitle, fields: [
            FormField(key: "level", label: .evaluation, choices: levels, selected: selected),
            FormField(key: "note", label: .fieldNote, text: current?.note ?? ""),
        ])
    }

    static func build(_ form: inout Form) -> Evaluation? {
        form.clearErrors()
        guard let level = EvaluationLevel(rawValue: form.value("level")) else { return nil }
        return Evaluation(level: level, note: form.value("note"))
    }
}
