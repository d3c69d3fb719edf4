import Testing
@testable import DanVanCore

@Suite struct StateApplyTests {
    @Test func membersOnlyInCells() {
        var f = Fixture()
        #expect(throws: OpError.self) {
            try f.apply(.addMember(Member(id: MemberID(9), org: Fixture.xa, fullName: "Lê Văn Tám")))
        }
        let err = try? f.state.applying(f.op(.addMember(Member(id: MemberID(9), org: Fixture.xa, fullName: "Lê Văn Tám"))))
        #expect(err == nil)
        #expect(f.state.members.isEmpty)
    }

    @Test func refusedOpLeavesStateUnchanged() {
        var f = Fixture()
        f.member(10, "Nguyễn Văn An", in: Fixture.thon1, card: "0101")
        let before = f.state
        do {
            try f.apply(.addMember(Member(id: MemberID(11), org: Fixture.thon2, fullName: "Trần Thị Bình", cardNo: "01 01")))
            Issue.record("duplicate card accepted")
        } catch let e as OpError {
            #expect(e.code == .duplicateCard)
            #expect(e.vi.contains("Nguyễn Văn An"))
        } catch { Issue.record("\(error)") }
        #expect(f.state == before)
        #expect(f.state.revision == before.revision)
    }

    @Test func datesMustBeInOrder() {
        var f = Fixture()
        var m = Member(id: MemberID(12), org: Fixture.thon1, fullName: "Phạm Văn Cường")
        m.joinedDate = Day(iso: "2010-05-01")
        m.fullMemberDate = Day(iso: "2009-05-01")
        #expect { try f.apply(.addMember(m)) } throws: { ($0 as? OpError)?.code == .datesOutOfOrder }
        let id = f.member(13, "Phạm Văn Dũng", in: Fixture.thon1)
        #expect { try f.apply(.addAssignment(Assignment(id: AssignmentID(1), member: id, targetGroup: .nongDan,
                                                        from: Day(iso: "2025-05-01")!, to: Day(iso: "2025-04-01")))) }
            throws: { ($0 as? OpError)?.code == .datesOutOfOrder }
    }

    @Test func unknownIdsAreNamed() {
        var f = Fixture()
        #expect { try f.apply(.deleteMember(MemberID(999))) } throws: {
            ($0 as? OpError)?.code == .unknownID && ($0 as! OpError).en.contains("999")
        }
        #expect { try f.apply(.addAssignment(Assignment(id: AssignmentID(1), member: MemberID(5), targetGroup: .khac,
                                                        from: Day(iso: "2025-01-01")!))) } throws: { ($0 as? OpError)?.code == .unknownID }
    }

    @Test func cannotDeleteNodeThatHoldsMembersOrChildren() {
        var f = Fixture()
        f.member(10, "Nguyễn Văn An", in: Fixture.thon1)
        #expect { try f.apply(.deleteOrg(Fixture.thon1)) } throws: { ($0 as? OpError)?.code == .orgNotEmpty }
        #expect { try f.apply(.deleteOrg(Fixture.xa)) } throws: { ($0 as? OpError)?.code == .orgNotEmpty }
        try! f.apply(.deleteOrg(Fixture.thon2))
        #expect(f.state.orgs[Fixture.thon2] == nil)
        #expect(f.state.children(of: Fixture.xa) == [Fixture.thon1])
    }

    @Test func treeRules() {
        var f = Fixture()
        // A cell holds no nodes.
        #expect { try f.apply(.addOrg(Org(id: OrgID(50), parent: Fixture.thon1, name: "X", level: .subordinateCell))) }
            throws: { ($0 as? OpError)?.code == .cellHasNoChildren }
        // A subordinate cell cannot sit directly under the district.
        #expect { try f.apply(.addOrg(Org(id: OrgID(51), parent: Fixture.huyen, name: "Y", level: .subordinateCell))) }
            throws: { ($0 as? OpError)?.code == .levelNotAllowed }
        // No cycles.
        try! f.apply(.addOrg(Org(id: OrgID(52), parent: Fixture.huyen, name: "Khối", level: .higherCommittee)))
        try! f.apply(.moveOrg(OrgID(52), to: nil))
        try! f.apply(.moveOrg(Fixture.huyen, to: OrgID(52)))
        #expect { try f.apply(.moveOrg(OrgID(52), to: Fixture.huyen)) } throws: { ($0 as? OpError)?.code == .cycle }
        #expect(f.state.sortedRoots == [OrgID(52)])
    }

    @Test func transferKeepsHistoryAndMoves() {
        var f = Fixture()
        let id = f.member(10, "Nguyễn Văn An", in: Fixture.thon1)
        try! f.apply(.transferMember(id, to: Fixture.thon2, date: Day(iso: "2025-06-01")!, note: "chuyển nơi ở"))
        #expect(f.state.members[id]!.org == Fixture.thon2)
        #expect(f.state.members[id]!.history == [Transfer(from: Fixture.thon1, to: Fixture.thon2, date: Day(iso: "2025-06-01")!, note: "chuyển nơi ở")])
        #expect(f.state.directMembers(of: Fixture.thon1).isEmpty)
        #expect(f.state.directMembers(of: Fixture.thon2) == [id])
    }

    @Test func exemptionNeedsReasonButAnyStatusMayLackItsDate() {
        var f = Fixture()
        let id = f.member(10, "Nguyễn Văn An", in: Fixture.thon1)
        #expect { try f.apply(.setMemberStatus(id, MemberStatus(kind: .exempt))) } throws: { ($0 as? OpError)?.field == .reason }
        #expect { try f.apply(.setMemberStatus(id, MemberStatus(kind: .exempt, date: Day(iso: "2025-01-02")))) }
            throws: { ($0 as? OpError)?.code == .emptyField }
        try! f.apply(.setMemberStatus(id, MemberStatus(kind: .exempt, note: "tuổi cao")))
        #expect(f.state.members[id]!.status == MemberStatus(kind: .exempt, note: "tuổi cao"))
        // The same rules hold for a whole record, added or updated: the date may be unknown.
        let m = Member(id: MemberID(11), org: Fixture.thon1, fullName: "Trần Văn Bình", status: MemberStatus(kind: .deceased))
        try! f.apply(.addMember(m))
        var a = f.state.members[id]!
        a.status = MemberStatus(kind: .transferredOut)
        try! f.apply(.updateMember(a))
        #expect(f.state.members[id]!.status.date == nil)
    }

    @Test func memberWithRecordsCannotBeDeleted() {
        var f = Fixture()
        let id = f.member(10, "Nguyễn Văn An", in: Fixture.thon1)
        let a = f.assign(1, id, from: "2025-01-01")
        #expect { try f.apply(.deleteMember(id)) } throws: { ($0 as? OpError)?.code == .memberReferenced }
        try! f.apply(.deleteAssignment(a))
        try! f.apply(.deleteMember(id))
        #expect(f.state.members.isEmpty && f.state.assignmentIDs(of: id).isEmpty)
    }

    @Test func batchIsAllOrNothing() {
        var f = Fixture()
        let ok = f.op(.addMember(Member(id: MemberID(20), org: Fixture.thon1, fullName: "Vũ Thị Hoa")))
        let bad = f.op(.addMember(Member(id: MemberID(21), org: Fixture.xa, fullName: "Vũ Văn Nam")))
        let before = f.state
        #expect(throws: OpError.self) { try f.state.apply(batch: [ok, bad]) }
        #expect(f.state == before)
        try! f.state.apply(batch: [ok])
        #expect(f.state.members.count == 1)
    }

    @Test func loadingTablesChecksReferences() {
        #expect(throws: OpError.self) {
            _ = try State(orgs: [], members: [Member(id: MemberID(1), org: OrgID(7), fullName: "A")], assignments: [])
        }
        let f = Fixture()
        let rebuilt = try! State(orgs: Array(f.state.orgs.values), members: [], assignments: [])
        #expect(rebuilt == f.state)
        #expect(rebuilt.sortedChildren(of: Fixture.xa) == [Fixture.thon1, Fixture.thon2])
    }
}

