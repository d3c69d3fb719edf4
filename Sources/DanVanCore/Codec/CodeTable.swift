/// Catalogue codes matched straight against the input bytes, so reading a code makes no String.
struct CodeTable<T: Coded>: Sendable {
    let entries: [(bytes: [UInt8], value: T)]

    init() { entries = T.allCases.map { (Array($0.rawValue.utf8), $0) } }

    func lookup(_ b: UnsafeBufferPointer<UInt8>) -> T? {
        for e in entries where e.bytes.count == b.count {
            if e.bytes.withUnsafeBufferPointer({ $0.elementsEqual(b) }) { return e.value }
        }
        return nil
    }
}

/// A catalogue with a shared table of its codes.
protocol JSONCoded: Coded {
    static var codeTable: CodeTable<Self> { get }
}

extension OrgLevel: JSONCoded { static let codeTable = CodeTable<OrgLevel>() }
extension UnitKind: JSONCoded { static let codeTable = CodeTable<UnitKind>() }
extension Gender: JSONCoded { static let codeTable = CodeTable<Gender>() }
extension MemberKind: JSONCoded { static let codeTable = CodeTable<MemberKind>() }
extension StatusKind: JSONCoded { static let codeTable = CodeTable<StatusKind>() }
extension MemberRole: JSONCoded { static let codeTable = CodeTable<MemberRole>() }
extension TargetGroup: JSONCoded { static let codeTable = CodeTable<TargetGroup>() }
extension Place: JSONCoded { static let codeTable = CodeTable<Place>() }
extension Source: JSONCoded { static let codeTable = CodeTable<Source>() }
extension EvaluationLevel: JSONCoded { static let codeTable = CodeTable<EvaluationLevel>() }
extension ModelField: JSONCoded { static let codeTable = CodeTable<ModelField>() }
extension ModelStage: JSONCoded { static let codeTable = CodeTable<ModelStage>() }
extension MeetingKind: JSONCoded { static let codeTable = CodeTable<MeetingKind>() }
extension AttendanceKind: JSONCoded { static let codeTable = CodeTable<AttendanceKind>() }

extension JSONReader {
    /// A catalogue value given by its code; an unknown code is an error naming the key and the value.
    mutating func readCode<T: JSONCoded>(_ key: StaticString) throws -> T {
        skipWhitespace()
        let at = offset
        let found: T? = try withStringBytes { T.codeTable.lookup($0) }
        if let found { return found }
        offset = at
        let text = try readString()
        throw fail("unknown \(key) code \"\(text)\"", at: at)
    }

    mutating func readOptionalCode<T: JSONCoded>(_ key: StaticString) throws -> T? {
        readNull() ? nil : try readCode(key)
    }
    mutating func readOptionalString() throws -> String? { readNull() ? nil : try readString() }
    mutating func readOptionalDay() throws -> Day? { readNull() ? nil : try readDay() }
    mutating func readOptionalID<T>() throws -> ID<T>? { readNull() ? nil : try readID() }
    mutating func readOptionalInt() throws -> Int? { readNull() ? nil : try readInt() }

    /// The error for a required key that an object lacks; `at` is where the object began.
    func missing(_ key: StaticString, in what: String, at: Int) -> CodecError {
        fail("missing required key \"\(key)\" in \(what)", at: at)
    }

    /// Where the next value starts (after white space).
    mutating func valueStart() -> Int {
        skipWhitespace()
        return offset
    }
}

extension JSONKey {
    /// The key read as a decimal integer (evaluation years), or nil. Any Int round-trips.
    var intValue: Int? {
        let b = bytes
        var i = 0
        var neg = false
        if b.first == UInt8(ascii: "-") { neg = true; i = 1 }
        guard i < b.count, b.count - i <= 19 else { return nil }
        if b[i] == 48 && b.count > i + 1 { return nil }
        var v: UInt64 = 0
        while i < b.count {
            let d = b[i] &- 48
            guard d < 10 else { return nil }
            v = v * 10 + UInt64(d)  // ≤ 19 digits: fits in UInt64
            i += 1
        }
        if neg { return v <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- v) : nil }
        return v <= UInt64(Int.max) ? Int(v) : nil
    }
}
