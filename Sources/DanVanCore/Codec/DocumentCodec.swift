/// A "document": one JSON object holding a header and the entity tables. Snapshots and
/// bundles are documents that differ only in their format name and header fields.
///
/// ```
/// {"format":"<name>","version":<int>,"counts":{…}, …header fields…,
///  "orgs":[…],"members":[…],"assignments":[…],"persons":[…],"models":[…],"meetings":[…]}
/// ```
/// - "format" and "version" come first; a reader checks them before anything else, so a file
///   of another kind or of a newer version is reported as such (`CodecError.kind`
///   `.wrongFormat` / `.newerVersion`) rather than as damage.
/// - Each table is sorted by id and every table is written (possibly empty), so equal states
///   encode to identical bytes. A reader treats a missing table as empty.
/// - "counts" (`{"orgs":n,"members":n,"assignments":n}`) follows "version": size hints so a
///   reader can size its tables up front. Header fields follow it; unknown keys are skipped.
public enum DocumentCodec {
    /// Writes a document from `state` (tables sorted by id). `header` adds fields after "version".
    public static func encode(format: String, version: Int, state: State,
                              header: (inout JSONWriter) -> Void = { _ in }) -> [UInt8] {
        var w = JSONWriter(capacity: estimatedSize(members: state.members.count, assignments: state.assignments.count,
                                                   others: state.orgs.count + state.persons.count + state.models.count
                                                       + state.meetings.count))
        writeHeader(format: format, version: version,
                    counts: (state.orgs.count, state.members.count, state.assignments.count), header: header, to: &w)
        writeTable("orgs", state.orgs, to: &w) { $0.writeJSON(to: &$1) }
        writeTable("members", state.members, to: &w) { $0.writeJSON(to: &$1) }
        writeTablesAfterMembers(state, to: &w)
        return w.finish()
    }

    /// The assignments, persons, models and meetings, and the document's closing brace.
    static func writeTablesAfterMembers(_ state: State, to w: inout JSONWriter) {
        writeTable("assignments", state.assignments, to: &w) { $0.writeJSON(to: &$1) }
        writeTable("persons", state.persons, to: &w) { $0.writeJSON(to: &$1) }
        writeTable("models", state.models, to: &w) { $0.writeJSON(to: &$1) }
        writeTable("meetings", state.meetings, to: &w) { $0.writeJSON(to: &$1) }
        w.endObject()
    }

