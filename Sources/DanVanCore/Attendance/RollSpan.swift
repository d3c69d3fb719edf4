/// A member's time on one cell's roll, worked out from the member's record: the join date,
/// each transfer between cells, and the status (exempt, transferred out or deceased since
/// its date). The state keeps no roll per past date, so this is how every output knows who
/// a meeting expected, and why a past meeting's figures stay put when members join later.
public struct RollSpan: Hashable, Sendable {
    public var member: MemberID
    public var org: OrgID
    /// First day on the roll; nil: since before any record.
    public var from: Day?
    /// First day off the roll (transferred away, out or deceased); nil: still on it.
    public var until: Day?
    /// From this day the member is exempt (miễn sinh hoạt): on the roll, never expected.
    public var exemptFrom: Day?

    /// How a member stands on a day: expected at a meeting, or exempt from it.
    public enum Standing: Hashable, Sendable { case active, exempt }

    public func standing(on day: Day) -> Standing? {
        if let from, day < from { return nil }
        if let until, day >= until { return nil }
        if let e = exemptFrom, day >= e { return .exempt }
        return .active
    }

    /// Every cell the member has been on the roll of, oldest first. A transfer dated `d`
    /// puts the member in the new cell from `d` on.
    public static func spans(of m: Member) -> [RollSpan] {
        var end: Day?
        var exempt: Day?
        switch m.status.kind {
        case .active: break
        // An exemption or departure with no date is taken as since always.
        case .exempt: exempt = m.status.date ?? Day(year: 1800, month: 1, day: 1)
        case .transferredOut, .deceased: end = m.status.date ?? Day(year: 1800, month: 1, day: 1)
        }
        var out: [RollSpan] = []
        var start = m.joinedDate
        var org = m.history.first?.from ?? m.org
        func close(_ until: Day?) {
            var stop = until
            if let e = end, stop == nil || e < stop! { stop = e }
            if let s = start, let u = stop, u <= s { return }
            out.append(RollSpan(member: m.id, org: org, from: start, until: stop, exemptFrom: exempt))
        }
        for t in m.history {
            close(t.date)
            org = t.to
            if start == nil || start! < t.date { start = t.date }
        }
        org = m.org
        close(nil)
        return out
    }
}
