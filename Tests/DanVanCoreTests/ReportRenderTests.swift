import DanVanCore
import Foundation
import Testing

@Suite struct ReportRenderTests {
    typealias F = ReportFixture
    let report: Report
    init() throws {
        var r = Report.build(state: try F.state(), org: F.root, year: F.year, now: F.now)
        r.zone = TimeZone(identifier: "UTC")!  // the goldens do not depend on the machine's zone
        report = r
    }

    /// The lines of `text` from the one equal to `first`, `count` of them.
    func block(_ text: String, from first: String, count: Int) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let i = lines.firstIndex(of: first) else { return [] }
        return Array(lines[i..<min(lines.count, i + count)])
    }

    @Test func textGoldenVietnamese() {
        let t = report.text(.vi)
        #expect(t.hasPrefix("""
            BÁO CÁO KẾT QUẢ PHÂN CÔNG ĐẢNG VIÊN LÀM CÔNG TÁC DÂN VẬN NĂM 2025
            Đơn vị: Đảng bộ Quận Một
            Lập lúc: 2026-01-05 07:08 UTC

            - 6 đảng viên đang sinh hoạt (trừ 2 đảng viên miễn sinh hoạt)
            - 4/6 đảng viên được phân công trực tiếp vận động quần chúng, đạt tỉ lệ 66,7%
            - 3/6 đảng viên tự nhận nhiệm vụ, đạt tỉ lệ 50,0%

            1–2. Phân công và tự nhận nhiệm vụ
            Chỉ tiêu                               Số đảng viên  Tỉ lệ
            ----------------------------------------------------------
            Đảng viên đang sinh hoạt                          6
            Miễn sinh hoạt (không tính vào tỉ lệ)             2
            Được phân công                                    4  66,7%
            Tự nhận nhiệm vụ                                  3  50,0%
            """))
        #expect(block(t, from: "1–2. Theo đơn vị trực thuộc", count: 8) == [
            "1–2. Theo đơn vị trực thuộc",
            "Đơn vị                   Đang sinh hoạt  Được phân công   Tỉ lệ  Tự nhận  Tỉ lệ",
            "-------------------------------------------------------------------------------",
            "Chi bộ Khu phố 1                      2               1   50,0%        1  50,0%",
            "Chi bộ Khu phố 2                      2               1   50,0%        1  50,0%",
            "Đảng bộ Phường Bến Nghé               2               2  100,0%        1  50,0%",
            "-------------------------------------------------------------------------------",
            "Tổng cộng                             6               4   66,7%        3  50,0%",
        ])
        #expect(block(t, from: "5. Đảng viên có nhiệm vụ chưa được đánh giá (3)", count: 6) == [
            "5. Đảng viên có nhiệm vụ chưa được đánh giá (3)",
            "STT  Họ và tên      Chi bộ",
            "------------------------------------------------------",
            "  1  Nguyễn Văn An  Chi bộ Khu phố 1",
            "  2  Bùi Văn Hải    Đảng bộ Phường Bến Nghé / Chi bộ 3",
            "  3  Đặng Thị Lan   Đảng bộ Phường Bến Nghé / Chi bộ 3",
        ])
        #expect(block(t, from: "8. Sinh hoạt chi bộ năm 2025", count: 8) == [
            "8. Sinh hoạt chi bộ năm 2025",
            "Chi bộ                              Số buổi  Có mặt  Phải dự  Tỉ lệ dự",
            "----------------------------------------------------------------------",
            "Chi bộ Khu phố 1                          2       3        6     50,0%",
            "Chi bộ Khu phố 2                          1       2        3     66,7%",
            "Đảng bộ Phường Bến Nghé / Chi bộ 3        0       0        0         —",
            "----------------------------------------------------------------------",
            "Tổng cộng                                 3       5        9     55,6%",
        ])
        for title in ["3. Theo đối tượng vận động", "4. Theo nơi thực hiện", "5. Kết quả đánh giá năm 2025",
                      "6. Quần chúng ưu tú", "7. Mô hình “Dân vận khéo” năm 2025"] {
            #expect(t.contains("\n\(title)\n"))
        }
        #expect(t.contains("\nHộ gia đình khu dân cư                             4          4                  65\n"))
        #expect(t.contains("\nGiới thiệu cho Đảng bồi dưỡng               2                      4\n"))
        #expect(t.contains("\nTổng cộng                          2          1            1     4\n"))
    }

    @Test func textColumnsAlignByDisplayWidth() {
        // Within a table every rule and row ending in a numeric column has the same width,
        // whatever the diacritics (NFD input would break a character count, not the width).
        let t = report.text(.en)
        #expect(block(t, from: "4. By place", count: 7) == [
            "4. By place",
            "Place      Assignments   Share",
            "------------------------------",
            "Workplace            3   42.9%",
            "Residence            4   57.1%",
            "------------------------------",
            "Total                7  100.0%",
        ])
        let rows = block(t, from: "1–2. By unit", count: 8).dropFirst()
        #expect(Set(rows.map { VietText.width($0) }).count == 1)
        #expect(t.contains("\n- 3 of 6 members self-registered (50.0%)\n"))
    }

    @Test func markdownGolden() {
        let m = report.markdown(.vi)
        #expect(m.hasPrefix("# BÁO CÁO KẾT QUẢ PHÂN CÔNG ĐẢNG VIÊN LÀM CÔNG TÁC DÂN VẬN NĂM 2025\n"))
        #expect(block(m, from: "## 1–2. Theo đơn vị trực thuộc", count: 8) == [
            "## 1–2. Theo đơn vị trực thuộc",
            "",
            "| Đơn vị | Đang sinh hoạt | Được phân công | Tỉ lệ | Tự nhận | Tỉ lệ |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
            "| Chi bộ Khu phố 1 | 2 | 1 | 50,0% | 1 | 50,0% |",
            "| Chi bộ Khu phố 2 | 2 | 1 | 50,0% | 1 | 50,0% |",
            "| Đảng bộ Phường Bến Nghé | 2 | 2 | 100,0% | 1 | 50,0% |",
            "| **Tổng cộng** | **6** | **4** | **66,7%** | **3** | **50,0%** |",
        ])
        #expect(m.contains("\n| Hoàn thành xuất sắc | 1 | 14,3% |\n"))
        #expect(m.contains("\n| Chưa đánh giá | 3 | 42,9% |\n"))
    }

    @Test func jsonParsesWithTheContractKeys() throws {
        let data = Data(report.json().utf8)
        let o = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for k in ["schema", "org", "orgId", "year", "generatedAt", "eligible", "exempt", "assigned", "assignedPercent",
                  "selfRegistered", "selfRegisteredPercent", "headline", "children", "byTargetGroup", "byPlace",
                  "evaluations", "notEvaluated", "masses", "models", "meetings"] {
            #expect(o[k] != nil, "missing \(k)")
        }
        #expect(o["org"] as? String == "Đảng bộ Quận Một")
        #expect(o["year"] as? Int == 2025)
        #expect(o["generatedAt"] as? String == "2026-01-05T07:08:09Z")
        #expect(o["eligible"] as? Int == 6 && o["exempt"] as? Int == 2)
        #expect(o["assigned"] as? Int == 4 && o["selfRegistered"] as? Int == 3)
        #expect(o["assignedPercent"] as? Double == 66.7 && o["selfRegisteredPercent"] as? Double == 50.0)
        let groups = try #require(o["byTargetGroup"] as? [[String: Any]])
        #expect(groups.map { $0["code"] as? String } == TargetGroup.allCases.map(\.code))
        let hoDan = try #require(groups.first { $0["code"] as? String == "ho_dan" })
        #expect(hoDan["assignments"] as? Int == 4 && hoDan["members"] as? Int == 4 && hoDan["households"] as? Int == 65)
        #expect(o["byPlace"] as? [String: Int] == ["workplace": 3, "residence": 4])
        #expect(o["evaluations"] as? [String: Int] == ["xuat_sac": 1, "tot": 1, "hoan_thanh": 1, "khong_hoan_thanh": 1, "chua_danh_gia": 3])
        let children = try #require(o["children"] as? [[String: Any]])
        #expect(children.map { $0["path"] as? String } == report.children.map(\.path))
        #expect(children.map { $0["assignedPercent"] as? Double } == [50.0, 50.0, 100.0])
        let masses = try #require(o["masses"] as? [String: Any])
        #expect(masses["introduced"] as? Int == 2 && masses["inClass"] as? Int == 1 && masses["admitted"] as? Int == 1)
        #expect(masses["totals"] as? [String: Int] == ["introduced": 4, "inClass": 3, "admitted": 2, "records": 5])
        let models = try #require(o["models"] as? [String: Any])
        #expect(models["byField"] as? [String: Int] == ["kinh_te": 2, "van_hoa_xa_hoi": 0, "quoc_phong_an_ninh": 1, "xay_dung_he_thong_chinh_tri": 1])
        #expect(models["byStage"] as? [String: Int] == ["dang_ky": 2, "cong_nhan": 1, "khen_thuong": 1])
        let meetings = try #require(o["meetings"] as? [String: Any])
        #expect(meetings["held"] as? Int == 3 && meetings["attendancePercent"] as? Double == 55.6)
        let cells = try #require(meetings["cells"] as? [[String: Any]])
        #expect(cells.count == 3)
        #expect(cells[2]["attendancePercent"] is NSNull)  // no meeting: no percentage, not NaN
        // Key order is fixed.
        let text = report.json()
        let order = ["\"schema\"", "\"org\"", "\"year\"", "\"eligible\"", "\"assignedPercent\"", "\"children\"",
                     "\"byTargetGroup\"", "\"byPlace\"", "\"evaluations\"", "\"masses\"", "\"models\"", "\"meetings\""]
        let offsets = order.map { text.range(of: $0)!.lowerBound }
        #expect(offsets == offsets.sorted())
        #expect(!text.contains("NaN") && !text.contains("inf"))
    }

    @Test func csvHasBOMAndSectionColumn() {
        let c = report.csv(.vi)
        #expect(Array(c.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = c.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let codes = ["report", "summary", "children", "target_groups", "places", "evaluations", "not_evaluated",
                     "masses", "models", "meetings"]
        for l in lines { #expect(codes.contains(String(l.prefix { $0 != "," })), "\(l)") }
        #expect(lines.contains("summary,Được phân công,4,66.7"))
        #expect(lines.contains("target_groups,\"Cán bộ, công chức, viên chức\",1,1,0"))
        #expect(lines.contains("meetings,Đảng bộ Phường Bến Nghé / Chi bộ 3,0,0,0,"))
        #expect(lines.contains("not_evaluated,2,Bùi Văn Hải,Đảng bộ Phường Bến Nghé / Chi bộ 3"))
        #expect(lines.contains("report,Đảng bộ Quận Một,2025,2026-01-05T07:08:09Z"))
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let h = report.html(.vi)
        #expect(h.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(report.html(.en).contains("<html lang=\"en\">"))
        // Printed, it takes the Party's layout: header block, A4 page, signature block (vi only).
        #expect(h.contains("<table class=\"doc-head\">") && h.contains("ĐẢNG CỘNG SẢN VIỆT NAM") && h.contains("@page{size:A4"))
        #expect(h.contains("<table class=\"doc-sign\">") && h.contains("Nơi nhận:") && h.contains("BÍ THƯ"))
        #expect(!report.html(.en).contains("doc-head\">"))
        #expect(h.contains("<style>") && h.contains("@media print"))
        #expect(h.contains("<td>Nguyễn Văn An</td>"))
        #expect(h.contains("<span style=\"width:66.7%\"></span>"))  // assigned share bar in the summary
        for bad in ["<script", "<link", "<img", "src=", "href=", "url(", "@import", "http:", "https:"] {
            #expect(!h.contains(bad), "\(bad)")
        }
    }

    @Test func hostileNamesAreEscapedEverywhere() throws {
        let root = OrgID(1), cell = OrgID(2), m = MemberID(3)
        let s = try State(
            orgs: [Org(id: root, parent: nil, name: "Đảng bộ \"A\" & <B>", level: .higherCommittee),
                   Org(id: cell, parent: root, name: "Chi bộ | 1, <i>", level: .grassrootsCell)],
            members: [Member(id: m, org: cell, fullName: "Nguyễn <script>alert(1)</script> An")],
            assignments: [Assignment(id: AssignmentID(4), member: m, targetGroup: .khac, from: Day(iso: "2025-01-01")!)])
        let r = Report.build(state: s, org: root, year: 2025, now: F.now)
        let h = r.html(.vi)
        #expect(!h.contains("<script>") && !h.contains("<B>") && !h.contains("<i>"))
        #expect(h.contains("Nguyễn &lt;script&gt;alert(1)&lt;/script&gt; An"))
        #expect(h.contains("Đảng bộ &quot;A&quot; &amp; &lt;B&gt;"))
        let o = try JSONSerialization.jsonObject(with: Data(r.json().utf8)) as! [String: Any]
        #expect(o["org"] as? String == "Đảng bộ \"A\" & <B>")
        #expect((o["notEvaluated"] as! [[String: Any]])[0]["name"] as? String == "Nguyễn <script>alert(1)</script> An")
        #expect(r.markdown(.vi).contains("\n| Chi bộ \\| 1, \\<i\\> | 1 | 1 | 100,0% | 0 | 0,0% |\n"))
        #expect(r.csv(.vi).contains("\r\nchildren,\"Chi bộ | 1, <i>\",1,1,100.0,0,0.0\r\n"))
    }

    @Test func csvNeutralisesFormulas() throws {
        let root = OrgID(1), cell = OrgID(2)
        let s = try State(orgs: [Org(id: root, parent: nil, name: "Gốc", level: .higherCommittee),
                                 Org(id: cell, parent: root, name: "=HYPERLINK(\"x\")", level: .grassrootsCell)],
                          members: [], assignments: [])
        let c = Report.build(state: s, org: root, year: 2025, now: F.now).csv(.en)
        #expect(c.contains("\r\nchildren,\"'=HYPERLINK(\"\"x\"\")\",0,0,,0,\r\n"))
        #expect(!c.contains(",=HYPERLINK"))
    }

    @Test func formatNames() {
        #expect(ReportFormat.parse("markdown") == .md)
        #expect(ReportFormat.parse("HTML") == .html)
        #expect(ReportFormat.parse("pdf") == nil)
        #expect(report.render(.json, .vi) == report.json())
    }
}

@Suite struct ReportTargetTests {
    let state: State
    init() throws { state = try ReportFixture.state() }

    @Test func resolvesPaths() throws {
        #expect(try ReportTarget.resolve(nil, in: state).get() == ReportFixture.root)
        #expect(try ReportTarget.resolve("  ", in: state).get() == ReportFixture.root)
        #expect(try ReportTarget.resolve("Đảng bộ Quận Một / Đảng bộ Phường Bến Nghé / Chi bộ 3", in: state).get() == ReportFixture.c3)
        #expect(try ReportTarget.resolve("dang bo quan mot/chi bo khu pho 2", in: state).get() == ReportFixture.c2)
    }

    @Test func badPathListsTheNearestChildren() {
        guard case .failure(let f) = ReportTarget.resolve("Đảng bộ Quận Một / Chi bộ 9", in: state) else {
            Issue.record("expected a failure"); return
        }
        #expect(f.en == "No unit “Chi bộ 9” under “Đảng bộ Quận Một”. Its units: “Chi bộ Khu phố 1”, “Chi bộ Khu phố 2”, “Đảng bộ Phường Bến Nghé”")
        #expect(f.message(.vi).hasPrefix("Không có đơn vị “Chi bộ 9” trong “Đảng bộ Quận Một”. Các đơn vị trực thuộc: “Chi bộ Khu phố 1”"))
        guard case .failure(let g) = ReportTarget.resolve("Quận Hai", in: state) else { Issue.record("expected a failure"); return }
        #expect(g.en == "No top unit “Quận Hai”. Top units: “Đảng bộ Quận Một”")
        guard case .failure(let h) = ReportTarget.resolve("Đảng bộ Quận Một / Chi bộ Khu phố 1 / Tổ 1", in: state) else {
            Issue.record("expected a failure"); return
        }
        #expect(h.en == "No unit “Tổ 1” under “Đảng bộ Quận Một / Chi bộ Khu phố 1”. “Đảng bộ Quận Một / Chi bộ Khu phố 1” has no units under it.")
    }

    @Test func emptyAndManyRoots() throws {
        guard case .failure(let e) = ReportTarget.resolve(nil, in: State()) else { Issue.record("expected a failure"); return }
        #expect(e.en == "The data holds no unit yet")
        let two = try State(orgs: [Org(id: OrgID(1), parent: nil, name: "B", level: .higherCommittee),
                                   Org(id: OrgID(2), parent: nil, name: "A", level: .higherCommittee)],
                            members: [], assignments: [])
        guard case .failure(let m) = ReportTarget.resolve(nil, in: two) else { Issue.record("expected a failure"); return }
        #expect(m.en == "The data has several top units; pick one with --org: “A”, “B”")
    }

    /// A city lists hundreds of thousands of members not yet evaluated: the reading formats
    /// stop at `readableNameLimit` and say how many more there are; csv and json list all.
    @Test func longNotEvaluatedListsAreCutInReadingFormatsOnly() throws {
        let n = Report.readableNameLimit + 7
        let root = OrgID(1), cell = OrgID(2)
        let members = (0..<n).map { Member(id: MemberID(UInt64(100 + $0)), org: cell, fullName: "Nguyễn Văn \($0)") }
        let assignments = (0..<n).map {
            Assignment(id: AssignmentID(UInt64(10_000 + $0)), member: MemberID(UInt64(100 + $0)), targetGroup: .hoDan,
                       from: Day(year: 2025, month: 1, day: 1)!)
        }
        let state = try State(orgs: [Org(id: root, parent: nil, name: "Đảng bộ", level: .grassrootsCommittee),
                                     Org(id: cell, parent: root, name: "Chi bộ 1", level: .subordinateCell)],
                              members: members, assignments: assignments, persons: [], models: [], meetings: [])
        let r = Report.build(state: state, org: root, year: 2025)
        #expect(r.notEvaluated.count == n)
        for (format, text) in [("text", r.text(.en)), ("md", r.markdown(.en)), ("html", r.html(.en))] {
            let noted = text.contains("… and 7 more;") && text.contains("lists them all.")
            #expect(noted, "\(format)")
        }
        let notedVi = r.text(.vi).contains("… và 7 đảng viên nữa; `--format csv` hoặc `json` liệt kê đủ.")
        #expect(notedVi)
        let listed = r.text(.en).split(separator: "\n").filter { $0.contains("Chi bộ 1") && $0.contains("Nguyễn Văn") }
        let listedCount = listed.count
        #expect(listedCount == Report.readableNameLimit)
        #expect(r.csv(.en).components(separatedBy: "\r\n").filter { $0.hasPrefix("not_evaluated,") }.count == n + 1)  // + header
        let csvCut = r.csv(.en).contains("more;")
        #expect(!csvCut)
        let jsonNames = r.json().components(separatedBy: "\"name\":").count - 1
        #expect(jsonNames >= n)
    }
}
