import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// The district demo without one subtree (as if that node had never been recorded).
private func removing(_ root: OrgID, from s: State) throws -> State {
    let gone = Set(s.subtree(of: root))
    let members = s.members.values.filter { !gone.contains($0.org) }
    let kept = Set(members.map(\.id))
    return try State(orgs: s.orgs.values.filter { !gone.contains($0.id) }, members: Array(members),
                     assignments: s.assignments.values.filter { kept.contains($0.member) },
                     persons: s.persons.values.filter { !gone.contains($0.org) && $0.introducer.map(kept.contains) != false },
                     models: s.models.values.filter { !gone.contains($0.org) && $0.ownerMember.map(kept.contains) != false },
                     meetings: s.meetings.values.filter { !gone.contains($0.org) })
}

private func firstCommittee(_ s: State) -> OrgID {
    s.children(of: s.roots[0]).filter { s.orgs[$0]!.level == .grassrootsCommittee }.min()!
}

@Suite struct BundleTests {
    @Test func encodeDecodeKeepsEverything() throws {
        let s = districtDemo
        let b = OrgBundle(state: s, root: firstCommittee(s), exportedAt: Date(timeIntervalSince1970: 1_700_000_000))
        let bytes = b.encode()
        #expect(String(decoding: bytes.prefix(40), as: UTF8.self).hasPrefix("{\"format\":\"danvan-bundle\",\"version\":1"))
        let back = try OrgBundle.decode(bytes)
        #expect(back.rootPath == s.path(of: firstCommittee(s)))
        #expect(back.exportedAt == 1_700_000_000_000)
        #expect(back.tables == b.tables)
        #expect(!b.tables.members.isEmpty && !b.tables.meetings.isEmpty && !b.tables.assignments.isEmpty)
        #expect(throws: CodecError.self) { try OrgBundle.decode(Array("{\"format\":\"danvan-snapshot\",\"version\":1}".utf8)) }
    }

    @Test func mergeChangesExactlyItsSubtreeAndReimportIsNoOp() throws {
        let base = districtDemo
        let c = firstCommittee(base)
        // The cell's side: edits inside the subtree only.
        var edited = base
        let cell = base.subtree(of: c).first { base.orgs[$0]!.level.isCell }!
        var m = base.members[base.directMembers(of: cell)[0]]!
        m.phone = "0988000111"
        try edited.apply(.updateMember(m))
        let newCell = Org(id: OrgID(777), parent: c, name: "Chi bộ ấp Mới", level: .subordinateCell, unitKind: .xa)
        try edited.apply(.addOrg(newCell))
        try edited.apply(.addMember(Member(id: MemberID(778), org: newCell.id, fullName: "Trương Văn Mới", cardNo: "99999991")))
        let victim = base.assignments.values.filter { base.isInSubtree(base.members[$0.member]!.org, of: c) }.min { $0.id < $1.id }!
        try edited.apply(.deleteAssignment(victim.id))

        let bundle = try OrgBundle.decode(OrgBundle(state: edited, root: c).encode())
        let plan = bundle.mergePlan(into: base)
        #expect(plan.ok, "\(plan.errors)")
        #expect(plan.orgs == BundlePlan.Tally(added: 1, updated: 0, removed: 0))
        #expect(plan.members == BundlePlan.Tally(added: 1, updated: 1, removed: 0))
        #expect(plan.assignments == BundlePlan.Tally(added: 0, updated: 0, removed: 1))
        var merged = base
        try merged.apply(batch: plan.ops)
        #expect(merged == edited)
        #expect(bundle.mergePlan(into: merged).ops.isEmpty)
        #expect(plan.summary(.vi, dryRun: false).contains("Đảng viên: thêm 1, cập nhật 1, xóa 0"))
    }

    @Test func removalsInsideTheSubtreeAreApplied() throws {
        let base = districtDemo
        let c = firstCommittee(base)
        // The bundle is an older picture: without one cell that the target now has.
        let cell = base.subtree(of: c).first { base.orgs[$0]!.level.isCell }!
        let older = try removing(cell, from: base)
        let plan = OrgBundle(state: older, root: c).mergePlan(into: base)
        #expect(plan.ok, "\(plan.errors)")
        #expect(plan.orgs.removed == 1 && plan.members.removed == base.directMembers(of: cell).count)
        var merged = base
        try merged.apply(batch: plan.ops)
        #expect(merged == older)
    }

    @Test func aNewNodeIsAddedUnderAnExistingParent() throws {
        let base = districtDemo
        let c = firstCommittee(base)
        let target = try removing(c, from: base)
        let plan = OrgBundle(state: base, root: c).mergePlan(into: target)
        #expect(plan.ok, "\(plan.errors)")
        var merged = target
        try merged.apply(batch: plan.ops)
        #expect(merged == base)
    }

    @Test func aBundleForAWrongPathIsRefused() throws {
        let base = districtDemo
        var b = OrgBundle(state: base, root: firstCommittee(base))
        b.rootPath = "Đảng bộ tỉnh Khác / Đảng bộ huyện Lạ / " + base.orgs[firstCommittee(base)]!.name
        let plan = b.mergePlan(into: base)
        #expect(!plan.ok && plan.ops.isEmpty)
        #expect(plan.errors[0].en.contains("Đảng bộ tỉnh Khác / Đảng bộ huyện Lạ"))
    }

    @Test func collidingIdsAndOutsideReferencesAreRefused() throws {
        let base = districtDemo
        let c = firstCommittee(base)
        var b = OrgBundle(state: base, root: c)
        let outsider = base.members.values.first { !base.isInSubtree($0.org, of: c) }!
        let outsideAssignment = base.assignments.values.first { $0.member == outsider.id || !base.isInSubtree(base.members[$0.member]!.org, of: c) }!
        b.tables.assignments[0].id = outsideAssignment.id
        let clash = b.mergePlan(into: base)
        #expect(!clash.ok && clash.errors[0].en.contains("collide"))

        var r = OrgBundle(state: base, root: c)
        r.tables.assignments[0].member = outsider.id
        #expect(r.mergePlan(into: base).errors.first?.en.contains("outside the bundle") == true)
    }
}

/// Issue 10 finding 20 at the bundle boundary: text with control characters is refused.
@Suite struct BundleTextTests {
    @Test func controlCharactersInABundleAreRefused() throws {
        let base = districtDemo
        let c = firstCommittee(base)
        let cell = base.subtree(of: c).first { base.orgs[$0]!.level.isCell }!
        for (field, text) in [("full name", "Lê\u{1B}[2JVăn An"), ("notes", "ghi chú\u{0}")] {
            var edited = base
            var m = base.members[base.directMembers(of: cell)[0]]!
            if field == "notes" { m.notes = text } else { m.fullName = text }
            try edited.apply(.updateMember(m))
            // The JSON carries the control as an escape; decoding gives it back.
            let bundle = try OrgBundle.decode(OrgBundle(state: edited, root: c).encode())
            let plan = bundle.mergePlan(into: base)
            #expect(!plan.ok && plan.ops.isEmpty)
            #expect(plan.errors.first?.en.contains("the \(field) holds the control character") == true, "\(plan.errors)")
        }
    }
}
