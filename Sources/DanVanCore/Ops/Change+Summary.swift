extension Change {
    /// One line saying what the change does, naming records by name where `state` (the
    /// state the change applies to) still knows them. Used by the audit log and undo.
    public func summary(in state: State, _ lang: Lang) -> String {
        let vi = lang == .vi
        func org(_ id: OrgID?) -> String {
            guard let id else { return vi ? "gốc" : "the top" }
            return state.orgs[id]?.name ?? "#\(id)"
        }
        func member(_ id: MemberID) -> String { state.members[id]?.fullName ?? "#\(id)" }
        func assignment(_ id: AssignmentID) -> String {
            guard let a = state.assignments[id] else { return "#\(id)" }
            return "\(member(a.member)) – \(a.targetGroup.label(lang))"
        }
        switch self {
        case .addOrg(let o): return vi ? "Thêm \(o.level.vi.lowercased()) \(o.name) vào \(org(o.parent))" : "Add \(o.level.en.lowercased()) \(o.name) under \(org(o.parent))"
        case .updateOrg(let o): return vi ? "Sửa tổ chức \(o.name)" : "Edit node \(o.name)"
        case .moveOrg(let id, let to): return vi ? "Chuyển \(org(id)) về \(org(to))" : "Move \(org(id)) under \(org(to))"
        case .deleteOrg(let id): return vi ? "Xóa tổ chức \(org(id))" : "Delete node \(org(id))"
        case .addMember(let m): return vi ? "Thêm đảng viên \(m.fullName) vào \(org(m.org))" : "Add member \(m.fullName) to \(org(m.org))"
        case .updateMember(let m): return vi ? "Sửa thông tin đảng viên \(m.fullName)" : "Edit member \(m.fullName)"
        case .setMemberStatus(let id, let s): return vi ? "Đổi trạng thái \(member(id)): \(s.kind.vi)" : "Set status of \(member(id)): \(s.kind.en)"
        case .transferMember(let id, let to, _, _): return vi ? "Chuyển sinh hoạt \(member(id)) sang \(org(to))" : "Transfer \(member(id)) to \(org(to))"
        case .deleteMember(let id): return vi ? "Xóa đảng viên \(member(id))" : "Delete member \(member(id))"
        case .addAssignment(let a): return vi ? "Phân công \(member(a.member)): \(a.targetGroup.vi)" : "Assign \(member(a.member)): \(a.targetGroup.en)"
        case .updateAssignment(let a): return vi ? "Sửa phân công của \(member(a.member))" : "Edit assignment of \(member(a.member))"
        case .endAssignment(let id, let d): return vi ? "Kết thúc phân công \(assignment(id)) ngày \(d.vn)" : "End assignment \(assignment(id)) on \(d.iso)"
        case .setEvaluation(let id, let y, let e):
            if let e { return vi ? "Đánh giá năm \(y) cho \(assignment(id)): \(e.level.vi)" : "Evaluate \(assignment(id)) for \(y): \(e.level.en)" }
            return vi ? "Bỏ đánh giá năm \(y) của \(assignment(id))" : "Clear the \(y) evaluation of \(assignment(id))"
        case .deleteAssignment(let id): return vi ? "Xóa phân công \(assignment(id))" : "Delete assignment \(assignment(id))"
        case .addPerson(let p): return vi ? "Thêm quần chúng ưu tú \(p.name)" : "Add outstanding non-member \(p.name)"
        case .updatePerson(let p): return vi ? "Sửa quần chúng ưu tú \(p.name)" : "Edit outstanding non-member \(p.name)"
        case .deletePerson(let id): return vi ? "Xóa quần chúng ưu tú \(state.persons[id]?.name ?? "#\(id)")" : "Delete outstanding non-member \(state.persons[id]?.name ?? "#\(id)")"
        case .addModel(let m): return vi ? "Đăng ký mô hình \(m.name)" : "Register model \(m.name)"
        case .updateModel(let m): return vi ? "Sửa mô hình \(m.name)" : "Edit model \(m.name)"
        case .deleteModel(let id): return vi ? "Xóa mô hình \(state.models[id]?.name ?? "#\(id)")" : "Delete model \(state.models[id]?.name ?? "#\(id)")"
        case .addMeeting(let m): return vi ? "Thêm buổi sinh hoạt \(org(m.org)) ngày \(m.date.vn)" : "Add meeting of \(org(m.org)) on \(m.date.iso)"
        case .updateMeeting(let m): return vi ? "Sửa biên bản \(org(m.org)) ngày \(m.date.vn)" : "Edit meeting of \(org(m.org)) on \(m.date.iso)"
        case .setAttendance(_, let mid, let a):
            let what = a.map { $0.kind.label(lang) } ?? (vi ? "chưa điểm danh" : "not marked")
            return vi ? "Điểm danh \(member(mid)): \(what)" : "Attendance of \(member(mid)): \(what)"
        case .deleteMeeting(let id):
            let m = state.meetings[id]
            return vi ? "Xóa buổi sinh hoạt \(m.map { $0.date.vn } ?? "#\(id)")" : "Delete meeting \(m.map { $0.date.iso } ?? "#\(id)")"
        }
    }
}

extension Array where Element == Change {
    /// A line for a batch: the first change's summary, and how many more there are.
    public func summary(in state: State, _ lang: Lang) -> String {
        guard let first else { return "" }
        let head = first.summary(in: state, lang)
        guard count > 1 else { return head }
        return lang == .vi ? "\(head) (và \(count - 1) thay đổi khác)" : "\(head) (and \(count - 1) more changes)"
    }
}
