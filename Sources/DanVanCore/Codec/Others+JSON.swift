// {"id":4,"org":3,"name":"…","introducer":7,"introduced":"…","classDate":"…","admitted":"…","notes":"…"}
// Required: id, org, name.
extension OutstandingPerson {
    public func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", id)
        w.field("org", org)
        w.field("name", name)
        w.field("introducer", omitNil: introducer)
        w.field("introduced", omitNil: introduced)
        w.field("classDate", omitNil: classDate)
        w.field("admitted", omitNil: admitted)
        w.field("notes", omitEmpty: notes)
        w.endObject()
    }

    public init(json r: inout JSONReader) throws {
        let at = r.valueStart()
        try r.beginObject()
        var id: MassID?, org: OrgID?, name: String?, introducer: MemberID?, introduced: Day?, classDate: Day?, admitted: Day?
        var notes = ""
        while let k = try r.nextKey() {
            switch k {
            case "id": id = try r.readID()
            case "org": org = try r.readID()
            case "name": name = try r.readString()
            case "introducer": introducer = try r.readOptionalID()
            case "introduced": introduced = try r.readOptionalDay()
            case "classDate": classDate = try r.readOptionalDay()
            case "admitted": admitted = try r.readOptionalDay()
            case "notes": notes = try r.readString()
            default: try r.skipValue()
            }
        }
        let what = "an outstanding person"
        guard let id else { throw r.missing("id", in: what, at: at) }
        guard let org else { throw r.missing("org", in: what, at: at) }
        guard let name else { throw r.missing("name", in: what, at: at) }
        self.init(id: id, org: org, name: name, introducer: introducer, introduced: introduced, classDate: classDate,
                  admitted: admitted, notes: notes)
    }
}

// {"id":2,"org":3,"ownerMember":7,"name":"…","field":"kinh_te","year":2024,"stage":"dang_ky","description":"…"}
// Required: id, org, name, field, year, stage.
extension MobilizationModel {
    public func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", id)
        w.field("org", org)
        w.field("ownerMember", omitNil: ownerMember)
        w.field("name", name)
        w.field("field", field)
        w.field("year", year)
        w.field("stage", stage)
        w.field("description", omitEmpty: description)
        w.endObject()
    }

    public init(json r: inout JSONReader) throws {
        let at = r.valueStart()
        try r.beginObject()
        var id: ModelID?, org: OrgID?, owner: MemberID?, name: String?, field: ModelField?, year: Int?, stage: ModelStage?
        var description = ""
        while let k = try r.nextKey() {
            switch k {
            case "id": id = try r.readID()
            case "org": org = try r.readID()
            case "ownerMember": owner = try r.readOptionalID()
            case "name": name = try r.readString()
            case "field": field = try r.readCode("field")
            case "year": year = try r.readInt()
            case "stage": stage = try r.readCode("stage")
            case "description": description = try r.readString()
            default: try r.skipValue()
            }
        }
        let what = "a model"
        guard let id else { throw r.missing("id", in: what, at: at) }
        guard let org else { throw r.missing("org", in: what, at: at) }
        guard let name else { throw r.missing("name", in: what, at: at) }
        guard let field else { throw r.missing("field", in: what, at: at) }
        guard let year else { throw r.missing("year", in: what, at: at) }
        guard let stage else { throw r.missing("stage", in: what, at: at) }
        self.init(id: id, org: org, name: name, field: field, year: year, stage: stage, ownerMember: owner,
                  description: description)
    }
}

