import DanVanCore

/// What each column of a roster means, recognised from its heading: one of the project's
/// columns, or a column of the layouts secretaries keep (STT, a name split over two or three
/// columns, "Năm sinh" split by Nam / Nữ, an "x" under Chính thức / Dự bị, the CCCD number,
/// the combined cells of the roster book Mẫu 7-HSĐV); and the rewriting of each row into
/// the project's columns.
struct Layout {
    enum Role: Hashable {
        case column(Column)
        case stt
        case familyAndMiddle, family, middle, given
        case birthMale, birthFemale
        case kindFull, kindProbationary
        /// Assignments: a mark under "Phân công" / "Tự nhận".
        case sourceAssigned, sourceSelf
        /// An assignment book's "Hộ được phân công phụ trách": the households by name, kept with the area.
        case householdList
        case cccd
        /// A job title ("Chức vụ chính quyền", or "Chức vụ" beside "Chức vụ Đảng"): kept in the notes.
        case jobTitle
        /// Mẫu 7-HSĐV: "ngày vào Đảng, ngày chính thức"; "số thẻ, số lý lịch"; "giới tính, dân tộc, tôn giáo".
        case joinedAndFull, cardAndRecord, genderEthnicReligion
        /// Without a status column: the date a member left or died (Mẫu 7-HSĐV's columns).
        case departedOn, diedOn
        case unknown

        var namesMember: Bool {
            switch self {
            case .column(let c): return c == MemberColumns.fullName || c == MemberColumns.cardNo
            case .familyAndMiddle, .family, .cardAndRecord: return true
            default: return false
            }
        }
    }

    /// Folded heading → column, for both tables.
    private static let lookup: [String: Column] = {
        var l: [String: Column] = [:]
        for c in MemberColumns.all + AssignmentColumns.all { for s in c.spellings where l[s] == nil { l[s] = c } }
        return l
    }()

    static func role(of f: String, kind: RosterTable.Kind) -> Role {
        switch f {
        case "stt", "tt", "so tt", "so thu tu", "thu tu", "no": return .stt
        case "ho va ten dem", "ho va ten lot", "ho dem", "ho va dem", "ho, ten dem": return .familyAndMiddle
        case "ho": return .family
        case "ten dem", "ten lot", "dem": return .middle
        case "ten": return .given
        case "cccd", "so cccd", "can cuoc cong dan", "so can cuoc", "so can cuoc cong dan", "so cmnd/cccd", "cmnd/cccd", "so dinh danh",
             "so dinh danh ca nhan", "so cmnd", "cmnd":
            return .cccd
        case "dang vien", "ten dang vien":
            // An assignment list's "Đảng viên" column holds who; a member list's, the kind (below).
            if kind == .assignments { return .column(AssignmentColumns.fullName) }
        case "chuc vu chinh quyen", "chuc vu chuyen mon", "chuc vu cong tac", "chuc danh", "chuc vu don vi":
            if kind == .members { return .jobTitle }
        case "ho duoc phan cong phu trach", "ho duoc phan cong", "cac ho duoc phan cong", "cac ho phu trach", "ten ho phu trach",
             "danh sach ho phu trach", "ho gia dinh duoc phan cong":
            if kind == .assignments { return .householdList }
        default: break
        }
        if let c = lookup[f] { return .column(c) }
        // Two heading rows joined ("Năm sinh Nam", "Đảng viên Chính thức").
        if f.hasSuffix(" nam") || f.hasSuffix(" nu"), f.contains("sinh") {
            return f.hasSuffix(" nam") ? .birthMale : .birthFemale
        }
        // One column for both ("Đảng viên chính thức/dự bị", a lone "Đảng viên"): its words say the kind.
        if kind == .members, f == "dang vien" || (f.contains("chinh thuc") && f.contains("du bi") && !f.contains("ngay")) {
            return .column(MemberColumns.kind)
        }
        if f.hasSuffix("chinh thuc") && !f.contains("ngay") && f != "chinh thuc" { return .kindFull }
        if f.hasSuffix("du bi") && !f.contains("ngay") && f != "du bi" { return .kindProbationary }
        if f == "chinh thuc" { return .kindFull }
        if f == "du bi" { return .kindProbationary }
        // Mẫu 7-HSĐV's combined headings.
        if f.contains("vao dang") && f.contains("chinh thuc") { return .joinedAndFull }
        if f.contains("so the") && f.contains("ly lich") { return .cardAndRecord }
        if f.contains("gioi tinh") && (f.contains("dan toc") || f.contains("ton giao")) { return .genderEthnicReligion }
        if f.hasPrefix("ho va ten") || f.hasPrefix("ho ten") { return .column(MemberColumns.fullName) }
        if f.hasPrefix("so the dang") { return .column(MemberColumns.cardNo) }
        if f.hasPrefix("ngay thang nam sinh") || f.hasPrefix("ngay sinh") { return .column(MemberColumns.birthDate) }
        if f.hasPrefix("ghi chu") { return .column(MemberColumns.notes) }
        return .unknown
    }

