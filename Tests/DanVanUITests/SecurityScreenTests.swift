import DanVanCore
import Testing
@testable import DanVanUI

/// File → Bảo mật / Security: the information, and setting, changing and removing the
/// passphrase by keys (the work itself is the run loop's: see DanVanAppTests).
struct SecurityScreenTests {
    static let info = SecurityInfo(folder: "/home/bithu/.local/share/danvan", encrypted: true,
                                   fingerprint: "4310 8757 8449 7628 4168 7486",
                                   trusted: [.init(fingerprint: "2860 9197 9986 3218 1072 5042",
                                                   orgs: ["Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa"])])
    static let plain = SecurityInfo(folder: "/tmp/d", encrypted: false, fingerprint: nil, trusted: [])
    static let secret = "ổi-xanh-Qz7#vườn"

    /// Opens File and picks Security.
    static func open(_ app: inout AppState) {
        app.press(.function(9))
        #expect(app.overlay == .menu(MenuState(menu: .file)))
        #expect(Menu.file.items.contains(.security(.openSecurity)))
        for _ in 0..<Menu.file.items.firstIndex(of: .security(.openSecurity))! { app.press(.down) }
        app.press(.enter)
        #expect(app.overlay == .security(SecurityScreen()))
    }

    static func app(_ info: SecurityInfo, lang: Lang = .vi, width: Int = 100, height: Int = 30) -> AppState {
        var app = Fixture.app(width: width, height: height, lang: lang)
        app.security = info
        open(&app)
        return app
    }

    static func entry(_ app: AppState) -> PassphraseEntry? {
        if case .security(let s) = app.overlay, case .entry(let e) = s.step { return e }
        return nil
    }

    static func note(_ app: AppState) -> StatusMessage? {
        if case .security(let s) = app.overlay { return s.note }
        return nil
    }

    /// No drawn line holds four characters in a row of `secret`.
    static func expectNotDrawn(_ app: AppState, _ secret: String = secret, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = app.screen.joined(separator: "\n"), chars = Array(secret)
        for i in 0...(chars.count - 4) where text.contains(String(chars[i..<(i + 4)])) {
            Issue.record("“\(String(chars[i..<(i + 4)]))” drawn", sourceLocation: sourceLocation)
        }
    }

    // MARK: The information

    @Test func anEncryptedFolderInVietnamese() {
        let app = Self.app(Self.info)
        expectScreen(app, """
             Tệp  Sửa  Xem  Cài đặt  Trợ giúp                                           Đảng bộ Phường Bến Nghé
             Tổ chức · 2026          │ Đảng viên (7)                               │ Phân công
             ▾ Phường Bến Nghé   1/4 │ Số thẻ     Họ và tên            Trạng t…  PC│ Nguyễn Văn An
               · CB Khu phố 1    1/2 │ 10.000.001 Nguyễn Văn An                   2│ Số thẻ: 10.000.001
               · CB Khu phố 2    0/2 │ 10.000.006 Võ Thị Ánh           Từ trần    0│ Chức vụ: Bí thư
                                     │ 10.000.007 Đặng Thị Ân                     0│ Trạng thái: Đang sinh hoạt
                                     │ 10.000.002 Trần Thị Bình                   0│ Chi bộ: Chi bộ Khu phố 1
                                     │ 10.000.005 Phạm Văn Dũng        Đã chuy…   0│ Các phân công (2)
                       ┌─ Bảo mật ──────────────────────────────────────────────────────────────────┐nh niên, h…
                       │ Thư mục dữ liệu: /home/bithu/.local/share/danvan                           │ĐG · 01/02…
                       │ Mã hóa: CÓ — dữ liệu trên đĩa được mã hóa (AES-256-GCM), mở bằng mật khẩu. │u dân cư —…
                       │                                                                            │a ĐG · 01/…
                       │ Mã nhận dạng của thư mục (đọc qua điện thoại):                             │
                       │   4310 8757 8449 7628 4168 7486                                            │
                       │                                                                            │
                       │ Khóa được tin cậy khi nhập gói:                                            │
                       │   2860 9197 9986 3218 1072 5042                                            │
                       │       Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa                             │
                       │                                                                            │
                       │ Enter: đổi mật khẩu · x: bỏ mật khẩu · Esc: đóng                           │
                       └────────────────────────────────────────────────────────────────────────────┘
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │

            Esc Đóng
            """)
    }

