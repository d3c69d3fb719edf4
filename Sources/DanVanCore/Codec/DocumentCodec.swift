/// A "document": one JSON object holding a header and the entity tables. Snapshots and
/// bundles are documents that differ only in their format name and header fields.
///
/// ```
/// {"format":"<name>","version":<int>, …header fields…,
///  "orgs":[…],"members":[…],"assignments":[…],"persons":[…],"models":[…],"meetings":[…]}
/// ```
/// - "format" and "version" come first; a reader checks them before anything else, so a file
///   of another kind or of a newer version is reported as such (`CodecError.kind`
///   `.wrongFormat` / `.newerVersion`) rather than as damage.
/// - Each table is sorted by id and every table is written (possibly empty), so equal states
///   encode to identical bytes. A reader treats a missing table as empty.
/// - Header fields sit between "version" and the tables; keys a reader does not know are skipped.
public enum DocumentCodec {
    /// Writes a document from `state` (tables sorted by id). `header` adds fields after "version".
    public static func encode(format: String, version: Int, state: State,
                              header: (inout JSONWriter) -> Void = { _ in }) -> [UInt8] {
        var w = JSONWriter(capacity: estimatedSize(members: state.members.count, assignments: state.assignments.count,
                                                   others: state.orgs.count + state.persons.count + state.models.count
                                                       + state.meetings.count))
        writeHeader(format: format, version: version, header: header, to: &w)
        writeTable("orgs", state.orgs, to: &w) { $0.writeJSON(to: &$1) }
        writeTable("members", state.members, to: &w) { $0.writeJSON(to: &$1) }
        writeTable("assignments", state.assignments, to: &w) { $0.writeJSON(to: &$1) }
        writeTable("persons", state.persons, to: &w) { $0.writeJSON(to: &$1) }
        writeTable("models", state.models, to: &w) { $0.writeJSON(to: &$1) }
        writeTable("meetings", state.meetings, to: &w) { $0.writeJSON(to: &$1) }
        w.endObject()
        return w.bytes
    }

    /// Writes a document from tables, in the order given (sort them by id for stable bytes).
    public static func encode(format: String, version: Int, tables: EntityTables,
                              header: (inout JSONWriter) -> Void = { _ in }) -> [UInt8] {
        var w = JSONWriter(capacity: estimatedSize(members: tables.members.count, assignments: tables.assignments.count,
                                                   others: tables.orgs.count + tables.persons.count + tables.models.count
                                                       + tables.meetings.count))
        writeHeader(format: format, version: version, header: header, to: &w)
        writeArray("orgs", tables.orgs, to: &w) { $0.writeJSON(to: &$1) }
        writeArray("members", tables.members, to: &w) { $0.writeJSON(to: &$1) }
        writeArray("assignments", tables.assignments, to: &w) { $0.writeJSON(to: &$1) }
        writeArray("persons", tables.persons, to: &w) { $0.writeJSON(to: &$1) }
        writeArray("models", tables.models, to: &w) { $0.writeJSON(to: &$1) }
        writeArray("meetings", tables.meetings, to: &w) { $0.writeJSON(to: &$1) }
        w.endObject()
        return w.bytes
    }

    /// Reads a document of `format` whose version is at most `supportedVersion`. `header` is
    /// called for every other header key (the reader stands before its value); it returns false
    /// for keys it does not know, which are then skipped.
    public static func decode(_ bytes: [UInt8], format: String, supportedVersion: Int,
                              header: (JSONKey, inout JSONReader) throws -> Bool = { _, _ in false })
        throws -> (version: Int, tables: EntityTables) {
        try bytes.withUnsafeBytes { try decode($0, format: format, supportedVersion: supportedVersion, header: header) }
    }

    public static func decode(_ bytes: UnsafeRawBufferPointer, format: String, supportedVersion: Int,
                              header: (JSONKey, inout JSONReader) throws -> Bool = { _, _ in false })
        throws -> (version: Int, tables: EntityTables) {
        try JSONReader.read(bytes) { r in
            try readDocument(&r, format: format, supportedVersion: supportedVersion, header: header)
        }
    }

