import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

@Suite struct FieldParsingTests {
    @Test func commonDatesReadAsDayParseReadsThem() throws {
        let samples = ["01/02/1980", "31/12/2024", "29/02/2024", "29/02/2023", "31/04/2020", "00/01/2000", "2024-02-29",
                       "2023-13-01", "1999-12-31", "01-02-1980", "1/2/1980", "01.02.1980", "1980", "0a/02/1980", "1980/02/01"]
        for s in samples {
            let expected = Day.parse(s, partial: true)?.firstDay
            var got: Day?
            do { got = try FieldParsing.day(s, partial: .first) } catch { got = nil }
            #expect(got == expected, "\(s)")
            if let fast = FieldParsing.commonDay(s) { #expect(fast == expected, "\(s)") }
        }
        #expect(FieldParsing.commonDay("1/2/1980") == nil)  // not a common form: the general reader takes it
    }

    @Test func cleanTextIsLeftAsItIsAndAnythingElseIsCleaned() {
        let samples = ["Nguyễn Văn Ánh", " Nguyễn  Văn ", "Đảng bộ – “x”", "a\tb", "Tôn Nữ\u{00A0}Ngọc", "", "x\u{0085}y",
                       "Nguyễn".decomposedStringWithCanonicalMapping, "Ω", "x ", "Số 12, tổ 3…", "Phạm\nVăn", "emoji 😀", "\u{7F}"]
        for s in samples {
            #expect(FieldParsing.text(s) == VietText.clean(s), "\(s.debugDescription)")
            if FieldParsing.isClean(s) { #expect(Array(VietText.clean(s).utf8) == Array(s.utf8), "\(s.debugDescription)") }
        }
        #expect(FieldParsing.multiline("một dòng") == "một dòng")
        #expect(FieldParsing.multiline(" a\r\nb ") == "a\nb")
    }

    @Test func memoGivesTheSameAnswersPastItsShortList() {
        var calls = 0
        let memo = ParseMemo { (s: String) throws(FieldParsing.Failure) -> Int? in
            calls += 1
            guard let n = Int(s) else { throw FieldParsing.Failure(vi: "sai", en: "bad") }
            return n
        }
        for round in 0..<2 {
            for n in 0..<20 { #expect((try? memo("\(n)")) == n, "round \(round)") }
            #expect(throws: FieldParsing.Failure.self) { try memo("x") }
        }
        #expect(calls == 21)
    }
}

@Suite struct OrgPathTests {
    /// Names match as the core's `org(atPath:)` matches them: exact first, else the one child
    /// with the same folded name; two such children are no match.
    @Test func pathsMatchAsTheCoreMatchesThem() throws {
        var s = State()
        let root = Org(id: OrgID(1), parent: nil, name: "Đảng bộ huyện Củ Chi", level: .higherCommittee)
        try s.apply(.addOrg(root))
        try s.apply(.addOrg(Org(id: OrgID(2), parent: root.id, name: "Chi bộ ấp Phú Hòa", level: .grassrootsCell)))
        try s.apply(.addOrg(Org(id: OrgID(3), parent: root.id, name: "Chi bộ ấp Phú Hoà", level: .grassrootsCell)))
        try s.apply(.addOrg(Org(id: OrgID(4), parent: root.id, name: "Chi bộ Tân An", level: .grassrootsCell)))
        var paths = OrgPaths(state: s, create: false)
        let texts = ["Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa", "Đảng bộ huyện Củ Chi/Chi bộ ấp Phú Hoà",
                     "  dang bo huyen cu chi  /  CHI BO TAN AN ", "Đảng bộ huyện Củ Chi / Chi bộ ấp Phu Hoa",
                     "Đảng bộ huyện Củ Chi / Chi bộ Không Có", "Đảng bộ huyện Củ Chi", "Đảng bộ huyện  Củ   Chi / Chi bộ Tân An"]
        for t in texts {
            let core = s.org(atPath: t)
            switch paths.cell(t) {
            case .success(let id)?: #expect(id == core, "\(t)")
            case .failure?: #expect(core == nil || !s.orgs[core!]!.level.isCell, "\(t)")
            case nil: Issue.record("blank: \(t)")
            }
        }
        #expect(paths.cell(" / ") == nil)
        #expect(OrgPaths.split(" Đảng bộ A /  / Chi bộ  B ") == ["Đảng bộ A", "Chi bộ B"])
    }

    @Test func createdNodesAreFoundByLaterRowsUnderAnySpelling() throws {
        var paths = OrgPaths(state: State(), create: true, paths: ["Đảng bộ Mới / Chi bộ Một", "dang bo moi / chi bo hai"])
        guard case .success(let one)? = paths.cell("Đảng bộ Mới / Chi bộ Một"),
              case .success(let again)? = paths.cell("ĐẢNG BỘ MỚI / chi bo mot"),
              case .success(let two)? = paths.cell("dang bo moi / chi bo hai") else {
            Issue.record("not resolved")
            return
        }
        #expect(one == again && one != two)
        #expect(paths.createdOps.count == 3)
        #expect(paths.scratch.org(atPath: "Đảng bộ Mới / Chi bộ Một") == one)
        #expect(OrgPaths.unitKind("Chi bộ Trường Tiểu học") == .donViSuNghiep)
        #expect(OrgPaths.unitKind("Đảng bộ Xã An Phú") == .xa)
        #expect(OrgPaths.unitKind("Chi bộ Khu phố 3") == nil)
    }
}
