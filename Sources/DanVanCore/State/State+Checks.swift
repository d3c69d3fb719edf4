/// The rules an op must keep. Each throws an `OpError` naming the field and the reason.
extension State {
    func checkOrg(_ o: Org, old: Org?) throws {
        if o.name.isEmpty { throw OpError.empty(.name) }
        if let pid = o.parent {
            guard let parent = orgs[pid] else { throw OpError.unknown(.org, pid.raw) }
            if parent.level.isCell {
                throw OpError(.cellHasNoChildren, vi: "\(parent.name) là chi bộ, không thể chứa tổ chức khác",
                              en: "\(parent.name) is a cell and cannot hold other nodes")
            }
            if !o.level.canSit(under: parent.level) {
                throw OpError(.levelNotAllowed, vi: "\(o.level.vi) không thể trực thuộc \(parent.level.vi)",
                              en: "A \(o.level.en.lowercased()) cannot sit under a \(parent.level.en.lowercased())")
            }
            if let old, isInSubtree(pid, of: old.id) {
                throw OpError(.cycle, vi: "Không thể chuyển \(o.name) vào trong chính nó",
                              en: "Cannot move \(o.name) inside itself")
            }
        }
        guard let old else { return }
        if o.level.isCell && !children(of: o.id).isEmpty {
            throw OpError(.cellHasNoChildren, vi: "\(o.name) còn tổ chức trực thuộc nên không thể là chi bộ",
                          en: "\(o.name) still holds other nodes, so it cannot be a cell")
        }
        if !o.level.isCell && old.level.isCell && (!directMembers(of: o.id).isEmpty || holdsCellRecords(o.id)) {
            throw OpError(.notACell, vi: "\(o.name) còn đảng viên nên phải là chi bộ",
                          en: "\(o.name) still holds members, so it must stay a cell")
        }
        for child in children(of: o.id) where !(orgs[child]!.level.canSit(under: o.level)) {
            throw OpError(.levelNotAllowed, vi: "\(orgs[child]!.name) không thể trực thuộc \(o.level.vi)",
                          en: "\(orgs[child]!.name) cannot sit under a \(o.level.en.lowercased())")
        }
    }

    private func holdsCellRecords(_ id: OrgID) -> Bool {
        persons.values.contains { $0.org == id } || meetings.values.contains { $0.org == id }
    }

    func checkOrgEmpty(_ o: Org) throws {
        let kids = children(of: o.id).count
        let mems = directMembers(of: o.id).count
        let others = persons.values.filter { $0.org == o.id }.count + models.values.filter { $0.org == o.id }.count
            + meetings.values.filter { $0.org == o.id }.count
        guard kids == 0 && mems == 0 && others == 0 else {
            throw OpError(.orgNotEmpty,
                          vi: "\(o.name) còn \(kids) tổ chức, \(mems) đảng viên và \(others) hồ sơ khác; không thể xóa",
                          en: "\(o.name) still holds \(kids) nodes, \(mems) members and \(others) other records; cannot delete")
        }
    }

    private func requireCell(_ id: OrgID) throws {
        guard let o = orgs[id] else { throw OpError.unknown(.org, id.raw) }
        guard o.level.isCell else {
            throw OpError(.notACell, vi: "\(o.name) không phải là chi bộ; chỉ chi bộ mới có đảng viên",
                          en: "\(o.name) is not a cell; only cells hold members")
        }
    }

    func checkMember(_ m: Member, old: Member?) throws {
        if m.fullName.isEmpty { throw OpError.empty(.fullName) }
        try requireCell(m.org)
        try checkStatus(m.status)
        if let key = State.cardKey(m.cardNo), let holder = cardIndex[key], holder != m.id {
            throw State.duplicateCardError(m.cardNo!, holder: members[holder]?.fullName ?? "?")
        }
        // A date known to the month or year is refused only when it is certainly out of order.
        if let b = m.birthDate, let j = m.joinedDate, j.lastDay <= b.firstDay { throw OpError.order(.birthDate, .joinedDate) }
        if let j = m.joinedDate, let f = m.fullMemberDate, f.lastDay < j.firstDay { throw OpError.order(.joinedDate, .fullMemberDate) }
        if let j = m.joinedDate, let d = m.status.date, m.status.kind != .active, d.lastDay < j.firstDay {
            throw OpError.order(.joinedDate, .statusDate)
        }
        for t in m.history where !t.date.isExact { throw State.partialDate(.date, t.date) }
        try checkNameParts(m)
        for t in m.history {
            guard orgs[t.from] != nil || old?.history.contains(t) == true else { throw OpError.unknown(.org, t.from.raw) }
        }
    }

    /// The given and family names, when set, are whole words of the full name and do not overlap.
    func checkNameParts(_ m: Member) throws {
        if let g = m.givenName, !g.isEmpty {
            guard NameParts.isWords(g, of: m.fullName), g.split(separator: " ").count < m.fullName.split(separator: " ").count else {
                throw OpError.invalid(.givenName, vi: "phải là một hay mấy chữ liền nhau của họ và tên (không phải cả tên)",
                                      en: "must be one or more consecutive words of the full name (not all of it)")
            }
        }
        if let f = m.familyName, !f.isEmpty {
            guard NameParts.isWords(f, of: m.fullName) else {
                throw OpError.invalid(.familyName, vi: "phải là một hay mấy chữ liền nhau của họ và tên",
                                      en: "must be one or more consecutive words of the full name")
            }
            let p = m.nameParts
            guard p.family == f else {
                throw OpError.invalid(.familyName, vi: "trùng với tên gọi", en: "overlaps the given name")
            }
        }
    }

