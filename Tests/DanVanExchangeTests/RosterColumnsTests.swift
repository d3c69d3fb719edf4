import DanVanCore
@testable import DanVanExchange
import Testing

/// What the import screen shows of a file's columns and how it gives one another meaning.
struct RosterColumnsTests {
    static let file = Array("""
        DANH SÁCH ĐẢNG VIÊN
        STT,Họ,Tên đệm,Tên,Năm sinh,Số thẻ đảng,Quê quán,Ghi chú
        1,Lưu,Văn,Sáng,1970,79055501,Xã Tân Phú,Miễn SH từ 2021: tuổi cao
        Tổng cộng: 1 đồng chí,,,,,,,

        """.utf8)
    static let today = Day(year: 2026, month: 11, day: 23)!

    @Test func withoutOverridesTheRosterIsTheCommandLinesOwn() throws {
        let loaded = try TableFile.load(Self.file, fileName: "ds.csv", sheet: nil, encoding: nil)
        let cli = try loaded.roster(kind: .members, today: Self.today)
        let (screen, columns, _) = try RosterColumns.roster(loaded, kind: .members, today: Self.today, overrides: [:])
        #expect(screen.header == cli.header)
        #expect(screen.rows == cli.rows)
        #expect(screen.skipped == cli.skipped && screen.inferred == cli.inferred)
        #expect(screen.errors == cli.errors && screen.warnings == cli.warnings)
        #expect(columns.map(\.heading) == ["STT", "Họ", "Tên đệm", "Tên", "Năm sinh", "Số thẻ đảng", "Quê quán", "Ghi chú"])
        #expect(columns.map(\.key) == [nil, nil, nil, nil, "birth_date", "card_no", nil, "notes"])
        #expect(columns.map(\.vi) == ["số thứ tự (không lưu)", "phần của Họ và tên", "phần của Họ và tên",
                                      "phần của Họ và tên, Tên gọi", "Ngày sinh", "Số thẻ", "bỏ qua (không nhận ra)", "Ghi chú"])
    }

    @Test func aColumnGivenAFieldIsReadAsThatFieldAndAnIgnoredOneIsNot() throws {
        let loaded = try TableFile.load(Self.file, fileName: "ds.csv", sheet: nil, encoding: nil)
        let (t, columns, _) = try RosterColumns.roster(loaded, kind: .members, today: Self.today,
                                                    overrides: [6: "residence", 7: ""])
        #expect(columns[6].heading == "Quê quán" && columns[6].key == "residence" && columns[6].vi == "Nơi cư trú")
        #expect(columns[7].heading == "Ghi chú" && columns[7].key == nil && columns[7].vi == "bỏ qua")
        let plan = MemberImport.plan(t, into: State(), createOrgs: true, org: "Chi bộ A", validate: true)
        #expect(plan.errors == [])
        let added = plan.ops.compactMap { op -> Member? in if case .addMember(let m) = op.change { m } else { nil } }
        #expect(added.map(\.fullName) == ["Lưu Văn Sáng"])
        #expect(added.first?.residence == "Xã Tân Phú")
        // The notes column is ignored: no status is read from it.
        #expect(added.first?.notes == "" && added.first?.status.kind == .active)
    }

    @Test func aFileWithoutAHeaderRowHasNoColumnsAndTheLocatorsError() throws {
        let loaded = try TableFile.load(Array("a,b\nc,d\n".utf8), fileName: "x.csv", sheet: nil, encoding: nil)
        let (t, columns, _) = try RosterColumns.roster(loaded, kind: .members, today: Self.today, overrides: [0: "full_name"])
        // No header row is found, so there is no column to give a meaning: the file is refused.
        #expect(columns.isEmpty)
        #expect(t.errors.map(\.vi) == ["không tìm thấy dòng tiêu đề cột (ví dụ “Họ và tên”, “Số thẻ”) trong 50 dòng đầu"])
    }
}
