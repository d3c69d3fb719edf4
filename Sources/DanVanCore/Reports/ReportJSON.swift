import Foundation

/// A small pretty-printing JSON writer for reports: keys come out in the order written,
/// so the output is stable byte for byte. See REPORT_JSON.md for the contract.
struct ReportJSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the current container already holds an element (needs a comma).
    private var filled: [Bool] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    private mutating func newline() {
        bytes.append(10)
        bytes.append(contentsOf: repeatElement(32, count: depth * 2))
    }

    private mutating func element() {
        if let f = filled.last {
            if f { bytes.append(44) }
            filled[filled.count - 1] = true
            newline()
        }
    }

    mutating func key(_ k: String) {
        element()
        string(k, asValue: false)
        bytes.append(58)
        bytes.append(32)
    }

    private mutating func open(_ b: UInt8) { bytes.append(b); depth += 1; filled.append(false) }
    private mutating func close(_ b: UInt8) {
        depth -= 1
        if filled.removeLast() { newline() }
        bytes.append(b)
    }

    mutating func beginObject() { openValue(); open(123) }
    mutating func endObject() { close(125) }
    mutating func beginArray() { openValue(); open(91) }
    mutating func endArray() { close(93) }

    /// Values inside arrays need their comma and line; after a key they follow directly.
    private var afterKey: Bool {
        guard let last = bytes.last else { return true }
        return last == 32 && bytes.count >= 2 && bytes[bytes.count - 2] == 58
    }
    private mutating func openValue() { if !afterKey { element() } }

    mutating func int(_ v: Int) { openValue(); bytes.append(contentsOf: String(v).utf8) }
    mutating func null() { openValue(); bytes.append(contentsOf: "null".utf8) }
    /// A percentage in tenths as a number with one decimal (19.3), or null.
    mutating func percent(_ tenths: Int?) {
        openValue()
        bytes.append(contentsOf: (NumberFormat.plainDecimal(tenths: tenths) ?? "null").utf8)
    }
    mutating func string(_ s: String) { string(s, asValue: true) }

    private mutating func string(_ s: String, asValue: Bool) {
        if asValue { openValue() }
        bytes.append(34)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        for b in s.utf8 {
            switch b {
            case 34: bytes.append(92); bytes.append(34)
            case 92: bytes.append(92); bytes.append(92)
            case 10: bytes.append(92); bytes.append(110)
            case 13: bytes.append(92); bytes.append(114)
            case 9: bytes.append(92); bytes.append(116)
            case 0..<32:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(b >> 4)])
                bytes.append(hex[Int(b & 15)])
            default: bytes.append(b)
            }
        }
        bytes.append(34)
    }

    mutating func field(_ k: String, _ v: Int) { key(k); int(v) }
    mutating func field(_ k: String, _ v: String) { key(k); string(v) }
    mutating func field(_ k: String, percent v: Int?) { key(k); percent(v) }
}

extension Report {
    /// The report as JSON (UTF-8 text), keys in a fixed order; see REPORT_JSON.md.
    public func json() -> String { String(decoding: jsonBytes(), as: UTF8.self) }

    public func jsonBytes() -> [UInt8] {
        var w = ReportJSONWriter(capacity: 4096 + notEvaluated.count * 80 + meetings.cells.count * 160)
        w.beginObject()
        w.field("schema", ReportJSONContract.schema)
        w.field("org", path)
        w.field("orgId", Int(org.raw))
        w.field("year", year)
        w.field("generatedAt", Report.stamp(generatedAt, seconds: true))
        w.field("eligible", counts.eligible)
        w.field("exempt", counts.exempt)
        w.field("assigned", counts.assigned)
        w.field("assignedPercent", percent: assignedTenths)
        w.field("selfRegistered", counts.selfRegistered)
        w.field("selfRegisteredPercent", percent: selfRegisteredTenths)
        w.key("headline")
        w.beginObject()
        for lang in Lang.allCases {
            w.key(lang.rawValue)
            w.beginArray()
            for s in headline.sentences(lang) { w.string(s) }
            w.endArray()
        }
        w.endObject()

        w.key("children")
        w.beginArray()
        for c in children {
            w.beginObject()
            w.field("id", Int(c.org.raw))
            w.field("name", c.name)
            w.field("path", c.path)
            w.field("eligible", c.counts.eligible)
            w.field("exempt", c.counts.exempt)
            w.field("assigned", c.counts.assigned)
            w.field("assignedPercent", percent: c.assignedTenths)
            w.field("selfRegistered", c.counts.selfRegistered)
            w.field("selfRegisteredPercent", percent: c.selfRegisteredTenths)
            w.endObject()
        }
        w.endArray()

        w.key("byTargetGroup")
        w.beginArray()
        for g in byTargetGroup {
            w.beginObject()
            w.field("code", g.group.code)
            w.field("assignments", g.assignments)
            w.field("members", g.members)
            w.field("households", g.households)
            w.endObject()
        }
        w.endArray()

        w.key("byPlace")
        w.beginObject()
        w.field("workplace", byPlace.workplace)
        w.field("residence", byPlace.residence)
        w.endObject()

        w.key("evaluations")
        w.beginObject()
        for l in EvaluationLevel.allCases { w.field(l.code, evaluations.count(l)) }
        w.field("chua_danh_gia", evaluations.notEvaluated)
        w.endObject()

        w.key("notEvaluated")
        w.beginArray()
        for m in notEvaluated {
            w.beginObject()
            w.field("id", Int(m.id.raw))
            w.field("name", m.name)
            w.field("cell", m.cell)
            w.endObject()
        }
        w.endArray()

        w.key("masses")
        w.beginObject()
        w.field("introduced", masses.introduced)
        w.field("inClass", masses.inClass)
        w.field("admitted", masses.admitted)
        w.key("totals")
        w.beginObject()
        w.field("introduced", masses.introducedTotal)
        w.field("inClass", masses.inClassTotal)
        w.field("admitted", masses.admittedTotal)
        w.field("records", masses.records)
        w.endObject()
        w.endObject()

        w.key("models")
        w.beginObject()
        w.field("total", models.total)
        w.key("byField")
        w.beginObject()
        for f in ModelField.allCases { w.field(f.code, models.count(field: f)) }
        w.endObject()
        w.key("byStage")
        w.beginObject()
        for s in ModelStage.allCases { w.field(s.code, models.count(stage: s)) }
        w.endObject()
        w.key("byFieldStage")
        w.beginObject()
        for f in ModelField.allCases {
            w.key(f.code)
            w.beginObject()
            for s in ModelStage.allCases { w.field(s.code, models.count(f, s)) }
            w.endObject()
        }
        w.endObject()
        w.endObject()

        w.key("meetings")
        w.beginObject()
        w.field("held", meetings.held)
        w.field("present", meetings.present)
        w.field("expected", meetings.expected)
        w.field("attendancePercent", percent: meetings.attendanceTenths)
        w.key("cells")
        w.beginArray()
        for c in meetings.cells {
            w.beginObject()
            w.field("id", Int(c.org.raw))
            w.field("cell", c.cell)
            w.field("eligible", c.eligible)
            w.field("held", c.held)
            w.field("present", c.present)
            w.field("expected", c.expected)
            w.field("attendancePercent", percent: c.attendanceTenths)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject()
        var out = w.bytes
        out.append(10)
        return out
    }
}
