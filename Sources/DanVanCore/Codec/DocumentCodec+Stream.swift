extension DocumentCodec {
    /// Writes the same bytes as `encode(format:version:state:header:)`, handed to `emit` in
    /// pieces of about `chunkSize` bytes, so a caller can write them to disk (and the disk can
    /// start on them) while the rest is still being made. The header, orgs and members are
    /// made here and handed out as they fill a chunk; the other tables are made meanwhile on a
    /// second thread and handed out last. An error from `emit` stops the writing and is thrown.
    public static func encode(format: String, version: Int, state: State, chunkSize: Int = 8 << 20,
                              header: (inout JSONWriter) -> Void = { _ in },
                              emit: ([UInt8]) throws -> Void) throws {
        let tail = BackgroundJob { () -> [UInt8] in
            var w = JSONWriter(capacity: estimatedSize(members: 0, assignments: state.assignments.count,
                                                       others: state.persons.count + state.models.count + state.meetings.count))
            w.needsComma = true  // it continues the object after "members"
            writeTablesAfterMembers(state, to: &w)
            return w.finish()
        }
        // The other thread reads `state`: wait for it even when `emit` fails.
        defer { _ = tail.wait() }
        var w = JSONWriter(capacity: chunkSize + 4096)
        writeHeader(format: format, version: version,
                    counts: (state.orgs.count, state.members.count, state.assignments.count), header: header, to: &w)
        func handOut(_ w: inout JSONWriter) throws {
            if w.count >= chunkSize { try emit(w.drain()) }
        }
        try writeTable("orgs", state.orgs, to: &w, { $0.writeJSON(to: &$1) }, afterEach: handOut)
        try writeTable("members", state.members, to: &w, { $0.writeJSON(to: &$1) }, afterEach: handOut)
        try emit(w.drain())
        try emit(try tail.wait().get())
    }
}
