import DanVanCore

/// What one row of a members file says, read on its own — text cleaned, dates and catalogue
/// values parsed, unreadable cells noted — before anything is compared with other rows or
/// the records. Nil fields: the file has no such column (or the cell could not be read).
struct MemberRow {
    var line: Int
    var issues: [ImportIssue] = []
    var name = ""
    /// The "Chi bộ" cell as written (resolved later, once per distinct text).
    var path = ""
    var card: String?
    var cardKey: String?
    var givenName: String?
    var familyName: String?
    var birth: Day?, joined: Day?, fullMember: Day?, statusDate: Day?
    var gender: Gender?
    var kind: MemberKind?
    var status: StatusKind?
    var role: MemberRole?
    var statusNote: String?, residence: String?, workplace: String?, phone: String?, notes: String?

    init(line: Int) { self.line = line }
}

/// Reads rows into `MemberRow`s. Holds the memos of the cells read so far, so each thread
/// reading part of a file has its own reader.
struct MemberRowReader {
    typealias C = MemberColumns
    let header: HeaderMap
    private let at: Positions
    private let checks: TextChecks
    private let otherDays = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.day(s, partial: .keep) }
    private let genders = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.coded(s, Gender.self) }
    private let kinds = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.coded(s, MemberKind.self) }
    private let statuses = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.coded(s, StatusKind.self) }
    private let roles = ParseMemo { s throws(FieldParsing.Failure) in try FieldParsing.coded(s, MemberRole.self) }

    init(header: HeaderMap) {
        self.header = header
        at = Positions(header)
        checks = TextChecks(header, columns: C.all)
    }

    func read(_ rec: CSVReader.Record) -> MemberRow {
        let fields = rec.fields
        func cell(_ position: Int?) -> String? { HeaderMap.cell(at: position, fields) }
        var row = MemberRow(line: rec.line)
        var r = RowIssues(line: rec.line, header: header)
        r.refuseUnsafeText(fields, checks)
        row.name = FieldParsing.text(cell(at.fullName) ?? "")
        if row.name.isEmpty { r.add(C.fullName, vi: "họ và tên không được để trống", en: "the full name must not be empty") }
        // "3" under the name column is a count from a table below the roster, not a person.
        else if !row.name.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
            r.add(C.fullName, vi: "“\(row.name)” không phải họ tên (có lẽ là một bảng khác nằm dưới danh sách); hãy xóa dòng đó hoặc sửa họ tên",
                  en: "“\(row.name)” is not a person's name (perhaps another table below the roster); remove the row or correct the name")
        }
        row.path = cell(at.org) ?? ""
        row.card = cell(at.cardNo).map(FieldParsing.text)
        row.cardKey = State.cardKey(row.card)
        row.givenName = cell(at.givenName).map(FieldParsing.text)
        row.familyName = cell(at.familyName).map(FieldParsing.text)
        let day = { (s: String) throws(FieldParsing.Failure) -> Day? in
            if let d = FieldParsing.commonDay(s) { return d }
            return try otherDays(s)
        }
        row.birth = r.read(C.birthDate, cell(at.birthDate), day)
        row.joined = r.read(C.joined, cell(at.joined), day)
        row.fullMember = r.read(C.fullMemberDate, cell(at.fullMemberDate), day)
        row.statusDate = r.read(C.statusDate, cell(at.statusDate), day)
        row.gender = r.read(C.gender, cell(at.gender), genders.callAsFunction)
        row.kind = r.read(C.kind, cell(at.kind), kinds.callAsFunction)
        row.status = r.read(C.status, cell(at.status), statuses.callAsFunction)
        row.role = r.read(C.role, cell(at.role), roles.callAsFunction)
        row.statusNote = cell(at.statusNote).map(FieldParsing.text)
        row.residence = cell(at.residence).map(FieldParsing.text)
        row.workplace = cell(at.workplace).map(FieldParsing.text)
        row.phone = cell(at.phone).map(FieldParsing.text)
        row.notes = cell(at.notes).map(FieldParsing.multiline)
        row.issues = r.issues
        return row
    }

    /// Reads every record, and the distinct texts of the "Chi bộ" column (by bytes); a large
    /// file in two halves at once. The rows come in parts, in file order (joining them would
    /// copy every row once more).
    func readAll(_ records: [CSVReader.Record], progress: ((Int) -> Void)?) -> (parts: [[MemberRow]], paths: Set<Utf8Key>) {
        guard records.count >= 20_000 else {
            let all = MemberRowReader.run(self, records[...], progress: progress)
            return ([all.rows], all.paths)
        }
        let mid = records.count / 2
        let other = MemberRowReader(header: header)
        // Both halves go at about the same pace: this one's progress speaks for both.
        let (front, back) = bothAtOnce({ MemberRowReader.run(self, records[..<mid]) { progress?(2 * $0) } },
                                       { MemberRowReader.run(other, records[mid...], progress: nil) })
        return ([front.rows, back.rows], front.paths.union(back.paths))
    }

    private static func run(_ reader: MemberRowReader, _ part: ArraySlice<CSVReader.Record>,
                            progress: ((Int) -> Void)?) -> (rows: [MemberRow], paths: Set<Utf8Key>) {
        var out: [MemberRow] = []
        out.reserveCapacity(part.count)
        var paths = Set<Utf8Key>()
        var last: Utf8Key?
        for (k, rec) in part.enumerated() {
            if k & 4095 == 0 { progress?(k) }
            let row = reader.read(rec)
            // Rows of one cell usually come together: skip hashing the repeats.
            let key = Utf8Key(row.path)
            if key != last {
                paths.insert(key)
                last = key
            }
            out.append(row)
        }
        return (out, paths)
    }
}

/// Where each member column sits in the rows (nil: not in the file), found once.
struct Positions {
    typealias C = MemberColumns
    let cardNo, fullName, givenName, familyName, gender, birthDate, org, joined, fullMemberDate: Int?
    let kind, status, statusDate, statusNote, role, residence, workplace, phone, notes: Int?

    init(_ h: HeaderMap) {
        cardNo = h.position(C.cardNo); fullName = h.position(C.fullName); givenName = h.position(C.givenName); familyName = h.position(C.familyName)
        gender = h.position(C.gender); birthDate = h.position(C.birthDate); org = h.position(C.org)
        joined = h.position(C.joined); fullMemberDate = h.position(C.fullMemberDate); kind = h.position(C.kind)
        status = h.position(C.status); statusDate = h.position(C.statusDate); statusNote = h.position(C.statusNote)
        role = h.position(C.role); residence = h.position(C.residence); workplace = h.position(C.workplace)
        phone = h.position(C.phone); notes = h.position(C.notes)
    }
}

extension String {
    func leftPadded(to n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