    let kind: RosterTable.Kind
    let headings: [String]
    var roles: [Role]
    /// The output columns, in order, each with the input positions it reads.
    private(set) var outputHeader: [String] = []
    private(set) var written: [String: String] = [:]
    private var plan: [(key: String, from: [Int])] = []
    private(set) var passThrough = true
    private var duplicates: [(Int, String)] = []
    private var statusFromNotes = false
    /// The column of a "Họ và tên" heading merged over the name's two columns.
    private var mergedName: Int?
    /// A heading read as another column than its words say ("Tự nhận" holding the task): the
    /// output names it by its key.
    private var retargeted = false
    /// Assignments without a source column: the heading that makes every row self-registered
    /// ("Tự nhận" holding the task, "Nhiệm vụ tự nhận").
    private(set) var selfRegisteredHeading: String?
    var rowNotes: [ImportIssue] = []

    init(headings: [String], kind: RosterTable.Kind) {
        self.kind = kind
        self.headings = headings
        roles = headings.map { $0.isEmpty ? .unknown : Layout.role(of: Column.foldHeader($0), kind: kind) }
        // "Tên" / "Họ" alone beside "Họ và tên" are the given / family name (the project's own
        // "Họ" column), not halves of a split name: the project's files pass through untouched.
        let hasFull = roles.contains(.column(MemberColumns.fullName))
        if hasFull {
            roles = roles.map { $0 == .given ? .column(MemberColumns.givenName) : $0 == .family ? .column(MemberColumns.familyName) : $0 }
        }
        // "Họ và tên" merged over two columns, the name typed as "Nguyễn Văn" | "Bình": a
        // workbook repeats the heading in both cells, a CSV saved from it leaves the second
        // empty. Either way the two columns are the family and middle names and the given name.
        let full = Role.column(MemberColumns.fullName)
        for i in roles.indices.dropLast() where roles[i] == full && !roles.contains(.given) && !roles.contains(.familyAndMiddle) {
            let next = VietText.clean(headings[i + 1])
            if (roles[i + 1] == full && next == VietText.clean(headings[i])) || (next.isEmpty && Column.foldHeader(headings[i]).hasPrefix("ho va ten")) {
                roles[i] = .familyAndMiddle
                roles[i + 1] = .given
                mergedName = i
                break
            }
        }
        if !roles.contains(.column(MemberColumns.status)) && kind == .members {
            for (i, h) in headings.enumerated() {
                switch Column.foldHeader(h) {
                case "ngay chuyen di", "ngay chuyen sinh hoat di", "ngay chuyen sinh hoat": roles[i] = .departedOn
                case "ngay tu tran", "ngay mat", "ngay qua doi": roles[i] = .diedOn
                default: break
                }
            }
        }
        if kind == .assignments { sourceRoles() }
        // "Chức vụ" beside "Chức vụ Đảng" (a school's or an agency's list) is the post held
        // at work — "Hiệu trưởng" — not a Party role.
        let role = Role.column(MemberColumns.role)
        if kind == .members, roles.filter({ $0 == role }).count > 1,
           let plain = headings.indices.first(where: { roles[$0] == role && Column.foldHeader(headings[$0]) == "chuc vu" }) {
            roles[plain] = .jobTitle
        }
        var seen: [Role: Int] = [:]
        for (i, r) in roles.enumerated() {
            if r == .unknown || r == .stt { continue }
            if seen[r] != nil { duplicates.append((i + 1, VietText.clean(headings[i]))); roles[i] = .unknown; continue }
            seen[r] = i
            if case .column = r { continue }
            passThrough = false
        }
        let standard = Set(roles.compactMap { r -> String? in if case .column(let c) = r { return c.key }; return nil })
        if roles.contains(.stt) || retargeted { passThrough = false }
        if kind == .members && !standard.contains(MemberColumns.status.key) && standard.contains(MemberColumns.notes.key) {
            statusFromNotes = true
            passThrough = false
        }
        if passThrough {
            outputHeader = headings
            return
        }
        // Output: every standard column read from its own cell, then the composed ones.
        func add(_ c: Column, _ from: [Int], _ heading: String) {
            plan.append((c.key, from))
            written[c.key] = heading
        }
        for (i, r) in roles.enumerated() { if case .column(let c) = r { add(c, [i], VietText.clean(headings[i])) } }
        func at(_ r: Role) -> Int? { roles.firstIndex(of: r) }
        func name(_ rs: [Role]) -> String { rs.compactMap(at).map { VietText.clean(headings[$0]) }.joined(separator: " + ") }
        typealias C = MemberColumns
        if !standard.contains(C.fullName.key) {
            let parts = [Role.family, .middle, .familyAndMiddle, .given].compactMap(at).sorted()
            if !parts.isEmpty { add(C.fullName, parts, name([.family, .middle, .familyAndMiddle, .given])) }
        }
        if let g = at(.given), !standard.contains(C.givenName.key) { add(C.givenName, [g], VietText.clean(headings[g])) }
        let births = [Role.birthMale, .birthFemale].compactMap(at)
        if !births.isEmpty && !standard.contains(C.birthDate.key) {
            add(C.birthDate, births, name([.birthMale, .birthFemale]))
            if !standard.contains(C.gender.key) { add(C.gender, births, name([.birthMale, .birthFemale])) }
        }
        if let list = at(.householdList) {
            // The households named go with the area ("Bản Nà Cà — Hộ ông …"), never dropped.
            if let i = plan.firstIndex(where: { $0.key == AssignmentColumns.area.key }) {
                plan[i].from.append(list)
                written[AssignmentColumns.area.key]! += " + " + VietText.clean(headings[list])
            } else {
                add(AssignmentColumns.area, [list], VietText.clean(headings[list]))
            }
        }
        let sources = [Role.sourceAssigned, .sourceSelf].compactMap(at)
        if !sources.isEmpty { add(AssignmentColumns.source, sources, name([.sourceAssigned, .sourceSelf])) }
        let kinds = [Role.kindFull, .kindProbationary].compactMap(at)
        if !kinds.isEmpty && !standard.contains(C.kind.key) { add(C.kind, kinds, name([.kindFull, .kindProbationary])) }
        if let j = at(.joinedAndFull) {
            if !standard.contains(C.joined.key) { add(C.joined, [j], VietText.clean(headings[j])) }
            if !standard.contains(C.fullMemberDate.key) { add(C.fullMemberDate, [j], VietText.clean(headings[j])) }
        }
        if let c = at(.cardAndRecord), !standard.contains(C.cardNo.key) { add(C.cardNo, [c], VietText.clean(headings[c])) }
        if let g = at(.genderEthnicReligion), !standard.contains(C.gender.key) { add(C.gender, [g], VietText.clean(headings[g])) }
        // Notes gather what has no column of its own: CCCD, record number, ethnicity, religion.
        let extra = [Role.cccd, .jobTitle, .cardAndRecord, .genderEthnicReligion].compactMap(at)
        if !extra.isEmpty {
            if let i = plan.firstIndex(where: { $0.key == C.notes.key }) {
                plan[i].from += extra
            } else {
                add(C.notes, extra, name([.cccd, .jobTitle, .cardAndRecord, .genderEthnicReligion]))
            }
        }
        let leaving = [Role.diedOn, .departedOn].compactMap(at)
        if statusFromNotes, let n = plan.first(where: { $0.key == C.notes.key })?.from.first {
            add(C.status, leaving + [n], VietText.clean(headings[n]))
            add(C.statusNote, [n], VietText.clean(headings[n]))
        } else if !leaving.isEmpty {
            add(C.status, leaving, name([.diedOn, .departedOn]))
        }
        if !leaving.isEmpty && !standard.contains(C.statusDate.key) { add(C.statusDate, leaving, name([.diedOn, .departedOn])) }
        outputHeader = plan.map(\.key)
    }

