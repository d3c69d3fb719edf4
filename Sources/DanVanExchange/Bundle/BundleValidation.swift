import DanVanCore

/// The checks a bundle must pass on its own, before the data it goes into is looked at: every
/// id once per table, names that can be addressed by a path, one root that every node hangs
/// from. A merge that skipped them could trap ("Duplicate values for key") or let the last of
/// two records silently win.
extension OrgBundle {
    /// Everything wrong with the bundle by itself, each in both languages; empty when it is sound.
    public func problems() -> [(vi: String, en: String)] {
        var out: [(vi: String, en: String)] = []
        let t = tables
        func duplicates<E>(_ ids: [ID<E>], _ kind: EntityKind) {
            var seen = Set<ID<E>>(), twice: [UInt64] = []
            for id in ids where !seen.insert(id).inserted { twice.append(id.raw) }
            guard !twice.isEmpty else { return }
            let list = Self.sample(Array(Set(twice)).sorted().map(String.init))
            out.append(("Gói có \(kind.vi) trùng mã (mỗi mã chỉ được một lần): \(list)",
                        "The bundle holds the same \(kind.en) id more than once: \(list)"))
        }
        duplicates(t.orgs.map(\.id), .org)
        duplicates(t.members.map(\.id), .member)
        duplicates(t.assignments.map(\.id), .assignment)
        duplicates(t.persons.map(\.id), .person)
        duplicates(t.models.map(\.id), .model)
        duplicates(t.meetings.map(\.id), .meeting)

        for o in t.orgs {
            if let e = OrgName.problem(o.name) { out.append(("Tổ chức \(o.id): \(e.vi)", "Node \(o.id): \(e.en)")) }
            if o.name.isEmpty { out.append(("Tổ chức \(o.id) không có tên", "Node \(o.id) has no name")) }
        }
        let parts = rootPath.split(separator: OrgName.separator, omittingEmptySubsequences: false)
            .map { VietText.clean(String($0)) }
        if parts.contains(where: \.isEmpty) {
            out.append(("Đường dẫn gốc “\(rootPath)” có tên rỗng", "The root path “\(rootPath)” has an empty name in it"))
        }

        // One root, and every node reaches it (no loop of nodes parenting each other).
        let tops = self.tops
        if tops.count != 1 {
            out.append(("Gói phải có đúng một nút gốc (có \(tops.count))", "The bundle must have exactly one root node (it has \(tops.count))"))
        } else if out.isEmpty {
            var parent: [OrgID: OrgID] = [:]
            for o in t.orgs { if let p = o.parent { parent[o.id] = p } }
            let root = tops[0].id
            var loose: [String] = []
            for o in t.orgs where o.id != root {
                var cur = o.id, steps = 0
                while cur != root, let p = parent[cur], steps <= t.orgs.count { cur = p; steps += 1 }
                if cur != root { loose.append("\(o.id) (\(o.name))") }
            }
            if !loose.isEmpty {
                let list = Self.sample(loose)
                out.append(("Các tổ chức không thuộc nút gốc của gói (vòng lặp cấp trên): \(list)",
                            "Nodes that do not hang from the bundle's root (their parents form a loop): \(list)"))
            }
        }
        return out
    }

    static func sample(_ items: [String]) -> String {
        items.prefix(10).joined(separator: ", ") + (items.count > 10 ? ", … (\(items.count))" : "")
    }
}
