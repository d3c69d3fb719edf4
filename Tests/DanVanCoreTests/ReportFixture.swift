import DanVanCore
import Foundation

/// A small hand-counted tree for the report tests (year 2025):
///
///     Đảng bộ Quận Một (root)
///     ├─ Chi bộ Khu phố 1      An (active), Bình (active), Cường (exempt), Dung (transferred out)
///     ├─ Chi bộ Khu phố 2      Tường (active), Em (deceased), Giang (active, no assignment)
///     └─ Đảng bộ Phường Bến Nghé
///        └─ Chi bộ 3           Hải (active), Lan (active), Minh (exempt)
///
/// The expected figures are counted by hand in ReportBuildTests.
enum ReportFixture {
    static let year = 2025
    static let root = OrgID(1), c1 = OrgID(2), c2 = OrgID(3), sub = OrgID(4), c3 = OrgID(5)
    static let an = MemberID(11), binh = MemberID(12), cuong = MemberID(13), dung = MemberID(14)
    static let tuong = MemberID(15), em = MemberID(16), giang = MemberID(17)
    static let hai = MemberID(18), lan = MemberID(19), minh = MemberID(20)
    /// A fixed generation time: 2026-01-05 07:08:09 UTC.
    static let now = Date(timeIntervalSince1970: 1_767_596_889)

    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func state() throws -> State {
        let orgs = [
            Org(id: root, parent: nil, name: "Đảng bộ Quận Một", level: .higherCommittee),
            Org(id: c1, parent: root, name: "Chi bộ Khu phố 1", level: .grassrootsCell),
            Org(id: c2, parent: root, name: "Chi bộ Khu phố 2", level: .grassrootsCell),
            Org(id: sub, parent: root, name: "Đảng bộ Phường Bến Nghé", level: .grassrootsCommittee),
            Org(id: c3, parent: sub, name: "Chi bộ 3", level: .subordinateCell),
        ]
        let members = [
            Member(id: an, org: c1, fullName: "Nguyễn Văn An"),
            Member(id: binh, org: c1, fullName: "Trần Thị Bình"),
            Member(id: cuong, org: c1, fullName: "Lê Văn Cường", status: MemberStatus(kind: .exempt, date: day("2024-01-01"))),
            Member(id: dung, org: c1, fullName: "Phạm Thị Dung", status: MemberStatus(kind: .transferredOut, date: day("2025-03-01"))),
            Member(id: tuong, org: c2, fullName: "Hoàng Phủ Ngọc Tường"),
            Member(id: em, org: c2, fullName: "Đỗ Văn Em", status: MemberStatus(kind: .deceased, date: day("2025-04-01"))),
            Member(id: giang, org: c2, fullName: "Vũ Thị Giang"),
            Member(id: hai, org: c3, fullName: "Bùi Văn Hải"),
            Member(id: lan, org: c3, fullName: "Đặng Thị Lan"),
            Member(id: minh, org: c3, fullName: "Ngô Văn Minh", status: MemberStatus(kind: .exempt)),
        ]
        func ev(_ l: EvaluationLevel) -> Evaluation { Evaluation(level: l) }
        let assignments = [
            // An: open-ended, evaluated for 2025 (and 2024); a self-registered one within 2025, not evaluated.
            Assignment(id: AssignmentID(101), member: an, targetGroup: .hoDan, households: 30, place: .residence, source: .assigned,
                       from: day("2024-01-01"), evaluations: [2025: ev(.outstanding), 2024: ev(.good)]),
            Assignment(id: AssignmentID(102), member: an, targetGroup: .thanhNien, households: 10, place: .workplace, source: .selfRegistered,
                       from: day("2025-03-01"), to: day("2025-12-31")),
            // Bình: one ended before the year, one starting after it.
            Assignment(id: AssignmentID(103), member: binh, targetGroup: .phuNu, place: .residence, source: .assigned,
                       from: day("2023-01-01"), to: day("2024-12-31"), evaluations: [2024: ev(.good)]),
            Assignment(id: AssignmentID(104), member: binh, targetGroup: .hoDan, households: 20, place: .residence, source: .selfRegistered,
                       from: day("2026-01-01")),
            // Exempt, transferred out, deceased: in force, yet in no figure.
            Assignment(id: AssignmentID(105), member: cuong, targetGroup: .canBo, households: 7, place: .workplace, source: .assigned,
                       from: day("2025-01-01"), evaluations: [2025: ev(.good)]),
            Assignment(id: AssignmentID(106), member: dung, targetGroup: .hoDan, households: 9, place: .residence, source: .selfRegistered,
                       from: day("2025-01-01")),
            Assignment(id: AssignmentID(109), member: em, targetGroup: .nongDan, households: 4, place: .workplace, source: .selfRegistered,
                       from: day("2024-01-01")),
            // Tường: starts on the last day of the year; another ends on its first day.
            Assignment(id: AssignmentID(107), member: tuong, targetGroup: .hoDan, households: 15, place: .residence, source: .selfRegistered,
                       from: day("2025-12-31"), evaluations: [2025: ev(.good)]),
            Assignment(id: AssignmentID(108), member: tuong, targetGroup: .nongDan, households: 5, place: .workplace, source: .assigned,
                       from: day("2020-01-01"), to: day("2025-01-01"), evaluations: [2025: ev(.notCompleted)]),
            // Hải: one evaluated, one not.
            Assignment(id: AssignmentID(110), member: hai, targetGroup: .canBo, households: 0, place: .workplace, source: .assigned,
                       from: day("2025-06-01"), evaluations: [2025: ev(.completed)]),
            Assignment(id: AssignmentID(111), member: hai, targetGroup: .hoDan, households: 12, place: .residence, source: .assigned,
                       from: day("2025-02-01")),
            // Lan: evaluated for another year only.
            Assignment(id: AssignmentID(112), member: lan, targetGroup: .hoDan, households: 8, place: .residence, source: .selfRegistered,
                       from: day("2024-05-01"), to: day("2026-05-01"), evaluations: [2024: ev(.outstanding)]),
        ]
        let persons = [
            OutstandingPerson(id: MassID(201), org: c1, name: "Lý Thị Mai", introducer: an, introduced: day("2024-03-01"),
                              classDate: day("2024-09-01"), admitted: day("2025-02-03")),
            OutstandingPerson(id: MassID(202), org: c2, name: "Tạ Văn Nam", introduced: day("2025-01-10"), classDate: day("2025-06-01")),
            OutstandingPerson(id: MassID(203), org: c3, name: "Kiều Thị Oanh", introduced: day("2025-04-04")),
            OutstandingPerson(id: MassID(204), org: c1, name: "Mạc Văn Phúc", introduced: day("2026-01-05")),
            OutstandingPerson(id: MassID(205), org: c3, name: "La Thị Quế", introduced: day("2023-01-01"), classDate: day("2023-05-01"),
                              admitted: day("2024-01-01")),
        ]
        let models = [
            MobilizationModel(id: ModelID(301), org: c1, name: "Hẻm xanh", field: .kinhTe, year: 2025, stage: .recognized),
            MobilizationModel(id: ModelID(302), org: c2, name: "Nông thôn mới", field: .kinhTe, year: 2025, stage: .registered),
            MobilizationModel(id: ModelID(303), org: sub, name: "Một cửa", field: .xayDungHeThongChinhTri, year: 2025, stage: .commended),
            MobilizationModel(id: ModelID(304), org: c3, name: "Tủ sách", field: .vanHoaXaHoi, year: 2024, stage: .recognized),
            MobilizationModel(id: ModelID(305), org: c3, name: "Tổ an ninh", field: .quocPhongAnNinh, year: 2025, stage: .registered),
        ]
        func at(_ k: AttendanceKind) -> Attendance { Attendance(kind: k) }
        let meetings = [
            Meeting(id: MeetingID(401), org: c1, date: day("2025-01-15"), attendance: [an: at(.present), binh: at(.absent), cuong: at(.present)]),
            Meeting(id: MeetingID(402), org: c1, date: day("2025-02-15"), attendance: [an: at(.present), binh: at(.present)]),
            Meeting(id: MeetingID(403), org: c1, date: day("2024-12-15"), attendance: [an: at(.present), binh: at(.present)]),
            Meeting(id: MeetingID(404), org: c2, date: day("2025-03-10"), kind: .thematic,
                    attendance: [tuong: at(.present), giang: at(.excused), em: at(.present)]),
        ]
        return try State(orgs: orgs, members: members, assignments: assignments, persons: persons, models: models,
                         meetings: meetings)
    }
}
