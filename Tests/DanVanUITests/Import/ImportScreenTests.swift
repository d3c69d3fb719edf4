import DanVanApp
import DanVanCore
import DanVanExchange
import DanVanStore
import Foundation
import Testing
@testable import DanVanUI

/// File → Nhập danh sách: the file list, the preview, changing a column, confirming, and a
/// refused file, driven by keys through the run loop on an in-memory file system.
struct ImportScreenTests {
    /// A roster as a cell keeps it: title block, the table, a totals row and a signature footer.
    static let messy = """
        ĐẢNG BỘ PHƯỜNG BẾN NGHÉ
        CHI BỘ KHU PHỐ 1
        DANH SÁCH ĐẢNG VIÊN
        ,,,,,,
        STT,Họ và tên,Ngày sinh,Số thẻ,Ngày vào Đảng,Quê quán,Ghi chú
        1,Hoàng Văn Nam,12/03/1961,79012301,05/05/1990,Xã Tân Phú,
        2,Bùi Thị Hoa,01/02/1975,79012302,03/02/2000,Xã An Bình,
        Tổng cộng: 2 đồng chí,,,,,,
        ,,,,,T/M CHI BỘ,
        ,,,,,BÍ THƯ,

        """

    /// An unquoted comma in an address shifts a row: refused on its line.
    static let ragged = """
        Họ và tên,Ngày sinh,Số thẻ,Nơi cư trú
        Đỗ Văn Khoa,02/02/1970,79012310,Tổ 3
        Mai Thị Lan,03/03/1980,79012311,Số 5, Tổ 4
        Ngô Văn Minh,04/04/1985,79012312,Số 7, Tổ 6

        """

    final class Harness {
        let fs = MemoryFileSystem()
        let records: StateRecords
        let loop: AppLoop
        init(width: Int = 80, height: Int = 24, lang: Lang = .vi) throws {
            try fs.createDirectory("/home/bithu")
            try fs.createDirectory("/home/bithu/ds")
            fs.setContents("/home/bithu/ds/ds-chi-bo-1.csv", Array(ImportScreenTests.messy.utf8))
            fs.setContents("/home/bithu/ds/ds-loi.csv", Array(ImportScreenTests.ragged.utf8))
            fs.setContents("/home/bithu/ds/bien-ban.docx", [0x50, 0x4B])
            fs.setContents("/home/bithu/ds/.an.csv", Array("x".utf8))
            fs.setContents("/home/bithu/ds/so-dang-vien.xlsx", [0x50, 0x4B])
            fs.setContents("/home/bithu/danh-sach-cu.txt", Array("Họ và tên,Chi bộ\n".utf8))
            records = StateRecords(Fixture.state())
            var services = AppServices.inert
            services.files = fs
            services.currentFolder = "/home/bithu/ds"
            services.homeFolder = "/home/bithu"
            var app = Fixture.app(width: width, height: height, lang: lang, data: records.records)
            // The tree on Chi bộ Khu phố 1 (the ward, then its first cell).
            app.press(.down)
            loop = AppLoop(app: app, terminal: ScriptedTerminal(width: width, height: height), records: records, services: services)
        }
        var app: AppState { loop.app }
        func press(_ keys: Key...) { for k in keys { loop.dispatch(.key(k)) } }
        func type(_ s: String) { for c in s { loop.dispatch(.key(.char(c))) } }
        /// File → Nhập danh sách by the menu.
        func open() {
            press(.function(9))
            for _ in 0..<Menu.file.items.firstIndex(of: .importing(.importRoster))! { press(.down) }
            press(.enter)
        }
        var page: ImportPage? { if case .importRoster(let p) = app.page { p } else { nil } }
        var preview: ImportPreview? { page?.preview }
        /// Opens the messy roster's preview.
        func openMessy() {
            open()
            type("chi-bo")
            press(.enter)
        }
    }

