import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// A bundle is judged as a whole before anything is merged: unique ids, addressable names,
/// one root, no id taken from a record outside its subtree.
@Suite struct BundleValidationTests {
    private func committee(_ s: State) -> OrgID {
        s.children(of: s.roots[0]).filter { s.orgs[$0]!.level == .grassrootsCommittee }.min()!
    }
    private func oneCell(_ s: State, under c: OrgID) -> OrgID {
        s.subtree(of: c).first { s.orgs[$0]!.level.isCell && !s.directMembers(of: $0).isEmpty }!
    }

    /// Finding 4: a one-node bundle with a new path whose node reuses the id of a cell elsewhere
    /// must not move and rename that cell.
    @Test func aNewPathReusingAnExistingNodesIdIsRefused() throws {
        let base = districtDemo
        let c = committee(base)
        let victim = base.orgs[oneCell(base, under: c)]!
        let other = base.children(of: base.roots[0]).first { $0 != c && !base.orgs[$0]!.level.isCell && !base.isInSubtree(victim.id, of: $0) }!
        var hijack = victim
        hijack.name = "Chi bộ Mạo Danh"
        hijack.parent = other
        let b = OrgBundle(rootPath: base.path(of: other) + " / Chi bộ Mạo Danh", exportedAt: 0, tables: EntityTables(orgs: [hijack]))
        let plan = try OrgBundle.decode(b.encode()).mergePlan(into: base)
        #expect(!plan.ok && plan.ops.isEmpty)
        #expect(plan.errors.first?.en.contains("collide") == true)
        #expect(plan.errors.first?.en.contains(base.path(of: victim.id)) == true, "names the node that would have moved: \(plan.errors)")
    }

    /// A bundle whose root replaces an existing node under a new id must not carry another node
    /// holding that existing id (two nodes would end up with one id).
    @Test func aNodeHoldingTheReplacedRootsIdIsRefused() throws {
        let base = districtDemo
        let c = committee(base)
        var b = OrgBundle(state: base, root: c)
        let rootIndex = b.tables.orgs.firstIndex { $0.id == c }!
        let child = b.tables.orgs.firstIndex { $0.parent == c }!
        b.tables.orgs[rootIndex].id = OrgID(424242)
        for i in b.tables.orgs.indices where b.tables.orgs[i].parent == c { b.tables.orgs[i].parent = OrgID(424242) }
        b.tables.orgs[child].id = c  // the child now wears the id of the node the root replaces
        let plan = b.mergePlan(into: base)
        #expect(!plan.ok && plan.ops.isEmpty, "\(plan.errors)")
    }

    /// Findings 8 and 9: a duplicated entry (an org, a member) is refused by name, never a trap
    /// and never "last wins".
    @Test func duplicatedEntriesAreRefused() throws {
        let base = districtDemo
        let c = committee(base)
        var orgs = OrgBundle(state: base, root: c)
        orgs.tables.orgs.append(orgs.tables.orgs.last!)
        let p1 = try OrgBundle.decode(orgs.encode()).mergePlan(into: base)
        #expect(!p1.ok && p1.errors[0].en.contains("same organization id more than once"))
        #expect(p1.errors[0].en.contains("\(orgs.tables.orgs.last!.id.raw)"))

        var members = OrgBundle(state: base, root: c)
        var twin = members.tables.members[0]
        twin.fullName = "Người Khác Hẳn"
        members.tables.members.append(twin)
        let p2 = try OrgBundle.decode(members.encode()).mergePlan(into: base)
        #expect(!p2.ok && p2.errors[0].vi.contains("đảng viên trùng mã"))

        var meetings = OrgBundle(state: base, root: c)
        meetings.tables.meetings.append(meetings.tables.meetings[0])
        #expect(!meetings.mergePlan(into: base).ok)
    }

    /// Finding 6: a node name holding the path separator cannot come in through a bundle.
    @Test func aNameWithTheSeparatorIsRefused() throws {
        let base = districtDemo
        let c = committee(base)
        var b = OrgBundle(state: base, root: c)
        let i = b.tables.orgs.firstIndex { $0.parent == c }!
        b.tables.orgs[i].name = "Chi bộ A / Chi bộ B"
        let plan = b.mergePlan(into: base)
        #expect(!plan.ok)
        #expect(plan.errors[0].vi.contains("chứa “/”"))
        var dated = OrgBundle(state: base, root: c)
        dated.tables.orgs[i].name = "Chi bộ Trường THCS 19/5"
        #expect(!dated.mergePlan(into: base).ok)
        #expect(OrgName.problem("Chi bộ Trường THCS 19-5") == nil)
    }

    @Test func nodesOutsideTheRootAreRefused() throws {
        let base = districtDemo
        let c = committee(base)
        var b = OrgBundle(state: base, root: c)
        let kids = b.tables.orgs.indices.filter { b.tables.orgs[$0].parent == c }
        #expect(kids.count >= 2)
        // Two nodes that name each other as parent: not a second root, but not under the root either.
        let (x, y) = (kids[0], kids[1])
        b.tables.orgs[x].parent = b.tables.orgs[y].id
        b.tables.orgs[y].parent = b.tables.orgs[x].id
        let plan = b.mergePlan(into: base)
        #expect(!plan.ok && plan.errors[0].en.contains("loop"), "\(plan.errors)")
    }

    /// Finding 8: a key given twice in a bundle (a record's field, or a whole table) is refused
    /// by the reader with the key and the byte offset, never "last wins".
    @Test func duplicateJSONKeysAreRefused() throws {
        let base = districtDemo
        let text = String(decoding: OrgBundle(state: base, root: committee(base)).encode(), as: UTF8.self)
        let member = text.range(of: "\"fullName\":\"")!
        let twiceField = text.replacingCharacters(in: member, with: "\"fullName\":\"Kẻ Mạo Danh\",\"fullName\":\"")
        let twiceTable = text.replacingOccurrences(of: "\"members\":[", with: "\"members\":[],\"members\":[")
        for bad in [twiceField, twiceTable] {
            do {
                _ = try OrgBundle.decode(Array(bad.utf8))
                Issue.record("a duplicate key was accepted")
            } catch let e as CodecError {
                #expect(e.reason.contains("duplicate key"), "\(e)")
                #expect(e.offset > 0)
            }
        }
    }
}