@Suite struct QueryTests {
    @Test func pathsAndLookup() {
        let f = Fixture()
        #expect(f.state.path(of: Fixture.thon2) == "Đảng bộ huyện Yên Lạc / Đảng bộ xã Tam Hồng / Chi bộ thôn 2")
        #expect(f.state.org(atPath: "Đảng bộ huyện Yên Lạc / Đảng bộ xã Tam Hồng / Chi bộ thôn 2") == Fixture.thon2)
        #expect(f.state.org(atPath: "dang bo huyen yen lac/dang bo xa tam hong/chi bo thon 2") == Fixture.thon2)
        #expect(f.state.org(atPath: "Đảng bộ huyện Yên Lạc / Không có") == nil)
        #expect(f.state.subtree(of: Fixture.huyen) == [Fixture.huyen, Fixture.truong, Fixture.xa, Fixture.thon1, Fixture.thon2])
    }

    @Test func membersInNameOrder() {
        var f = Fixture()
        f.member(10, "Trần Văn Bình", in: Fixture.thon1)
        f.member(11, "Nguyễn Thị An", in: Fixture.thon2)
        f.member(12, "Đặng Văn Ánh", in: Fixture.truong)
        let names = f.state.members(inSubtreeOf: Fixture.huyen).map { f.state.members[$0]!.fullName }
        #expect(names == ["Nguyễn Thị An", "Đặng Văn Ánh", "Trần Văn Bình"])
        #expect(f.state.members(inSubtreeOf: Fixture.xa).count == 2)
    }

