import DanVanCore
import Foundation

/// What merging a bundle does: the ops (one batch) and, per kind of record, how many are
/// added, updated and removed. `errors` non-empty means the bundle is refused and `ops` is empty.
public struct BundlePlan: Sendable {
    public struct Tally: Hashable, Sendable {
        public var added = 0, updated = 0, removed = 0
        public var isZero: Bool { added == 0 && updated == 0 && removed == 0 }
    }
    public var ops: [Op] = []
    public var orgs = Tally(), members = Tally(), assignments = Tally(), persons = Tally(), models = Tally(), meetings = Tally()
    public var errors: [(vi: String, en: String)] = []
    public var targetPath = ""

    public var ok: Bool { errors.isEmpty }

    public func summary(_ lang: Lang, dryRun: Bool) -> String {
        let vi = lang == .vi
        let rows: [(String, String, Tally)] = [
            ("Tổ chức", "Nodes", orgs), ("Đảng viên", "Members", members), ("Phân công", "Assignments", assignments),
            ("Quần chúng ưu tú", "Outstanding non-members", persons), ("Mô hình", "Models", models),
            ("Buổi sinh hoạt", "Meetings", meetings),
        ]
        var lines = [vi ? "Gộp gói vào \(targetPath)\(dryRun ? " (thử, chưa ghi gì)" : ""):" : "Merging the bundle into \(targetPath)\(dryRun ? " (dry run; nothing written)" : ""):"]
        for (v, e, t) in rows {
            lines.append(vi ? "  \(v): thêm \(t.added), cập nhật \(t.updated), xóa \(t.removed)"
                            : "  \(e): \(t.added) added, \(t.updated) updated, \(t.removed) removed")
        }
        if ops.isEmpty { lines.append(vi ? "Không có gì thay đổi." : "Nothing changes.") }
        return lines.joined(separator: "\n")
    }
}

