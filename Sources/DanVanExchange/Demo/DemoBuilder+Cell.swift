import DanVanCore

extension DemoBuilder {
    /// Members of one cell with their roles, assignments and evaluations, plus the cell's
    /// outstanding non-members, models and recent meetings.
    mutating func fillCell(_ cell: OrgID, kind: UnitKind?, size: Int, locality: String, unitName: String) {
        let residential = kind == nil || kind == .xa || kind == .phuong || kind == .thiTran
        var active: [MemberID] = []
        let first = members.count
        for _ in 0..<size {
            let m = makeMember(cell: cell, residential: residential, locality: locality, unitName: unitName)
            members.append(m)
            if m.status.kind == .active { active.append(m.id) }
        }
        // Roles: one secretary, one deputy, a few committee members, among the active.
        let officers = 2 + (size >= 15 ? rng.int(1...3) : 1)
        for (k, id) in active.prefix(officers).enumerated() {
            let role: MemberRole = k == 0 ? .secretary : k == 1 ? .deputy : .committee
            if let i = members[first...].firstIndex(where: { $0.id == id }) { members[i].role = role }
        }
        for i in first..<members.count where members[i].status.kind == .active || rng.chance(0.3) {
            makeAssignments(for: members[i], kind: kind, residential: residential, locality: locality, unitName: unitName)
        }
        makePersons(cell: cell, active: active)
        if rng.chance(0.25) { makeModel(org: cell, active: active) }
        // Meetings mark whoever was on the roll on their date (as MeetingAttendance reads it).
        let roll = members[first...].flatMap { RollSpan.spans(of: $0) }.filter { $0.org == cell }
        makeMeetings(cell: cell, roll: roll)
    }

    private mutating func day(from lo: Int, to hi: Int) -> Day {
        Day(dayNumber: hi <= lo ? lo : lo + rng.below(hi - lo + 1))
    }

    private mutating func makeMember(cell: OrgID, residential: Bool, locality: String, unitName: String) -> Member {
        let gender: Gender = rng.chance(0.6) ? .male : .female
        let age = 22 + rng.below(40) + rng.below(20)
        let birth = Day(dayNumber: Day(year: year - age, month: 1, day: 1)!.dayNumber + rng.below(365))
        var m = Member(id: MemberID(newID()), org: cell, fullName: DemoNames.fullName(gender, &rng),
                       gender: gender, birthDate: birth)
        if rng.chance(0.04) {
            m.kind = .probationary
            m.joinedDate = Day(dayNumber: todayNumber - rng.int(30...360))
        } else {
            let joinAge = rng.int(18...min(age - 3, 18 + rng.below(25)))
            let joined = birth.adding(years: joinAge).adding(days: rng.below(300))
            m.joinedDate = joined
            m.fullMemberDate = joined.adding(years: 1)
            m.cardNo = newCard()
        }
        let joinedNumber = m.joinedDate!.dayNumber
        let statusDay = day(from: max(joinedNumber + 1, todayNumber - 700), to: todayNumber)
        let r = rng.below(1000)
        if r < 50 {
            let reason = age >= 65 ? DemoNames.exemptReasons[0] : rng.pick(Array(DemoNames.exemptReasons.dropFirst()))
            m.status = MemberStatus(kind: .exempt, date: statusDay, note: reason)
        } else if r < 56 {
            m.status = MemberStatus(kind: .transferredOut, date: statusDay,
                                    note: "Chuyển sinh hoạt đến Đảng bộ " + rng.pick(DemoNames.cityDistricts).0)
        } else if r < 59 {
            m.status = MemberStatus(kind: .deceased, date: statusDay, note: "")
        }
        let street = rng.pick(DemoNames.streets)
        m.residence = "Số \(rng.int(1...250)) \(street), tổ \(rng.int(1...12)), \(locality)"
        if !residential {
            m.workplace = unitName
        } else if age >= 60 {
            m.workplace = "Hưu trí"
        } else {
            m.workplace = rng.pick(["Kinh doanh tự do", "Làm nông", "Ủy ban nhân dân " + locality, "Trường Tiểu học " + locality,
                                    "Trạm Y tế " + locality, "Công ty TNHH Thương mại Dịch vụ " + rng.pick(DemoNames.placeNames)])
        }
        if rng.chance(0.92) {
            var phone = rng.pick(DemoNames.phonePrefixes)
            for _ in 0..<7 { phone.append(Character(Unicode.Scalar(UInt8(48 + rng.below(10))))) }
            m.phone = phone
        }
        if rng.chance(0.03) { m.notes = "Gia đình chính sách" }
        return m
    }

    private mutating func newCard() -> String {
        while true {
            let c = 10_000_000 + rng.below(90_000_000)
            if usedCards.insert(c).inserted { return String(c) }
        }
    }

    /// Active members: 80% have work in force this year (a quarter of them self-registered),
    /// some with an earlier assignment that ended last year. Others may only have history.
    mutating func makeAssignments(for m: Member, kind: UnitKind?, residential: Bool, locality: String, unitName: String) {
        let prev = year - 1
        let joined = m.joinedDate!.dayNumber
        let current = m.status.kind == .active && rng.chance(0.8)
        let startsLastYear = rng.chance(0.65)
        if rng.chance(current ? (startsLastYear ? 0.1 : 0.6) : 0.35) {  // ended last year
            // Starts on 2–4 Jan, so it never shares a start day with a current one (5–25 Jan).
            let from = Day(year: prev, month: 1, day: rng.int(2...4))!
            if from.dayNumber >= joined {
                appendAssignment(m, kind: kind, residential: residential, locality: locality, unitName: unitName,
                                 from: from, to: Day.lastOf(year: prev), selfRegistered: rng.chance(0.2))
            }
        }
        guard current else { return }
        var from = startsLastYear ? Day(year: prev, month: 1, day: rng.int(5...25))!
            : Day(year: year, month: 1, day: rng.int(5...25))!
        if from.dayNumber > todayNumber { from = Day(year: prev, month: 12, day: 20)! }
        if from.dayNumber < joined { from = Day(dayNumber: min(joined + 30, todayNumber)) }
        appendAssignment(m, kind: kind, residential: residential, locality: locality, unitName: unitName,
                         from: from, to: nil, selfRegistered: rng.chance(0.25))
    }

