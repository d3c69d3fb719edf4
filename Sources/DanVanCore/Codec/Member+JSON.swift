// {"id":7,"org":3,"cardNo":"…","fullName":"…","givenName":"…","familyName":"…","gender":"nu","birthDate":"1980-01-02",
//  "joinedDate":"…","fullMemberDate":"…","kind":"chinh_thuc","status":{"kind":"dang_sinh_hoat","date":"…","note":"…"},
//  "role":"dang_vien","residence":"…","workplace":"…","phone":"…","notes":"…",
//  "history":[{"from":1,"to":3,"date":"2020-05-01","note":"…"}]}
// Required: id, org, fullName, kind, status (its kind), role. Optional strings (cardNo, givenName, familyName;
// the last absent in snapshots written before it existed) are
// written whenever they are set, even empty, so nil and "" stay apart.
extension Member {
    public func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", id)
        w.field("org", org)
        w.field("cardNo", omitNil: cardNo)
        w.field("fullName", fullName)
        w.field("givenName", omitNil: givenName)
        w.field("familyName", omitNil: familyName)
        w.field("gender", omitNil: gender)
        w.field("birthDate", omitNil: birthDate)
        w.field("joinedDate", omitNil: joinedDate)
        w.field("fullMemberDate", omitNil: fullMemberDate)
        w.field("kind", kind)
        w.key("status")
        status.writeJSON(to: &w)
        w.field("role", role)
        w.field("residence", omitEmpty: residence)
        w.field("workplace", omitEmpty: workplace)
        w.field("phone", omitEmpty: phone)
        w.field("notes", omitEmpty: notes)
        if !history.isEmpty {
            w.key("history")
            w.beginArray()
            for t in history { t.writeJSON(to: &w) }
            w.endArray()
        }
        w.endObject()
    }

    public init(json r: inout JSONReader) throws {
        let at = r.valueStart()
        try r.beginObject()
        var id: MemberID?, org: OrgID?, fullName: String?, kind: MemberKind?, status: MemberStatus?, role: MemberRole?
        var cardNo: String?, givenName: String?, familyName: String?, gender: Gender?, birthDate: Day?, joinedDate: Day?, fullMemberDate: Day?
        var residence = "", workplace = "", phone = "", notes = ""
        var history: [Transfer] = []
        while let k = try r.nextKey() {
            switch k {
            case "id": id = try r.readID()
            case "org": org = try r.readID()
            case "cardNo": cardNo = try r.readOptionalString()
            case "fullName": fullName = try r.readString()
            case "givenName": givenName = try r.readOptionalString()
            case "familyName": familyName = try r.readOptionalString()
            case "gender": gender = try r.readOptionalCode("gender")
            case "birthDate": birthDate = try r.readOptionalDay()
            case "joinedDate": joinedDate = try r.readOptionalDay()
            case "fullMemberDate": fullMemberDate = try r.readOptionalDay()
            case "kind": kind = try r.readCode("kind")
            case "status": status = try MemberStatus(json: &r)
            case "role": role = try r.readCode("role")
            case "residence": residence = try r.readString()
            case "workplace": workplace = try r.readString()
            case "phone": phone = try r.readString()
            case "notes": notes = try r.readString()
            case "history":
                try r.beginArray()
                while try r.nextElement() { history.append(try Transfer(json: &r)) }
            default: try r.skipValue()
            }
        }
        let what = "a member"
        guard let id else { throw r.missing("id", in: what, at: at) }
        guard let org else { throw r.missing("org", in: what, at: at) }
        guard let fullName else { throw r.missing("fullName", in: what, at: at) }
        guard let kind else { throw r.missing("kind", in: what, at: at) }
        guard let status else { throw r.missing("status", in: what, at: at) }
        guard let role else { throw r.missing("role", in: what, at: at) }
        self.init(id: id, org: org, fullName: fullName, cardNo: cardNo, givenName: givenName, gender: gender,
                  birthDate: birthDate, joinedDate: joinedDate, fullMemberDate: fullMemberDate, kind: kind,
                  status: status, role: role, residence: residence, workplace: workplace, phone: phone,
                  notes: notes, history: history, familyName: familyName)
    }
}

// {"kind":"mien_sinh_hoat","date":"2024-01-01","note":"…"}. Required: kind.
extension MemberStatus {
    public func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.field("kind", kind)
        w.field("date", omitNil: date)
        w.field("note", omitEmpty: note)
        w.endObject()
    }

    public init(json r: inout JSONReader) throws {
        let at = r.valueStart()
        try r.beginObject()
        var kind: StatusKind?, date: Day?, note = ""
        while let k = try r.nextKey() {
            switch k {
            case "kind": kind = try r.readCode("status kind")
            case "date": date = try r.readOptionalDay()
            case "note": note = try r.readString()
            default: try r.skipValue()
            }
        }
        guard let kind else { throw r.missing("kind", in: "a member status", at: at) }
        self.init(kind: kind, date: date, note: note)
    }
}

// {"from":1,"to":3,"date":"2020-05-01","note":"…"}. Required: from, to, date.
extension Transfer {
    public func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.field("from", from)
        w.field("to", to)
        w.field("date", date)
        w.field("note", omitEmpty: note)
        w.endObject()
    }

    public init(json r: inout JSONReader) throws {
        let at = r.valueStart()
        try r.beginObject()
        var from: OrgID?, to: OrgID?, date: Day?, note = ""
        while let k = try r.nextKey() {
            switch k {
            case "from": from = try r.readID()
            case "to": to = try r.readID()
            case "date": date = try r.readDay()
            case "note": note = try r.readString()
            default: try r.skipValue()
            }
        }
        guard let from else { throw r.missing("from", in: "a transfer", at: at) }
        guard let to else { throw r.missing("to", in: "a transfer", at: at) }
        guard let date else { throw r.missing("date", in: "a transfer", at: at) }
        self.init(from: from, to: to, date: date, note: note)
    }
}
