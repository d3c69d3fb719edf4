import Foundation

/// The yearly mass-mobilization report of one node of the org tree (its whole subtree),
/// with the headline figures of each child node. Covers the eight reports of DOMAIN.md:
/// assigned and self-registered members (1, 2), target groups (3), places (4),
/// evaluations (5), outstanding non-members (6), "Dân vận khéo" models (7) and meetings (8).
///
/// Who is counted: eligible = active members; exempt members are counted apart and are in
/// no denominator; transferred-out and deceased members are in no figure. Every assignment
/// figure counts the assignments of eligible members in force during the year.
/// A plain value: renderers and the dashboard read it without the state.
public struct Report: Hashable, Sendable {
    public var org: OrgID
    /// Names from the root down to the node, joined by " / ".
    public var path: String
    public var year: Int
    public var generatedAt: Date
    /// The zone the reading formats state the time in (the machine's; JSON and CSV keep UTC).
    public var zone: TimeZone = .current
    /// The unit's header and signer for the formats laid out as Party documents.
    public var letterhead: Letterhead

    /// Report 1 and 2 for the node's subtree.
    public var counts: Counts
    /// Report 1 and 2 for each child node, in tree order.
    public var children: [ChildFigures]
    /// Report 3: every target group in catalogue order, zeros included.
    public var byTargetGroup: [TargetGroupFigures]
    /// Report 4: assignments by place.
    public var byPlace: PlaceFigures
    /// Report 5: assignments by their evaluation for the year.
    public var evaluations: EvaluationFigures
    /// Report 5: eligible members with at least one assignment in force during the year
    /// that has no evaluation for the year; cells in tree order, names in Vietnamese order
    /// within a cell (by id beyond `sortedNameLimit` names).
    public var notEvaluated: [MemberRef]
    /// Report 6.
    public var masses: MassFigures
    /// Report 7.
    public var models: ModelFigures
    /// Report 8.
    public var meetings: MeetingFigures

    public var assignedTenths: Int? { NumberFormat.tenths(counts.assigned, counts.eligible) }
    public var selfRegisteredTenths: Int? { NumberFormat.tenths(counts.selfRegistered, counts.eligible) }
}

extension Report {
    public struct ChildFigures: Hashable, Sendable {
        public var org: OrgID
        public var name: String
        /// Full path from the root.
        public var path: String
        public var counts: Counts
        public var assignedTenths: Int? { NumberFormat.tenths(counts.assigned, counts.eligible) }
        public var selfRegisteredTenths: Int? { NumberFormat.tenths(counts.selfRegistered, counts.eligible) }
    }

    public struct TargetGroupFigures: Hashable, Sendable {
        public var group: TargetGroup
        /// Assignments in force during the year.
        public var assignments: Int
        /// Distinct eligible members holding at least one of them.
        public var members: Int
        /// Sum of their households / people counts (an assignment without a count adds 0).
        public var households: Int
    }

    public struct PlaceFigures: Hashable, Sendable {
        public var workplace: Int
        public var residence: Int
        public init(workplace: Int, residence: Int) {
            self.workplace = workplace
            self.residence = residence
        }
        public var total: Int { workplace + residence }
        public func count(_ p: Place) -> Int { p == .workplace ? workplace : residence }
    }

    public struct EvaluationFigures: Hashable, Sendable {
        public var outstanding: Int
        public var good: Int
        public var completed: Int
        public var notCompleted: Int
        /// Assignments with no evaluation for the year (chưa đánh giá).
        public var notEvaluated: Int
        public init(outstanding: Int, good: Int, completed: Int, notCompleted: Int, notEvaluated: Int) {
            self.outstanding = outstanding
            self.good = good
            self.completed = completed
            self.notCompleted = notCompleted
            self.notEvaluated = notEvaluated
        }
        public var total: Int { outstanding + good + completed + notCompleted + notEvaluated }
        public func count(_ level: EvaluationLevel?) -> Int {
            switch level {
            case .outstanding: outstanding
            case .good: good
            case .completed: completed
            case .notCompleted: notCompleted
            case nil: notEvaluated
            }
        }
    }

    /// A member named in a list, with the cell's path below the report's node
    /// (the node's own name when the node is the cell).
    public struct MemberRef: Hashable, Sendable {
        public var id: MemberID
        public var name: String
        public var cell: String
        public init(id: MemberID, name: String, cell: String) {
            self.id = id
            self.name = name
            self.cell = cell
        }
    }

