// {"id":9,"member":7,"targetGroup":"ho_dan","area":"Tổ 5","households":12,"content":"…","place":"noi_cu_tru",
//  "source":"phan_cong","from":"2024-01-01","to":"2024-12-31","resolution":"NQ 05",
//  "evaluations":{"2024":{"level":"tot","note":"…"}}}
// Required: id, member, targetGroup, place, source, from. Evaluations are keyed by year, oldest first.
extension Assignment {
    public func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", id)
        w.field("member", member)
        w.field("targetGroup", targetGroup)
        w.field("area", omitEmpty: area)
        w.field("households", omitNil: households)
        w.field("content", omitEmpty: content)
        w.field("place", place)
        w.field("source", source)
        w.field("from", from)
        w.field("to", omitNil: to)
        w.field("resolution", omitEmpty: resolution)
        if !evaluations.isEmpty {
            w.key("evaluations")
            w.beginObject()
            for year in evaluations.keys.sorted() {
                w.key(String(year))
                evaluations[year]!.writeJSON(to: &w)
            }
            w.endObject()
        }
        w.endObject()
    }

    public init(json r: inout JSONReader) throws {
        let at = r.valueStart()
        try r.beginObject()
        var id: AssignmentID?, member: MemberID?, targetGroup: TargetGroup?, place: Place?, source: Source?, from: Day?
        var area = "", households: Int?, content = "", to: Day?, resolution = ""
        var evaluations: [Int: Evaluation] = [:]
        while let k = try r.nextKey() {
            switch k {
            case "id": id = try r.readID()
            case "member": member = try r.readID()
            case "targetGroup": targetGroup = try r.readCode("targetGroup")
            case "area": area = try r.readString()
            case "households": households = try r.readOptionalInt()
            case "content": content = try r.readString()
            case "place": place = try r.readCode("place")
            case "source": source = try r.readCode("source")
            case "from": from = try r.readDay()
            case "to": to = try r.readOptionalDay()
            case "resolution": resolution = try r.readString()
            case "evaluations":
                try r.beginObject()
                while true {
                    let keyAt = r.valueStart()
                    guard let yk = try r.nextKey() else { break }
                    guard let year = yk.intValue else {
                        throw r.fail("evaluation key \"\(yk.string)\" is not a year", at: keyAt)
                    }
                    evaluations[year] = try Evaluation(json: &r)
                }
            default: try r.skipValue()
            }
        }
        let what = "an assignment"
        guard let id else { throw r.missing("id", in: what, at: at) }
        guard let member else { throw r.missing("member", in: what, at: at) }
        guard let targetGroup else { throw r.missing("targetGroup", in: what, at: at) }
        guard let place else { throw r.missing("place", in: what, at: at) }
        guard let source else { throw r.missing("source", in: what, at: at) }
        guard let from else { throw r.missing("from", in: what, at: at) }
        self.init(id: id, member: member, targetGroup: targetGroup, area: area, households: households, content: content,
                  place: place, source: source, from: from, to: to, resolution: resolution, evaluations: evaluations)
    }
}

// {"level":"tot","note":"…"}. Required: level.
extension Evaluation {
    public func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.field("level", level)
        w.field("note", omitEmpty: note)
        w.endObject()
    }

    public init(json r: inout JSONReader) throws {
        let at = r.valueStart()
        try r.beginObject()
        var level: EvaluationLevel?, note = ""
        while let k = try r.nextKey() {
            switch k {
            case "level": level = try r.readCode("evaluation level")
            case "note": note = try r.readString()
            default: try r.skipValue()
            }
        }
        guard let level else { throw r.missing("level", in: "an evaluation", at: at) }
        self.init(level: level, note: note)
    }
}