    /// An exemption has its reason. The date a status began may be unknown: rosters list
    /// exempt and departed members without one, and a guessed date would be a false fact.
    func checkStatus(_ status: MemberStatus) throws {
        if status.kind == .exempt && status.note.isEmpty { throw OpError.empty(.reason) }
    }

    /// Whether a member may be deleted as entered by mistake: nothing refers to them
    /// (`checkMemberUnreferenced`) and their record has no history — no status change and no
    /// transfer — which would mean a real member, to be marked transferred or deceased
    /// instead. The delete op itself checks only references, so undoing an import (whose
    /// members may arrive exempt) and replaying the log keep working.
    public func checkDeletableByMistake(_ id: MemberID) throws {
        guard let m = members[id] else { throw OpError.unknown(.member, id.raw) }
        try checkMemberUnreferenced(m)
        if m.status.kind != .active || !m.history.isEmpty {
            throw OpError(.memberReferenced,
                          vi: "\(m.fullName) đã có lịch sử trạng thái hoặc chuyển sinh hoạt; không xóa được, hãy ghi chuyển đi hoặc từ trần",
                          en: "\(m.fullName) has a status or transfer history; cannot delete — record a transfer or death instead")
        }
    }

    func checkMemberUnreferenced(_ m: Member) throws {
        var what: [(String, String)] = []
        let a = assignmentIDs(of: m.id).count
        if a > 0 { what.append(("\(a) phân công", "\(a) assignments")) }
        let p = persons.values.filter { $0.introducer == m.id }.count
        if p > 0 { what.append(("\(p) quần chúng được giới thiệu", "\(p) introduced non-members")) }
        let mo = models.values.filter { $0.ownerMember == m.id }.count
        if mo > 0 { what.append(("\(mo) mô hình", "\(mo) models")) }
        let me = meetings.values.filter { $0.attendance[m.id] != nil }.count
        if me > 0 { what.append(("điểm danh ở \(me) buổi sinh hoạt", "attendance at \(me) meetings")) }
        guard what.isEmpty else {
            throw OpError(.memberReferenced,
                          vi: "\(m.fullName) còn \(what.map(\.0).joined(separator: ", ")); không thể xóa",
                          en: "\(m.fullName) still has \(what.map(\.1).joined(separator: ", ")); cannot delete")
        }
    }

    /// The rules for an assignment made or edited from now on, beyond what every stored
    /// record meets: it must say what the work is. Forms, quick-assign and imports call it;
    /// replaying the log, undo and bundle merges do not, so records written before the rule
    /// stay readable.
    public func checkNew(_ a: Assignment) throws {
        try checkAssignment(a)
        try Assignment.requireContent(a.content)
    }

    func checkAssignment(_ a: Assignment) throws {
        guard members[a.member] != nil else { throw OpError.unknown(.member, a.member.raw) }
        // An assignment's days bound the years it counts in: they are whole dates.
        if !a.from.isExact { throw State.partialDate(.from, a.from) }
        if let to = a.to, !to.isExact { throw State.partialDate(.to, to) }
        if let to = a.to, to < a.from { throw OpError.order(.from, .to) }
        if let h = a.households, h < 0 {
            throw OpError.invalid(.households, vi: "không được âm", en: "must not be negative")
        }
    }

    func checkPerson(_ p: OutstandingPerson) throws {
        if p.name.isEmpty { throw OpError.empty(.name) }
        guard orgs[p.org] != nil else { throw OpError.unknown(.org, p.org.raw) }
        if let i = p.introducer, members[i] == nil { throw OpError.unknown(.member, i.raw) }
        if let a = p.introduced, let b = p.classDate, b.lastDay < a.firstDay { throw OpError.order(.introduced, .classDate) }
        if let b = p.classDate, let c = p.admitted, c.lastDay < b.firstDay { throw OpError.order(.classDate, .admitted) }
        if let a = p.introduced, let c = p.admitted, c.lastDay < a.firstDay { throw OpError.order(.introduced, .admitted) }
    }

    func checkModel(_ m: MobilizationModel) throws {
        if m.name.isEmpty { throw OpError.empty(.name) }
        guard orgs[m.org] != nil else { throw OpError.unknown(.org, m.org.raw) }
        if let o = m.ownerMember, members[o] == nil { throw OpError.unknown(.member, o.raw) }
        guard (1900...9999).contains(m.year) else {
            throw OpError.invalid(.year, vi: "\(m.year) không phải là năm hợp lệ", en: "\(m.year) is not a valid year")
        }
    }

    func checkMeeting(_ m: Meeting) throws {
        try requireCell(m.org)
        if !m.date.isExact { throw State.partialDate(.date, m.date) }
        if !m.started.isEmpty && Meeting.minutesOfDay(m.started) == nil { throw Meeting.badTime(.started) }
        if !m.ended.isEmpty && Meeting.minutesOfDay(m.ended) == nil { throw Meeting.badTime(.ended) }
        for id in m.attendance.keys where members[id] == nil { throw OpError.unknown(.member, id.raw) }
    }

    /// Meetings, assignments and transfers happen on a day: a date known only to the month
    /// or year is kept for what people remember (births, joinings, statuses), not for these.
    static func partialDate(_ field: Field, _ d: Day) -> OpError {
        OpError.invalid(field, vi: "“\(d.vn)” thiếu ngày: cần đủ ngày, tháng, năm", en: "“\(d.iso)” lacks the day: day, month and year are needed")
    }
}
