import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// What an assignment file leaves unsaid: the place (decided by the cell's kind of unit) and
/// the source (self-registered when the file is a list of self-registered tasks) — each
/// default listed in the summary, never applied silently.
@Suite struct AssignmentDefaultsTests {
    /// A district with a commune committee (a village cell and a school cell under it), a
    /// company cell whose kind is set, and a cell nothing tells the kind of.
    static func state() throws -> State {
        var s = State()
        let orgs = [
            Org(id: OrgID(1), parent: nil, name: "Đảng bộ huyện Củ Chi", level: .higherCommittee),
            Org(id: OrgID(2), parent: OrgID(1), name: "Đảng bộ xã Tân Thạnh", level: .grassrootsCommittee, unitKind: .xa),
            Org(id: OrgID(3), parent: OrgID(2), name: "Chi bộ ấp Bàu Sim", level: .subordinateCell),
            Org(id: OrgID(4), parent: OrgID(2), name: "Chi bộ Trường THCS Tân Thạnh", level: .subordinateCell),
            Org(id: OrgID(5), parent: OrgID(1), name: "Chi bộ Điện lực Củ Chi", level: .grassrootsCell, unitKind: .doanhNghiep),
            Org(id: OrgID(6), parent: OrgID(1), name: "Chi bộ Hưu trí", level: .grassrootsCell),
            Org(id: OrgID(7), parent: OrgID(2), name: "Chi bộ Đồng Lớn", level: .subordinateCell),
        ]
        for o in orgs { try s.apply(.addOrg(o)) }
        let people: [(Int, Int, String, String)] = [
            (10, 3, "Lê Văn Tám", "11111111"), (11, 4, "Trần Thị Hoa", "22222222"), (12, 5, "Phạm Văn Điện", "33333333"),
            (13, 6, "Võ Văn Hưu", "44444444"), (14, 7, "Đỗ Thị Lớn", "55555555"),
        ]
        for (id, org, name, card) in people {
            try s.apply(.addMember(Member(id: MemberID(UInt64(id)), org: OrgID(UInt64(org)), fullName: name, cardNo: card)))
        }
        return s
    }

    static func plan(_ csv: String, into s: State) -> ImportPlan {
        let roster = RosterTable.locate(try! CSVReader.records(Array(csv.utf8)).records, kind: .assignments)
        return AssignmentImport.plan(roster, into: s)
    }

    static func added(_ p: ImportPlan) -> [MemberID: Assignment] {
        var out: [MemberID: Assignment] = [:]
        for op in p.ops { if case .addAssignment(let a) = op.change { out[a.member] = a } }
        return out
    }

    @Test func withoutAPlaceColumnTheCellsKindOfUnitDecidesAndTheSummarySaysSo() throws {
        let s = try Self.state()
        let p = Self.plan("""
        Số thẻ,Đối tượng,Từ ngày
        11111111,ho_dan,01/01/2025
        22222222,thanh_nien,01/01/2025
        33333333,ho_dan,01/01/2025
        44444444,ho_dan,01/01/2025
        55555555,ho_dan,01/01/2025

        """, into: s)
        #expect(p.ok, "\(p.errors)")
        let a = Self.added(p)
        #expect(a[MemberID(10)]?.place == .residence)  // a village cell ("ấp")
        #expect(a[MemberID(11)]?.place == .workplace)  // a school, by its name
        #expect(a[MemberID(12)]?.place == .workplace)  // a company, by its kind
        #expect(a[MemberID(13)]?.place == .residence)  // nothing tells: the residence, said so
        #expect(a[MemberID(14)]?.place == .residence)  // the commune committee above it
        let notes = p.inferred.map(\.vi)
        #expect(notes.contains("không có cột “Nơi”: phân công của Đảng bộ huyện Củ Chi / Đảng bộ xã Tân Thạnh / Chi bộ ấp Bàu Sim ghi là Nơi cư trú (Chi bộ ấp Bàu Sim: chi bộ thôn, xóm, khu dân cư), dòng 2"), "\(notes)")
        #expect(notes.contains("không có cột “Nơi”: phân công của Đảng bộ huyện Củ Chi / Đảng bộ xã Tân Thạnh / Chi bộ Trường THCS Tân Thạnh ghi là Nơi công tác (Chi bộ Trường THCS Tân Thạnh: đơn vị sự nghiệp), dòng 3"))
        #expect(notes.contains("không có cột “Nơi”: phân công của Đảng bộ huyện Củ Chi / Chi bộ Điện lực Củ Chi ghi là Nơi công tác (Chi bộ Điện lực Củ Chi: doanh nghiệp), dòng 4"))
        #expect(notes.contains { $0.hasPrefix("không có cột “Nơi”: phân công của Đảng bộ huyện Củ Chi / Chi bộ Hưu trí ghi là Nơi cư trú (chưa rõ loại đơn vị của Chi bộ Hưu trí") })
        #expect(notes.contains("không có cột “Nơi”: phân công của Đảng bộ huyện Củ Chi / Đảng bộ xã Tân Thạnh / Chi bộ Đồng Lớn ghi là Nơi cư trú (Đảng bộ xã Tân Thạnh: xã), dòng 6"))
        #expect(notes.contains("không có cột “Nguồn”: phân công ghi là Phân công, dòng 2, 3, 4, 5, 6"))
        // --dry-run prints the same lines before the counts.
        let summary = p.summary(.en, noun: ("phân công", "assignments"), dryRun: true)
        #expect(summary.contains("Line 4: no “Nơi” column: the assignments of Đảng bộ huyện Củ Chi / Chi bộ Điện lực Củ Chi are recorded at the workplace (Chi bộ Điện lực Củ Chi: enterprise), lines 4"), "\(summary)")
    }