    static func readDocument(_ r: inout JSONReader, format: String, supportedVersion: Int,
                             header: (JSONKey, inout JSONReader) throws -> Bool) throws -> (version: Int, tables: EntityTables) {
        let at = r.valueStart()
        guard r.peek() == UInt8(ascii: "{") else {
            throw CodecError(offset: at, reason: "not a \(format) file (it does not start with a JSON object)",
                             kind: .wrongFormat(found: ""))
        }
        try r.beginObject()
        var formatOK = false
        var version: Int?
        var tables = EntityTables()
        func requireHeader(_ keyAt: Int) throws {
            guard formatOK else {
                throw CodecError(offset: keyAt, reason: "not a \(format) file (no \"format\" field before the records)",
                                 kind: .wrongFormat(found: ""))
            }
            guard version != nil else { throw r.fail("missing \"version\" before the records", at: keyAt) }
        }
        while true {
            let keyAt = r.valueStart()
            guard let k = try r.nextKey() else { break }
            switch k {
            case "format":
                let valueAt = r.valueStart()
                let found = try r.readString()
                guard found == format else {
                    throw CodecError(offset: valueAt, reason: "not a \(format) file (its format is \"\(found)\")",
                                     kind: .wrongFormat(found: found))
                }
                formatOK = true
            case "version":
                let valueAt = r.valueStart()
                let v = try r.readInt()
                guard v >= 1 else { throw r.fail("invalid version \(v)", at: valueAt) }
                guard v <= supportedVersion else {
                    throw CodecError(offset: valueAt,
                                     reason: "written by a newer danvan (\(format) version \(v); this one reads up to \(supportedVersion))",
                                     kind: .newerVersion(found: v, supported: supportedVersion))
                }
                version = v
            case "orgs":
                try requireHeader(keyAt)
                tables.orgs = try readArray(&r) { try Org(json: &$0) }
            case "members":
                try requireHeader(keyAt)
                tables.members = try readArray(&r) { try Member(json: &$0) }
            case "assignments":
                try requireHeader(keyAt)
                tables.assignments = try readArray(&r) { try Assignment(json: &$0) }
            case "persons":
                try requireHeader(keyAt)
                tables.persons = try readArray(&r) { try OutstandingPerson(json: &$0) }
            case "models":
                try requireHeader(keyAt)
                tables.models = try readArray(&r) { try MobilizationModel(json: &$0) }
            case "meetings":
                try requireHeader(keyAt)
                tables.meetings = try readArray(&r) { try Meeting(json: &$0) }
            default:
                if try !header(k, &r) { try r.skipValue() }
            }
        }
        guard formatOK else {
            throw CodecError(offset: at, reason: "not a \(format) file (no \"format\" field)", kind: .wrongFormat(found: ""))
        }
        guard let version else { throw r.fail("missing required key \"version\"", at: at) }
        return (version, tables)
    }

    // MARK: Helpers

    static func estimatedSize(members: Int, assignments: Int, others: Int) -> Int {
        min(1 << 34, 256 + members * 300 + assignments * 260 + others * 200)
    }

    static func writeHeader(format: String, version: Int, header: (inout JSONWriter) -> Void, to w: inout JSONWriter) {
        w.beginObject()
        w.field("format", format)
        w.field("version", version)
        header(&w)
    }

    static func writeTable<E, V>(_ key: StaticString, _ table: [ID<E>: V], to w: inout JSONWriter,
                                 _ write: (V, inout JSONWriter) -> Void) {
        var ids = Array(table.keys)
        ids.sort()
        w.key(key)
        w.beginArray()
        for id in ids { write(table[id]!, &w) }
        w.endArray()
    }

    static func writeArray<V>(_ key: StaticString, _ values: [V], to w: inout JSONWriter,
                              _ write: (V, inout JSONWriter) -> Void) {
        w.key(key)
        w.beginArray()
        for v in values { write(v, &w) }
        w.endArray()
    }

    static func readArray<V>(_ r: inout JSONReader, _ read: (inout JSONReader) throws -> V) throws -> [V] {
        try r.beginArray()
        var out: [V] = []
        while try r.nextElement() { out.append(try read(&r)) }
        return out
    }
}