// {"id":5,"org":3,"date":"2025-01-05","kind":"thuong_ky",
//  "attendance":[{"member":7,"kind":"co_mat"},{"member":8,"kind":"vang_co_ly_do","reason":"ốm"}],
//  "notes":"…","decisions":"…"}
// Required: id, org, date, kind. Attendance is sorted by member id; a member listed twice is an error.
extension Meeting {
    public func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", id)
        w.field("org", org)
        w.field("date", date)
        w.field("kind", kind)
        if !attendance.isEmpty {
            w.key("attendance")
            w.beginArray()
            for m in attendance.keys.sorted() {
                let a = attendance[m]!
                w.beginObject()
                w.field("member", m)
                w.field("kind", a.kind)
                w.field("reason", omitEmpty: a.reason)
                w.endObject()
            }
            w.endArray()
        }
        w.field("notes", omitEmpty: notes)
        w.field("decisions", omitEmpty: decisions)
        // Minutes fields, added later: absent from older files, skipped by older readers.
        w.field("started", omitEmpty: started)
        w.field("ended", omitEmpty: ended)
        w.field("place", omitEmpty: place)
        w.field("chair", omitEmpty: chair)
        w.field("recorder", omitEmpty: recorder)
        w.field("opinions", omitEmpty: opinions)
        w.endObject()
    }

    public init(json r: inout JSONReader) throws {
        let at = r.valueStart()
        try r.beginObject()
        var id: MeetingID?, org: OrgID?, date: Day?, kind: MeetingKind?, notes = "", decisions = ""
        var started = "", ended = "", place = "", chair = "", recorder = "", opinions = ""
        var attendance: [MemberID: Attendance] = [:]
        while let k = try r.nextKey() {
            switch k {
            case "id": id = try r.readID()
            case "org": org = try r.readID()
            case "date": date = try r.readDay()
            case "kind": kind = try r.readCode("meeting kind")
            case "notes": notes = try r.readString()
            case "decisions": decisions = try r.readString()
            case "started": started = try r.readString()
            case "ended": ended = try r.readString()
            case "place": place = try r.readString()
            case "chair": chair = try r.readString()
            case "recorder": recorder = try r.readString()
            case "opinions": opinions = try r.readString()
            case "attendance":
                try r.beginArray()
                while try r.nextElement() {
                    let entryAt = r.valueStart()
                    let (member, a) = try Attendance.readEntry(&r)
                    if attendance.updateValue(a, forKey: member) != nil {
                        throw r.fail("member \(member.raw) is listed twice in the attendance", at: entryAt)
                    }
                }
            default: try r.skipValue()
            }
        }
        let what = "a meeting"
        guard let id else { throw r.missing("id", in: what, at: at) }
        guard let org else { throw r.missing("org", in: what, at: at) }
        guard let date else { throw r.missing("date", in: what, at: at) }
        guard let kind else { throw r.missing("kind", in: what, at: at) }
        self.init(id: id, org: org, date: date, kind: kind, attendance: attendance, notes: notes, decisions: decisions,
                  started: started, ended: ended, place: place, chair: chair, recorder: recorder, opinions: opinions)
    }
}

// {"kind":"vang_co_ly_do","reason":"…"} (inside a meeting: plus "member"). Required: kind.
extension Attendance {
    public func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.field("kind", kind)
        w.field("reason", omitEmpty: reason)
        w.endObject()
    }

    public init(json r: inout JSONReader) throws {
        self = try Attendance.read(&r, withMember: false).1
    }

    /// One entry of a meeting's attendance list: {"member":7,"kind":"co_mat","reason":"…"}.
    static func readEntry(_ r: inout JSONReader) throws -> (MemberID, Attendance) {
        let (member, a) = try read(&r, withMember: true)
        return (member!, a)
    }

    private static func read(_ r: inout JSONReader, withMember: Bool) throws -> (MemberID?, Attendance) {
        let at = r.valueStart()
        try r.beginObject()
        var member: MemberID?, kind: AttendanceKind?, reason = ""
        while let k = try r.nextKey() {
            switch k {
            case "member" where withMember: member = try r.readID()
            case "kind": kind = try r.readCode("attendance kind")
            case "reason": reason = try r.readString()
            default: try r.skipValue()
            }
        }
        if withMember && member == nil { throw r.missing("member", in: "an attendance entry", at: at) }
        guard let kind else { throw r.missing("kind", in: withMember ? "an attendance entry" : "an attendance", at: at) }
        return (member, Attendance(kind: kind, reason: reason))
    }
}