    @Test func aPlaceGivenWinsAndAnEmptyPlaceCellIsListed() throws {
        let s = try Self.state()
        let p = Self.plan("""
        Số thẻ,Đối tượng,Từ ngày,Nơi
        22222222,thanh_nien,01/01/2025,Nơi cư trú
        33333333,ho_dan,01/01/2025,

        """, into: s)
        #expect(p.ok, "\(p.errors)")
        #expect(Self.added(p)[MemberID(11)]?.place == .residence)
        #expect(Self.added(p)[MemberID(12)]?.place == .workplace)
        #expect(p.inferred.map(\.en).filter { $0.contains("“Nơi”") }
            == ["“Nơi” left empty: the assignments of Đảng bộ huyện Củ Chi / Chi bộ Điện lực Củ Chi are recorded at the workplace (Chi bộ Điện lực Củ Chi: enterprise), lines 3"])
    }

    @Test func aReimportWithoutAPlaceColumnKeepsTheRecordedPlace() throws {
        var s = try Self.state()
        let first = Self.plan("Số thẻ,Đối tượng,Từ ngày,Nơi,Nội dung\n11111111,ho_dan,01/01/2025,Nơi công tác,Vận động\n", into: s)
        try s.apply(batch: first.ops)
        let again = Self.plan("Số thẻ,Đối tượng,Từ ngày,Nội dung\n11111111,ho_dan,01/01/2025,Vận động mới\n", into: s)
        #expect(again.ok && again.updated == 1, "\(again.errors)")
        guard case .updateAssignment(let a)? = again.ops.first?.change else { Issue.record("no update"); return }
        #expect(a.place == .workplace && a.content == "Vận động mới")
        #expect(!again.inferred.contains { $0.vi.contains("“Nơi”") })
    }

    @Test func unitKindsMapToPlaces() {
        #expect(PlaceDefault.place(for: .coQuan) == .workplace && PlaceDefault.place(for: .lucLuongVuTrang) == .workplace)
        #expect(PlaceDefault.place(for: .phuong) == .residence && PlaceDefault.place(for: .thiTran) == .residence)
        #expect(PlaceDefault.place(for: .khac) == nil)
        #expect(PlaceDefault.isVillage("Chi bộ Khu phố 3") && PlaceDefault.isVillage("Chi bộ thôn Đông Hạ") && PlaceDefault.isVillage("Chi bộ Tổ dân phố 12"))
        #expect(!PlaceDefault.isVillage("Chi bộ Tổ chức - Kiểm tra") && !PlaceDefault.isVillage("Chi bộ Ban Tuyên giáo"))
    }

    // MARK: source

    @Test func aListOfSelfRegisteredTasksMakesRowsSelfRegistered() throws {
        let s = try Self.state()
        let p = Self.plan("""
        ĐẢNG BỘ XÃ TÂN THẠNH,,,
        DANH SÁCH ĐẢNG VIÊN TỰ NHẬN NHIỆM VỤ NĂM 2025,,,
        ,,,
        STT,Họ và tên,Số thẻ,Đối tượng,Nội dung,Thời gian
        1,Lê Văn Tám,11111111,ho_dan,Vận động giữ vệ sinh,01/02/2025

        """, into: s)
        #expect(p.ok, "\(p.errors)")
        #expect(Self.added(p)[MemberID(10)]?.source == .selfRegistered)
        #expect(p.inferred.contains { $0.line == 2 && $0.vi.hasPrefix("tiêu đề “DANH SÁCH ĐẢNG VIÊN TỰ NHẬN NHIỆM VỤ NĂM 2025” là danh sách tự nhận nhiệm vụ") }, "\(p.inferred)")
        #expect(!p.inferred.contains { $0.vi.contains("“Nguồn”") })
    }

    /// "Tư nhân" (private) folds to the letters of "tự nhận": a private company's list is
    /// not a list of self-registered tasks. A heading "Nội dung tự nhận" is.
    @Test func aPrivateCompanysTitleIsNotSelfRegistration() throws {
        let s = try Self.state()
        let p = Self.plan("""
        CHI BỘ DOANH NGHIỆP TƯ NHÂN ĐIỆN LỰC,,
        Số thẻ,Đối tượng,Từ ngày
        33333333,cong_nhan,01/02/2025

        """, into: s)
        #expect(p.ok, "\(p.errors)")
        #expect(Self.added(p)[MemberID(12)]?.source == .assigned)
        #expect(p.inferred.contains { $0.en.hasPrefix("no “Nguồn” column: assignments are recorded as assigned") }, "\(p.inferred)")
        let heading = Self.plan("Số thẻ,Đối tượng,Từ ngày,Nội dung tự nhận\n33333333,cong_nhan,01/02/2025,Vận động công nhân\n", into: s)
        let a = try #require(Self.added(heading)[MemberID(12)])
        #expect(a.source == .selfRegistered && a.content == "Vận động công nhân")
        #expect(!SelfRegisteredWords.said("Doanh nghiệp tư nhân") && SelfRegisteredWords.said("danh sach dang vien tu nhan nhiem vu"))
        #expect(SelfRegisteredWords.isHeading("Tu nhan") && !SelfRegisteredWords.isHeading("Tư nhân"))
    }

    @Test func aTuNhanColumnHoldingTheTaskMakesRowsSelfRegistered() throws {
        let s = try Self.state()
        let p = Self.plan("""
        Họ và tên,Số thẻ,Đối tượng,Tự đăng ký,Ngày đăng ký
        Lê Văn Tám,11111111,ho_dan,Vận động 5 hộ làm đường,01/02/2025

        """, into: s)
        #expect(p.ok, "\(p.errors)")
        let a = try #require(Self.added(p)[MemberID(10)])
        #expect(a.source == .selfRegistered && a.content == "Vận động 5 hộ làm đường")
        #expect(p.inferred.contains { $0.column == "Tự đăng ký" && $0.en.hasPrefix("the column “Tự đăng ký” holds self-registered tasks") }, "\(p.inferred)")
    }

    @Test func marksUnderPhanCongAndTuNhanGiveEachRowsSource() throws {
        let s = try Self.state()
        let p = Self.plan("""
        Họ và tên,Số thẻ,Đối tượng,Nội dung,Phân công,Tự nhận,Từ ngày
        Lê Văn Tám,11111111,ho_dan,Vận động,x,,01/02/2025
        Trần Thị Hoa,22222222,thanh_nien,Kèm học sinh,,x,01/02/2025

        """, into: s)
        #expect(p.ok, "\(p.errors)")
        #expect(Self.added(p)[MemberID(10)]?.source == .assigned)
        #expect(Self.added(p)[MemberID(11)]?.source == .selfRegistered)
        #expect(p.inferred.contains { $0.en.hasPrefix("a mark under Phân công / Tự nhận") })
        let both = Self.plan("""
        Họ và tên,Số thẻ,Đối tượng,Nội dung,Phân công,Tự nhận,Từ ngày
        Lê Văn Tám,11111111,ho_dan,Vận động,x,x,01/02/2025

        """, into: s)
        #expect(both.errors.map(\.description) == ["Line 2, column “Phân công + Tự nhận”: marked both assigned and self-registered"])
    }

    @Test func aSourceColumnWinsOverTheTitle() throws {
        let s = try Self.state()
        let p = Self.plan("""
        DANH SÁCH ĐẢNG VIÊN TỰ NHẬN NHIỆM VỤ,,,
        Số thẻ,Đối tượng,Nguồn,Từ ngày
        11111111,ho_dan,Phân công,01/02/2025
        22222222,thanh_nien,,01/02/2025

        """, into: s)
        #expect(p.ok, "\(p.errors)")
        #expect(Self.added(p)[MemberID(10)]?.source == .assigned)
        #expect(Self.added(p)[MemberID(11)]?.source == .selfRegistered)
    }
}