    @Test func countsFollowWhoIsCounted() {
        var f = Fixture()
        let a = f.member(10, "A Văn Một", in: Fixture.thon1)
        let b = f.member(11, "B Văn Hai", in: Fixture.thon1)
        let c = f.member(12, "C Văn Ba", in: Fixture.thon2)
        let d = f.member(13, "D Văn Bốn", in: Fixture.thon2, status: MemberStatus(kind: .exempt, date: Day(iso: "2020-01-01"), note: "tuổi cao"))
        let e = f.member(14, "E Văn Năm", in: Fixture.truong, status: MemberStatus(kind: .transferredOut, date: Day(iso: "2024-01-01"), note: "Hà Nội"))
        f.assign(1, a, from: "2024-03-01")                        // open-ended: in force in 2025
        f.assign(2, b, from: "2025-02-01", source: .selfRegistered)
        f.assign(3, b, from: "2023-01-01", to: "2024-12-31")      // ended before 2025
        f.assign(4, c, from: "2026-01-01")                        // starts after 2025
        f.assign(5, d, from: "2025-01-01")                        // exempt: not counted
        f.assign(6, e, from: "2025-01-01")                        // transferred out: not counted
        let root = f.state.counts(of: Fixture.huyen, year: 2025)
        #expect(root == Counts(eligible: 3, exempt: 1, assigned: 2, selfRegistered: 1))
        #expect(f.state.counts(of: Fixture.thon2, year: 2025) == Counts(eligible: 1, exempt: 1, assigned: 0, selfRegistered: 0))
        #expect(f.state.counts(of: Fixture.thon2, year: 2026) == Counts(eligible: 1, exempt: 1, assigned: 1, selfRegistered: 0))
        let tally = f.state.tally(year: 2025)
        #expect(tally[Fixture.huyen] == root)
        #expect(tally[Fixture.xa] == Counts(eligible: 3, exempt: 1, assigned: 2, selfRegistered: 1))
        #expect(tally[Fixture.truong] == Counts())
    }
}

@Suite struct InverseTests {
    /// For random sequences of valid changes, applying a change and then its inverse
    /// gives back the state before it.
    @Test func inverseUndoesEveryChange() throws {
        var rng = SplitMix(seed: 42)
        var f = Fixture()
        var checked = 0
        for _ in 0..<600 {
            let change = randomChange(f.state, &rng)
            guard let inv = f.state.inverse(of: change) else { continue }
            let before = f.state
            guard (try? f.apply(change)) != nil else { continue }
            var undone = f.state
            try undone.apply(Op(time: 0, author: "t", change: inv))
            #expect(undone == before, "inverse of \(change.name) failed")
            checked += 1
        }
        #expect(checked > 300)
    }

    func randomChange(_ s: State, _ rng: inout SplitMix) -> Change {
        let cells = [Fixture.thon1, Fixture.thon2, Fixture.truong]
        let members = Array(s.members.keys).sorted()
        let assignments = Array(s.assignments.keys).sorted()
        let next = UInt64(s.members.count + s.assignments.count + 100 + Int(rng.next() % 1000) * 1000)
        switch rng.next() % 10 {
        case 0, 1:
            return .addMember(Member(id: MemberID(next), org: cells[Int(rng.next() % 3)], fullName: "Người \(next)",
                                     cardNo: rng.next() % 2 == 0 ? "C\(next)" : nil))
        case 2 where !members.isEmpty:
            var m = s.members[members[Int(rng.next() % UInt64(members.count))]]!
            m.phone = "09\(rng.next() % 100000)"
            m.role = .committee
            return .updateMember(m)
        case 3 where !members.isEmpty:
            let m = members[Int(rng.next() % UInt64(members.count))]
            return .transferMember(m, to: cells[Int(rng.next() % 3)], date: Day(year: 2025, month: 1 + Int(rng.next() % 12), day: 1)!, note: "")
        case 4 where !members.isEmpty, 5 where !members.isEmpty:
            let m = members[Int(rng.next() % UInt64(members.count))]
            return .addAssignment(Assignment(id: AssignmentID(next), member: m, targetGroup: TargetGroup.allCases[Int(rng.next() % 13)],
                                             from: Day(year: 2020 + Int(rng.next() % 6), month: 1, day: 1)!))
        case 6 where !assignments.isEmpty:
            let a = assignments[Int(rng.next() % UInt64(assignments.count))]
            return .setEvaluation(a, year: 2025, rng.next() % 3 == 0 ? nil : Evaluation(level: .good, note: "ok"))
        case 7 where !assignments.isEmpty:
            return .endAssignment(assignments[Int(rng.next() % UInt64(assignments.count))], on: Day(year: 2026, month: 6, day: 30)!)
        case 8 where !assignments.isEmpty:
            return .deleteAssignment(assignments[Int(rng.next() % UInt64(assignments.count))])
        case 9 where !members.isEmpty:
            let m = members[Int(rng.next() % UInt64(members.count))]
            return rng.next() % 2 == 0 ? .deleteMember(m)
                : .setMemberStatus(m, MemberStatus(kind: .exempt, date: Day(year: 2025, month: 2, day: 2), note: "ốm"))
        default:
            return .moveOrg(Fixture.thon2, to: rng.next() % 2 == 0 ? Fixture.xa : Fixture.huyen)
        }
    }
}

