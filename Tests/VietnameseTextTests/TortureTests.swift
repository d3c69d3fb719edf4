import DanVanCore
import Testing
@testable import DanVanExchange
@testable import DanVanUI

/// Every case of the torture list through sort, search, display, input, import and export.
@Suite struct TortureTests {
    static let cases = TortureList.all
    static let cellPath = "Đảng bộ xã Ea Tu / Chi bộ buôn Kô Tam"

    /// The cases imported through a CSV file, as a secretary would bring them in.
    static func imported() throws -> (State, [MemberID]) {
        var s = State()
        try s.apply(.addOrg(Org(id: OrgID(1), parent: nil, name: "Đảng bộ xã Ea Tu", level: .grassrootsCommittee)))
        try s.apply(.addOrg(Org(id: OrgID(2), parent: OrgID(1), name: "Chi bộ buôn Kô Tam", level: .subordinateCell)))
        func q(_ f: String) -> String { "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var csv = "Họ và tên,Tên gọi,Họ,Chi bộ,Ngày sinh\n"
        for (i, c) in cases.enumerated() {
            // Each a different birth date, so no two rows are taken for one member.
            let birth = Day(dayNumber: -3000 + i)
            csv += [q(c.raw), q(c.given ?? ""), q(c.family ?? ""), q(cellPath), birth.vn].joined(separator: ",") + "\n"
        }
        let plan = MemberImport.plan(try CSVReader.parse(Array(csv.utf8)), into: s, createOrgs: false)
        #expect(plan.ok, "\(plan.errors.prefix(5))")
        try s.apply(batch: plan.ops)
        // Rows are added in file order; find each case's member by its birth date.
        let byBirth = Dictionary(uniqueKeysWithValues: s.members.values.map { ($0.birthDate!, $0.id) })
        let ids = cases.indices.map { byBirth[Day(dayNumber: -3000 + $0)]! }
        return (s, ids)
    }

    @Test func importStoresTheCleanNameAndItsParts() throws {
        let (s, ids) = try Self.imported()
        for (c, id) in zip(Self.cases, ids) {
            let m = s.members[id]!
            #expect(m.fullName == c.stored, "\(c)")
            #expect(m.fullName == VietText.clean(c.raw), "\(c)")
            let p = m.nameParts
            #expect(p.family == c.parts.family && p.middle == c.parts.middle && p.given == c.parts.given, "\(c): \(p)")
        }
    }

    @Test func everyListSortsEachGroupInDictionaryOrder() throws {
        let (s, ids) = try Self.imported()
        let core = s.members(inSubtreeOf: OrgID(1))
        var ui = NameOrder()
        #expect(ui.members(inSubtreeOf: OrgID(1), of: s) == core)  // the member list
        let export = try CSVReader.parse(TableExport.members(s, under: nil, lang: .vi)).rows.map { $0.fields[1] }
        #expect(export == core.map { s.members[$0]!.fullName })  // the export
        // Cases of one group appear in the table's order (twins such as NFC/NFD or hoà/hòa
        // have equal keys and keep their import order).
        let position = Dictionary(uniqueKeysWithValues: core.enumerated().map { ($1, $0) })
        for group in Set(Self.cases.map(\.group)) {
            let mine = zip(Self.cases, ids).filter { $0.0.group == group }
            let got = mine.sorted { position[$0.1]! < position[$1.1]! }.map(\.0.stored)
            #expect(got == mine.map(\.0.stored), "group \(group)")
        }
    }

    @Test func searchFindsEveryCaseByItsSpellingItsFoldAndItsVariants() throws {
        let (s, ids) = try Self.imported()
        let index = MemberSearch(state: s, members: s.members(inSubtreeOf: OrgID(1)))
        for (c, id) in zip(Self.cases, ids) {
            for q in [c.stored, c.stored.decomposedStringWithCanonicalMapping, VietText.fold(c.stored), c.stored.uppercased()] + c.finds {
                #expect(index.find(q).contains(id), "\(c) by \(q.debugDescription)")
            }
            // Typed exactly, it is among the first: nothing without those diacritics comes before.
            let hits = index.hits(c.stored)
            let own = hits.first { $0.member == id }
            #expect(own?.rank == .exactDiacritics, "\(c)")
        }
    }

    @Test func displayTakesTheColumnsMeasuredEverywhere() {
        for c in Self.cases {
            #expect(VietText.width(c.stored) == c.width, "\(c)")
            var canvas = Canvas(width: 40, height: 1)
            #expect(canvas.put(c.stored, x: 0, y: 0) == c.width, "\(c)")
            // What the terminal is sent takes the same columns.
            let sent = c.stored.reduce(0) { n, ch in
                let f = VietText.terminalForm(ch)
                return n + VietText.width(f.text + (f.rightHalf ?? ""))
            }
            #expect(sent == c.width, "\(c)")
            #expect(VietText.width(VietText.pad(c.stored, to: 30)) == 30)
        }
    }

    @Test func inputByKeyboardInputMethodAndPasteEndsAsStored() {
        for c in Self.cases {
            // A keyboard: what the person sees, NFD keyboards sending lone marks.
            var typed = TextField()
            let visible = c.raw.map { $0.isWhitespace ? " " : String($0) }.joined()
            for u in visible.unicodeScalars { typed.handle(.char(Character(u))) }
            #expect(VietText.clean(typed.text) == c.stored, "\(c) typed")
            // An input method: each letter with marks first arrives bare, then is rewritten.
            var ime = TextField()
            for ch in c.stored {
                let bare = VietText.fold(String(ch))
                if bare != String(ch), bare.count == 1 {
                    ime.handle(.char(Character(bare)))
                    ime.handle(.backspace)
                }
                ime.handle(.char(ch))
            }
            #expect(ime.text == c.stored, "\(c) input method")
            // A paste of the raw text, into a one-line field.
            var pasted = TextField()
            pasted.paste(c.raw)
            #expect(VietText.clean(pasted.text) == c.stored, "\(c) pasted")
        }
    }

    @Test func exportReadsBackToTheSameNames() throws {
        let (s, _) = try Self.imported()
        let csv = TableExport.members(s, under: nil, lang: .en)
        let again = MemberImport.plan(try CSVReader.parse(csv), into: s, createOrgs: false)
        #expect(again.ok && again.added == 0, "\(again.errors.prefix(3))")
        var s2 = s
        try s2.apply(batch: again.ops)
        #expect(s2.members == s.members)
    }
}