    /// Headings that say who chose an assignment, when the file has no source column: marks
    /// under "Phân công" and "Tự nhận" (or under "Tự nhận" beside a content column) give each
    /// row's source; a "Tự nhận" column that is the only content column holds the task, and
    /// it — or any heading such as "Nhiệm vụ tự nhận" — makes every row self-registered.
    private mutating func sourceRoles() {
        guard !roles.contains(.column(AssignmentColumns.source)) else { return }
        let folded = headings.map(Column.foldHeader)
        let selfAt = headings.firstIndex { SelfRegisteredWords.isHeading($0) }
        let assignedAt = folded.firstIndex { ["phan cong", "duoc phan cong", "chi bo phan cong"].contains($0) }
        let hasContent = roles.contains(.column(AssignmentColumns.content))
        if let s = selfAt, assignedAt != nil || hasContent {
            roles[s] = .sourceSelf
            if let a = assignedAt { roles[a] = .sourceAssigned }
            return
        }
        if let s = selfAt, roles[s] == .unknown {
            roles[s] = .column(AssignmentColumns.content)
            retargeted = true
            selfRegisteredHeading = VietText.clean(headings[s])
            return
        }
        if let i = headings.firstIndex(where: SelfRegisteredWords.said) {
            selfRegisteredHeading = VietText.clean(headings[i])
        }
    }