    @Test func theFileListShowsRosterFilesAndFoldersAndTypingNarrowsIt() throws {
        let h = try Harness()
        h.open()
        // Only folders and .csv/.xlsx/.xls/.txt: no .docx, no hidden file.
        expectScreen(h.app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 1
         Nhập danh sách — /home/bithu/ds
         Lọc:  (gõ vài chữ của tên tệp để lọc)
          ../
          ~/
          ds-chi-bo-1.csv
          ds-loi.csv
          so-dang-vien.xlsx















        Enter Chọn  Esc Đóng
        """)
        h.type("lo")
        expectScreen(h.app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 1
         Nhập danh sách — /home/bithu/ds
         Lọc: lo
          ds-loi.csv



















        Enter Chọn  Esc Đóng
        """)
        // Backspace widens it again; the home folder is one Enter away.
        // A pasted name narrows it too.
        h.press(.backspace, .backspace)
        h.loop.dispatch(.paste("so-dang\nrác"))
        #expect(h.page?.choices.map(\.label) == ["so-dang-vien.xlsx"])
        for _ in 0..<7 { h.press(.backspace) }
        #expect(h.page?.filter.isEmpty == true)
        // F1 lists the screen's keys.
        h.press(.function(1))
        #expect(h.app.screen[3].contains("Phím tắt — Nhập danh sách"))
        #expect(h.app.screen.contains { $0.contains("Enter") && $0.contains("Chọn") })
        h.press(.escape)
        h.press(.down, .enter)
        #expect(h.page?.listing?.path == "/home/bithu")
        // The in-memory file system lists files only, so no "ds/" here.
        #expect(h.page?.choices.map(\.label) == ["../", "danh-sach-cu.txt"])
        h.press(.enter)
        #expect(h.page?.listing?.path == "/home")
        h.press(.escape)
        #expect(h.app.page == nil)
    }

    @Test func thePreviewOfAMessyRosterShowsColumnsSkippedRowsAndTheRowsToStore() throws {
        let h = try Harness()
        h.openMessy()
        expectScreen(h.app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 1
         Nhập danh sách: ds-chi-bo-1.csv                                           20/28
         Nhập vào: Đảng bộ Phường Bến Nghé / Chi bộ Khu phố 1  (o: đổi đơn vị)
         Sẽ nhập: thêm 2, cập nhật 0, không đổi 0 — F2: nhập tất cả thành một lần lưu
         Các cột (Tab: chọn cột, ←/→: đổi nghĩa):
         ▸ STT           → số thứ tự (không lưu)
           Họ và tên     → Họ và tên
           Ngày sinh     → Ngày sinh
           Số thẻ        → Số thẻ
           Ngày vào Đảng → Ngày vào Đảng
           Quê quán      → bỏ qua (không nhận ra)
           Ghi chú       → Ghi chú
         Đã hiểu tệp như sau:
           Dòng 5: dòng tiêu đề cột: dòng 5
           Dòng 5: không có cột Trạng thái: trạng thái đọc từ Ghi chú khi ghi rõ
             (“Miễn SH…”, “Đã chuyển…”, “Từ trần…”), còn lại là Đang sinh hoạt
           Dòng 5: không có cột “Loại”: có ngày chính thức hoặc số thẻ là Chính thức;
             vào Đảng chưa đủ 12 tháng là Dự bị; các dòng khác được liệt kê
         Các dòng bỏ qua:
           Dòng 1: tiêu đề phía trên bảng
           Dòng 2: tiêu đề phía trên bảng
           Dòng 3: tiêu đề phía trên bảng
         ds-chi-bo-1.csv: thêm 2, cập nhật 0 — F2: nhập tất cả thành một lần lưu
        F2 Nhập  Tab Ô kế tiếp  → Lựa chọn kế  o Đơn vị  Esc Đóng
        """)
        h.press(.end)
        expectScreen(h.app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 1
         Nhập danh sách: ds-chi-bo-1.csv                                           28/28
           Quê quán      → bỏ qua (không nhận ra)
           Ghi chú       → Ghi chú
         Đã hiểu tệp như sau:
           Dòng 5: dòng tiêu đề cột: dòng 5
           Dòng 5: không có cột Trạng thái: trạng thái đọc từ Ghi chú khi ghi rõ
             (“Miễn SH…”, “Đã chuyển…”, “Từ trần…”), còn lại là Đang sinh hoạt
           Dòng 5: không có cột “Loại”: có ngày chính thức hoặc số thẻ là Chính thức;
             vào Đảng chưa đủ 12 tháng là Dự bị; các dòng khác được liệt kê
         Các dòng bỏ qua:
           Dòng 1: tiêu đề phía trên bảng
           Dòng 2: tiêu đề phía trên bảng
           Dòng 3: tiêu đề phía trên bảng
           Dòng 4: tiêu đề phía trên bảng
           Dòng 8: dòng tổng cộng
           Dòng 9: phần ký tên cuối bảng (đến dòng 10)
         Cảnh báo:
           Dòng 5, cột “Quê quán”: cột thứ 6 không dùng đến, bỏ qua
         Các dòng đầu, như sẽ lưu:
           Hoàng Văn Nam · 12/03/1961 · 79012301 · Chính thức · Đang sinh hoạt · Chi bộ
           Bùi Thị Hoa · 01/02/1975 · 79012302 · Chính thức · Đang sinh hoạt · Chi bộ Kh

        F2 Nhập  Tab Ô kế tiếp  → Lựa chọn kế  o Đơn vị  Esc Đóng
        """)
        // Nothing is stored by looking.
        #expect(h.records.records == Fixture.state())
    }

