/// The JSON form of an `Op`, as the write-ahead log stores it: one object per op.
///
/// ```
/// {"t":<ms since 1970>,"by":"<author>","op":"<Change.name>", …payload}
/// ```
/// Payload per change (entity objects as written by their `writeJSON`; `?` = omitted when nil):
///
/// | op | payload |
/// |---|---|
/// | addOrg, updateOrg | `"org":{…}` |
/// | moveOrg | `"id":<org>, "to"?:<new parent>` (absent or null: to the root) |
/// | deleteOrg | `"id":<org>` |
/// | addMember, updateMember | `"member":{…}` |
/// | setMemberStatus | `"id":<member>, "status":{"kind","date"?,"note"?}` |
/// | transferMember | `"id":<member>, "to":<cell>, "date":"yyyy-mm-dd", "note"?:"…"` |
/// | deleteMember | `"id":<member>` |
/// | addAssignment, updateAssignment | `"assignment":{…}` |
/// | endAssignment | `"id":<assignment>, "on":"yyyy-mm-dd"` |
/// | setEvaluation | `"id":<assignment>, "year":<int>, "evaluation"?:{"level","note"?}` (absent: cleared) |
/// | deleteAssignment | `"id":<assignment>` |
/// | addPerson, updatePerson | `"person":{…}` |
/// | deletePerson | `"id":<person>` |
/// | addModel, updateModel | `"model":{…}` |
/// | deleteModel | `"id":<model>` |
/// | addMeeting, updateMeeting | `"meeting":{…}` |
/// | setAttendance | `"id":<meeting>, "member":<member>, "attendance"?:{"kind","reason"?}` (absent: cleared) |
/// | deleteMeeting | `"id":<meeting>` |
///
/// Keys may come in any order and unknown keys are skipped, so logs written by a newer
/// version with extra fields still replay; an unknown "op" name is an error naming it.
public enum OpCodec {
    public static func encode(_ op: Op) -> [UInt8] {
        var w = JSONWriter(capacity: 256)
        write(op, to: &w)
        return w.finish()
    }

