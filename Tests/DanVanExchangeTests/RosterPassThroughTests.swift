import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// The project's own files go through the roster locator untouched: their first line is the
/// header and every column is the project's, "Họ" (family name) and "Tên gọi" included.
@Suite struct RosterPassThroughTests {
    static func cellOnly() throws -> State {
        var s = State()
        try s.apply(.addOrg(Org(id: OrgID(1), parent: nil, name: "Chi bộ ấp Phú Hòa", level: .grassrootsCell)))
        return s
    }

    @Test func theProjectsOwnExportPassesThroughAndKeepsFamilyNames() throws {
        var s = try Self.cellOnly()
        try s.apply(.addMember(Member(id: MemberID(5), org: OrgID(1), fullName: "Âu Dương Minh Khang", cardNo: "12345678",
                                      givenName: "Khang", familyName: "Âu Dương")))
        for lang in [Lang.vi, .en] {
            let csv = TableExport.members(s, under: nil, lang: lang)
            let roster = RosterTable.locate(try CSVReader.records(csv).records, kind: .members)
            #expect(roster.ok && roster.inferred.isEmpty && roster.skipped.isEmpty, "\(roster.inferred)")
            #expect(roster.header.fields == (try CSVReader.parse(csv).header.fields))  // as written: nothing rewritten
            var fresh = try Self.cellOnly()
            let p = MemberImport.plan(roster, into: fresh, createOrgs: false)
            #expect(p.ok, "\(p.errors)")
            try fresh.apply(batch: p.ops)
            let m = try #require(fresh.members.values.first)
            #expect(m.familyName == "Âu Dương" && m.givenName == "Khang" && m.cardNo == "12345678")
        }
    }
}
