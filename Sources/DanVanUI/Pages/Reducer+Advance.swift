import DanVanCore

extension AppState {
    /// One rule for the cursor in every list that records: once a record made on the row
    /// under the cursor is durable (by a key or by a dialog alike), the cursor goes to the
    /// next row that still needs something (wrapping to the top); when none does, to the
    /// next row. So the next key never overwrites what was just recorded. Undo and redo
    /// leave the cursor where it is.
    mutating func advanceAfterRecording(_ changes: [Change]) {
        guard pendingHistory == nil else { return }
        switch page {
        case .meeting(var m):
            guard let id = m.currentMember, let meeting = data.meetings[m.meeting], changes.contains(where: {
                if case .setAttendance(let mt, let who, _) = $0 { mt == m.meeting && who == id } else { false }
            }) else { return }
            let open = Set(MeetingAttendance(meeting: meeting, state: data).notMarked)
            m.cursor = AppState.nextNeeding(after: m.cursor, count: m.roster.count) { open.contains(m.roster[$0]) }
            page = .meeting(m)
        case .review(var r):
            guard let a = r.currentAssignment, recordsEvaluation(of: a.id, changes) else { return }
            r.cursor = AppState.nextNeeding(after: r.cursor, count: r.lines.count) { r.isFlagged(r.lines[$0]) }
            page = .review(r)
        case nil where focus == .detail:
            let list = cache.assignments
            guard list.indices.contains(detailCursor), recordsEvaluation(of: list[detailCursor].id, changes) else { return }
            detailCursor = AppState.nextNeeding(after: detailCursor, count: list.count) { list[$0].evaluations[year] == nil }
        default: break
        }
    }

    private func recordsEvaluation(of id: AssignmentID, _ changes: [Change]) -> Bool {
        changes.contains { if case .setEvaluation(let a, _, let e) = $0 { a == id && e != nil } else { false } }
    }

    /// The first row after `index` (then from the top) for which `needs` holds; else the next row.
    static func nextNeeding(after index: Int, count: Int, _ needs: (Int) -> Bool) -> Int {
        guard count > 0 else { return 0 }
        for step in 1..<max(1, count) {
            let i = (index + step) % count
            if needs(i) { return i }
        }
        return min(count - 1, index + 1)
    }
}
