/// The one reading of a meeting's attendance that every output uses (roll call screen,
/// minutes, CSV export, dashboard, report in every format).
///
/// Expected = the cell's members on its roll *on the meeting date* and active then
/// (`RollSpan`). Exempt members are counted apart: those who came are listed, but never
/// enter the ratio. The parts add up: present + excused + absent + not marked = expected.
/// Marks on members who were not on the roll that day count nowhere.
public struct MeetingAttendance: Hashable, Sendable {
    public struct Excused: Hashable, Sendable {
        public let member: MemberID
        public let reason: String
    }

    /// Active members on the roll on the day, in name order.
    public let expected: [MemberID]
    public let present: [MemberID]
    public let excused: [Excused]
    public let absent: [MemberID]
    public let notMarked: [MemberID]
    /// Exempt members on the roll on the day, and those of them marked present.
    public let exempt: [MemberID]
    public let exemptPresent: [MemberID]

    /// Everyone on the roll that day: the expected first, then the exempt, each in name order.
    public var roll: [MemberID] { expected + exempt }

    public init(meeting: Meeting, state: State) {
        var expected: [MemberID] = [], exempt: [MemberID] = []
        for (id, standing) in MeetingAttendance.roll(of: meeting.org, on: meeting.date, state: state) {
            if standing == .active { expected.append(id) } else { exempt.append(id) }
        }
        self.expected = state.sortByName(expected)
        self.exempt = state.sortByName(exempt)
        var present: [MemberID] = [], excused: [Excused] = [], absent: [MemberID] = [], unmarked: [MemberID] = []
        for id in self.expected {
            switch meeting.attendance[id] {
            case let a? where a.kind == .present: present.append(id)
            case let a? where a.kind == .excused: excused.append(Excused(member: id, reason: a.reason))
            case let a? where a.kind == .absent: absent.append(id)
            default: unmarked.append(id)
            }
        }
        self.present = present
        self.excused = excused
        self.absent = absent
        notMarked = unmarked
        exemptPresent = self.exempt.filter { meeting.attendance[$0]?.kind == .present }
    }

    /// The members on `cell`'s roll on `day`, each active or exempt, in id order: the cell's
    /// members now, and those who have since transferred to another cell.
    public static func roll(of cell: OrgID, on day: Day, state: State) -> [(MemberID, RollSpan.Standing)] {
        var out: [(MemberID, RollSpan.Standing)] = []
        for id in state.rollCandidates(of: cell) {
            guard let m = state.members[id] else { continue }
            for span in RollSpan.spans(of: m) where span.org == cell {
                if let s = span.standing(on: day) { out.append((id, s)); break }
            }
        }
        return out
    }
}

extension State {
    /// Everyone who is or has been a member of `cell`, by id.
    public func rollCandidates(of cell: OrgID) -> [MemberID] {
        let now = directMembers(of: cell)
        guard let former = formerMembersIndex[cell], !former.isEmpty else { return now }
        return Array(Set(now).union(former)).sorted()
    }
}

extension Meeting {
    /// "7:30" or "07:30" as minutes since midnight; nil when it is not a time of day.
    public static func minutesOfDay(_ s: String) -> Int? {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60 else { return nil }
        return h * 60 + m
    }

    static func badTime(_ f: Field) -> OpError {
        OpError.invalid(f, vi: "ghi giờ dạng 7:30 hoặc 14:00", en: "write the time as 7:30 or 14:00")
    }
}

extension Assignment {
    /// An assignment means work: its content must say what. Refused with the field named.
    public static func requireContent(_ content: String) throws {
        if content.allSatisfy(\.isWhitespace) { throw OpError.empty(.content) }
    }
}
