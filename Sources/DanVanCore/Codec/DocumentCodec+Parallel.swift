extension DocumentCodec {
    /// Reads a big document on two threads. This one reads the header, the orgs and the
    /// members; from the start of the members table a second thread skims to the table's end
    /// (matching brackets only) and reads what follows (assignments, persons, models,
    /// meetings) into a loader of its own. The halves are joined only if this thread's strict
    /// read of the members ended exactly where the skim did, so the result is the one the
    /// one-thread read gives, and so is any error in either half.
    ///
    /// Nil when the layout does not allow the split (tables before the header or out of the
    /// usual order, header keys after the members, a repeated table): the caller then reads
    /// the whole document on one thread, and `header` may see its keys a second time.
    static func decodeStateInTwo(_ bytes: UnsafeRawBufferPointer, format: String, supportedVersion: Int,
                                 header: (JSONKey, inout JSONReader) throws -> Bool) throws -> (version: Int, state: State)? {
        var loader = StateLoader()
        loader.leavesTailToAnotherThread = true
        var job: BackgroundJob<(membersEnd: Int, tail: StateLoader)>?
        // The other thread reads `bytes`: never leave (even by throwing) before it is done.
        defer { _ = job?.wait() }
        var r = JSONReader(unsafeBytes: bytes)
        let version = try readDocument(&r, into: &loader, format: format, supportedVersion: supportedVersion,
                                       header: header) { atMembers, sink in
            guard sink.tailIsEmpty else { return false }
            let hints = sink.hints
            job = BackgroundJob { try readTail(from: atMembers, hints: hints) }
            return true
        }
        guard let job else {
            try r.expectEnd()  // read to the end on this thread after all
            return (version, try loader.finish())
        }
        switch job.wait() {
        case .failure(is SplitRefused):
            return nil
        case .failure(let error):
            throw error
        case .success(let (membersEnd, tail)):
            guard membersEnd == r.offset else { return nil }
            loader.adoptTail(tail)
            return (version, try loader.finish())
        }
    }

    /// The second thread's half: over the members table, then every table after it.
    private static func readTail(from atMembers: JSONReader, hints: StateLoader.Hints) throws -> (membersEnd: Int, tail: StateLoader) {
        var r = atMembers
        r.stringCache = StringCache()  // the cache is not shared between threads
        defer { r.stringCache = nil }
        guard r.skimContainer() else { throw SplitRefused() }
        let membersEnd = r.offset
        var tail = StateLoader()
        tail.reserveTail(hints)
        while let k = try r.nextKey() {
            guard isTable(k), !(k == "orgs" || k == "members") else { throw SplitRefused() }
            try readTable(k, &r, into: &tail)
        }
        try r.expectEnd()
        return (membersEnd, tail)
    }

    /// The layout after the members table needs the one-thread read.
    private struct SplitRefused: Error {}
}