    @Test func aColumnGivenAnotherMeaningIsReadAgainThatWay() throws {
        let h = try Harness(width: 80, height: 40)
        h.openMessy()
        let fields = try #require(h.preview?.fields.map(\.key))
        // Tab to “Quê quán” (ignored), then → until it means “Nơi cư trú”.
        while h.preview?.columns[h.page!.column].heading != "Quê quán" { h.press(.tab) }
        #expect(h.preview?.columns[h.page!.column].key == nil)
        // Help on the preview names its own keys.
        h.press(.function(1))
        #expect(h.app.screen.contains { $0.contains("Đổi đơn vị nhận danh sách") })
        #expect(h.app.screen.contains { $0.contains("Nhập vào dữ liệu (một lần lưu)") })
        h.press(.escape)
        for _ in 0...fields.firstIndex(of: "residence")! { h.press(.right) }
        #expect(h.page?.chosen.columns == [5: "residence"])
        #expect(h.page?.step == .preview)
        let residences = h.preview?.changes.compactMap { c -> String? in
            if case .addMember(let m) = c { return m.residence } else { return nil }
        }
        #expect(residences == ["Xã Tân Phú", "Xã An Bình"])
        expectScreen(h.app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 1
         Nhập danh sách: ds-chi-bo-1.csv
         Nhập vào: Đảng bộ Phường Bến Nghé / Chi bộ Khu phố 1  (o: đổi đơn vị)
         Sẽ nhập: thêm 2, cập nhật 0, không đổi 0 — F2: nhập tất cả thành một lần lưu
         Các cột (Tab: chọn cột, ←/→: đổi nghĩa):
           STT           → số thứ tự (không lưu)
           Họ và tên     → Họ và tên
           Ngày sinh     → Ngày sinh
           Số thẻ        → Số thẻ
           Ngày vào Đảng → Ngày vào Đảng
         ▸ Quê quán      → Nơi cư trú (đã đổi)
           Ghi chú       → Ghi chú
         Đã hiểu tệp như sau:
           Dòng 5: dòng tiêu đề cột: dòng 5
           Dòng 5: không có cột Trạng thái: trạng thái đọc từ Ghi chú khi ghi rõ
             (“Miễn SH…”, “Đã chuyển…”, “Từ trần…”), còn lại là Đang sinh hoạt
           Dòng 5: không có cột “Loại”: có ngày chính thức hoặc số thẻ là Chính thức;
             vào Đảng chưa đủ 12 tháng là Dự bị; các dòng khác được liệt kê
         Các dòng bỏ qua:
           Dòng 1: tiêu đề phía trên bảng
           Dòng 2: tiêu đề phía trên bảng
           Dòng 3: tiêu đề phía trên bảng
           Dòng 4: tiêu đề phía trên bảng
           Dòng 8: dòng tổng cộng
           Dòng 9: phần ký tên cuối bảng (đến dòng 10)
         Các dòng đầu, như sẽ lưu:
           Hoàng Văn Nam · 12/03/1961 · 79012301 · Chính thức · Đang sinh hoạt · Chi bộ
           Bùi Thị Hoa · 01/02/1975 · 79012302 · Chính thức · Đang sinh hoạt · Chi bộ Kh










         ds-chi-bo-1.csv: thêm 2, cập nhật 0 — F2: nhập tất cả thành một lần lưu
        F2 Nhập  Tab Ô kế tiếp  → Lựa chọn kế  o Đơn vị  Esc Đóng
        """)
        // ← back to ignoring it, on purpose this time: no residence is read.
        for _ in 0...fields.firstIndex(of: "residence")! { h.press(.left) }
        #expect(h.page?.chosen.columns == [5: ""])
        #expect(h.preview?.columns[5].meaning.vi == "bỏ qua")
        #expect(h.preview?.changes.compactMap { c -> String? in if case .addMember(let m) = c { m.residence } else { nil } } == ["", ""])
    }

    @Test func confirmingStoresTheMembersInOneBatch() throws {
        let h = try Harness()
        h.openMessy()
        let before = h.records.records.members.count
        h.press(.function(2))
        #expect(h.app.page == nil)
        let added = h.records.records.members.values.filter { $0.cardNo == "79012301" || $0.cardNo == "79012302" }
        #expect(h.records.records.members.count == before + 2)
        #expect(Set(added.map(\.fullName)) == ["Hoàng Văn Nam", "Bùi Thị Hoa"])
        #expect(added.allSatisfy { $0.org == Fixture.cell1 && $0.kind == .full })
        #expect(added.first { $0.fullName == "Hoàng Văn Nam" }?.birthDate == Fixture.day(1961, 3, 12))
        #expect(h.app.data == h.records.records)
        #expect(h.app.status?.text == "Đã nhập ds-chi-bo-1.csv: thêm 2, cập nhật 0")
        // The same file again matches them by card: nothing new, and nothing is stored.
        let after = h.records.records
        h.openMessy()
        #expect(h.app.screen[3] == " Sẽ nhập: thêm 0, cập nhật 0, không đổi 2 — F2: nhập tất cả thành một lần lưu")
        h.press(.function(2))
        #expect(h.app.status == StatusMessage("Tệp không có gì mới để nhập", .warning))
        #expect(h.records.records == after)
    }

    @Test func aRefusedFileListsEveryErrorWithItsLineAndImportsNothing() throws {
        let h = try Harness()
        h.open()
        h.type("loi")
        h.press(.enter)
        expectScreen(h.app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 1
         Nhập danh sách: ds-loi.csv
         Nhập vào: Đảng bộ Phường Bến Nghé / Chi bộ Khu phố 1  (o: đổi đơn vị)
         2 lỗi; không nhập gì — xem danh sách lỗi
         Lỗi (không nhập gì cho đến khi sửa hết):
           Dòng 3: dòng có 5 ô nhưng tiêu đề có 4 cột; có lẽ một dấu phân cách nằm
             trong ô mà không có ngoặc kép (ví dụ dấu phẩy trong địa chỉ) — không nhập
             dòng đã lệch
           Dòng 4: dòng có 5 ô nhưng tiêu đề có 4 cột; có lẽ một dấu phân cách nằm
             trong ô mà không có ngoặc kép (ví dụ dấu phẩy trong địa chỉ) — không nhập
             dòng đã lệch
         Các cột (Tab: chọn cột, ←/→: đổi nghĩa):
         ▸ Họ và tên  → Họ và tên
           Ngày sinh  → Ngày sinh
           Số thẻ     → Số thẻ
           Nơi cư trú → Nơi cư trú
         Đã hiểu tệp như sau:
           Dòng 1: không có cột “Trạng thái”: đảng viên mới được ghi là Đang sinh hoạt
           Dòng 1: không có cột “Loại”: có ngày chính thức hoặc số thẻ là Chính thức;
             vào Đảng chưa đủ 12 tháng là Dự bị; các dòng khác được liệt kê


         2 lỗi; không nhập gì — xem danh sách lỗi
        F2 Nhập  Tab Ô kế tiếp  → Lựa chọn kế  o Đơn vị  Esc Đóng
        """)
        #expect(h.preview?.changes.isEmpty == true)
        let before = h.records.records
        h.press(.function(2))
        #expect(h.records.records == before)
        #expect(h.app.page != nil)
        #expect(h.app.status?.kind == .error)
    }