extension OrgBundle {
    /// Plans replacing the bundle's subtree in `state` with the bundle's records. The root path
    /// must exist in `state` (its node is replaced, keeping its place) or its parent must (the
    /// subtree is added under it). Refuses references outside the subtree and ids used by
    /// records elsewhere in `state`.
    public func mergePlan(into state: State, author: String = Op.defaultAuthor, now: Date = Date()) -> BundlePlan {
        var plan = BundlePlan()
        func refuse(_ vi: String, _ en: String) -> BundlePlan {
            plan.errors.append((vi, en))
            plan.ops = []
            return plan
        }
        // The bundle as a whole first: nothing below may assume unique ids or one root.
        let problems = self.problems()
        guard problems.isEmpty else {
            plan.errors = problems
            return plan
        }
        let t = tables
        var root = tops[0]
        let parts = rootPath.split(separator: "/").map { VietText.clean(String($0)) }.filter { !$0.isEmpty }
        guard parts.last.map(VietText.fold) == VietText.fold(root.name) else {
            return refuse("Tên nút gốc “\(root.name)” không khớp đường dẫn “\(rootPath)”",
                          "The root node “\(root.name)” does not match the path “\(rootPath)”")
        }

        // Internal references: everything points inside the bundle.
        let orgIDs = Set(t.orgs.map(\.id)), memberIDs = Set(t.members.map(\.id))
        for m in t.members where !orgIDs.contains(m.org) {
            return refuse("Đảng viên \(m.fullName) thuộc tổ chức \(m.org) ngoài gói", "Member \(m.fullName) belongs to org \(m.org), outside the bundle")
        }
        for a in t.assignments where !memberIDs.contains(a.member) {
            return refuse("Phân công \(a.id) của đảng viên \(a.member) ngoài gói", "Assignment \(a.id) belongs to member \(a.member), outside the bundle")
        }
        for p in t.persons where !orgIDs.contains(p.org) || p.introducer.map({ !memberIDs.contains($0) }) == true {
            return refuse("Quần chúng \(p.name) tham chiếu ra ngoài gói", "Outstanding non-member \(p.name) refers outside the bundle")
        }
        for m in t.models where !orgIDs.contains(m.org) || m.ownerMember.map({ !memberIDs.contains($0) }) == true {
            return refuse("Mô hình \(m.name) tham chiếu ra ngoài gói", "Model \(m.name) refers outside the bundle")
        }
        for m in t.meetings where !orgIDs.contains(m.org) || m.attendance.keys.contains(where: { !memberIDs.contains($0) }) {
            return refuse("Buổi sinh hoạt \(m.date.vn) tham chiếu ra ngoài gói", "The meeting of \(m.date.iso) refers outside the bundle")
        }

        // Text the CSV boundary would refuse (control characters, over-long names) is refused here too.
        for o in t.orgs {
            if let p = VietText.problem(in: o.name, limit: TextLimit.name) {
                return refuse("Tên tổ chức \(o.id) \(p.vi)", "The name of org \(o.id) \(p.en)")
            }
        }
        for m in t.members {
            let fields: [(String, String, String, Int)] = [
                ("họ và tên", "full name", m.fullName, TextLimit.name), ("tên gọi", "given name", m.givenName ?? "", TextLimit.name),
                ("họ", "family name", m.familyName ?? "", TextLimit.name), ("số thẻ", "card number", m.cardNo ?? "", TextLimit.name),
                ("nơi cư trú", "residence", m.residence, TextLimit.line), ("nơi công tác", "workplace", m.workplace, TextLimit.line),
                ("điện thoại", "phone", m.phone, TextLimit.line), ("ghi chú", "notes", m.notes, TextLimit.text),
            ]
            for (vi, en, text, limit) in fields {
                if let p = VietText.problem(in: text, limit: limit) {
                    return refuse("Đảng viên \(m.id): \(vi) \(p.vi)", "Member \(m.id): the \(en) \(p.en)")
                }
            }
        }

        // Where it goes.
        var renamedRoot: (from: OrgID, to: OrgID)?
        let oldRoot = state.org(atPath: rootPath)
        if let oldRoot {
            root.parent = state.orgs[oldRoot]!.parent
            if oldRoot != root.id { renamedRoot = (root.id, oldRoot); root.id = oldRoot }
        } else {
            let parentPath = parts.dropLast().joined(separator: " / ")
            guard !parentPath.isEmpty, let parent = state.org(atPath: parentPath) else {
                return refuse("Không tìm thấy “\(rootPath)”\(parts.count > 1 ? " hay “\(parts.dropLast().joined(separator: " / "))”" : "") trong dữ liệu; không gộp được",
                              "Neither “\(rootPath)”\(parts.count > 1 ? " nor “\(parts.dropLast().joined(separator: " / "))”" : "") exists in this data; nothing merged")
            }
            root.parent = parent
        }
        plan.targetPath = oldRoot.map { state.path(of: $0) } ?? rootPath
        func fix(_ id: OrgID) -> OrgID { renamedRoot.map { id == $0.from ? $0.to : id } ?? id }

        // What the subtree holds now.
        let oldOrgs = oldRoot.map { state.subtree(of: $0) } ?? []
        let oldOrgSet = Set(oldOrgs)
        var oldMembers: [MemberID] = []
        for o in oldOrgs { oldMembers.append(contentsOf: state.directMembers(of: o)) }
        let oldMemberSet = Set(oldMembers)
        let oldAssignments = oldMembers.flatMap { state.assignmentIDs(of: $0) }
        let oldPersons = state.persons.values.filter { oldOrgSet.contains($0.org) }.map(\.id)
        let oldModels = state.models.values.filter { oldOrgSet.contains($0.org) }.map(\.id)
        let oldMeetings = state.meetings.values.filter { oldOrgSet.contains($0.org) }.map(\.id)

        // Ids the bundle uses must not belong to records elsewhere. The root counts too: a new
        // path whose root reuses the id of a node elsewhere would move and rename that node.
        var clashes: [String] = []
        let bundleRootID = renamedRoot?.from ?? root.id
        if oldRoot == nil || renamedRoot != nil, let other = state.orgs[bundleRootID], !oldOrgSet.contains(other.id) {
            clashes.append("org \(other.id) (\(state.path(of: other.id)))")
        }
        for o in t.orgs where o.id != bundleRootID && state.orgs[o.id] != nil && !oldOrgSet.contains(o.id) { clashes.append("org \(o.id) (\(o.name))") }
        // The root takes the id of the node it replaces; no other node of the bundle may hold it.
        if let r = renamedRoot, let twin = t.orgs.first(where: { $0.id == r.to }) {
            clashes.append("org \(twin.id) (\(twin.name))")
        }
        for m in t.members where state.members[m.id] != nil && !oldMemberSet.contains(m.id) { clashes.append("member \(m.id) (\(m.fullName))") }
        for a in t.assignments { if let x = state.assignments[a.id], !oldMemberSet.contains(x.member) { clashes.append("assignment \(a.id)") } }
        for p in t.persons { if let x = state.persons[p.id], !oldOrgSet.contains(x.org) { clashes.append("person \(p.id)") } }
        for m in t.models { if let x = state.models[m.id], !oldOrgSet.contains(x.org) { clashes.append("model \(m.id)") } }
        for m in t.meetings { if let x = state.meetings[m.id], !oldOrgSet.contains(x.org) { clashes.append("meeting \(m.id)") } }
        if !clashes.isEmpty {
            let list = clashes.prefix(10).joined(separator: ", ") + (clashes.count > 10 ? ", …" : "")
            return refuse("Mã trong gói trùng với \(clashes.count) hồ sơ ngoài “\(rootPath)”: \(list)",
                          "Ids in the bundle collide with \(clashes.count) records outside “\(rootPath)”: \(list)")
        }

        // Changes: adds and updates parent-first, then removals children-first.
        var changes: [Change] = []
        var orgs = t.orgs.map { o -> Org in
            var o = o
            if o.id == bundleRootID { o = root } else if let p = o.parent { o.parent = fix(p) }
            return o
        }
        let byID = Dictionary(uniqueKeysWithValues: orgs.map { ($0.id, $0) })
        func depth(_ o: Org) -> Int {
            var d = 0, cur = o.parent
            while let c = cur, let p = byID[c], d <= byID.count { d += 1; cur = p.parent }
            return d
        }
        orgs.sort { (depth($0), $0.id) < (depth($1), $1.id) }
        for o in orgs {
            if let old = state.orgs[o.id] {
                if old != o { changes.append(.updateOrg(o)); plan.orgs.updated += 1 }
            } else { changes.append(.addOrg(o)); plan.orgs.added += 1 }
        }
        for var m in t.members {
            m.org = fix(m.org)
            if let old = state.members[m.id] {
                if old != m { changes.append(.updateMember(m)); plan.members.updated += 1 }
            } else { changes.append(.addMember(m)); plan.members.added += 1 }
        }
        for a in t.assignments {
            if let old = state.assignments[a.id] {
                if old != a { changes.append(.updateAssignment(a)); plan.assignments.updated += 1 }
            } else { changes.append(.addAssignment(a)); plan.assignments.added += 1 }
        }
        for var p in t.persons {
            p.org = fix(p.org)
            if let old = state.persons[p.id] {
                if old != p { changes.append(.updatePerson(p)); plan.persons.updated += 1 }
            } else { changes.append(.addPerson(p)); plan.persons.added += 1 }
        }
        for var m in t.models {
            m.org = fix(m.org)
            if let old = state.models[m.id] {
                if old != m { changes.append(.updateModel(m)); plan.models.updated += 1 }
            } else { changes.append(.addModel(m)); plan.models.added += 1 }
        }
        for var m in t.meetings {
            m.org = fix(m.org)
            if let old = state.meetings[m.id] {
                if old != m { changes.append(.updateMeeting(m)); plan.meetings.updated += 1 }
            } else { changes.append(.addMeeting(m)); plan.meetings.added += 1 }
        }
        let keepAssignments = Set(t.assignments.map(\.id)), keepPersons = Set(t.persons.map(\.id))
        let keepModels = Set(t.models.map(\.id)), keepMeetings = Set(t.meetings.map(\.id))
        for id in oldMeetings.sorted() where !keepMeetings.contains(id) { changes.append(.deleteMeeting(id)); plan.meetings.removed += 1 }
        for id in oldModels.sorted() where !keepModels.contains(id) { changes.append(.deleteModel(id)); plan.models.removed += 1 }
        for id in oldPersons.sorted() where !keepPersons.contains(id) { changes.append(.deletePerson(id)); plan.persons.removed += 1 }
        for id in oldAssignments.sorted() where !keepAssignments.contains(id) { changes.append(.deleteAssignment(id)); plan.assignments.removed += 1 }
        for id in oldMembers.sorted() where !memberIDs.contains(id) { changes.append(.deleteMember(id)); plan.members.removed += 1 }
        let keepOrgs = Set(orgs.map(\.id))
        for id in oldOrgs.reversed() where !keepOrgs.contains(id) { changes.append(.deleteOrg(id)); plan.orgs.removed += 1 }

        // Validate the whole batch on a copy, so a refusal names the record.
        var scratch = state
        for c in changes {
            do { try scratch.apply(c) } catch let e as OpError {
                return refuse("Không gộp được (\(c.name)): \(e.vi)", "Cannot merge (\(c.name)): \(e.en)")
            } catch { return refuse("\(error)", "\(error)") }
        }
        let time = Int64((now.timeIntervalSince1970 * 1000).rounded())
        plan.ops = changes.map { Op(time: time, author: author, change: $0) }
        return plan
    }
}
