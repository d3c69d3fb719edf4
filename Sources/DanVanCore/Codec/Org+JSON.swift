// {"id":1,"parent":2,"name":"Chi bộ 1","level":"chi_bo_truc_thuoc","unitKind":"xa","term":"2025–2030"}
// Required: id, name, level. Omitted when nil or empty: parent, unitKind, term, letterhead,
// placeName, signer (the document fields, absent from folders made before them).
extension Org {
    public func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", id)
        w.field("parent", omitNil: parent)
        w.field("name", name)
        w.field("level", level)
        w.field("unitKind", omitNil: unitKind)
        w.field("term", omitEmpty: term)
        w.field("letterhead", omitEmpty: letterhead)
        w.field("placeName", omitEmpty: placeName)
        w.field("signer", omitEmpty: signer)
        w.endObject()
    }

    public init(json r: inout JSONReader) throws {
        let at = r.valueStart()
        try r.beginObject()
        var id: OrgID?, parent: OrgID?, name: String?, level: OrgLevel?, unitKind: UnitKind?, term = ""
        var letterhead = "", placeName = "", signer = ""
        while let k = try r.nextKey() {
            switch k {
            case "id": id = try r.readID()
            case "parent": parent = try r.readOptionalID()
            case "name": name = try r.readString()
            case "level": level = try r.readCode("level")
            case "unitKind": unitKind = try r.readOptionalCode("unitKind")
            case "term": term = try r.readString()
            case "letterhead": letterhead = try r.readString()
            case "placeName": placeName = try r.readString()
            case "signer": signer = try r.readString()
            default: try r.skipValue()
            }
        }
        guard let id else { throw r.missing("id", in: "an org", at: at) }
        guard let name else { throw r.missing("name", in: "an org", at: at) }
        guard let level else { throw r.missing("level", in: "an org", at: at) }
        self.init(id: id, parent: parent, name: name, level: level, unitKind: unitKind, term: term,
                  letterhead: letterhead, placeName: placeName, signer: signer)
    }
}