    /// Report 6. The year figures count dated events in the year: `introduced` persons
    /// whose introduced date falls in it, `inClass` those whose class date does, `admitted`
    /// those whose admission date does. The totals count the same dates up to 31 December
    /// of the year (cumulative), and `records` every person the subtree follows.
    public struct MassFigures: Hashable, Sendable {
        public var introduced: Int
        public var inClass: Int
        public var admitted: Int
        public var introducedTotal: Int
        public var inClassTotal: Int
        public var admittedTotal: Int
        public var records: Int
        public init(introduced: Int, inClass: Int, admitted: Int, introducedTotal: Int, inClassTotal: Int,
                    admittedTotal: Int, records: Int) {
            self.introduced = introduced
            self.inClass = inClass
            self.admitted = admitted
            self.introducedTotal = introducedTotal
            self.inClassTotal = inClassTotal
            self.admittedTotal = admittedTotal
            self.records = records
        }
    }

    /// Report 7: models of the subtree registered for the year, by field and stage.
    public struct ModelFigures: Hashable, Sendable {
        /// counts[field index][stage index], catalogue order.
        public var counts: [[Int]]
        public func count(_ f: ModelField, _ s: ModelStage) -> Int {
            counts[ModelField.allCases.firstIndex(of: f)!][ModelStage.allCases.firstIndex(of: s)!]
        }
        public func count(field f: ModelField) -> Int { counts[ModelField.allCases.firstIndex(of: f)!].reduce(0, +) }
        public func count(stage s: ModelStage) -> Int {
            let i = ModelStage.allCases.firstIndex(of: s)!
            return counts.reduce(0) { $0 + $1[i] }
        }
        public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
    }

    /// Report 8: meetings dated in the year. `expected` sums, over the meetings, the
    /// members each expected (`MeetingAttendance`: active on the cell's roll on the
    /// meeting date); `present` sums those of them marked present.
    public struct MeetingFigures: Hashable, Sendable {
        public var held: Int
        public var present: Int
        public var expected: Int
        /// Every cell of the subtree, in tree order, with or without meetings.
        public var cells: [CellMeetings]
        public var attendanceTenths: Int? { NumberFormat.tenths(present, expected) }
    }

    public struct CellMeetings: Hashable, Sendable {
        public var org: OrgID
        /// Path below the report's node (the node's name when it is the cell).
        public var cell: String
        public var eligible: Int
        public var held: Int
        public var present: Int
        public var expected: Int
        public var attendanceTenths: Int? { NumberFormat.tenths(present, expected) }
    }

    /// The figures a dashboard shows first.
    public struct Headline: Hashable, Sendable {
        public var eligible: Int
        public var exempt: Int
        public var assigned: Int
        public var selfRegistered: Int
        public init(eligible: Int, exempt: Int, assigned: Int, selfRegistered: Int) {
            self.eligible = eligible
            self.exempt = exempt
            self.assigned = assigned
            self.selfRegistered = selfRegistered
        }
        public var assignedTenths: Int? { NumberFormat.tenths(assigned, eligible) }
        public var selfRegisteredTenths: Int? { NumberFormat.tenths(selfRegistered, eligible) }

        /// The seed-style sentences: eligible (exempt apart), assigned, self-registered.
        public func sentences(_ lang: Lang) -> [String] {
            let c = { NumberFormat.count($0, lang) }
            let f = { NumberFormat.fraction($0, $1, lang) }
            switch lang {
            case .vi:
                return [
                    "\(c(eligible)) đảng viên đang sinh hoạt (trừ \(c(exempt)) đảng viên miễn sinh hoạt)",
                    "\(f(assigned, eligible)) đảng viên được phân công trực tiếp vận động quần chúng, đạt tỉ lệ \(NumberFormat.percent(tenths: assignedTenths, lang))",
                    "\(f(selfRegistered, eligible)) đảng viên tự nhận nhiệm vụ, đạt tỉ lệ \(NumberFormat.percent(tenths: selfRegisteredTenths, lang))",
                ]
            case .en:
                return [
                    "\(c(eligible)) active members (excluding \(c(exempt)) exempt)",
                    "\(c(assigned)) of \(c(eligible)) members assigned to mass mobilization (\(NumberFormat.percent(tenths: assignedTenths, lang)))",
                    "\(c(selfRegistered)) of \(c(eligible)) members self-registered (\(NumberFormat.percent(tenths: selfRegisteredTenths, lang)))",
                ]
            }
        }
    }

    public var headline: Headline {
        Headline(eligible: counts.eligible, exempt: counts.exempt, assigned: counts.assigned,
                 selfRegistered: counts.selfRegistered)
    }
}