    @Test func anUnencryptedFolderWithNoIdentityInEnglish() {
        let app = Self.app(Self.plain, lang: .en)
        expectScreen(app, """
             File  Edit  View  Options  Help                                            Đảng bộ Phường Bến Nghé
             Organization · 2026     │ Members (7)                                 │ Assignments
             ▾ Phường Bến Nghé   1/4 │ Card       Full name            Status   Asg│ Nguyễn Văn An
               · CB Khu phố 1    1/2 │ 10.000.001 Nguyễn Văn An                   2│ Card: 10.000.001
               · CB Khu phố 2    0/2 │ 10.000.006 Võ Thị Ánh           Deceased   0│ Role: Secretary
                                     │ 10.000.007 Đặng Thị Ân                     0│ Status: Active
                                     │ 10.000.002 Trần Thị Bình                   0│ Cell: Chi bộ Khu phố 1
                                     │ 10.000.005 Phạm Văn Dũng        Transfe…   0│ Assignments (2)
                                     │ 10.000.003 Lê Văn Đức           Exempt     0│ • Youth and students
                       ┌─ Security ─────────────────────────────────────────────────────────────────┐ · not eva…
                       │ Data folder: /tmp/d                                                        │a resident…
                       │ Encryption: OFF — anyone with this folder can read all of the data.        │eval. · 20…
                       │                                                                            │
                       │ This folder's fingerprint (read it over the phone):                        │
                       │   none yet — made by the first bundle export, or run  danvan identity      │
                       │                                                                            │
                       │ Keys trusted for importing bundles: none (danvan trust add --org PATH KEY) │
                       │                                                                            │
                       │ Enter: set a passphrase · Esc: close                                       │
                       └────────────────────────────────────────────────────────────────────────────┘
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │

            Esc Close
            """)
    }

    @Test func fitsAnEightyColumnScreenScrollsAndCloses() {
        var app = Self.app(Self.info, width: 80, height: 24)
        #expect(app.screen.allSatisfy { VietText.width($0) <= 80 })
        app.press(.down, .down)
        #expect(app.overlay == .security(SecurityScreen(scroll: 2)))
        app.press(.escape)
        #expect(app.overlay == nil)
    }

    // MARK: Set

    @Test func setRefusesEmptyThenDifferentEntriesThenAsksTheLoop() {
        var app = Self.app(Self.plain)
        app.press(.enter)
        #expect(Self.entry(app) == PassphraseEntry(.set))
        // Empty: refused, nothing asked of the loop.
        #expect(app.press(.enter, .enter).isEmpty)
        #expect(Self.note(app) == StatusMessage(Strings.Seal.emptyNew.text(.vi), .error))
        #expect(Self.entry(app)?.focus == 0)
        #expect(app.screen.contains { $0.contains("Mật khẩu mới không được để trống.") })

        // Different: refused, both fields emptied, the focus back on the first.
        app.type(Self.secret)
        app.press(.enter)
        app.type(Self.secret + "x")
        #expect(app.screen.contains { $0.contains(String(repeating: "•", count: Self.secret.count + 1)) })
        Self.expectNotDrawn(app)
        #expect(app.press(.enter).isEmpty)
        #expect(Self.note(app) == StatusMessage(Strings.Seal.mismatch.text(.vi), .error))
        #expect(Self.entry(app) == PassphraseEntry(.set))

        // The same twice: one effect carries it; nothing typed stays in the state.
        app.type(Self.secret)
        app.press(.tab)
        app.type(Self.secret)
        app.press(.backspace)
        app.type(String(Self.secret.last!))
        Self.expectNotDrawn(app)
        let effects = app.press(.enter)
        #expect(effects == [.passphrase(.set(new: TypedSecret(Self.secret)))])
        #expect(app.overlay == .security(SecurityScreen(step: .working(.set), note: StatusMessage(Strings.Seal.workingSet.text(.vi), .info))))
        #expect(app.busy)
        #expect(!String(describing: app).contains(Self.secret))
        #expect(String(describing: TypedSecret(Self.secret)) == String(repeating: "•", count: Self.secret.count))

        app.send(.passphraseChanged(SecurityInfo(folder: "/tmp/d", encrypted: true, fingerprint: nil, trusted: []), .set)) {
            $0.busy = false
            $0.security?.encrypted = true
            let done = StatusMessage(Strings.Seal.doneSet.text(.vi), .ok)
            $0.overlay = .security(SecurityScreen(note: done))
            $0.status = done
        }
        #expect(app.screen.contains { $0.contains("Mã hóa: CÓ") })
        #expect(app.screen.contains { $0.contains("Enter: đổi mật khẩu · x: bỏ mật khẩu · Esc: đóng") })
    }