typealias SplitMix = SeededGenerator

/// An `OpError` names the field at fault, so forms and importers can point at it.
@Suite struct OpErrorFieldTests {
    @Test func refusalsNameTheirField() throws {
        var s = State()
        try s.apply(.addOrg(Org(id: OrgID(1), parent: nil, name: "Chi bộ A", level: .grassrootsCell)))
        try s.apply(.addMember(Member(id: MemberID(1), org: OrgID(1), fullName: "Lê Văn Một", cardNo: "123")))
        func field(_ m: Member) -> Field? {
            do { var t = s; try t.apply(.addMember(m)); return nil } catch let e as OpError { return e.field } catch { return nil }
        }
        let base = Member(id: MemberID(2), org: OrgID(1), fullName: "Trần Văn Hai")
        var m = base; m.fullName = ""
        #expect(field(m) == .fullName)
        m = base; m.cardNo = " 1 2 3"
        #expect(field(m) == .cardNo)
        m = base; m.birthDate = Day(year: 1990, month: 1, day: 1); m.joinedDate = Day(year: 1980, month: 1, day: 1)
        #expect(field(m) == .joinedDate)
        m = base; m.joinedDate = Day(year: 1990, month: 1, day: 1); m.fullMemberDate = Day(year: 1989, month: 1, day: 1)
        #expect(field(m) == .fullMemberDate)
        m = base; m.givenName = "Ba"
        #expect(field(m) == .givenName)
        #expect(field(base) == nil)
    }
}

/// The incremental tally and the table revisions agree with a full recount on every step of
/// a varied edit sequence.
@Suite struct TallyUpdateTests {
    @Test func incrementalTallyEqualsAFullCountAfterEveryChange() throws {
        var f = Fixture()
        let an = f.member(10, "Nguyễn Văn An", in: Fixture.thon1)
        let binh = f.member(11, "Trần Thị Bình", in: Fixture.thon2)
        let cuong = f.member(12, "Lê Văn Cường", in: Fixture.truong)
        let a1 = f.assign(100, an, from: "2025-01-01")
        let a2 = f.assign(101, binh, from: "2026-03-01", source: .selfRegistered)
        let changes: [Change] = [
            .addAssignment(Assignment(id: AssignmentID(102), member: cuong, targetGroup: .phuNu, from: Day(iso: "2026-01-01")!)),
            .setMemberStatus(binh, MemberStatus(kind: .exempt, date: Day(iso: "2026-05-01")!, note: "tuổi cao")),
            .endAssignment(a1, on: Day(iso: "2025-12-31")!),
            .updateAssignment(Assignment(id: a2, member: an, targetGroup: .thanhNien, source: .selfRegistered, from: Day(iso: "2026-03-01")!)),
            .addMeeting(Meeting(id: MeetingID(7), org: Fixture.thon1, date: Day(iso: "2026-06-01")!, kind: .regular)),
            .setEvaluation(a2, year: 2026, nil),
            .deleteAssignment(AssignmentID(102)),
            .setMemberStatus(binh, .active),
            .transferMember(an, to: Fixture.thon2, date: Day(iso: "2026-07-01")!, note: "theo nơi cư trú"),
            .addOrg(Org(id: OrgID(9), parent: Fixture.xa, name: "Chi bộ thôn 3", level: .subordinateCell)),
        ]
        for year in [2025, 2026] {
            var state = f.state
            var tally = state.tally(year: year)
            for c in changes {
                let old = state
                try state.apply(c)
                #expect(state.revisions[c.table] == old.revisions[c.table] + 1)
                for t in Table.allCases where t != c.table { #expect(state.revisions[t] == old.revisions[t]) }
                if let updated = state.tally(tally, year: year, updatedFor: [c], from: old) {
                    #expect(updated == state.tally(year: year), "\(year) \(c)")
                    tally = updated
                } else {
                    #expect(c.touchesRoster, "\(c)")
                    tally = state.tally(year: year)
                }
            }
        }
    }
}
