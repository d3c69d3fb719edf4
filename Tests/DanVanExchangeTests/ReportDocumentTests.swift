import DanVanCore
import Foundation
import Testing
@testable import DanVanExchange

/// The report as a Word document (issue 15, item 1).
@Suite struct ReportDocumentTests {
    /// A demo cell whose names hold everything XML must escape.
    private func nastyState() throws -> (State, OrgID) {
        var s = Demo.generate(scale: .cell, seed: 5, today: demoToday)
        let cell = s.orgs.values.first { $0.level.isCell }!
        var renamed = cell
        renamed.name = "Chi bộ <Ấp 1> & \"Tổ\" 'B' \u{1}"
        try s.apply(.updateOrg(renamed))
        return (s, cell.id)
    }

    private func documentXML(_ bytes: [UInt8]) throws -> String {
        var zip = try ZipContainer(bytes, file: "r.docx")
        return String(decoding: try #require(try zip.read("word/document.xml")), as: UTF8.self)
    }

    /// Every tag closed in order, every "&" an entity, no raw control character.
    private func checkWellFormed(_ xml: String) throws {
        let bytes = Array(xml.utf8)
        try bytes.withUnsafeBufferPointer { buf in
            var s = XMLScanner(buf)
            var stack: [String] = []
            while true {
                let t = try s.next()
                switch t {
                case .open(let n, _, let selfClosing): if !selfClosing { stack.append(String(decoding: buf[n], as: UTF8.self)) }
                case .close(let n): #expect(stack.popLast() == String(decoding: buf[n], as: UTF8.self))
                case .text(let r):
                    let text = String(decoding: buf[r], as: UTF8.self)
                    #expect(!text.contains("<") && !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" })
                    for part in text.split(separator: "&", omittingEmptySubsequences: false).dropFirst() {
                        #expect(["amp;", "lt;", "gt;", "quot;", "apos;"].contains { part.hasPrefix($0) }, "\(text)")
                    }
                case .rawText: Issue.record("no CDATA expected")
                case .end: #expect(stack.isEmpty); return
                }
            }
        }
    }

    @Test func theDocumentIsWellFormedEscapedAndInTheLayout() throws {
        let (s, cell) = try nastyState()
        let report = Report.build(state: s, org: cell, year: 2025)
        let xml = try documentXML(try ReportDocument.make(report, state: s, lang: .vi, today: Day(year: 2026, month: 12, day: 5)!))
        try checkWellFormed(xml)
        #expect(xml.contains("CHI BỘ &lt;ẤP 1&gt; &amp; &quot;TỔ&quot; 'B' </w:t>"))
        #expect(xml.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(xml.contains(", ngày 05 tháng 12 năm 2026"))
        #expect(xml.contains("T/M CHI BỘ") && xml.contains("BÍ THƯ") && xml.contains("Nơi nhận:"))
        #expect(xml.contains(#"<w:highlight w:val="yellow"/>"#))  // placeholders to fill in
        #expect(xml.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))  // A4
        let h = report.headline.sentences(.vi)
        #expect(xml.contains("Toàn chi bộ có \(h[0]); có \(h[1]); có \(h[2])."))
    }

    @Test func minutesAreOneBienBanPerMeetingWithAttendanceAndDecisions() throws {
        let s = Demo.generate(scale: .cell, seed: 5, today: demoToday)
        let xml = try documentXML(try MinutesDocument.make(s, under: nil))
        try checkWellFormed(xml)
        #expect(xml.components(separatedBy: ">BIÊN BẢN<").count - 1 == s.meetings.count)
        #expect(xml.components(separatedBy: #"<w:br w:type="page"/>"#).count - 1 == s.meetings.count - 1)
        let m = try #require(s.meetings.values.filter { !$0.decisions.isEmpty && $0.attendance.values.contains { $0.kind == .excused } }.min { $0.date < $1.date })
        let minutes = Minutes(meeting: m, state: s)
        #expect(xml.contains(DocxWriter.escape(m.decisions)))
        for a in minutes.absentExcused { #expect(xml.contains(DocxWriter.escape("\(a.name) (\(a.reason.isEmpty ? "có lý do" : a.reason))"))) }
        #expect(xml.contains("có mặt \(minutes.present.count)/\(minutes.eligible) đồng chí"))
        #expect(xml.contains("THƯ KÝ") && xml.contains("CHỦ TRÌ") && xml.contains("[địa điểm]"))
    }

    @Test func oneMeetingsMinutes() throws {
        let s = Demo.generate(scale: .cell, seed: 5, today: demoToday)
        let m = s.meetings.values.max { $0.date < $1.date }!
        let xml = try documentXML(try MinutesDocument.make(s, meetings: [m.id]))
        try checkWellFormed(xml)
        #expect(xml.components(separatedBy: ">BIÊN BẢN<").count == 2)
        #expect(xml.contains(Letterhead.words(m.date)))
    }

    @Test func theMinutesCarryWhatTheMeetingRecorded() throws {
        var s = Demo.generate(scale: .cell, seed: 5, today: demoToday)
        var m = s.meetings.values.max { $0.date < $1.date }!
        m.started = "19:30"; m.ended = "21:05"; m.place = "Nhà văn hóa ấp"
        m.chair = "Nguyễn Văn Bảy, Bí thư chi bộ"; m.recorder = "Lê Thị Tám"
        m.opinions = "Đ/c Hòa: đề nghị thăm hộ nghèo.\nĐ/c Lan: nhất trí."
        try s.apply(.updateMeeting(m))
        let xml = try documentXML(try MinutesDocument.make(s, meetings: [m.id]))
        try checkWellFormed(xml)
        for text in ["19 giờ 30 phút", "21 giờ 05 phút", "Nhà văn hóa ấp", "Nguyễn Văn Bảy, Bí thư chi bộ", "Lê Thị Tám",
                     "Đ/c Hòa: đề nghị thăm hộ nghèo.", "Đ/c Lan: nhất trí."] {
            #expect(xml.contains(DocxWriter.escape(text)), "\(text)")
        }
        #expect(!xml.contains("[địa điểm]") && !xml.contains("[giờ]") && !xml.contains("[ý kiến"))
        // Each line of the opinions is a paragraph of its own.
        #expect(xml.components(separatedBy: "Đ/c Lan").count == 2 && !xml.contains("nghèo.\n"))
    }

    @Test func libreOfficeOpensItAndThePDFCarriesTheFigures() throws {
        let fm = FileManager.default
        guard let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first(where: fm.isExecutableFile),
              let pdftotext = ["/usr/bin/pdftotext"].first(where: fm.isExecutableFile) else {
            print("skipped: LibreOffice or pdftotext is not installed"); return
        }
        let dir = fm.temporaryDirectory.appendingPathComponent("danvan-docx-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        let s = Demo.generate(scale: .district, seed: 8, today: demoToday)
        let report = Report.build(state: s, org: s.roots[0], year: 2026)
        try Data(try ReportDocument.make(report, state: s, lang: .vi)).write(to: dir.appendingPathComponent("bc.docx"))
        func run(_ exe: String, _ args: [String]) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: exe)
            p.arguments = args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
        }
        try run(soffice, ["-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--norestore", "--convert-to", "pdf",
                          "--outdir", dir.path, dir.appendingPathComponent("bc.docx").path])
        try run(pdftotext, [dir.appendingPathComponent("bc.pdf").path, dir.appendingPathComponent("bc.txt").path])
        let text = try String(contentsOf: dir.appendingPathComponent("bc.txt"), encoding: .utf8)
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(flat.contains("BÁO CÁO"))
        #expect(flat.contains(report.path.uppercased()))
        #expect(flat.contains(Letterhead(of: report.org, in: s).onBehalf) && flat.contains("BÍ THƯ") && flat.contains("Nơi nhận:"))
        #expect(flat.contains("\(NumberFormat.fraction(report.counts.selfRegistered, report.counts.eligible, .vi)) đảng viên tự nhận nhiệm vụ"))
        #expect(flat.contains("PHỤ LỤC"))
        // The minutes too (of one cell: a district holds thousands of meetings).
        let cell = Demo.generate(scale: .cell, seed: 5, today: demoToday)
        try Data(try MinutesDocument.make(cell, under: nil)).write(to: dir.appendingPathComponent("bb.docx"))
        try run(soffice, ["-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--norestore", "--convert-to", "pdf",
                          "--outdir", dir.path, dir.appendingPathComponent("bb.docx").path])
        try run(pdftotext, [dir.appendingPathComponent("bb.pdf").path, dir.appendingPathComponent("bb.txt").path])
        let minutes = try String(contentsOf: dir.appendingPathComponent("bb.txt"), encoding: .utf8).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(minutes.components(separatedBy: "BIÊN BẢN").count - 1 == cell.meetings.count)
        #expect(minutes.contains("Vắng có lý do") && minutes.contains("T/M CHI BỘ"))
    }
}