    /// Appends the op's JSON to `out` (e.g. after a log record header).
    public static func encode(_ op: Op, into out: inout [UInt8]) {
        // A small writer of its own: taking over a large `out` can cost a copy of it in
        // unoptimized builds, while one small allocation per op costs little.
        var w = JSONWriter(capacity: 512)
        write(op, to: &w)
        w.buffer.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<w.count])) }
    }

    public static func write(_ op: Op, to w: inout JSONWriter) {
        w.beginObject()
        w.field("t", op.time)
        w.field("by", op.author)
        w.key("op")
        w.value(op.change.name)
        switch op.change {
        case .addOrg(let o), .updateOrg(let o):
            w.key("org"); o.writeJSON(to: &w)
        case .moveOrg(let id, let to):
            w.field("id", id); w.field("to", omitNil: to)
        case .deleteOrg(let id):
            w.field("id", id)
        case .addMember(let m), .updateMember(let m):
            w.key("member"); m.writeJSON(to: &w)
        case .setMemberStatus(let id, let status):
            w.field("id", id); w.key("status"); status.writeJSON(to: &w)
        case .transferMember(let id, let to, let date, let note):
            w.field("id", id); w.field("to", to); w.field("date", date); w.field("note", omitEmpty: note)
        case .deleteMember(let id):
            w.field("id", id)
        case .addAssignment(let a), .updateAssignment(let a):
            w.key("assignment"); a.writeJSON(to: &w)
        case .endAssignment(let id, let on):
            w.field("id", id); w.field("on", on)
        case .setEvaluation(let id, let year, let e):
            w.field("id", id); w.field("year", year)
            if let e { w.key("evaluation"); e.writeJSON(to: &w) }
        case .deleteAssignment(let id):
            w.field("id", id)
        case .addPerson(let p), .updatePerson(let p):
            w.key("person"); p.writeJSON(to: &w)
        case .deletePerson(let id):
            w.field("id", id)
        case .addModel(let m), .updateModel(let m):
            w.key("model"); m.writeJSON(to: &w)
        case .deleteModel(let id):
            w.field("id", id)
        case .addMeeting(let m), .updateMeeting(let m):
            w.key("meeting"); m.writeJSON(to: &w)
        case .setAttendance(let meeting, let member, let a):
            w.field("id", meeting); w.field("member", member)
            if let a { w.key("attendance"); a.writeJSON(to: &w) }
        case .deleteMeeting(let id):
            w.field("id", id)
        }
        w.endObject()
    }

    public static func decode(_ bytes: [UInt8]) throws -> Op {
        try JSONReader.read(bytes) { r in try read(from: &r) }
    }

    public static func decode(_ bytes: UnsafeRawBufferPointer) throws -> Op {
        try JSONReader.read(bytes) { r in try read(from: &r) }
    }

    /// Reads one op object at the reader's position.
    public static func read(from r: inout JSONReader) throws -> Op {
        let at = r.valueStart()
        try r.beginObject()
        var time: Int64?, author: String?, kind: OpKind?, kindAt = at
        // One slot for the entity, whatever its type: cheaper than six large optionals.
        var entity: EntityPayload?
        var id: UInt64?, to: UInt64?, date: Day?, note = "", on: Day?, year: Int?
        var status: MemberStatus?, evaluation: Evaluation?, attendance: Attendance?, memberID: MemberID?
        while let k = try r.nextKey() {
            switch k {
            case "t": time = try r.readInt64()
            case "by": author = try r.readString()
            case "op":
                kindAt = r.valueStart()
                kind = try r.withStringBytes { OpKind.table.lookup($0) }
                if kind == nil {
                    r.offset = kindAt
                    throw r.fail("unknown op \"\(try r.readString())\"", at: kindAt)
                }
            case "org": entity = .org(try Org(json: &r))
            case "member":
                // An entity for addMember/updateMember, an id for setAttendance.
                if r.peek() == UInt8(ascii: "{") { entity = .member(try Member(json: &r)) } else { memberID = try r.readID() }
            case "assignment": entity = .assignment(try Assignment(json: &r))
            case "person": entity = .person(try OutstandingPerson(json: &r))
            case "model": entity = .model(try MobilizationModel(json: &r))
            case "meeting": entity = .meeting(try Meeting(json: &r))
            case "id": id = try r.readUInt64()
            case "to": to = r.readNull() ? nil : try r.readUInt64()
            case "date": date = try r.readDay()
            case "note": note = try r.readString()
            case "on": on = try r.readDay()
            case "year": year = try r.readInt()
            case "status": status = try MemberStatus(json: &r)
            case "evaluation": evaluation = r.readNull() ? nil : try Evaluation(json: &r)
            case "attendance": attendance = r.readNull() ? nil : try Attendance(json: &r)
            default: try r.skipValue()
            }
        }
        guard let time else { throw r.missing("t", in: "an op", at: at) }
        guard let author else { throw r.missing("by", in: "an op", at: at) }
        guard let kind else { throw r.missing("op", in: "an op", at: at) }
        let what = "a \(kind.rawValue) op"
        func need<T>(_ v: T?, _ key: StaticString) throws -> T {
            guard let v else { throw r.missing(key, in: what, at: at) }
            return v
        }
        var org: Org? { if case .org(let v)? = entity { v } else { nil } }
        var member: Member? { if case .member(let v)? = entity { v } else { nil } }
        var assignment: Assignment? { if case .assignment(let v)? = entity { v } else { nil } }
        var person: OutstandingPerson? { if case .person(let v)? = entity { v } else { nil } }
        var model: MobilizationModel? { if case .model(let v)? = entity { v } else { nil } }
        var meeting: Meeting? { if case .meeting(let v)? = entity { v } else { nil } }
        let change: Change
        switch kind {
        case .addOrg: change = .addOrg(try need(org, "org"))
        case .updateOrg: change = .updateOrg(try need(org, "org"))
        case .moveOrg: change = .moveOrg(OrgID(try need(id, "id")), to: to.map(OrgID.init))
        case .deleteOrg: change = .deleteOrg(OrgID(try need(id, "id")))
        case .addMember: change = .addMember(try need(member, "member"))
        case .updateMember: change = .updateMember(try need(member, "member"))
        case .setMemberStatus: change = .setMemberStatus(MemberID(try need(id, "id")), try need(status, "status"))
        case .transferMember:
            change = .transferMember(MemberID(try need(id, "id")), to: OrgID(try need(to, "to")), date: try need(date, "date"),
                                     note: note)
        case .deleteMember: change = .deleteMember(MemberID(try need(id, "id")))
        case .addAssignment: change = .addAssignment(try need(assignment, "assignment"))
        case .updateAssignment: change = .updateAssignment(try need(assignment, "assignment"))
        case .endAssignment: change = .endAssignment(AssignmentID(try need(id, "id")), on: try need(on, "on"))
        case .setEvaluation:
            change = .setEvaluation(AssignmentID(try need(id, "id")), year: try need(year, "year"), evaluation)
        case .deleteAssignment: change = .deleteAssignment(AssignmentID(try need(id, "id")))
        case .addPerson: change = .addPerson(try need(person, "person"))
        case .updatePerson: change = .updatePerson(try need(person, "person"))
        case .deletePerson: change = .deletePerson(MassID(try need(id, "id")))
        case .addModel: change = .addModel(try need(model, "model"))
        case .updateModel: change = .updateModel(try need(model, "model"))
        case .deleteModel: change = .deleteModel(ModelID(try need(id, "id")))
        case .addMeeting: change = .addMeeting(try need(meeting, "meeting"))
        case .updateMeeting: change = .updateMeeting(try need(meeting, "meeting"))
        case .setAttendance:
            change = .setAttendance(MeetingID(try need(id, "id")), try need(memberID, "member"), attendance)
        case .deleteMeeting: change = .deleteMeeting(MeetingID(try need(id, "id")))
        }
        return Op(time: time, author: author, change: change)
    }
}

/// Decodes a run of ops (log replay) with one cache shared by all of them, so texts that
/// recur from op to op (the author, a repeated content or area) are allocated once.
/// Not for concurrent use: give each thread its own.
public final class OpDecoder {
    let cache = StringCache(bits: 10)

    public init() {}

    public func decode(_ bytes: UnsafeRawBufferPointer) throws -> Op {
        var r = JSONReader(unsafeBytes: bytes)
        r.stringCache = cache
        let op = try OpCodec.read(from: &r)
        try r.expectEnd()
        return op
    }

    public func decode(_ bytes: [UInt8]) throws -> Op {
        try bytes.withUnsafeBytes { try decode($0) }
    }
}

enum EntityPayload {
    case org(Org), member(Member), assignment(Assignment), person(OutstandingPerson), model(MobilizationModel)
    case meeting(Meeting)
}

/// The op names of `Change.name`, matched from bytes.
enum OpKind: String, CaseIterable, Coded {
    case addOrg, updateOrg, moveOrg, deleteOrg
    case addMember, updateMember, setMemberStatus, transferMember, deleteMember
    case addAssignment, updateAssignment, endAssignment, setEvaluation, deleteAssignment
    case addPerson, updatePerson, deletePerson
    case addModel, updateModel, deleteModel
    case addMeeting, updateMeeting, setAttendance, deleteMeeting

    var vi: String { rawValue }
    var en: String { rawValue }
    static let table = CodeTable<OpKind>()
}