    private mutating func appendAssignment(_ m: Member, kind: UnitKind?, residential: Bool, locality: String, unitName: String,
                                           from: Day, to: Day?, selfRegistered: Bool) {
        let group = DemoContent.groups(for: kind).pick(&rng)
        let place: Place = residential || group == .hoDan ? .residence : .workplace
        var a = Assignment(id: AssignmentID(newID()), member: m.id, targetGroup: group, from: from, to: to)
        a.place = place
        a.source = selfRegistered ? .selfRegistered : .assigned
        a.area = place == .residence ? "Tổ \(rng.int(1...12)), \(locality)" : unitName
        if group == .hoDan { a.households = rng.int(5...25) } else if rng.chance(0.4) { a.households = rng.int(3...30) }
        a.content = rng.pick(DemoContent.content(group))
        a.resolution = selfRegistered ? "Chi bộ thông qua ngày \(from.vn)"
            : "Nghị quyết số \(rng.int(1...12))-NQ/CB ngày \(from.vn)"
        if a.inForce(year: year - 1) && rng.chance(0.95) {
            a.evaluations[year - 1] = Evaluation(level: DemoContent.evaluationTable.pick(&rng))
        }
        if to == nil && rng.chance(0.3) {
            a.evaluations[year] = Evaluation(level: DemoContent.evaluationTable.pick(&rng), note: "Đánh giá giữa năm")
        }
        assignments.append(a)
    }

    private mutating func makePersons(cell: OrgID, active: [MemberID]) {
        guard rng.chance(0.5) else { return }
        for _ in 0..<rng.int(1...2) {
            let gender: Gender = rng.chance(0.5) ? .male : .female
            let introduced = todayNumber - rng.int(30...900)
            var p = OutstandingPerson(id: MassID(newID()), org: cell, name: DemoNames.fullName(gender, &rng),
                                      introduced: Day(dayNumber: introduced))
            if !active.isEmpty && rng.chance(0.9) { p.introducer = rng.pick(active) }
            if rng.chance(0.7) {
                let cls = min(todayNumber, introduced + rng.int(20...120))
                p.classDate = Day(dayNumber: cls)
                if rng.chance(0.45) { p.admitted = Day(dayNumber: min(todayNumber, cls + rng.int(60...300))) }
            }
            persons.append(p)
        }
    }

    private mutating func makeModel(org: OrgID, active: [MemberID]) {
        let field = DemoContent.fieldTable.pick(&rng)
        var m = MobilizationModel(id: ModelID(newID()), org: org, name: rng.pick(DemoContent.modelNames(field)),
                                  field: field, year: rng.chance(0.6) ? year - 1 : year, stage: DemoContent.stageTable.pick(&rng))
        if m.year == year && m.stage == .commended { m.stage = .recognized }
        if !active.isEmpty && rng.chance(0.5) { m.ownerMember = rng.pick(active) }
        m.description = "Mô hình do chi bộ đăng ký, triển khai tại địa bàn"
        models.append(m)
    }

    /// Monthly meetings of the last `meetingMonths` months, and now and then a thematic one.
    private mutating func makeMeetings(cell: OrgID, roll: [RollSpan]) {
        for k in 0..<meetingMonths {
            let monthIndex = today.year * 12 + today.month - 1 - k
            let y = monthIndex / 12, mo = monthIndex % 12 + 1
            let date = Day(year: y, month: mo, day: rng.int(3...10))!
            guard date <= today else { continue }
            addMeeting(cell: cell, roll: roll, date: date, kind: .regular)
            if rng.chance(0.1), let d = Day(year: y, month: mo, day: 20), d <= today {
                addMeeting(cell: cell, roll: roll, date: d, kind: .thematic)
            }
        }
    }

    private mutating func addMeeting(cell: OrgID, roll: [RollSpan], date: Day, kind: MeetingKind) {
        var attendance: [MemberID: Attendance] = [:]
        attendance.reserveCapacity(roll.count)
        for span in roll {
            guard let standing = span.standing(on: date) else { continue }
            let id = span.member
            // Now and then an exempt member comes anyway (shown apart, not in the ratio).
            if standing == .exempt {
                if rng.chance(0.15) { attendance[id] = Attendance(kind: .present) }
                continue
            }
            let r = rng.below(100)
            attendance[id] = r < 90 ? Attendance(kind: .present)
                : r < 98 ? Attendance(kind: .excused, reason: rng.pick(DemoContent.excuses)) : Attendance(kind: .absent)
        }
        let notes = kind == .regular ? "Sinh hoạt thường kỳ tháng \(date.month)/\(date.year)"
            : "Sinh hoạt chuyên đề về công tác dân vận"
        meetings.append(Meeting(id: MeetingID(newID()), org: cell, date: date, kind: kind, attendance: attendance,
                                notes: notes, decisions: rng.pick(DemoContent.decisions)))
    }
}