    @Test func escapeDropsWhatWasTypedAndAPasteIsMaskedToo() {
        var app = Self.app(Self.plain, lang: .en)
        app.press(.enter)
        _ = app.reduce(.paste(Self.secret + "\n"))
        #expect(Self.entry(app)?.value(.new) == TypedSecret(Self.secret))
        Self.expectNotDrawn(app)
        app.press(.escape)
        #expect(app.overlay == .security(SecurityScreen(note: StatusMessage("Cancelled; nothing changed.", .info))))
        #expect(app.screen.contains { $0.contains("Cancelled; nothing changed.") })
    }

    @Test func aRefusalFromTheLoopAsksAgainWithItsReason() {
        var app = Self.app(Self.plain)
        app.press(.enter)
        app.type("ngắn")
        app.press(.enter)
        app.type("ngắn")
        #expect(app.press(.enter) == [.passphrase(.set(new: TypedSecret("ngắn")))])
        let why = "mật khẩu quá ngắn (4 ký tự); cần ít nhất 8; không thay đổi gì."
        _ = app.reduce(.passphraseRefused(why, .set, currentWrong: false, now: nil))
        #expect(!app.busy)
        #expect(Self.entry(app) == PassphraseEntry(.set))
        #expect(Self.note(app) == StatusMessage(why, .error))
        #expect(app.screen.contains { $0.contains(why) })
    }

    @Test func aReadOnlyFolderRefusesAtOnce() {
        var app = Fixture.app(width: 100, height: 30, readOnly: true)
        app.security = Self.plain
        Self.open(&app)
        #expect(app.press(.enter).isEmpty)
        #expect(Self.entry(app) == nil)
        #expect(Self.note(app) == StatusMessage(Strings.UI.readOnlyRefused.text(.vi), .error))
    }

    // MARK: Change