    @Test func theCellComesFromTheCellPicker() throws {
        let h = try Harness()
        h.openMessy()
        h.press(.char("o"))
        guard case .finder(let f) = h.app.overlay else { Issue.record("no cell picker"); return }
        #expect(f.purpose == .importInto)
        h.type("Khu phố 2")
        h.press(.enter)
        #expect(h.page?.org == Fixture.cell2)
        let orgs = h.preview?.changes.compactMap { c -> OrgID? in if case .addMember(let m) = c { m.org } else { nil } }
        #expect(orgs == [Fixture.cell2, Fixture.cell2])
    }

    @Test func fitsEightyColumnsInEnglishAndSurvivesATinyWindow() throws {
        let h = try Harness(lang: .en)
        h.openMessy()
        #expect(h.app.screen.allSatisfy { VietText.width($0) <= 80 })
        #expect(h.app.screen[1].hasPrefix(" Import a roster: ds-chi-bo-1.csv"))
        h.loop.dispatch(.resized(width: 20, height: 6))
        #expect(render(h.app).canvas.lines.count == 6)
        h.press(.down, .tab, .right, .escape)
        h.loop.dispatch(.resized(width: 80, height: 24))
        #expect(h.app.page != nil)
    }

    @Test func anExcelWorkbookImportsThroughTheSameScreen() throws {
        let h = try Harness()
        let book = try XLSXWriter.workbook([SheetSpec(name: "Danh sách", header: ["Họ và tên", "Ngày sinh", "Số thẻ", "Ngày vào Đảng"],
                                                      rows: [[.text("Trịnh Văn Quyết"), .date(Fixture.day(1958, 7, 1)), .text("79012399"),
                                                              .date(Fixture.day(1985, 9, 2))]])])
        h.fs.setContents("/home/bithu/ds/so-moi.xlsx", book)
        h.open()
        h.type("moi")
        h.press(.enter)
        #expect(h.preview?.errors == [])
        #expect(h.app.screen.contains { $0.contains("Trịnh Văn Quyết · 01/07/1958 · 79012399 · Chính thức") })
        // Enter does not import a whole file; F2 does.
        h.press(.enter)
        #expect(h.records.records.members.values.allSatisfy { $0.cardNo != "79012399" })
        h.press(.function(2))
        let m = h.records.records.members.values.first { $0.cardNo == "79012399" }
        #expect(m?.fullName == "Trịnh Văn Quyết")
        #expect(m?.joinedDate == Fixture.day(1985, 9, 2))
        #expect(m?.org == Fixture.cell1)
    }

