extension DocumentCodec {
    /// Reads a big document on two threads. This one reads everything but the assignments:
    /// the header, orgs and members, then it skims over the assignments table (matching
    /// brackets only) and reads the tables after it. The second thread, started where the
    /// members table begins, skims over that table and reads the assignments into a loader of
    /// its own. The halves are joined only if each strict read ended exactly where the other
    /// thread's skim did, so the result is the one the one-thread read gives, and so is any
    /// error (the earlier one in the document wins, as it would on one thread).
    ///
    /// Nil when the layout does not allow the split (assignments before the members or not
    /// right after them, a table repeated after the split): the caller then reads the whole
    /// document on one thread, and `header` may see its keys a second time.
    static func decodeStateInTwo(_ bytes: UnsafeRawBufferPointer, format: String, supportedVersion: Int,
                                 header: (JSONKey, inout JSONReader) throws -> Bool) throws -> (version: Int, state: State)? {
        var loader = StateLoader()
        loader.assignmentsReadElsewhere = true
        let split = TableSplit<StateLoader> { atMembers, sink in
            let hints = sink.hints
            return BackgroundJob { try readAssignments(from: atMembers, hints: hints) }
        }
        // The other thread reads `bytes`: never leave (even by throwing) before it is done.
        defer { _ = split.job?.wait() }
        let mine = Result { () -> Int in
            let version = try JSONReader.read(bytes) { r in
                try readDocument(&r, into: &loader, format: format, supportedVersion: supportedVersion, header: header,
                                 split: split)
            }
            // This half's own checks while the other thread may still be reading.
            try loader.finishOrgsAndMembers()
            return version
        }
        guard let job = split.job else {
            // Read to the end on this thread after all (its own checks are done).
            let version = try mine.get()
            loader.finishAssignments()
            return (version, try loader.finishReferences())
        }
        let theirs = job.wait()
        if case .failure(let e) = mine, split.membersEnd == nil || e is SplitRefused {
            // Met before the other thread's part began (or the split was refused).
            if e is SplitRefused { return nil }
            throw e
        }
        switch theirs {
        case .failure(is SplitRefused):
            return nil
        case .failure(let error):
            throw error
        case .success(let (membersEnd, assignmentsEnd, tail)):
            let version = try mine.get()
            guard membersEnd == split.membersEnd, assignmentsEnd == split.assignmentsEnd else { return nil }
            loader.adoptAssignments(tail)
            return (version, try loader.finishReferences())
        }
    }

    /// The second thread's part: over the members table, then the assignments table right after it.
    private static func readAssignments(from atMembers: JSONReader, hints: StateLoader.Hints) throws
        -> (membersEnd: Int, assignmentsEnd: Int, tail: StateLoader) {
        var r = atMembers
        r.stringCache = StringCache()  // the cache is not shared between threads
        r.keys = KeyLog(maxDepth: r.maxDepth)  // nor the record of keys seen
        defer { r.stringCache = nil }
        guard r.skimContainer() else { throw SplitRefused() }
        let membersEnd = r.offset
        guard let k = try r.nextKey(), k == "assignments" else { throw SplitRefused() }
        var tail = StateLoader()
        tail.reserveAssignments(hints)
        try readTable(k, &r, into: &tail)
        tail.finishAssignments()
        return (membersEnd, r.offset, tail)
    }
}

/// The layout needs the one-thread read.
struct SplitRefused: Error {}

/// How `readDocument` shares a document with a second thread: when the members table comes
/// (and nothing after it has been read yet), `start` launches the thread that will read the
/// assignments; this thread then skims over the assignments table instead of reading it, and
/// refuses (`SplitRefused`) a table that would have to be merged across the two.
final class TableSplit<Sink: DocumentSink> {
    typealias Job = BackgroundJob<(membersEnd: Int, assignmentsEnd: Int, tail: StateLoader)>
    let start: (JSONReader, Sink) -> Job
    private(set) var job: Job?
    var started: Bool { job != nil }
    /// Where this thread's strict read of the members ended.
    var membersEnd: Int?
    /// Where this thread's skim over the assignments ended.
    private(set) var assignmentsEnd: Int?

    init(start: @escaping (JSONReader, Sink) -> Job) { self.start = start }

    /// Called at every table key (the reader stands before its value). True when the table
    /// was skimmed here because the other thread reads it.
    func skipOrRefuse(_ k: JSONKey, _ r: inout JSONReader, _ sink: Sink) throws -> Bool {
        guard started else {
            if k == "members", sink.hasNoAssignments { job = start(r, sink) }
            return false
        }
        if k == "assignments", membersEnd != nil, assignmentsEnd == nil {
            guard r.skimContainer() else { throw SplitRefused() }
            assignmentsEnd = r.offset
            return true
        }
        if k == "orgs" || k == "members" || k == "assignments" { throw SplitRefused() }
        return false
    }
}
