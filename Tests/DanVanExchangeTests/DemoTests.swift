import DanVanCore
import Testing
@testable import DanVanExchange

/// A fixed "today" keeps every figure reproducible.
let demoToday = Day(year: 2026, month: 11, day: 23)!

/// District demo data is built once and shared (each build takes a moment in debug).
let districtDemo = Demo.generate(scale: .district, seed: 42, today: demoToday)

@Suite struct DemoTests {
    @Test func sameSeedSameStateDifferentSeedDifferentState() {
        let a = Demo.generate(scale: .cell, seed: 7, today: demoToday)
        let b = Demo.generate(scale: .cell, seed: 7, today: demoToday)
        let c = Demo.generate(scale: .cell, seed: 8, today: demoToday)
        #expect(a == b)
        #expect(a != c)
        #expect(Set(a.members.keys) != Set(c.members.keys))
        #expect(Demo.generate(scale: .district, seed: 42, today: demoToday) == districtDemo)
    }

    @Test func cellScaleIsOneGrassrootsCellUnderARoot() {
        let s = Demo.generate(scale: .cell, seed: 1, today: demoToday)
        #expect(s.roots.count == 1)
        let cells = s.orgs.values.filter { $0.level.isCell }
        #expect(cells.count == 1)
        #expect(cells[0].level == .grassrootsCell)
        #expect((23...27).contains(s.members.count))
        #expect(s.meetings.count >= 12)
    }

    @Test func districtShape() {
        let s = districtDemo
        #expect(s.roots.count == 1)
        let root = s.roots[0]
        #expect(s.orgs[root]!.name.hasPrefix("Đảng bộ huyện"))
        let grassroots = s.children(of: root).map { s.orgs[$0]! }
        #expect(grassroots.filter { $0.level == .grassrootsCommittee }.count == 15)
        #expect(grassroots.filter { $0.level == .grassrootsCell }.count == 15)
        let subordinate = s.orgs.values.filter { $0.level == .subordinateCell }.count
        #expect((125...165).contains(subordinate))
        #expect(s.orgs.values.contains { $0.level == .partialCommittee })
        let kinds = Set(s.orgs.values.compactMap(\.unitKind))
        #expect(kinds.isSuperset(of: [.xa, .thiTran, .coQuan, .doanhNghiep, .lucLuongVuTrang]))
        #expect((2600...3200).contains(s.members.count))
        // Sibling names are unique, so every path finds its node again.
        for o in s.orgs.values { #expect(s.org(atPath: s.path(of: o.id)) == o.id) }
    }

    @Test func districtRatiosAreRealistic() {
        let s = districtDemo
        let n = Double(s.members.count)
        let c = s.counts(of: s.roots[0], year: demoToday.year)
        #expect((0.03...0.07).contains(Double(c.exempt) / n))
        #expect((0.75...0.85).contains(Double(c.assigned) / Double(c.eligible)))
        #expect((0.15...0.25).contains(Double(c.selfRegistered) / Double(c.eligible)))
        let last = s.counts(of: s.roots[0], year: demoToday.year - 1)
        #expect(Double(last.assigned) / Double(last.eligible) > 0.6)
        #expect(s.members.values.contains { $0.status.kind == .transferredOut && $0.status.date != nil && !$0.status.note.isEmpty })
        #expect(s.members.values.contains { $0.status.kind == .deceased && $0.status.date != nil })
        for m in s.members.values where m.status.kind == .exempt { #expect(m.status.date != nil && !m.status.note.isEmpty) }

        let nguyen = s.members.values.filter { $0.fullName.hasPrefix("Nguyễn ") }.count
        #expect((0.33...0.43).contains(Double(nguyen) / n))
        let tran = s.members.values.filter { $0.fullName.hasPrefix("Trần ") }.count
        #expect((0.08...0.14).contains(Double(tran) / n))
        let probationary = s.members.values.filter { $0.kind == .probationary }
        #expect((0.02...0.06).contains(Double(probationary.count) / n))
        #expect(probationary.allSatisfy { $0.fullMemberDate == nil })
    }

    @Test func membersAreConsistent() {
        let s = districtDemo
        var cards = Set<String>()
        for m in s.members.values {
            let b = m.birthDate!, j = m.joinedDate!
            #expect(j >= b.adding(years: 18), "\(m.fullName) joined before 18")
            #expect(j <= demoToday)
            if m.kind == .full {
                #expect(m.fullMemberDate == j.adding(years: 1))
                let card = m.cardNo!
                #expect(card.count == 8 && card.allSatisfy(\.isNumber))
                #expect(cards.insert(card).inserted)
            }
            #expect(m.nameParts.given.count > 0 && m.fullName.split(separator: " ").count >= 3)
            #expect(!m.residence.isEmpty && !m.workplace.isEmpty)
        }
        for o in s.orgs.values where o.level.isCell {
            let ms = s.directMembers(of: o.id).map { s.members[$0]! }
            #expect(ms.filter { $0.role == .secretary }.count == 1, "\(o.name)")
            #expect(ms.filter { $0.role == .deputy }.count == 1, "\(o.name)")
            #expect(ms.filter { $0.role != .member }.allSatisfy { $0.status.kind == .active })
        }
    }

    @Test func assignmentsModelsPersonsMeetings() {
        let s = districtDemo
        let prev = demoToday.year - 1
        let evaluated = s.assignments.values.filter { $0.evaluations[prev] != nil }
        let levels = Dictionary(grouping: evaluated, by: { $0.evaluations[prev]!.level }).mapValues(\.count)
        #expect(levels[.good]! > levels[.outstanding]!)
        #expect(levels[.outstanding]! > levels[.notCompleted]!)
        #expect(levels[.notCompleted]! > 0)
        #expect(s.assignments.values.contains { $0.evaluations[demoToday.year] != nil })
        for a in s.assignments.values {
            #expect(!a.content.isEmpty && !a.area.isEmpty && !a.resolution.isEmpty)
            #expect(a.to.map { $0 >= a.from } ?? true)
        }
        #expect(Set(s.assignments.values.map(\.targetGroup)).count >= 8)
        #expect(Set(s.assignments.values.map(\.place)).count == 2)
        #expect(Set(s.models.values.map(\.field)) == Set(ModelField.allCases))
        #expect(Set(s.models.values.map(\.stage)) == Set(ModelStage.allCases))
        #expect(s.persons.values.contains { $0.admitted != nil && $0.classDate != nil && $0.introduced != nil })
        let cells = s.orgs.values.filter { $0.level.isCell }.count
        #expect(s.meetings.count >= cells * 11)
        #expect(s.meetings.values.allSatisfy { !$0.attendance.isEmpty && $0.date <= demoToday })
        #expect(s.meetings.values.contains { $0.attendance.values.contains { $0.kind == .excused && !$0.reason.isEmpty } })
    }

    @Test func everyEntityIsAValidOp() throws {
        let s = districtDemo
        var t = State()
        var queue = s.roots
        while !queue.isEmpty {
            let id = queue.removeFirst()
            try t.apply(.addOrg(s.orgs[id]!))
            queue.append(contentsOf: s.children(of: id))
        }
        for m in s.members.values.sorted(by: { $0.id < $1.id }) { try t.apply(.addMember(m)) }
        for a in s.assignments.values { try t.apply(.addAssignment(a)) }
        for p in s.persons.values { try t.apply(.addPerson(p)) }
        for m in s.models.values { try t.apply(.addModel(m)) }
        for m in s.meetings.values { try t.apply(.addMeeting(m)) }
        #expect(t == s)
    }
}