    /// What was understood of the layout, for the summary.
    func notes(headerLine: Int) -> [ImportIssue] {
        guard !passThrough else { return [] }
        var out: [ImportIssue] = []
        func note(_ vi: String, _ en: String) { out.append(ImportIssue(line: headerLine, column: nil, vi: vi, en: en)) }
        func heading(_ r: Role) -> String? { roles.firstIndex(of: r).map { "“\(VietText.clean(headings[$0]))”" } }
        let split = [Role.family, .middle, .familyAndMiddle, .given].compactMap(heading)
        if let m = mergedName {
            note("cột “\(VietText.clean(headings[m]))” gộp trên hai cột: họ và tên đệm ở cột \(m + 1), tên ở cột \(m + 2), ghép lại thành họ và tên",
                 "“\(VietText.clean(headings[m]))” spans two columns: family and middle names in column \(m + 1), the given name in column \(m + 2), joined into the full name")
        } else if split.count >= 2 && !roles.contains(.column(MemberColumns.fullName)) {
            note("họ và tên ghép từ các cột \(split.joined(separator: " + "))", "full name joined from the columns \(split.joined(separator: " + "))")
        }
        if let m = heading(.birthMale) ?? heading(.birthFemale) {
            note("năm sinh chia theo Nam / Nữ (\(m)…): cột nào có năm sinh cho biết giới tính",
                 "birth year split by Nam / Nữ (\(m)…): the column holding it gives the gender")
        }
        if let k = heading(.sourceSelf) ?? heading(.sourceAssigned) {
            note("dấu “x” dưới Phân công / Tự nhận (\(k)…) cho biết nguồn của phân công", "a mark under Phân công / Tự nhận (\(k)…) gives the source")
        }
        if let k = heading(.kindFull) ?? heading(.kindProbationary) {
            note("dấu “x” dưới Chính thức / Dự bị (\(k)…) cho biết loại đảng viên", "an “x” under Chính thức / Dự bị (\(k)…) gives the kind")
        }
        if let c = heading(.cccd) {
            note("cột \(c) là số CCCD, không phải số thẻ đảng viên: ghi vào Ghi chú", "column \(c) is the citizen ID (CCCD), not the party card: kept in the notes")
        }
        if let c = heading(.jobTitle) {
            note("cột \(c) là chức vụ chính quyền / chuyên môn, không phải chức vụ Đảng: ghi vào Ghi chú (“Chức vụ: …”)",
                 "column \(c) is the post held at work, not a Party role: kept in the notes (“Chức vụ: …”)")
        }
        if let j = heading(.joinedAndFull) {
            note("cột \(j) (mẫu 7-HSĐV): ngày thứ nhất là ngày vào Đảng, ngày thứ hai là ngày chính thức",
                 "column \(j) (form 7-HSĐV): the first date is joining, the second full membership")
        }
        if let c = heading(.cardAndRecord) {
            note("cột \(c) (mẫu 7-HSĐV): số đầu là số thẻ, phần sau là số lý lịch (ghi vào Ghi chú)",
                 "column \(c) (form 7-HSĐV): the first number is the card, the rest the record number (kept in the notes)")
        }
        if let g = heading(.genderEthnicReligion) {
            note("cột \(g) (mẫu 7-HSĐV): giới tính, dân tộc, tôn giáo (dân tộc và tôn giáo ghi vào Ghi chú)",
                 "column \(g) (form 7-HSĐV): gender, ethnicity, religion (ethnicity and religion kept in the notes)")
        }
        if statusFromNotes {
            note("không có cột Trạng thái: trạng thái đọc từ Ghi chú khi ghi rõ (“Miễn SH…”, “Đã chuyển…”, “Từ trần…”), còn lại là Đang sinh hoạt",
                 "no status column: a status is read from the notes when they state one (“Miễn SH…”, “Đã chuyển…”, “Từ trần…”); everyone else is active")
        }
        return out
    }