    @Test func changeAsksTheCurrentPassphraseThenTheNewOneTwice() {
        var app = Self.app(Self.info)
        app.press(.enter)
        #expect(Self.entry(app)?.roles == [.current, .new, .again])
        app.press(.tab)
        app.type("mới mới mới")
        app.press(.enter)
        app.type("mới mới mới")
        #expect(app.press(.enter).isEmpty)
        #expect(Self.note(app) == StatusMessage(Strings.Seal.emptyCurrent.text(.vi), .error))
        #expect(Self.entry(app)?.focus == 0)
        app.type("cũ cũ cũ cũ")
        #expect(app.press(.enter, .enter, .enter) == [.passphrase(.change(current: TypedSecret("cũ cũ cũ cũ"), new: TypedSecret("mới mới mới")))])

        // The loop found the current one wrong: its own message, the focus on it, all fields empty.
        let wrong = "sai mật khẩu hiện tại; không thay đổi gì."
        _ = app.reduce(.passphraseRefused(wrong, .change, currentWrong: true, now: nil))
        #expect(Self.entry(app) == PassphraseEntry(.change))
        #expect(Self.note(app) == StatusMessage(wrong, .error))
        // Typed again: one • per character, the cursor after the last.
        app.type("Qz-thử-lại")
        #expect(render(app).cursor == Point(x: 59, y: 12))
        expectScreen(app, """
             Tệp  Sửa  Xem  Cài đặt  Trợ giúp                                           Đảng bộ Phường Bến Nghé
             Tổ chức · 2026          │ Đảng viên (7)                               │ Phân công
             ▾ Phường Bến Nghé   1/4 │ Số thẻ     Họ và tên            Trạng t…  PC│ Nguyễn Văn An
               · CB Khu phố 1    1/2 │ 10.000.001 Nguyễn Văn An                   2│ Số thẻ: 10.000.001
               · CB Khu phố 2    0/2 │ 10.000.006 Võ Thị Ánh           Từ trần    0│ Chức vụ: Bí thư
                                     │ 10.000.007 Đặng Thị Ân                     0│ Trạng thái: Đang sinh hoạt
                                     │ 10.000.002 Trần Thị Bình                   0│ Chi bộ: Chi bộ Khu phố 1
                                     │ 10.000.005 Phạm Văn Dũng        Đã chuy…   0│ Các phân công (2)
                       ┌─ Bảo mật ──────────────────────────────────────────────────────────────────┐nh niên, h…
                       │ Thư mục dữ liệu: /home/bithu/.local/share/danvan                           │ĐG · 01/02…
                       │ Mã hóa: CÓ ┌─ Đổi mật khẩu ──────────────────────────────────┐ng mật khẩu. │u dân cư —…
                       │            │                                                 │             │a ĐG · 01/…
                       │ Mã nhận dạn│ Mật khẩu hiện tại      ••••••••••               │             │
                       │   4310 8757│ Mật khẩu mới                                    │             │
                       │            │ Nhập lại mật khẩu mới                           │             │
                       │ Khóa được t│                                                 │             │
                       │   2860 9197│ sai mật khẩu hiện tại; không thay đổi gì.       │             │
                       │       Đảng │ Enter: tiếp/xong · Tab: ô khác · Esc: hủy       │             │
                       │            └─────────────────────────────────────────────────┘             │
                       │ Enter: đổi mật khẩu · x: bỏ mật khẩu · Esc: đóng                           │
                       └────────────────────────────────────────────────────────────────────────────┘
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │
                                     │                                             │
             sai mật khẩu hiện tại; không thay đổi gì.
            Esc Đóng
            """)
    }

    // MARK: Remove

    @Test func removeAsksFirstThenTheCurrentPassphrase() {
        var app = Self.app(Self.info)
        app.press(.char("x"))
        #expect(app.overlay == .security(SecurityScreen(step: .confirmRemove)))
        #expect(app.screen.contains { $0.contains("Bỏ mật khẩu và ghi lại dữ liệu không mã hóa?") })
        app.press(.char("k"))
        #expect(app.overlay == .security(SecurityScreen(note: StatusMessage(Strings.Seal.cancelled.text(.vi), .info))))

        app.press(.delete, .char("c"))
        #expect(Self.entry(app) == PassphraseEntry(.remove))
        #expect(app.press(.enter).isEmpty)
        #expect(Self.note(app) == StatusMessage(Strings.Seal.emptyCurrent.text(.vi), .error))
        app.type(Self.secret)
        Self.expectNotDrawn(app)
        #expect(app.press(.enter) == [.passphrase(.remove(current: TypedSecret(Self.secret)))])
        app.send(.passphraseChanged(Self.plain, .remove)) {
            $0.busy = false
            $0.security = Self.plain
            let done = StatusMessage(Strings.Seal.doneRemove.text(.vi), .ok)
            $0.overlay = .security(SecurityScreen(note: done))
            $0.status = done
        }
    }

    @Test func anUnencryptedFolderHasNothingToRemove() {
        var app = Self.app(Self.plain)
        app.press(.char("x"))
        #expect(app.overlay == .security(SecurityScreen()))
    }

    @Test func smallScreensDrawWithoutCrashing() {
        for (w, h) in [(60, 16), (20, 6), (61, 17)] {
            var app = Fixture.app(width: 100, height: 30)
            app.security = Self.info
            Self.open(&app)
            app.press(.enter)
            app.type(Self.secret)
            _ = app.reduce(.resized(width: w, height: h))
            #expect(app.screen.count == h)
            #expect(app.screen.allSatisfy { VietText.width($0) <= w })
            Self.expectNotDrawn(app)
        }
    }
}
