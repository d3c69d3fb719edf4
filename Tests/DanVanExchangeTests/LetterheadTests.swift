import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// The unit's header lines, place and signer come from its record (issue 15, item 3).
@Suite struct LetterheadTests {
    private func cellState() throws -> (State, OrgID) {
        let s = Demo.generate(scale: .cell, seed: 7, today: demoToday)
        let cell = try #require(s.orgs.values.first { $0.level.isCell })
        return (s, cell.id)
    }

    private func text(_ bytes: [UInt8]) throws -> String {
        var zip = try ZipContainer(bytes, file: "d.docx")
        return String(decoding: try #require(try zip.read("word/document.xml")), as: UTF8.self)
    }

    @Test func defaultsComeFromTheTree() throws {
        var (s, cell) = try cellState()
        var org = s.orgs[cell]!
        let secretaries = s.directMembers(of: cell).compactMap { s.members[$0] }.filter { $0.role == .secretary }
        for m in secretaries { var c = m; c.role = .member; try s.apply(.updateMember(c)) }
        var h = Letterhead(of: cell, in: s)
        #expect(h.issuer == org.name && h.placeName.isEmpty && h.signer.isEmpty && h.onBehalf == "T/M CHI BỘ" && h.code == "CB")
        #expect(h.superior == (org.parent.flatMap { s.orgs[$0]?.name } ?? ""))
        // One active secretary signs by default.
        var sec = s.members[s.directMembers(of: cell).first!]!
        sec.role = .secretary
        try s.apply(.updateMember(sec))
        h = Letterhead(of: cell, in: s)
        #expect(h.signer == sec.fullName)
        // The record wins over the tree.
        org.letterhead = "Đảng bộ xã Bình Khánh"
        org.placeName = "Cần Giờ"
        org.signer = "Lê Thị Hồng Nhung"
        try s.apply(.updateOrg(org))
        h = Letterhead(of: cell, in: s)
        #expect(h.superior == "Đảng bộ xã Bình Khánh" && h.placeName == "Cần Giờ" && h.signer == "Lê Thị Hồng Nhung")
    }

    @Test func theWordDocumentsPrintTheRecord() throws {
        var (s, cell) = try cellState()
        var org = s.orgs[cell]!
        org.letterhead = "Đảng bộ xã Bình Khánh"
        org.placeName = "Cần Giờ"
        org.signer = "Lê Thị Hồng Nhung"
        try s.apply(.updateOrg(org))
        let report = Report.build(state: s, org: cell, year: 2025)
        let r = try text(try ReportDocument.make(report, state: s, lang: .vi, today: Day(year: 2026, month: 2, day: 3)!))
        #expect(r.contains("ĐẢNG BỘ XÃ BÌNH KHÁNH"))
        #expect(r.contains(">Cần Giờ</w:t>") && r.contains(", ngày 03 tháng 02 năm 2026"))
        #expect(r.contains(">Lê Thị Hồng Nhung</w:t>") && !r.contains("[Địa danh]") && !r.contains("[Họ và tên]"))
        #expect(r.contains("Đảng bộ xã Bình Khánh (để báo cáo)"))
        let html = report.html(.vi)
        #expect(html.contains("ĐẢNG BỘ XÃ BÌNH KHÁNH") && html.contains("Cần Giờ, ngày") && html.contains("Lê Thị Hồng Nhung"))
        if let meeting = s.meetings.values.first(where: { $0.org == cell }) {
            let m = try text(try MinutesDocument.make(s, meetings: [meeting.id]))
            #expect(m.contains("ĐẢNG BỘ XÃ BÌNH KHÁNH") && m.contains(">Cần Giờ</w:t>"))
        }
    }

    @Test func theFieldsSurviveTheSnapshotAndOldRecordsReadWithout() throws {
        let org = Org(id: OrgID(9), parent: nil, name: "Chi bộ 1", level: .grassrootsCell,
                      letterhead: "Đảng bộ \"A\"", placeName: "Hà Nội", signer: "Trần Văn B")
        var w = JSONWriter()
        org.writeJSON(to: &w)
        let bytes = w.bytes
        #expect(try JSONReader.read(bytes) { try Org(json: &$0) } == org)
        let o = try JSONReader.read(Array(#"{"id":9,"name":"Chi bộ 1","level":"chi_bo_co_so"}"#.utf8)) { try Org(json: &$0) }
        #expect(o.letterhead.isEmpty && o.placeName.isEmpty && o.signer.isEmpty)
    }

    @Test func theFieldsTravelInBundlesAndUpdateTheCommittee() throws {
        var (s, cell) = try cellState()
        var org = s.orgs[cell]!
        org.letterhead = "Đảng bộ xã Tân Phú"; org.placeName = "Tân Phú"; org.signer = "Võ Thị Sáu"
        try s.apply(.updateOrg(org))
        let back = try OrgBundle.decode(OrgBundle(state: s, root: cell).encode())
        let carried = try #require(back.tables.orgs.first { $0.id == cell })
        #expect(carried.letterhead == "Đảng bộ xã Tân Phú" && carried.placeName == "Tân Phú" && carried.signer == "Võ Thị Sáu")
        // The committee's copy, without the fields, takes them from the cell's bundle.
        var committee = s
        var old = committee.orgs[cell]!
        old.letterhead = ""; old.placeName = ""; old.signer = ""
        try committee.apply(.updateOrg(old))
        let plan = back.mergePlan(into: committee)
        #expect(plan.ok, "\(plan.errors)")
        try committee.apply(batch: plan.ops)
        #expect(committee.orgs[cell] == org)
    }
}