    /// Headings not used (one line, however many), and duplicates.
    func unknownWarnings(headerLine: Int) -> [ImportIssue] {
        guard !passThrough else { return [] }
        var unknown: [(Int, String)] = []
        for (i, r) in roles.enumerated() where r == .unknown && !headings[i].isEmpty && !duplicates.contains(where: { $0.0 == i + 1 }) {
            unknown.append((i + 1, VietText.clean(headings[i])))
        }
        return HeaderMap.unusedWarnings(unknown, line: headerLine)
    }

    func errors(headerLine: Int) -> [ImportIssue] {
        duplicates.map { ImportIssue(line: headerLine, column: $0.1, vi: "cột thứ \($0.0) trùng với một cột đã có",
                                     en: "column \($0.0) repeats an earlier column") }
    }

    /// Where the STT and name cells sit, for telling data rows from headings.
    var sttIndex: Int? { roles.firstIndex(of: .stt) }
    var nameIndex: Int? {
        roles.firstIndex(of: .column(MemberColumns.fullName)) ?? roles.firstIndex(of: .given)
            ?? roles.firstIndex(of: .familyAndMiddle) ?? roles.firstIndex(of: .family)
    }

    /// One row in the output columns.
    mutating func rewrite(_ rec: CSVReader.Record) -> CSVReader.Record {
        let f = rec.fields
        func cell(_ i: Int) -> String { i < f.count ? f[i] : "" }
        var out: [String] = []
        out.reserveCapacity(plan.count)
        for (key, from) in plan {
            typealias C = MemberColumns
            switch key {
            case C.fullName.key where from.count > 1 || roles[from[0]] != .column(C.fullName):
                out.append(from.map { FieldParsing.text(cell($0)) }.filter { !$0.isEmpty }.joined(separator: " "))
            case C.givenName.key where roles[from[0]] == .given:
                let g = FieldParsing.text(cell(from[0]))
                out.append(g.contains(" ") ? g : "")  // one word: the last word of the name, as derived
            case C.birthDate.key where roles[from[0]] == .birthMale || roles[from[0]] == .birthFemale:
                let filled = from.filter { !FieldParsing.text(cell($0)).isEmpty }
                if filled.count > 1 { addRowError(rec.line, written[key], "có năm sinh ở cả cột Nam và cột Nữ", "a birth year under both Nam and Nữ") }
                out.append(filled.first.map { cell($0) } ?? "")
            case C.gender.key where roles[from[0]] == .birthMale || roles[from[0]] == .birthFemale:
                let filled = from.filter { !FieldParsing.text(cell($0)).isEmpty }
                out.append(filled.count == 1 ? (roles[filled[0]] == .birthMale ? "Nam" : "Nữ") : "")
            case C.gender.key where roles[from[0]] == .genderEthnicReligion:
                out.append(CombinedCell.genderEthnicReligion(cell(from[0])).first ?? "")
            case C.kind.key where roles[from[0]] == .kindFull || roles[from[0]] == .kindProbationary:
                let filled = from.filter { !FieldParsing.text(cell($0)).isEmpty }
                if filled.count > 1 { addRowError(rec.line, written[key], "đánh dấu cả Chính thức và Dự bị", "marked both full and probationary") }
                // A word in the cell ("Chính thức" in a "…chính thức/dự bị" column) says the kind
                // itself; anything else there is a mark for the column's own kind.
                let word = filled.count == 1 ? MemberKind.parse(cell(filled[0])) : nil
                out.append(word?.vi ?? (filled.count == 1 ? (roles[filled[0]] == .kindFull ? "Chính thức" : "Dự bị") : ""))
            case C.joined.key where roles[from[0]] == .joinedAndFull, C.fullMemberDate.key where roles[from[0]] == .joinedAndFull:
                let raw = cell(from[0])
                let parts = CombinedCell.dateParts(raw)
                let k = key == C.joined.key ? 0 : 1
                out.append(k < parts.count ? parts[k] : "")
            case AssignmentColumns.source.key where roles[from[0]] == .sourceSelf || roles[from[0]] == .sourceAssigned:
                let filled = from.filter { !FieldParsing.text(cell($0)).isEmpty }
                if filled.count > 1 { addRowError(rec.line, written[key], "đánh dấu cả Phân công và Tự nhận", "marked both assigned and self-registered") }
                out.append(filled.count == 1 ? (roles[filled[0]] == .sourceSelf ? Source.selfRegistered.vi : Source.assigned.vi) : "")
            case AssignmentColumns.area.key where from.count > 1 || roles[from[0]] == .householdList:
                out.append(from.map { FieldParsing.text(cell($0)) }.filter { !$0.isEmpty }.joined(separator: " — "))
            case C.cardNo.key where roles[from[0]] == .cardAndRecord:
                out.append(CombinedCell.cardAndRecord(cell(from[0])).card)
            case C.notes.key:
                var pieces: [String] = []
                for i in from {
                    let v = cell(i)
                    switch roles[i] {
                    case .cccd: let t = FieldParsing.text(v); if !t.isEmpty { pieces.append("CCCD: \(t)") }
                    case .jobTitle: let t = FieldParsing.text(v); if !t.isEmpty { pieces.append("Chức vụ: \(t)") }
                    case .cardAndRecord: let r = CombinedCell.cardAndRecord(v).record; if !r.isEmpty { pieces.append("Số lý lịch: \(r)") }
                    case .genderEthnicReligion:
                        let p = CombinedCell.genderEthnicReligion(v)
                        if p.count > 1, !p[1].isEmpty { pieces.append("Dân tộc: \(p[1])") }
                        if p.count > 2, !p[2].isEmpty { pieces.append("Tôn giáo: \(p[2])") }
                    default: let t = FieldParsing.multiline(v); if !t.isEmpty { pieces.append(t) }
                    }
                }
                out.append(pieces.joined(separator: "\n"))
            case C.status.key where roles[from[0]] == .diedOn || roles[from[0]] == .departedOn:
                if let i = from.first(where: { (roles[$0] == .diedOn || roles[$0] == .departedOn) && !FieldParsing.text(cell($0)).isEmpty }) {
                    out.append(roles[i] == .diedOn ? StatusKind.deceased.vi : StatusKind.transferredOut.vi)
                } else if statusFromNotes, let n = from.last {
                    out.append(StatusInNotes.read(cell(n))?.vi ?? "")
                } else {
                    out.append("")
                }
            case C.statusDate.key where roles[from[0]] == .diedOn || roles[from[0]] == .departedOn:
                out.append(from.map { cell($0) }.first { !FieldParsing.text($0).isEmpty } ?? "")
            case C.status.key where statusFromNotes:
                let s = StatusInNotes.read(cell(from[0]))
                out.append(s?.vi ?? "")
                if let s {
                    rowNotes.append(ImportIssue(line: rec.line, column: written[key],
                                                vi: "trạng thái “\(s.vi)” đọc từ Ghi chú", en: "status “\(s.en)” read from the notes"))
                }
            case C.statusNote.key where statusFromNotes:
                let n = FieldParsing.text(cell(from[0]))
                out.append(StatusInNotes.read(n) == nil ? "" : n)
            default:
                out.append(cell(from[0]))
            }
        }
        return CSVReader.Record(line: rec.line, fields: out)
    }

