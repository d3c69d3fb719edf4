import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// Vietnamese text at the CSV boundary: cleaning, refusals, and the name columns.
@Suite struct VietnameseImportTests {
    private func state() throws -> State {
        var s = State()
        try s.apply(.addOrg(Org(id: OrgID(1), parent: nil, name: "Đảng bộ xã Ea Tu", level: .grassrootsCommittee)))
        try s.apply(.addOrg(Org(id: OrgID(2), parent: OrgID(1), name: "Chi bộ buôn Kô Tam", level: .subordinateCell)))
        return s
    }
    private let cell = "Đảng bộ xã Ea Tu / Chi bộ buôn Kô Tam"

    @Test func controlCharactersAndHugeNamesAreRefusedOnTheirLineAndColumn() throws {
        let huge = String(repeating: "A", count: 300_000)
        let csv = "full_name,org,notes\n"
            + "Lê\u{1B}[2JVăn An,\(cell),\n"
            + "Trần Thị Bình,\(cell),ghi chú\u{0}\n"
            + "\(huge),\(cell),\n"
            + "Phạm Văn Cường,\(cell),\n"
        let plan = MemberImport.plan(try CSVReader.parse(Array(csv.utf8)), into: try state(), createOrgs: false)
        #expect(plan.ops.isEmpty)
        let got = plan.errors.map { "\($0.line)|\($0.column ?? "-")" }
        #expect(got == ["2|full_name", "3|notes", "4|full_name"])
        #expect(plan.errors[0].en.contains("U+001B") && plan.errors[0].vi.contains("ký tự điều khiển"))
        #expect(plan.errors[1].en.contains("U+0000"))
        #expect(plan.errors[2].en.contains("over the limit of \(TextLimit.name)"))
    }

    @Test func namesAreCleanedAndFamilyAndGivenNamesRead() throws {
        var s = try state()
        let csv = "Họ và tên;Họ;Tên gọi;Chi bộ;Ghi chú;Ngày sinh\n"
            + "Y Moan\tÊban;Êban;Moan;\(cell);\"dòng 1\r\ndòng 2\";01/02/1970\n"
            + "H’Hen\u{200B} Niê;Niê;H’Hen;\(cell);;02/02/1971\n"
            + "  Ksor   H'Lơ ;;;\(cell);;03/02/1972\n"
            + "Tôn Nữ Thị Thu\u{00A0}Hà;;Thu Hà;\(cell);;04/02/1973\n"
        let plan = MemberImport.plan(try CSVReader.parse(Array(csv.utf8)), into: s, createOrgs: false)
        #expect(plan.ok, "\(plan.errors)")
        try s.apply(batch: plan.ops)
        let byName = Dictionary(uniqueKeysWithValues: s.members.values.map { ($0.fullName, $0) })
        #expect(Set(byName.keys) == ["Y Moan Êban", "H’Hen Niê", "Ksor H'Lơ", "Tôn Nữ Thị Thu Hà"])
        let y = byName["Y Moan Êban"]!
        #expect(y.nameParts == NameParts(fullName: "Y Moan Êban", givenOverride: "Moan", familyOverride: "Êban"))
        #expect(y.nameParts.given == "Moan" && y.nameParts.family == "Êban" && y.notes == "dòng 1\ndòng 2")
        #expect(byName["Tôn Nữ Thị Thu Hà"]!.nameParts.family == "Tôn Nữ")
        // Sorted by the chosen given names: H’Hen, H'Lơ, Moan, Thu Hà.
        let order = s.members(inSubtreeOf: OrgID(1)).map { s.members[$0]!.fullName }
        #expect(order == ["H’Hen Niê", "Ksor H'Lơ", "Y Moan Êban", "Tôn Nữ Thị Thu Hà"])
        // Export writes both columns, and reads back to the same members.
        let out = String(decoding: TableExport.members(s, under: nil, lang: .vi), as: UTF8.self)
        #expect(out.contains("Số thẻ,Họ và tên,Tên gọi,Họ,"))
        #expect(out.contains("Y Moan Êban,Moan,Êban,"))
        let again = MemberImport.plan(try CSVReader.parse(Array(out.utf8)), into: s, createOrgs: false)
        #expect(again.ok && again.added == 0, "\(again.errors)")
    }

    @Test func aGivenOrFamilyNameThatIsNotWordsOfTheNameIsRefused() throws {
        let csv = "full_name,given_name,family_name,org\n"
            + "Y Moan Êban,Moa,,\(cell)\n"
            + "H'Hen Niê,,Nie,\(cell)\n"
            + "Lê Văn Tám,Lê Văn Tám,,\(cell)\n"
        let plan = MemberImport.plan(try CSVReader.parse(Array(csv.utf8)), into: try state(), createOrgs: false)
        #expect(plan.errors.map { "\($0.line)|\($0.column ?? "-")" } == ["2|given_name", "3|family_name", "4|given_name"])
    }
}