    @Test func whileAFileIsReadTheScreenSaysSoWithABar() {
        var app = Fixture.app()
        app.press(.down)
        #expect(app.reduce(.command(.importing(.importRoster))) == [.listFolder(nil)])
        _ = app.reduce(.folderListed(FolderListing(path: "/d", home: "/h", entries: [FileEntry(name: "lon.csv", isFolder: false)])))
        app.type("lon")
        #expect(app.press(.enter) == [.previewImport(ImportRequest(path: "/d/lon.csv", org: Fixture.cell1))])
        _ = app.reduce(.importProgress(done: 150, total: 400))
        expectScreen(app, """
         Tệp  Sửa  Xem  Cài đặt  Trợ giúp    Đảng bộ Phường Bến Nghé › Chi bộ Khu phố 1
         Nhập danh sách: lon.csv
         Đang đọc lon.csv…
         ██████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 37%


















         Đang đọc lon.csv…
        Enter Chọn  Esc Đóng
        """)
        // Keys wait for the answer; the answer shows the preview.
        app.press(.char("x"), .tab)
        if case .importRoster(let p) = app.page { #expect(p.step == .reading && p.filter.text == "lon") }
        _ = app.reduce(.importPreviewed(ImportPreview(path: "/d/lon.csv")))
        if case .importRoster(let p) = app.page { #expect(p.step == .preview) } else { Issue.record("page closed") }
    }

    @Test func aRowMatchingAStoredMemberByNameIsShownAsAnUpdate() throws {
        let h = try Harness(width: 100)
        h.fs.setContents("/home/bithu/ds/dien-thoai.csv", Array("Họ và tên,Điện thoại\nTrần Thị Bình,0901234567\n".utf8))
        h.open()
        h.type("dien")
        h.press(.enter)
        #expect(h.app.screen[3].hasPrefix(" Sẽ nhập: thêm 0, cập nhật 1, không đổi 0"))
        #expect(h.app.screen.contains { $0.hasPrefix("   Trần Thị Bình · 10.000.002 · Chính thức · Đang sinh hoạt · Chi bộ Khu phố 1 (cập nhật)") })
        h.press(.function(2))
        #expect(h.records.records.members[MemberID(11)]?.phone == "0901234567")
        #expect(h.records.records.members.count == Fixture.state().members.count)
    }

    @Test func aLegacyExcelFileIsRefusedWithHowToSaveIt() throws {
        let h = try Harness()
        h.fs.setContents("/home/bithu/ds/cu.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        h.open()
        h.type("cu.x")
        h.press(.enter)
        let errors = try #require(h.preview?.errors)
        #expect(errors.count == 1)
        #expect(errors.first?.vi.contains(".xlsx") == true, "\(errors)")
        #expect(h.preview?.columns == [])
        #expect(h.app.screen[3] == " 1 lỗi; không nhập gì — xem danh sách lỗi")
        #expect(h.app.screen[5].hasPrefix("   " + String(errors[0].vi.prefix(20))))
    }

    /// A workbook whose first sheet is a note: the preview names the sheets and the one read;
    /// F3 reads the next, whose columns are understood afresh, and F2 imports it.
    @Test func anotherSheetOfAWorkbookIsReadWithF3() throws {
        let h = try Harness()
        let book = try XLSXWriter.workbook([
            SheetSpec(name: "Hướng dẫn", header: ["Ghi chú"], rows: [[.text("Danh sách ở trang sau")]]),
            SheetSpec(name: "Danh sách", header: ["Họ và tên", "Ngày sinh", "Số thẻ"],
                      rows: [[.text("Lê Văn Tư"), .text("1964"), .text("79012320")]]),
        ])
        h.fs.setContents("/home/bithu/ds/hai-trang.xlsx", book)
        h.open()
        h.type("hai-trang")
        h.press(.enter)
        #expect(h.preview?.sheets == ["Hướng dẫn", "Danh sách"] && h.preview?.sheet == "Hướng dẫn")
        #expect(h.preview?.errors.isEmpty == false)
        #expect(h.app.screen[3] == " Trang tính 1/2: “Hướng dẫn”  F3: trang kế tiếp · “Hướng dẫn”, “Danh sách”", "\(h.app.screen)")
        h.press(.function(3))
        #expect(h.page?.chosen.sheet == "Danh sách" && h.preview?.sheet == "Danh sách")
        #expect(h.preview?.errors == [] && h.preview?.added == 1, "\(String(describing: h.preview?.errors))")
        #expect(h.app.screen.contains { $0.contains("Lê Văn Tư · 1964 · 79012320 · Chính thức") }, "\(h.app.screen)")
        // Round the sheets again: back to the first.
        h.press(.char("s"))
        #expect(h.page?.chosen.sheet == "Hướng dẫn")
        h.press(.function(3))
        h.press(.function(2))
        #expect(h.records.records.members.values.first { $0.cardNo == "79012320" }?.birthDate == Day.year(1964))
        // A text file has one table: F3 says so and reads nothing again.
        h.open()
        h.type("chi-bo")
        h.press(.enter)
        h.press(.function(3))
        #expect(h.app.status?.text == "Tệp này chỉ có một trang tính để đọc")
    }

    /// Text typed in a legacy font (TCVN3 glyphs saved as Unicode) is refused with what it is;
    /// F4 converts it exactly and previews it, F2 imports it; F4 again reads it as it is.
    @Test func legacyFontTextIsConvertedWithF4() throws {
        let h = try Harness()
        h.fs.setContents("/home/bithu/ds/phong-cu.csv", Array("""
            Ho va ten,Ngay sinh,So the
            TrÇn Thanh C\u{AD}êng,05/05/1970,79012330
            NguyÔn Thanh C\u{AD}êng,06/06/1975,79012331

            """.utf8))
        h.open()
        h.type("phong")
        h.press(.enter)
        let errors = try #require(h.preview?.errors)
        #expect(errors.count == 1 && errors[0].vi.contains("TCVN3") && !errors[0].vi.contains("--encoding"), "\(errors)")
        #expect(h.preview?.convertible == .tcvn3)
        #expect(h.app.screen.contains { $0.contains("F4: chuyển sang Unicode (đúng từng chữ) và xem trước") }, "\(h.app.screen)")
        // Nothing can be imported as it is.
        h.press(.function(2))
        #expect(h.records.records.members.values.allSatisfy { $0.cardNo != "79012330" })
        h.press(.function(4))
        #expect(h.page?.chosen.font == .tcvn3)
        #expect(h.preview?.errors == [], "\(String(describing: h.preview?.errors))")
        #expect(h.app.screen[3] == " Đã chuyển sang Unicode chữ phông TCVN3  (F4: đọc như cũ)", "\(h.app.screen)")
        #expect(h.app.screen.contains { $0.contains("Trần Thanh Cường · 05/05/1970 · 79012330") }, "\(h.app.screen)")
        h.press(.char("f"))
        #expect(h.page?.chosen.font == nil && h.preview?.convertible == .tcvn3)
        h.press(.function(4))
        h.press(.function(2))
        let names = h.records.records.members.values.filter { ["79012330", "79012331"].contains($0.cardNo) }.map(\.fullName).sorted()
        #expect(names == ["Nguyễn Thanh Cường", "Trần Thanh Cường"])
    }

    /// A committee's roster naming a cell that does not exist yet: refused on its lines, with
    /// F5 offered (not the command line's option); F5 lists the unit it will create before
    /// anything is stored, a name differing only by case or diacritics is the existing unit,
    /// and F2 stores the unit and its members in one save.
    @Test func missingUnitsAreCreatedWithF5AfterBeingListed() throws {
        let h = try Harness()
        h.fs.setContents("/home/bithu/ds/dang-bo.csv", Array("""
            Họ và tên,Số thẻ,Chi bộ
            Phan Văn Sĩ,79012340,Chi bộ Khu phố 3
            Lâm Thị Tuyết,79012341,chi bộ khu phố 2
            Tô Văn Kha,79012342,Chi bộ Khu phố 3

            """.utf8))
        h.open()
        h.type("dang-bo")
        h.press(.enter)
        h.press(.char("o"))
        h.type("Bến Nghé")
        h.press(.enter)
        #expect(h.page?.org == Fixture.ward)
        let errors = try #require(h.preview?.errors)
        #expect(errors.map { String($0.vi.prefix(7)) } == ["Dòng 2,", "Dòng 4,"] && h.preview?.missingUnits == 2, "\(errors)")
        #expect(errors.allSatisfy { $0.vi.contains("không tìm thấy") && !$0.vi.contains("--create-orgs") }, "\(errors)")
        #expect(h.app.screen.contains { $0.contains("F5: tạo các đơn vị còn thiếu") }, "\(h.app.screen)")
        h.press(.function(5))
        #expect(h.page?.chosen.createUnits == true && h.preview?.errors == [])
        #expect(h.preview?.newUnits == ["Đảng bộ Phường Bến Nghé / Chi bộ Khu phố 3"])
        #expect(h.app.screen.contains { $0 == " Sẽ tạo đơn vị mới (1):  F5: không tạo" }, "\(h.app.screen)")
        #expect(h.app.screen.contains { $0 == "   Đảng bộ Phường Bến Nghé / Chi bộ Khu phố 3" }, "\(h.app.screen)")
        #expect(h.records.records.orgs.count == 3)  // nothing stored yet
        h.press(.function(2))
        let s = h.records.records
        let new = try #require(s.org(atPath: "Đảng bộ Phường Bến Nghé / Chi bộ Khu phố 3"))
        #expect(s.orgs.count == 4 && s.directMembers(of: new).count == 2)
        #expect(s.members.values.first { $0.cardNo == "79012341" }?.org == Fixture.cell2)
    }

    /// The cell's own assignment book, opened from the same screen: read as assignments (its
    /// headings say so), members found by name in the cell, the households kept with the area;
    /// F6 reads it as a member roster instead (and back), F2 stores the assignments.
    @Test func anAssignmentBookIsReadAsAssignmentsAndImported() throws {
        let h = try Harness()
        h.fs.setContents("/home/bithu/ds/so-phan-cong.csv", Array("""
            CHI BỘ KHU PHỐ 1
            SỔ THEO DÕI PHÂN CÔNG ĐẢNG VIÊN PHỤ TRÁCH HỘ NĂM 2026
            STT,Họ và tên đảng viên,Hộ được phân công phụ trách,Số hộ,Địa bàn,Nội dung,Đối tượng vận động,Thời gian,Kết quả
            1,Trần Thị Bình,Hộ bà Mười,1 hộ,Hẻm 12,Vận động giữ vệ sinh hẻm,Hộ dân,03/2026,HTTNV
            2,lê văn đức,,3 hộ,Hẻm 14,Vận động con em đi học,Phụ huynh học sinh,15/01/2026,

            """.utf8))
        h.open()
        h.type("phan-cong")
        h.press(.enter)
        let v = try #require(h.preview)
        #expect(v.kind == .assignments && v.errors == [] && v.added == 2, "\(v.errors)")
        #expect(h.app.screen[3] == " Đọc là: danh sách phân công  (F6: đọc là danh sách đảng viên)", "\(h.app.screen)")
        let lines = ImportView.lines(try #require(h.page), state: h.app).lines.map(\.text)
        #expect(lines.contains("   Trần Thị Bình · Hộ gia đình khu dân cư · Hẻm 12 — Hộ bà Mười · 1 hộ · 01/03/2026 · Phân công · Hoàn thành tốt 2026"),
                "\(lines)")
        #expect(lines.contains { $0.contains("là đánh giá năm 2026") })
        #expect(v.fields.map(\.key).contains("target_group"))
        // Read as a roster, the same file would only match the two members: F6 shows it, F6 goes back.
        h.press(.function(6))
        #expect(h.page?.chosen.kind == .members && h.preview?.kind == .members)
        #expect(h.app.screen[3].hasPrefix(" Đọc là: danh sách đảng viên  (F6: đọc là danh sách phân công)"), "\(h.app.screen)")
        h.press(.char("p"))
        #expect(h.preview?.kind == .assignments)
        h.press(.function(2))
        let stored = h.records.records.assignments.values.filter { $0.content.hasPrefix("Vận động") }
        #expect(stored.count == 2)
        #expect(stored.first { $0.member == MemberID(11) }?.evaluations[2026]?.level == .good)
        #expect(stored.first { $0.member == MemberID(12) }?.households == 3)
    }

    /// A file whose headings name nothing the importer knows (a program's export: "TenDV",
    /// "NgaySinhDV", "MaThe"): refused with its first rows shown and `d` offered; `d` makes
    /// the next row the header, the columns are given meanings with Tab and ←/→, and the
    /// rows import as they say.
    @Test func aHeaderRowOfUnknownHeadingsIsChosenAndItsColumnsGivenMeanings() throws {
        let h = try Harness()
        h.fs.setContents("/home/bithu/ds/xuat-phan-mem.csv", Array("""
            BaoCao_DangVien_2026
            TenDV,NgaySinhDV,MaThe
            Vương Thị Hạnh,02/03/1977,79012350
            Kha Văn Lực,11/11/1981,79012351

            """.utf8))
        h.open()
        h.type("xuat")
        h.press(.enter)
        let v = try #require(h.preview)
        #expect(v.columns.isEmpty && v.errors.count == 1 && v.fileRows.map(\.line) == [1, 2, 3, 4], "\(v.errors) \(v.fileRows)")
        #expect(h.app.screen.contains { $0.contains("d: chọn dòng tiêu đề cột") }, "\(h.app.screen)")
        h.press(.char("d"))  // line 1, the title: not it
        #expect(h.page?.chosen.headerLine == 1)
        h.press(.char("d"))
        #expect(h.page?.chosen.headerLine == 2 && h.preview?.columns.map(\.heading) == ["TenDV", "NgaySinhDV", "MaThe"])
        #expect(h.preview?.errors.first?.vi.hasPrefix("Dòng 2: được chọn làm dòng tiêu đề cột") == true, "\(String(describing: h.preview?.errors))")
        // TenDV → Họ và tên (second choice), NgaySinhDV → Ngày sinh (sixth), MaThe → Số thẻ (first).
        for _ in 0..<2 { h.press(.right) }
        h.press(.tab)
        for _ in 0..<6 { h.press(.right) }
        h.press(.tab)
        h.press(.right)
        let done = try #require(h.preview)
        #expect(done.errors == [] && done.added == 2, "\(done.errors) \(done.columns)")
        #expect(done.columns.map(\.key) == ["full_name", "birth_date", "card_no"])
        #expect(done.skipped.contains { $0.vi.hasPrefix("Dòng 1:") })
        h.press(.function(2))
        let m = h.records.records.members.values.first { $0.cardNo == "79012351" }
        #expect(m?.fullName == "Kha Văn Lực" && m?.birthDate == Day(year: 1981, month: 11, day: 11))
    }
}
