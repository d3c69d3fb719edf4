import DanVanCore

extension AppState {
    /// The tree's commands.
    mutating func run(_ command: TreeCommand) -> [Effect] {
        switch command {
        case .expandNode:
            if let row = currentTreeRow, row.hasChildren { expanded.insert(row.id) }
        case .collapseNode:
            if let row = currentTreeRow {
                if row.isExpanded { expanded.remove(row.id) } else { selectParent() }
            }
        case .toggleNode:
            if let row = currentTreeRow, row.hasChildren {
                if row.isExpanded { expanded.remove(row.id) } else { expanded.insert(row.id) }
            }
        case .newOrg:
            overlay = nil
            guard mayEdit() else { return [] }
            var parent = showsWelcome ? nil : selectedOrg
            if let p = parent, data.orgs[p]!.level.isCell { parent = data.orgs[p]!.parent }
            form = OrgForm.make(parent: parent, parentLevel: parent.flatMap { data.orgs[$0]?.level })
        case .editOrg: editSelectedOrg()
        case .moveOrg: openMoveOrg()
        case .deleteOrg: askDeleteOrg()
        }
        return []
    }

    mutating func editSelectedOrg() {
        guard mayEdit(), let id = selectedOrg, let o = data.orgs[id] else { return }
        form = EditForms.org(o, parentLevel: o.parent.flatMap { data.orgs[$0]?.level })
    }

    /// `M`: pick the new parent among the nodes that may hold this one (not itself or below).
    mutating func openMoveOrg() {
        guard mayEdit(), let id = selectedOrg, let o = data.orgs[id] else { return }
        let inside = Set(data.subtree(of: id))
        var index = FinderIndex()
        for pid in allOrgsInTreeOrder() where !inside.contains(pid) && pid != o.parent {
            guard let p = data.orgs[pid], !p.level.isCell, o.level.canSit(under: p.level) else { continue }
            index.orgs.append((pid, p.name, finderDetail(of: pid)))
        }
        guard !index.orgs.isEmpty else {
            status = StatusMessage(Strings.UI.noParentChoice.text(lang), .warning)
            return
        }
        openFinder(.moveOrg(id), title: .pickParentTitle, index: index)
    }

    /// Delete (or `D`): only an empty node, and only after y/c.
    mutating func askDeleteOrg() {
        guard mayEdit(), let id = selectedOrg else { return }
        do {
            _ = try data.applying(.deleteOrg(id))
        } catch let e as OpError {
            status = StatusMessage(e.message(lang), .error)
            return
        } catch { return }
        overlay = .confirm(Confirmation(purpose: .deleteOrg(id)))
    }

    func buildOrg(_ id: OrgID, _ f: inout Form) -> [Change]? {
        f.clearErrors()
        f.checkRequired()
        guard !f.hasErrors, var o = data.orgs[id], let level = OrgLevel(rawValue: f.value("level")) else { return nil }
        o.name = f.value("name")
        if let e = OrgName.problem(o.name), let i = f.fields.firstIndex(where: { $0.key == "name" }) {
            f.fields[i].errorText = e.message(lang)
            f.focus = i
            return nil
        }
        o.level = level
        o.unitKind = UnitKind(rawValue: f.value("unitKind"))
        o.term = f.value("term")
        OrgForm.readDocumentFields(f, into: &o)
        return [.updateOrg(o)]
    }
}