    private(set) var rowErrors: [ImportIssue] = []
    private mutating func addRowError(_ line: Int, _ column: String?, _ vi: String, _ en: String) {
        rowErrors.append(ImportIssue(line: line, column: column, vi: vi, en: en))
    }
}

/// The words of a list of self-registered tasks. "Tư nhân" (private, as in a private
/// company) folds to the same letters as "tự nhận", so the words count with their diacritics,
/// or without any only in phrases that cannot mean anything else.
enum SelfRegisteredWords {
    /// A heading that is the whole phrase: "Tự nhận", "Tự đăng ký", "Tự nhận nhiệm vụ".
    static func isHeading(_ heading: String) -> Bool {
        let t = VietText.clean(heading).lowercased()
        if ["tự nhận", "tự đăng ký", "tự đăng kí", "tự nhận nhiệm vụ", "đăng ký tự nhận"].contains(t) { return true }
        let f = Column.foldHeader(heading)
        return f == t && ["tu nhan", "tu dang ky", "tu nhan nhiem vu", "dang ky tu nhan"].contains(f)  // written without any diacritics
    }

    /// Text that says self-registered somewhere: a title, or a heading such as "Nhiệm vụ tự nhận".
    static func said(_ text: String) -> Bool {
        let t = VietText.clean(text).lowercased()
        if t.contains("tự nhận") || t.contains("tự đăng ký") || t.contains("tự đăng kí") { return true }
        // "DANH SÁCH ĐẢNG VIÊN ĐĂNG KÝ NHIỆM VỤ": the member registers the task himself.
        if t.contains("đăng ký nhiệm vụ") || t.contains("đăng kí nhiệm vụ") || t.contains("nhiệm vụ đăng ký") || t.contains("nhiệm vụ đăng kí") { return true }
        let f = VietText.fold(t)
        return f == t && (f.contains("tu nhan nhiem vu") || f.contains("nhiem vu tu nhan") || f.contains("tu dang ky") || f.contains("dang ky nhiem vu"))
    }
}

/// A status written in the notes of a roster that has no status column.
enum StatusInNotes {
    static func read(_ notes: String) -> StatusKind? {
        let f = VietText.fold(VietText.clean(notes))
        guard !f.isEmpty else { return nil }
        if f.hasPrefix("mien sh") || f.hasPrefix("mien sinh hoat") || f.hasPrefix("mien cong tac") || f.hasPrefix("da mien") { return .exempt }
        if f.hasPrefix("da chuyen") || f.hasPrefix("chuyen sinh hoat") || f.hasPrefix("chuyen di") || f.hasPrefix("chuyen sh") { return .transferredOut }
        if f.hasPrefix("tu tran") || f.hasPrefix("da mat") || f.hasPrefix("da tu tran") || f.hasPrefix("tu tran") { return .deceased }
        return nil
    }
}
