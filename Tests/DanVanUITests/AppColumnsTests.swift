import Testing
import DanVanCore
@testable import DanVanUI

@Suite struct AppColumnsTests {
    static let samples = [
        "", "a", "Nguyễn Văn An", "Tôn Nữ Thị Hoàng Phương Thảo", "Đảng bộ Phường Bến Nghé", "ĐB Phường", "2.757/5.115",
        "Nguyễn Thị Thuỳ Dương".decomposedStringWithCanonicalMapping, "中文名字", "Đội 👍 văn nghệ", "e\u{301}", "x\u{AD}y",
        "▾ Chi bộ · 1/2 │ — “ngoặc” …", "Ωμέγα", "Ñandú", "tab\there", "Ꞌ", "ﾃｽﾄ", "❤️ tim", "\u{200B}zero",
    ]

    @Test func widthTruncateAndPadAgreeWithVietText() {
        for s in Self.samples {
            #expect(Columns.width(s) == VietText.width(s), "\(s)")
            for c in 0...14 {
                #expect(Columns.truncate(s, to: c) == VietText.truncate(s, to: c), "\(s) \(c)")
                #expect(Columns.pad(s, to: c) == VietText.pad(s, to: c), "\(s) \(c)")
                #expect(Columns.pad(s, to: c, alignRight: true) == VietText.pad(s, to: c, alignRight: true), "\(s) \(c)")
            }
        }
    }
}
