import Testing
import DanVanCore
@testable import DanVanUI

/// A broken theme is explained in the person's language, line and key included.
@Suite struct ThemeVietnameseTests {
    @Test func themeWarningsInVietnamese() {
        let text = "title = red\nnope = blue\ntitle = purple\nheader red"
        let (_, w) = Theme.parse(text: text, name: "x.theme", lang: .vi)
        #expect(w.count == 4)
        #expect(w.first?.hasPrefix("x.theme:2: khóa không biết 'nope'") == true)
        #expect(Array(w.dropFirst()) == [
            "x.theme:3: khóa 'title' đã đặt ở dòng 1; dòng này được dùng",
            "x.theme:3: màu không biết 'purple' ở khóa 'title'; dùng màu mặc định",
            "x.theme:4: cần dạng 'khóa = giá trị', gặp 'header red'",
        ])
        #expect(Theme.parse(text: text, name: "x.theme").warnings[3] == "x.theme:4: expected 'key = value', found 'header red'")
        let unknown = Theme.resolve("tim-hong", lang: .vi).warnings
        #expect(unknown.count == 1 && unknown[0].hasPrefix("không có giao diện 'tim-hong': không phải giao diện có sẵn ("))
        let folder = Theme.resolve("/tmp/", lang: .vi).warnings
        #expect(folder == ["không đọc được tệp giao diện '/tmp/': đó là một thư mục; dùng giao diện mặc định"])
    }
}