    /// Writes a document from tables, in the order given (sort them by id for stable bytes).
    public static func encode(format: String, version: Int, tables: EntityTables,
                              header: (inout JSONWriter) -> Void = { _ in }) -> [UInt8] {
        var w = JSONWriter(capacity: estimatedSize(members: tables.members.count, assignments: tables.assignments.count,
                                                   others: tables.orgs.count + tables.persons.count + tables.models.count
                                                       + tables.meetings.count))
        writeHeader(format: format, version: version,
                    counts: (tables.orgs.count, tables.members.count, tables.assignments.count), header: header, to: &w)
        writeArray("orgs", tables.orgs, to: &w) { $0.writeJSON(to: &$1) }
        writeArray("members", tables.members, to: &w) { $0.writeJSON(to: &$1) }
        writeArray("assignments", tables.assignments, to: &w) { $0.writeJSON(to: &$1) }
        writeArray("persons", tables.persons, to: &w) { $0.writeJSON(to: &$1) }
        writeArray("models", tables.models, to: &w) { $0.writeJSON(to: &$1) }
        writeArray("meetings", tables.meetings, to: &w) { $0.writeJSON(to: &$1) }
        w.endObject()
        return w.finish()
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

    /// Reads a document straight into a `State` (references checked, indexes built), without
    /// the intermediate arrays: the fast path for snapshots and whole bundles.
    /// Big documents are read on two threads unless `twoThreads` is false (benchmarks compare).
    public static func decodeState(_ bytes: UnsafeRawBufferPointer, format: String, supportedVersion: Int,
                                   twoThreads: Bool = true,
                                   header: (JSONKey, inout JSONReader) throws -> Bool = { _, _ in false })
        throws -> (version: Int, state: State) {
        if twoThreads, bytes.count >= parallelThreshold,
           let done = try decodeStateInTwo(bytes, format: format, supportedVersion: supportedVersion, header: header) {
            return done
        }
        return try decodeStateInOne(bytes, format: format, supportedVersion: supportedVersion, header: header)
    }

    static func decodeStateInOne(_ bytes: UnsafeRawBufferPointer, format: String, supportedVersion: Int,
                                 header: (JSONKey, inout JSONReader) throws -> Bool) throws -> (version: Int, state: State) {
        var loader = StateLoader()
        let version = try JSONReader.read(bytes) { r in
            try readDocument(&r, into: &loader, format: format, supportedVersion: supportedVersion, header: header)
        }
        return (version, try loader.finish())
    }

    /// Below this size a second thread costs more than it saves.
    static let parallelThreshold = 4 << 20

    public static func decodeState(_ bytes: [UInt8], format: String, supportedVersion: Int,
                                   header: (JSONKey, inout JSONReader) throws -> Bool = { _, _ in false })
        throws -> (version: Int, state: State) {
        try bytes.withUnsafeBytes { try decodeState($0, format: format, supportedVersion: supportedVersion, header: header) }
    }

    static func readDocument(_ r: inout JSONReader, format: String, supportedVersion: Int,
                             header: (JSONKey, inout JSONReader) throws -> Bool) throws -> (version: Int, tables: EntityTables) {
        var tables = EntityTables()
        let version = try readDocument(&r, into: &tables, format: format, supportedVersion: supportedVersion, header: header)
        return (version, tables)
    }

    /// Reads the header and tables into `sink`. With `split`, the assignments table may be
    /// left to another thread (see `TableSplit`).
    static func readDocument<Sink: DocumentSink>(_ r: inout JSONReader, into sink: inout Sink, format: String,
                                                 supportedVersion: Int,
                                                 header: (JSONKey, inout JSONReader) throws -> Bool,
                                                 split: TableSplit<Sink>? = nil) throws -> Int {
        let at = r.valueStart()
        guard r.peek() == UInt8(ascii: "{") else {
            throw CodecError(offset: at, reason: "not a \(format) file (it does not start with a JSON object)",
                             kind: .wrongFormat(found: ""))
        }
        try r.beginObject()
        r.stringCache = StringCache()
        defer { r.stringCache = nil }
        var formatOK = false
        var version: Int?
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
            case "counts":
                // Size hints only; capped by the input size so a damaged hint cannot exhaust memory.
                let cap = r.count / 32
                var orgs = 0, members = 0, assignments = 0
                try r.beginObject()
                while let c = try r.nextKey() {
                    switch c {
                    case "orgs": orgs = min(cap, Int(clamping: try r.readUInt64()))
                    case "members": members = min(cap, Int(clamping: try r.readUInt64()))
                    case "assignments": assignments = min(cap, Int(clamping: try r.readUInt64()))
                    default: try r.skipValue()
                    }
                }
                sink.reserve(orgs: orgs, members: members, assignments: assignments)
            default:
                guard isTable(k) else {
                    if try !header(k, &r) { try r.skipValue() }
                    continue
                }
                try requireHeader(keyAt)
                if let split, try split.skipOrRefuse(k, &r, sink) { continue }
                try readTable(k, &r, into: &sink)
                if k == "members", let split, split.started { split.membersEnd = r.offset }
            }
        }
        guard formatOK else {
            throw CodecError(offset: at, reason: "not a \(format) file (no \"format\" field)", kind: .wrongFormat(found: ""))
        }
        guard let version else { throw r.fail("missing required key \"version\"", at: at) }
        return version
    }

    static func isTable(_ k: JSONKey) -> Bool {
        switch k {
        case "orgs", "members", "assignments", "persons", "models", "meetings": return true
        default: return false
        }
    }

    /// Reads the table named `k` (one of `isTable`) into `sink`.
    static func readTable<Sink: DocumentSink>(_ k: JSONKey, _ r: inout JSONReader, into sink: inout Sink) throws {
        try r.beginArray()
        switch k {
        case "orgs": try readRecords(&r, { try Org(json: &$0) }) { try sink.add($0, at: $1) }
        case "members": try readRecords(&r, { try Member(json: &$0) }) { try sink.add($0, at: $1) }
        case "assignments": try readRecords(&r, { try Assignment(json: &$0) }) { try sink.add($0, at: $1) }
        case "persons": try readRecords(&r, { try OutstandingPerson(json: &$0) }) { try sink.add($0, at: $1) }
        case "models": try readRecords(&r, { try MobilizationModel(json: &$0) }) { try sink.add($0, at: $1) }
        default: try readRecords(&r, { try Meeting(json: &$0) }) { try sink.add($0, at: $1) }
        }
    }

    /// Each element of the open array, read and handed to `add` with its byte offset.
    @inline(__always)
    static func readRecords<V>(_ r: inout JSONReader, _ read: (inout JSONReader) throws -> V,
                               _ add: (V, Int) throws -> Void) throws {
        while try r.nextElement() {
            let o = r.valueStart()
            try add(try read(&r), o)
        }
    }

    // MARK: Helpers

    static func estimatedSize(members: Int, assignments: Int, others: Int) -> Int {
        min(1 << 34, 256 + members * 300 + assignments * 260 + others * 200)
    }

    static func writeHeader(format: String, version: Int, counts: (orgs: Int, members: Int, assignments: Int),
                            header: (inout JSONWriter) -> Void, to w: inout JSONWriter) {
        w.beginObject()
        w.field("format", format)
        w.field("version", version)
        w.key("counts")
        w.beginObject()
        w.field("orgs", counts.orgs)
        w.field("members", counts.members)
        w.field("assignments", counts.assignments)
        w.endObject()
        header(&w)
    }

    static func writeTable<E, V>(_ key: StaticString, _ table: [ID<E>: V], to w: inout JSONWriter,
                                 _ write: (V, inout JSONWriter) -> Void) {
        writeTable(key, table, to: &w, write, afterEach: { _ in })
    }

    /// `afterEach` runs after every record (the streaming writer hands out full chunks there).
    static func writeTable<E, V>(_ key: StaticString, _ table: [ID<E>: V], to w: inout JSONWriter,
                                 _ write: (V, inout JSONWriter) -> Void,
                                 afterEach: (inout JSONWriter) throws -> Void) rethrows {
        var ids = Array(table.keys)
        ids.sort()
        w.key(key)
        w.beginArray()
        for id in ids {
            write(table[id]!, &w)
            try afterEach(&w)
        }
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
